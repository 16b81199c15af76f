"""Spaced review with FSRS: the queue, the proposed rating the student may change, the home page count."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from quiz import scheduling
from quiz.models import Answer, ReviewCard
from quiz.selectors import review_due_count
from tests.quiz import quiz_fixtures

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_scheduling_proposals_and_intervals():
    assert [scheduling.proposed_rating(x) for x in ("incorrect", "partial", "correct")] == [
        "again",
        "hard",
        "good",
    ]
    now = timezone.now()
    card, due = scheduling.review(None, "again", now, card_id=7)
    assert card["card_id"] == 7 and now < due <= now + timedelta(minutes=15)
    _card, due_good = scheduling.review(card, "good", now + timedelta(minutes=20))
    assert due_good > due
    preview = scheduling.preview(card, now)
    assert preview["again"] <= preview["hard"] <= preview["good"] <= preview["easy"]
    with pytest.raises(ValueError):
        scheduling.review(None, "meh", now)


def test_wrong_answer_is_due_and_shown_on_home(student_client, student_user, bank):
    student_client.post("/quiz/practice/ch2-q4/", {"text": "save"})
    assert review_due_count(student_user) == 1
    html = student_client.get("/").content.decode()
    assert "1 item due" in html and reverse("quiz:review_due") in html
    due_page = student_client.get(reverse("quiz:review_due")).content.decode()
    assert "1 item due now" in due_page and "Which fastai method exports a learner?" in due_page


def test_rating_is_proposed_from_the_grade_and_can_be_changed(student_client, student_user, bank):
    response = student_client.post("/quiz/practice/ch2-q4/", {"text": "save"}, **HTMX)
    html = response.content.decode()
    assert 'value="again" checked' in html and "We suggest <strong>Again</strong>" in html
    answer = Answer.objects.get()
    # the student disagrees and picks Good instead
    rated = student_client.post(reverse("quiz:rate", args=[answer.pk]), {"rating": "good"}, **HTMX)
    assert "rated <strong>Good</strong>" in rated.content.decode()
    card = ReviewCard.objects.get(student=student_user)
    assert card.last_rating == "good" and card.reps == 1 and card.due > timezone.now()
    assert review_due_count(student_user) == 0
    # confirming twice (double click) does not review the card twice
    student_client.post(reverse("quiz:rate", args=[answer.pk]), {"rating": "again"})
    card.refresh_from_db()
    assert card.reps == 1 and card.last_rating == "good"
    # once due again, the item comes back
    ReviewCard.objects.filter(pk=card.pk).update(due=timezone.now() - timedelta(minutes=1))
    assert review_due_count(student_user) == 1


def test_answering_a_due_item_from_the_review_page(student_client, student_user, bank):
    student_client.post("/quiz/practice/ch2-q4/", {"text": "save"})
    first = Answer.objects.get()
    student_client.post(reverse("quiz:rate", args=[first.pk]), {"rating": "again"})
    ReviewCard.objects.update(due=timezone.now() - timedelta(seconds=1))
    page = student_client.get(reverse("quiz:review_due")).content.decode()
    assert 'name="return_to" value="/quiz/due/"' in page
    response = student_client.post("/quiz/practice/ch2-q4/", {"text": "export", "return_to": "/quiz/due/"})
    answer = Answer.objects.latest("pk")
    assert response["Location"] == f"/quiz/due/?answer={answer.pk}#item-ch2-q4"
    page = student_client.get(response["Location"]).content.decode()
    assert 'value="good" checked' in page  # correct now: Good is proposed
    response = student_client.post(
        reverse("quiz:rate", args=[answer.pk]), {"rating": "good", "return_to": "/quiz/due/"}
    )
    assert response["Location"] == "/quiz/due/"
    assert review_due_count(student_user) == 0


def test_bad_rating_is_refused(student_client, bank):
    student_client.post("/quiz/practice/ch2-q4/", {"text": "save"})
    answer = Answer.objects.get()
    # htmx: the status policy's 422, with the rating form and the message to swap in place
    response = student_client.post(reverse("quiz:rate", args=[answer.pk]), {"rating": "perfect"}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 422
    assert "<html" not in html and html.lstrip().startswith('<form method="post"')
    assert "Pick one of Again, Hard, Good or Easy." in html and 'value="again" checked' in html
    # without JavaScript: back to the page with the message; nothing is rated either way
    response = student_client.post(reverse("quiz:rate", args=[answer.pk]), {"rating": "perfect"}, follow=True)
    assert "Pick one of Again, Hard, Good or Easy." in response.content.decode()
    answer.refresh_from_db()
    assert answer.review_rating == "" and ReviewCard.objects.get().reps == 0


def test_rating_buttons_say_when_the_item_comes_back(student_client, bank):
    html = student_client.post("/quiz/practice/ch2-q4/", {"text": "save"}, **HTMX).content.decode()
    assert "(again in )" not in html
    intervals = re.findall(r"\(again in (\d+ (?:minute|hour|day)s?)\)", html)
    assert len(intervals) == 4  # Again, Hard, Good, Easy


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (20, "1 minute"),
        (60, "1 minute"),
        (600, "10 minutes"),
        (3600, "1 hour"),
        (3 * 3600, "3 hours"),
        (4 * 86400, "4 days"),
    ],
)
def test_interval_text(seconds, text):
    from quiz.views.cards import interval

    assert interval(seconds) == text


def test_open_redirects_are_ignored(student_client, bank):
    response = student_client.post(
        "/quiz/practice/ch2-q4/", {"text": "export", "return_to": "https://evil.example/"}
    )
    assert response["Location"].startswith("/quiz/practice/ch2-q4/?answer=")
