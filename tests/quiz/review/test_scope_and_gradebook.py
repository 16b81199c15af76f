"""Issue 13 item 5 through the test client: the review pages count and list exam answers unless the teacher
picks practice tries or one quiz (a new student's practice no longer floods "To review"), the choice is kept
from page to page, nothing of another cohort comes in through ``?quiz=``, and the gradebook download has one
row per student, one column per item and the totals, in the chosen scope, anonymous while names are hidden.
"""

import pytest
from django.urls import reverse

from quiz.models import Attempt, Quiz
from tests.quiz.review import support
from tests.quiz.review.test_views import _csv

pytestmark = pytest.mark.django_db

bank = support.bank
stub_embedder = support.stub_embedder
world = support.world
PRACTICE_TRIES = ["gradual rollout", "humans check it first", "small trial then expand"]


@pytest.fixture
def tries(world):
    """stu's practice tries (three on ch2-q1, one on ch2-q4; graded, so reviewable at once) and a second
    exam of the cohort that s2 sat."""
    from quiz.services import quiz_create
    from studyguide.course.models import Item

    q4 = Item.objects.get(item_id="ch2-q4")
    drill = quiz_create(
        teacher=world.teacher,
        title="Drill",
        items=[world.item, q4],
        mode=Quiz.Mode.PRACTICE,
        cohort=world.cohort,
    )
    attempt = Attempt.objects.create(quiz=drill, student=world.students[0])  # practice stays in progress
    practice = [support.graded_answer(attempt, world.item, t, world.embedder) for t in PRACTICE_TRIES]
    practice.append(support.graded_answer(attempt, q4, "learn.export", world.embedder))
    second = quiz_create(
        teacher=world.teacher,
        title="Second exam",
        items=[world.item],
        mode=Quiz.Mode.EXAM,
        cohort=world.cohort,
    )
    retake = support.graded_answer(
        support.submitted_attempt(second, world.students[1]), world.item, support.ANSWERS[1], world.embedder
    )
    return {"drill": drill, "practice": practice, "second": second, "retake": retake}


def items_listed(response) -> dict[str, tuple[int, int]]:
    return {r.item.item_id: (r.n_answers, r.n_to_review) for r in response.context["items"]}


def queue_ids(response) -> set[int]:
    return {e.answer.pk for e in response.context["entries"]}


def test_the_cohort_page_counts_exam_answers_unless_asked(teacher_client, world, tries):
    url = reverse("quiz:review_cohort", args=[world.cohort.pk])
    default = teacher_client.get(url)
    assert items_listed(default) == {"ch2-q1": (5, 5)}  # four answers to the unit check, one retake
    html = default.content.decode()
    assert "Practice tries (4 to review)" in html and "Exam answers (5 to review)" in html

    assert items_listed(teacher_client.get(url, {"mode": "practice"})) == {"ch2-q1": (3, 3), "ch2-q4": (1, 1)}
    assert items_listed(teacher_client.get(url, {"mode": "all"})) == {"ch2-q1": (8, 8), "ch2-q4": (1, 1)}
    one_quiz = teacher_client.get(url, {"quiz": tries["second"].pk})
    assert items_listed(one_quiz) == {"ch2-q1": (1, 1)}
    # the chosen scope rides on every link to the queue, the groups and the downloads
    assert f"?quiz={tries['second'].pk}" in one_quiz.content.decode()
    practice_page = teacher_client.get(url, {"mode": "practice"}).content.decode()
    for name in ("review_queue", "review_groups"):
        assert reverse(f"quiz:{name}", args=[world.cohort.pk, "ch2-q1"]) + "?mode=practice" in practice_page
    assert reverse("quiz:review_gradebook", args=[world.cohort.pk]) + "?mode=practice" in practice_page


def test_the_queue_and_the_groups_follow_the_scope(teacher_client, world, tries):
    queue = reverse("quiz:review_queue", args=[world.cohort.pk, "ch2-q1"])
    exam_ids = {a.pk for a in world.answers} | {tries["retake"].pk}
    practice_ids = {a.pk for a in tries["practice"][:3]}
    assert queue_ids(teacher_client.get(queue)) == exam_ids
    assert queue_ids(teacher_client.get(queue, {"mode": "practice"})) == practice_ids
    assert queue_ids(teacher_client.get(queue, {"mode": "all"})) == exam_ids | practice_ids
    assert queue_ids(teacher_client.get(queue, {"quiz": tries["second"].pk})) == {tries["retake"].pk}
    groups = teacher_client.get(
        reverse("quiz:review_groups", args=[world.cohort.pk, "ch2-q1"]), {"mode": "practice"}
    )
    grouped = {m.answer.pk for c in groups.context["clusters"] for m in c["members"]}
    assert grouped == practice_ids


def test_a_decision_returns_to_the_queue_in_the_same_scope(teacher_client, world, tries):
    answer = tries["practice"][0]
    response = teacher_client.post(
        reverse("quiz:review_decide", args=[world.cohort.pk, answer.pk]),
        {"base_version": 0, "level": "partial", "comment": "", "mode": "practice"},
    )
    assert response.status_code == 302 and "mode=practice" in response["Location"]


