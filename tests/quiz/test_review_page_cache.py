"""The spaced-review page is kept rendered per user (``studyguide.pagecache``): a card falling due with time
alone, a rating, a new answer and a teacher's decision all show on the next request; a result (``?answer=``)
is rendered every time; nobody sees another's cards."""

from __future__ import annotations

import uuid
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone

from quiz import services
from quiz.models import ReviewCard
from quiz.review import services as review_services
from studyguide.course.models import Item
from tests.quiz.review import support
from tests.test_pagecache import client_of, from_memory, kept, rendered_again

pytestmark = pytest.mark.django_db
bank = support.bank
stub_embedder = support.stub_embedder
world = support.world
REVIEW = reverse("quiz:review_due")


def fresh(client, path=REVIEW) -> str:
    """The next GET is rendered (not served from memory) and the page kept after it says the same."""
    html = rendered_again(client, path)
    assert kept(client, path)[-1].content.decode().count("badge") == html.count("badge")
    return html


def enqueue(student, item_id, level="incorrect", due_in=None):
    services.review_card_enqueue(student=student, item=Item.objects.get(item_id=item_id), level=level)
    if due_in is not None:
        card = ReviewCard.objects.get(student=student, item__item_id=item_id)
        card.due = timezone.now() + due_in
        card.save()


def test_a_card_falls_due_with_time_alone_and_nothing_else_renders_again(student_user, bank, monkeypatch):
    from quiz.views import spaced

    enqueue(student_user, "ch2-q1", due_in=timedelta(hours=1))
    enqueue(student_user, "ch2-q4", level="partial")
    client = client_of(student_user)
    html = kept(client, REVIEW)[-1].content.decode()
    assert "1 item due now" in html and "Coming up" in html
    later = timezone.now() + timedelta(minutes=30)  # nothing falls due: the kept page is right
    monkeypatch.setattr(spaced, "timezone", SimpleNamespace(now=lambda: later))
    assert from_memory(client.get(REVIEW))
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(spaced, "timezone", SimpleNamespace(now=lambda: later))
    html = fresh(client)
    assert "2 items due now" in html and "Coming up" not in html


def test_an_answer_and_its_rating_show_on_the_next_page(student_user, bank, stub_embedder):
    enqueue(student_user, "ch2-q1")
    client = client_of(student_user)
    assert "1 item due now" in kept(client, REVIEW)[-1].content.decode()
    practice = reverse("quiz:practice_item", args=["ch2-q1"])
    response = client.post(
        practice, {"text": "Inputs drift away from the training data", "submission_key": uuid.uuid4()}
    )
    assert response.status_code == 302
    assert "Inputs drift away" in fresh(client)  # the due card's tries
    answer = student_user.attempts.get().answers.get()
    assert client.post(reverse("quiz:rate", args=[answer.pk]), {"rating": "good"}).status_code == 302
    html = fresh(client)
    assert "Nothing is due right now" in html and "Coming up" in html


def test_a_teachers_decision_shows_in_the_due_cards_tries(world):
    student = world.students[0]
    enqueue(student, "ch2-q1")
    review_services.quiz_release(teacher=world.teacher, quiz=world.quiz, cohort=world.cohort)
    client = client_of(student)
    before = kept(client, REVIEW)[-1].content.decode()
    assert "Your previous tries (1)" in before and 'class="badge incorrect"' not in before
    answer = world.answers[0]
    answer.refresh_from_db()
    review_services.answer_decide(
        teacher=world.teacher, answer=answer, base_version=answer.grade_version, level="incorrect"
    )
    assert 'class="badge incorrect"' in fresh(client)


def test_a_result_is_rendered_every_time(student_user, bank, stub_embedder):
    enqueue(student_user, "ch2-q1")
    client = client_of(student_user)
    client.post(
        reverse("quiz:practice_item", args=["ch2-q1"]),
        {"text": "Inputs drift away from the training data", "submission_key": uuid.uuid4()},
    )
    answer = student_user.attempts.get().answers.get()
    responses = [client.get(f"{REVIEW}?answer={answer.pk}") for _ in range(4)]
    assert all(r.status_code == 200 and not from_memory(r) for r in responses)
    assert "(in " in responses[-1].content.decode() or "again in" in responses[-1].content.decode()


def test_two_students_never_share_a_kept_review_page(make_user, bank):
    alice, bob = make_user("alice"), make_user("bob")
    enqueue(alice, "ch2-q1")
    a, b = client_of(alice), client_of(bob)
    for _ in range(2):
        assert "1 item due now" in kept(a, REVIEW)[-1].content.decode()
        html = kept(b, REVIEW)[-1].content.decode()
        assert "Nothing is due right now" in html and ">bob<" in html and "alice" not in html
