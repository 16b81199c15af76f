"""Grader keys built from course items (quiz/keys.py); and the rule that the course never imports quiz."""

import ast
from pathlib import Path

import pytest

from quiz.keys import get_item_key, item_key_from
from tests.quiz import quiz_fixtures

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank


def test_item_key_copies_key_points_and_misconceptions(bank):
    from studyguide.course.selectors import items_with_key

    item = items_with_key().get(item_id="ch2-q1")
    key = item_key_from(item)
    assert key.item_id == "ch2-q1" and key.question == item.prompt and key.credit_key_points
    assert [kp.label for kp in key.key_points] == [
        "run it in parallel with people",
        "limited scope trial",
        "expand gradually with reporting",
    ]
    assert key.key_points[0].phrasings[0] == "in parallel"
    assert [m.label for m in key.misconceptions] == ["validation accuracy is enough"]
    assert get_item_key("ch2-q1") == key


def test_optional_key_points_are_left_out_of_the_grader_key(bank):
    from studyguide.course.models import KeyPoint
    from studyguide.course.selectors import items_with_key

    KeyPoint.objects.filter(item__item_id="ch2-q1", label="limited scope trial").update(optional=True)
    key = item_key_from(items_with_key().get(item_id="ch2-q1"))
    assert [kp.label for kp in key.key_points] == [
        "run it in parallel with people",
        "expand gradually with reporting",
    ]


@pytest.mark.parametrize(
    ("item_id", "message"),
    [("ch2-q99", "unknown item"), ("ch2-fr1", "reflection"), ("ch2-q1-mc", "not free text")],
)
def test_only_free_text_items_have_a_grader_key(bank, item_id, message):
    with pytest.raises(LookupError, match=message):
        get_item_key(item_id)


def test_the_course_app_never_imports_quiz():
    course = Path(__file__).parents[2] / "studyguide" / "course"
    offenders = []
    for path in course.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            offenders += [f"{path.name}: {n}" for n in names if n == "quiz" or n.startswith("quiz.")]
    assert not offenders, offenders


def test_the_site_and_the_offline_tools_grade_with_the_same_keys(course):
    """The database keys (quiz.keys, after load_course) equal those the offline tools read from the file."""
    from quiz.grading.tools.course_keys import course_item_keys
    from studyguide.course.selectors import items_with_key

    from_file = course_item_keys()
    from_db = {i.item_id: item_key_from(i) for i in items_with_key().filter(kind="free_text")}
    assert from_db == from_file
    assert any(k.optional_points for k in from_db.values())
