"""The quiz list is kept rendered per user (``studyguide.pagecache``): starting and submitting an attempt,
joining and leaving a cohort, a teacher setting or editing a quiz for the cohort, a renamed cohort and a card
falling due all show on the next request; the page shows no time relative to now; nothing crosses users or
cohorts. A release, a regrade or an override changes nothing the list shows (no grades, no release state)."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone

from quiz import exam_services, services
from quiz.models import Attempt, Quiz, ReviewCard
from studyguide.accounts.services import cohort_create, cohort_join, cohort_leave
from studyguide.course.models import Item
from tests.quiz.review import support
from tests.test_pagecache import client_of, from_memory, kept, rendered_again

pytestmark = pytest.mark.django_db
bank = support.bank
stub_embedder = support.stub_embedder
world = support.world
LIST = reverse("quiz:index")


def changed(client) -> str:
    """The next GET is rendered again (not the kept page); its HTML."""
    return rendered_again(client, LIST)


def kept_html(client) -> str:
    return kept(client, LIST)[-1].content.decode()


def exam_for(teacher, cohort, title="Unit exam") -> Quiz:
    item = Item.objects.get(item_id="ch2-q1")
    return services.quiz_create(
        teacher=teacher, title=title, items=[item], mode=Quiz.Mode.EXAM, cohort=cohort
    )


def test_starting_and_submitting_an_exam_show(bank, student_user, teacher_user, cohort):
    quiz = exam_for(teacher_user, cohort)
    client = client_of(student_user)
    assert "Resume" not in kept_html(client)
    assert client.post(reverse("quiz:quiz_start", args=[quiz.slug])).status_code == 302
    attempt = Attempt.objects.get(quiz=quiz, student=student_user)
    assert reverse("quiz:attempt", args=[attempt.pk]) in changed(client)
    kept(client, LIST)
    _, submitted = exam_services.exam_submit(attempt=attempt, drafts={}, queue_grading=False)
    assert submitted
    html = changed(client)
    assert "Submitted" in html and reverse("quiz:result", args=[attempt.pk]) in html


def test_a_finished_practice_attempt_shows(bank, student_user):
    attempt = services.practice_attempt_start(student=student_user)
    client = client_of(student_user)
    resume = f'href="{reverse("quiz:attempt", args=[attempt.pk])}">Resume'
    assert resume in kept_html(client)
    services.practice_attempt_finish(attempt=attempt)
    html = changed(client)
    assert resume not in html
    assert "See your last result" in html and "Start again" in html


def test_joining_and_leaving_a_cohort_show_its_quizzes(bank, student_user, teacher_user):
    cohort = cohort_create(teacher=teacher_user, name="Evening class")
    quiz = exam_for(teacher_user, cohort, title="Evening exam")
    client = client_of(student_user)
    assert quiz.title not in kept_html(client)
    cohort_join(student=student_user, code=cohort.join_code)
    assert quiz.title in changed(client)
    kept(client, LIST)
    cohort_leave(student=student_user, cohort=cohort)
    assert quiz.title not in changed(client)


def test_a_quiz_set_edited_or_deleted_for_the_cohort_shows(bank, student_user, teacher_user, cohort):
    client = client_of(student_user)
    assert "Friday check" not in kept_html(client)
    quiz = exam_for(teacher_user, cohort, title="Friday check")
    assert "Friday check" in changed(client)
    kept(client, LIST)
    quiz.title = "Monday check"
    quiz.time_limit_minutes = 25
    quiz.save()
    html = changed(client)
    assert "Monday check" in html and "Friday check" not in html and "25 min" in html
    kept(client, LIST)
    quiz.delete()
    assert "Monday check" not in changed(client)


def test_a_renamed_cohort_shows(bank, student_user, teacher_user, cohort):
    exam_for(teacher_user, cohort)
    client = client_of(student_user)
    assert "Class A" in kept_html(client)
    cohort.name = "Class A (spring)"
    cohort.save()
    assert "Class A (spring)" in changed(client)


def test_a_card_falling_due_with_time_alone_shows(bank, student_user, monkeypatch):
    from quiz import selectors

    services.review_card_enqueue(
        student=student_user, item=Item.objects.get(item_id="ch2-q1"), level="incorrect"
    )
    card = ReviewCard.objects.get()
    card.due = timezone.now() + timedelta(hours=1)
    card.save()
    client = client_of(student_user)
    assert "No items due for review right now." in kept_html(client)
    later = timezone.now() + timedelta(minutes=30)
    monkeypatch.setattr(selectors, "timezone", SimpleNamespace(now=lambda: later))
    assert from_memory(client.get(LIST))  # nothing fell due: the kept page is right
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(selectors, "timezone", SimpleNamespace(now=lambda: later))
    assert "1 item due</strong>" in changed(client)


def test_no_leak_across_students_or_cohorts(world):
    """Same path, two students of one cohort with different progress, and a student of another cohort."""
    own, other = world.students[0], world.students[1]
    own_attempt = Attempt.objects.get(quiz=world.quiz, student=own)
    other_attempt = Attempt.objects.get(quiz=world.quiz, student=other)
    a, b, c = client_of(own), client_of(other), client_of(world.b_student)
    for _ in range(2):
        html = kept_html(a)
        assert reverse("quiz:result", args=[own_attempt.pk]) in html
        assert reverse("quiz:result", args=[other_attempt.pk]) not in html
        html = kept_html(b)
        assert reverse("quiz:result", args=[other_attempt.pk]) in html
        assert reverse("quiz:result", args=[own_attempt.pk]) not in html
        html = kept_html(c)
        assert world.quiz_b.title in html and world.quiz.title not in html
        assert world.quiz_b.title not in kept_html(a)


def test_a_teachers_list_is_kept_with_their_own_links(bank, teacher_user, student_user, cohort):
    exam_for(teacher_user, cohort)
    teacher, student = client_of(teacher_user), client_of(student_user)
    new_quiz = reverse("quiz:quiz_new")
    for _ in range(2):
        assert new_quiz in kept_html(teacher)
        assert new_quiz not in kept_html(student)
