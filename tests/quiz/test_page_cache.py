"""The practice and spaced-review pages read the student's review cards and open practice attempt from the
per-user cache (``quiz.cache``): every write that changes them shows on the next request, and one student
never sees another's."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from quiz import services
from quiz.models import Attempt, ReviewCard
from studyguide.course.models import Item
from tests.quiz import quiz_fixtures

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank
REVIEW = reverse("quiz:review_due")
PRACTICE = reverse("quiz:practice_item", args=["ch2-q1"])


def page(client, path=REVIEW) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_the_review_page_follows_the_cards(student_client, student_user, bank):
    q1 = Item.objects.get(item_id="ch2-q1")
    assert "Nothing is due right now" in page(student_client)
    services.review_card_enqueue(student=student_user, item=q1, level="incorrect")
    html = page(student_client)
    assert "1 item due now" in html and "Coming up" not in html
    card = ReviewCard.objects.get()
    card.due = timezone.now() + timedelta(days=3)
    card.last_rating = "hard"
    card.save()
    html = page(student_client)
    assert "Nothing is due right now" in html and "Coming up" in html and "last rated hard" in html
    q1.source_ref = "Q1 renamed"
    q1.save()  # the course changed: the listed item follows
    assert "Q1 renamed" in page(student_client)
    card.delete()
    assert "Coming up" not in page(student_client)


def test_a_card_falls_due_as_time_passes_without_any_write(student_client, student_user, bank, monkeypatch):
    from types import SimpleNamespace

    from quiz.views import spaced

    q1 = Item.objects.get(item_id="ch2-q1")
    services.review_card_enqueue(student=student_user, item=q1, level="incorrect")
    card = ReviewCard.objects.get()
    card.due = timezone.now() + timedelta(hours=1)
    card.save()
    services.review_card_enqueue(
        student=student_user, item=Item.objects.get(item_id="ch2-q4"), level="partial"
    )
    html = page(student_client)  # ch2-q1 coming up in an hour, ch2-q4 due
    assert "1 item due now" in html and "Coming up" in html
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(spaced, "timezone", SimpleNamespace(now=lambda: later))
    html = page(student_client)
    assert "2 items due now" in html and "Coming up" not in html


def test_two_students_never_see_each_others_cards_or_attempt(client, make_user, bank):
    alice, bob = make_user("alice"), make_user("bob")
    services.review_card_enqueue(student=alice, item=Item.objects.get(item_id="ch2-q1"), level="incorrect")
    attempt = Attempt.objects.create(quiz=bank["practice"], student=alice)
    for _ in range(2):  # the second round comes from the caches
        client.force_login(alice)
        assert "1 item due now" in page(client)
        assert reverse("quiz:flag", args=[attempt.pk, "ch2-q1"]) in page(client, PRACTICE)
        client.force_login(bob)
        assert "Nothing is due right now" in page(client)
        assert f"/quiz/attempts/{attempt.pk}/" not in page(client, PRACTICE)
        assert "Flag to revisit" not in page(client, PRACTICE)


def test_the_practice_card_follows_the_open_attempt_and_its_flags(student_client, student_user, bank):
    assert "Flag to revisit" not in page(student_client, PRACTICE)  # no practice attempt yet
    attempt = Attempt.objects.create(quiz=bank["practice"], student=student_user)
    html = page(student_client, PRACTICE)
    assert "Flag to revisit" in html and reverse("quiz:flag", args=[attempt.pk, "ch2-q1"]) in html
    services.attempt_flag_toggle(attempt=attempt, item=Item.objects.get(item_id="ch2-q1"))
    assert "Flagged (unflag)" in page(student_client, PRACTICE)
    attempt.status = Attempt.Status.SUBMITTED
    attempt.save()
    html = page(student_client, PRACTICE)
    assert "Flag to revisit" not in html and "Flagged (unflag)" not in html