def test_bad_or_foreign_scopes_show_nothing_of_another_cohort(teacher_client, world, tries):
    url = reverse("quiz:review_cohort", args=[world.cohort.pk])
    # another cohort's quiz: an empty list, never its answers
    foreign = teacher_client.get(url, {"quiz": world.quiz_b.pk, "mode": "all"})
    assert foreign.status_code == 200 and items_listed(foreign) == {}
    queue = reverse("quiz:review_queue", args=[world.cohort.pk, "ch2-q1"])
    assert queue_ids(teacher_client.get(queue, {"quiz": world.quiz_b.pk, "mode": "all"})) == set()
    for params in (
        {"mode": "'; drop table"},
        {"quiz": "-1"},
        {"quiz": "9" * 40},
        {"quiz": "1e3"},
        {"mode": ""},
    ):
        response = teacher_client.get(url, params)
        assert response.status_code == 200
        assert response.context["scope"].mode == "exam" and response.context["scope"].quiz_id is None


def test_home_counts_exam_and_practice_apart(teacher_client, world, tries):
    rows = teacher_client.get(reverse("quiz:review_home")).context["rows"]
    [row] = [r for r in rows if r["cohort"] == world.cohort]
    assert row["exam"]["to_review"] == 5 and row["practice"]["to_review"] == 4


def gradebook(client, cohort, **params):
    response = client.get(reverse("quiz:review_gradebook", args=[cohort.pk]), params)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/csv") and "attachment" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode()
    return response, text, _csv(text)


def test_the_gradebook_has_one_row_per_student_one_column_per_item_and_totals(teacher_client, world, tries):
    response, text, rows = gradebook(teacher_client, world.cohort)
    header = text.lstrip("\ufeff").splitlines()[0].split(",")
    assert header == [
        "student",
        "student_name",
        "ch2-q1",
        "total",
        "out_of",
        "percent",
        "answered",
        "awaiting_teacher",
    ]
    assert [r["student"] for r in rows] == ["s2", "s3", "s4", "stu"]  # every student, practice-only ones too
    assert 'gradebook-class-a.csv"' in response["Content-Disposition"]
    by_name = {r["student"]: r for r in rows}
    for student, answer in zip(world.students, world.answers, strict=True):
        row = by_name[student.username]
        if student == world.students[1]:
            answer = tries["retake"]  # the latest exam answer to the item counts
        answer.refresh_from_db()
        assert row["out_of"] == "1" and row["answered"] == "1"
        if answer.final_level == "pending":  # held for the teacher: no score yet, and counted as awaiting
            assert (row["ch2-q1"], row["total"], row["awaiting_teacher"]) == ("", "0.0", "1")
            continue
        assert float(row["ch2-q1"]) == pytest.approx(answer.final_score, abs=1e-4)
        assert float(row["total"]) == pytest.approx(answer.final_score, abs=1e-4)
        assert float(row["percent"]) == pytest.approx(100 * answer.final_score, abs=0.1)
        assert row["awaiting_teacher"] == "0"
    assert by_name["s4"]["awaiting_teacher"] == "1"  # the fixture's fourth answer waits for the teacher
    assert by_name["s2"]["student_name"] == "S2 Lastname"


def test_the_gradebook_follows_the_scope(teacher_client, world, tries):
    response, _, rows = gradebook(teacher_client, world.cohort, mode="practice")
    assert 'gradebook-class-a-practice.csv"' in response["Content-Disposition"]
    by_name = {r["student"]: r for r in rows}
    assert set(rows[0]) >= {"ch2-q1", "ch2-q4", "total"} and by_name["stu"]["out_of"] == "2"
    assert by_name["stu"]["answered"] == "2" and by_name["s2"]["answered"] == "0"
    assert by_name["s2"]["ch2-q1"] == "" and by_name["s2"]["total"] == "0.0"
    last_try = tries["practice"][2]
    last_try.refresh_from_db()
    assert float(by_name["stu"]["ch2-q1"]) == pytest.approx(last_try.final_score, abs=1e-4)
    _, _, one = gradebook(teacher_client, world.cohort, quiz=tries["second"].pk)
    assert {r["student"]: r["answered"] for r in one} == {"s2": "1", "s3": "0", "s4": "0", "stu": "0"}


def test_the_gradebook_is_anonymous_while_names_are_hidden_and_safe_in_a_spreadsheet(
    teacher_client, world, tries
):
    from django.contrib.auth import get_user_model

    get_user_model().objects.filter(pk=world.students[2].pk).update(first_name="=SUM(A1:A9)")
    _, _, rows = gradebook(teacher_client, world.cohort)
    assert {r["student_name"] for r in rows} >= {"'=SUM(A1:A9) Lastname"}

    teacher_client.post(
        reverse("quiz:review_anonymous", args=[world.cohort.pk, world.quiz.pk]), {"anonymous": "1"}
    )
    _, text, rows = gradebook(teacher_client, world.cohort)
    assert len(rows) == 4 and all(r["student_name"] == "" for r in rows)
    for student in world.students:
        assert student.username not in {r["student"] for r in rows}
        assert student.last_name == "" or student.last_name not in text
    assert [r["student"] for r in rows] == sorted(r["student"] for r in rows)  # not the join order


def test_the_gradebook_is_for_the_cohorts_teachers_only(client, teacher_client, world, tries):
    url = reverse("quiz:review_gradebook", args=[world.cohort_b.pk])
    assert teacher_client.get(url).status_code == 404  # another teacher's cohort looks missing
    client.force_login(world.students[0])
    assert client.get(reverse("quiz:review_gradebook", args=[world.cohort.pk])).status_code in (302, 403)
    client.logout()
    assert client.get(reverse("quiz:review_gradebook", args=[world.cohort.pk])).status_code == 302
