"""The built-in quizzes over the real question bank; the command is idempotent."""

import pytest
from django.core.management import CommandError, call_command

from quiz.models import Quiz
from studyguide.course.models import Item

pytestmark = pytest.mark.django_db


def test_create_quizzes_builds_practice_and_exam_idempotently(course, capsys):
    call_command("create_quizzes")
    call_command("create_quizzes")
    practice = Quiz.objects.get(slug="chapter-2-practice")
    exam = Quiz.objects.get(slug="chapter-2-exam")
    assert Quiz.objects.count() == 2
    assert exam.mode == "exam" and exam.review_policy == "immediate" and exam.grades_visible
    assert exam.quiz_items.count() == 31 == Item.objects.filter(variant_of__isnull=True).count()
    assert practice.quiz_items.count() == Item.objects.count()
    # variants follow their main item
    order = list(practice.quiz_items.order_by("order").values_list("item__item_id", flat=True))
    assert order.index("ch2-q4-mc") == order.index("ch2-q4") + 1
    assert "Chapter 2 — exam: 31 items" in capsys.readouterr().out


def test_create_quizzes_needs_the_course(db):
    with pytest.raises(CommandError, match="load_course"):
        call_command("create_quizzes")
