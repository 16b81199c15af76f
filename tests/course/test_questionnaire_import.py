from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from studyguide.course.models import Item
from studyguide.course.questionnaire import parse_questionnaire

# Written for the test in the seed's format (numbers, sub-bullets, stray spaces, a Further Research heading),
# with made-up questions: the book's wording is never stored in the repository.
SAMPLE = """# Chapter 2

## Homework

### Questionnaire

1. First made-up question about bears?<two trailing spaces>
 - an answer bullet that must be ignored
2.  Second question,
wrapped onto a second line?
  - answer
9.  Build something.
27.  Last question?
  - Step one
  - Step two
28. Not a question of this chapter.

### Further Research

1. Research one?
   - answer
4. Research four?

## Notes

1. A numbered note that is not a question.
""".replace("<two trailing spaces>", "  ")


def test_parse_seed_format():
    questions, skipped = parse_questionnaire(SAMPLE)
    assert questions == {
        "ch2-q1": "First made-up question about bears?",
        "ch2-q2": "Second question, wrapped onto a second line?",
        "ch2-q9": "Build something.",
        "ch2-q27": "Last question?",
        "ch2-fr1": "Research one?",
        "ch2-fr4": "Research four?",
    }
    assert skipped == ["28. Not a question of this chapter."]


def test_windows_line_endings_and_nbsp():
    questions, _ = parse_questionnaire("1.\u00a0Bears?\r\n2. Dogs?\r\n")
    assert questions == {"ch2-q1": "Bears?", "ch2-q2": "Dogs?"}


@pytest.mark.django_db
def test_import_command_stores_wording_and_reports(tmp_path, course):
    path = tmp_path / "mine.md"
    path.write_text(SAMPLE)
    out = StringIO()
    call_command("import_questionnaire", str(path), stdout=out)
    assert Item.objects.get(item_id="ch2-q2").book_wording == "Second question, wrapped onto a second line?"
    assert "6 matched, 1 not matched" in out.getvalue()
    assert Item.objects.filter(item_id__startswith="ch2-q28").count() == 0


@pytest.mark.django_db
def test_import_never_creates_items(tmp_path):
    path = tmp_path / "mine.md"
    path.write_text(SAMPLE)
    out = StringIO()
    call_command("import_questionnaire", str(path), stdout=out)
    assert not Item.objects.exists()
    assert "0 matched" in out.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "No numbered questions"),
        (b"\xff\xfe\xfa", "not UTF-8"),
        (b"just prose, no numbers", "No numbered"),
    ],
)
@pytest.mark.django_db
def test_bad_files_get_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("import_questionnaire", str(path))


@pytest.mark.django_db
def test_missing_and_huge_files(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_questionnaire", str(tmp_path / "nope.md"))
    huge = tmp_path / "huge.md"
    huge.write_text("1. x?\n" * 500_000)
    with pytest.raises(CommandError, match="larger than"):
        call_command("import_questionnaire", str(huge))


@pytest.mark.django_db
def test_the_real_seed_imports_all_31_items(course):
    seed = Path(settings.SHARED_DATA_DIR).parent / "seed" / "chapter02-homework.md"
    if not seed.exists():
        pytest.skip(f"seed not found at {seed}")
    out = StringIO()
    call_command("import_questionnaire", str(seed), stdout=out)
    assert "31 matched, 0 not matched" in out.getvalue()
    assert Item.objects.exclude(book_wording="").filter(variant_of__isnull=True).count() == 31
