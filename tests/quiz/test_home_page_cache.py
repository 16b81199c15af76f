"""The home page is kept rendered per student (``studyguide.pagecache``): a card falling due with time alone,
a cohort joined, grades released and a result opened all show on the next request; a teacher's home (their
cohorts' sizes change with other people's joins) is rendered every time; nothing crosses users."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone

from quiz import services
from quiz.models import ReviewCard
from quiz.review import services as review_services
from studyguide.accounts.services import cohort_create, cohort_join
from studyguide.course.models import Item
from tests.quiz.review import support
from tests.test_pagecache import client_of, from_memory, kept, rendered_again

pytestmark = pytest.mark.django_db
bank = support.bank
stub_embedder = support.stub_embedder
world = support.world
HOME = reverse("home")


def changed(client) -> str:
    return rendered_again(client, HOME)


def test_a_card_falling_due_with_time_alone_shows(student_user, bank, monkeypatch):
    from quiz import selectors

    services.review_card_enqueue(
        student=student_user, item=Item.objects.get(item_id="ch2-q1"), level="incorrect"
    )
    card = ReviewCard.objects.get()
    card.due = timezone.now() + timedelta(hours=1)
    card.save()
    client = client_of(student_user)
    assert "No items due for review today." in kept(client, HOME)[-1].content.decode()
    later = timezone.now() + timedelta(minutes=30)
    monkeypatch.setattr(selectors, "timezone", SimpleNamespace(now=lambda: later))
    assert from_memory(client.get(HOME))  # nothing fell due: the kept page is right
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(selectors, "timezone", SimpleNamespace(now=lambda: later))
    assert "1 item due</strong>" in changed(client)


def test_a_cohort_joined_shows(student_user, teacher_user):
    cohort = cohort_create(teacher=teacher_user, name="Evening class")
    client = client_of(student_user)
    assert "Join a cohort" in kept(client, HOME)[-1].content.decode()
    cohort_join(student=student_user, code=cohort.join_code)
    assert "Cohorts: Evening class" in changed(client)
    kept(client, HOME)
    cohort.name = "Renamed class"
    cohort.save()
    assert "Cohorts: Renamed class" in changed(client)


def test_released_grades_show_and_leave_once_opened(world):
    student = world.students[0]
    client = client_of(student)
    assert "Grades released" not in kept(client, HOME)[-1].content.decode()
    review_services.quiz_release(teacher=world.teacher, quiz=world.quiz, cohort=world.cohort)
    assert "Grades released" in changed(client) and world.quiz.title in client.get(HOME).content.decode()
    kept(client, HOME)
    attempt = world.answers[0].attempt
    assert client.get(reverse("quiz:result", args=[attempt.pk])).status_code == 200
    assert "Grades released" not in changed(client)
    other = client_of(world.b_student)  # another cohort: nothing released for them
    assert "Grades released" not in kept(other, HOME)[-1].content.decode()


def test_a_teachers_home_is_rendered_every_time(teacher_user, student_user):
    cohort = cohort_create(teacher=teacher_user, name="Class A")
    client = client_of(teacher_user)
    assert not any(from_memory(client.get(HOME)) for _ in range(3))
    cohort_join(student=student_user, code=cohort.join_code)  # changes no entry of the teacher's
    assert "Class A (1)" in client.get(HOME).content.decode()


def test_two_students_never_share_a_kept_home(make_user, teacher_user):
    alice, bob = make_user("alice"), make_user("bob")
    cohort_join(student=alice, code=cohort_create(teacher=teacher_user, name="Alice class").join_code)
    a, b = client_of(alice), client_of(bob)
    for _ in range(2):
        assert "Alice class" in kept(a, HOME)[-1].content.decode()
        html = kept(b, HOME)[-1].content.decode()
        assert "Alice class" not in html and ">bob<" in html
