"""The item card: one item's answer form, or the graded result of one answer with its spaced-review rating.

A card lives in one of two places (``Place``): the single-item practice page, or one item of a practice
attempt. Both render ``quiz/practice_item.html#item-card``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.shortcuts import render
from django.utils import timezone

from quiz import scheduling, selectors
from quiz.forms import ItemAnswerForm
from quiz.models import Answer, Attempt, ReviewCard
from studyguide.course.access import KeyAccess
from studyguide.course.models import Item
from studyguide.http import HtmxHttpRequest
from studyguide.urltag import cached_reverse

from .common import with_params


@dataclass(frozen=True)
class Place:
    """Where a card lives: the URL its form posts to, the URL of a fresh card, and the page to return to."""

    post_url: str
    card_url: str
    default_return: str


def practice_place(item: Item) -> Place:
    """The single-item practice page (linked from the study pages and the review queue)."""
    url = cached_reverse("quiz:practice_item", args=[item.item_id])
    return Place(post_url=url, card_url=url, default_return=url)


def attempt_place(attempt: Attempt, item: Item) -> Place:
    """One item of a practice attempt."""
    return Place(
        post_url=cached_reverse("quiz:answer", args=[attempt.pk, item.item_id]),
        card_url=cached_reverse("quiz:item_card", args=[attempt.pk, item.item_id]),
        default_return=cached_reverse("quiz:attempt", args=[attempt.pk]),
    )


@dataclass
class Card:
    """Everything the item card partial needs: the form, or the graded result of one answer."""

    item: Item
    attempt: Attempt | selectors.OpenPractice | None
    post_url: str
    card_url: str
    return_to: str
    form: ItemAnswerForm | None = None
    answer: Answer | None = None
    tries: list[Answer] = field(default_factory=list)
    flagged: bool = False
    review_card: ReviewCard | None = None
    rating_options: list[dict] = field(default_factory=list)
    proposed: str = ""
    # Who may see the item's key (studyguide.course.access): "visible" once answered; "exam" while the student
    # sits an exam containing the item (no form then: practising it would reveal the key).
    key_access: str = KeyAccess.ANSWER_FIRST.value

    @property
    def locked_by_exam(self) -> bool:
        return self.key_access == KeyAccess.EXAM

    @property
    def dom_id(self) -> str:
        return f"item-{self.item.item_id}"

    @property
    def retry_url(self) -> str:
        """A fresh form for this item holding the answer shown, to edit ("Try again")."""
        retry = self.answer.pk if self.answer else None
        return with_params(self.card_url, return_to=self.return_to, retry=retry)

    @property
    def flag_url(self) -> str | None:
        if self.attempt is None or self.attempt.status != Attempt.Status.IN_PROGRESS:
            return None
        return cached_reverse("quiz:flag", args=[self.attempt.pk, self.item.item_id])


def interval(seconds: float) -> str:
    """A short human interval for the rating buttons ("1 minute", "10 minutes", "3 hours", "4 days")."""
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = round(seconds / 3600)
    if hours < 36:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    days = round(seconds / 86400)
    return f"{days} day{'s' if days != 1 else ''}"


def rating_options(review_card: ReviewCard | None, proposed: str, now: datetime) -> list[dict]:
    """One radio button per FSRS rating, with when the item would come back after it."""
    state = (review_card.card or None) if review_card is not None else None
    due = scheduling.preview(state, now, card_id=0)
    return [
        {
            "value": r,
            "label": scheduling.RATING_LABELS[r],
            "due": due[r],
            "interval": interval((due[r] - now).total_seconds()),
            "checked": r == proposed,
        }
        for r in scheduling.RATINGS
    ]


def build_card(
    request: HtmxHttpRequest,
    *,
    item: Item,
    attempt: Attempt | selectors.OpenPractice | None,
    place: Place,
    return_to: str | None = None,
    answer: Answer | None = None,
    form: ItemAnswerForm | None = None,
    retry: Answer | None = None,
) -> Card:
    """The card of one item: the graded ``answer``, or else a form (a posted ``form`` with its errors, or a
    fresh one holding the ``retry`` answer to edit)."""
    card = Card(
        item=item,
        attempt=attempt,
        post_url=place.post_url,
        card_url=place.card_url,
        return_to=return_to or place.default_return,
    )
    tries, access = selectors.tries_and_key_access(request.user, item)
    card.tries = [t for t in tries if answer is None or t.pk != answer.pk]
    card.flagged = bool(attempt and item.item_id in (attempt.flagged_items or []))
    card.key_access = access.value
    if answer is not None:
        card.answer = answer
        review = selectors.review_card_for(request.user, item)
        card.review_card = review
        if review is not None and not answer.review_rating and answer.final_level != Answer.Level.PENDING:
            card.proposed = scheduling.proposed_rating(answer.final_level)
            card.rating_options = rating_options(review, card.proposed, timezone.now())
    elif not card.locked_by_exam:
        card.form = form or ItemAnswerForm(item=item, answer=retry)
    return card


def shown_answer(request: HtmxHttpRequest) -> Answer | None:
    """The ``?answer=`` to show as a result: the user's own (else 404), and only if its grade is visible."""
    raw = request.GET.get("answer", "")
    if not raw.isdigit():
        return None
    answer = selectors.get_own_answer(request.user, int(raw))
    return answer if selectors.grades_visible(answer.attempt) else None


def retry_answer(request: HtmxHttpRequest, item: Item) -> Answer | None:
    """The ``?retry=`` answer (the user's own, else 404) to put back in a fresh form, if it answers
    ``item``."""
    raw = request.GET.get("retry", "")
    if not raw.isdigit():
        return None
    answer = selectors.get_own_answer(request.user, int(raw))
    return answer if answer.item_id == item.pk else None


def shown_answer_to(request: HtmxHttpRequest, item: Item) -> Answer | None:
    """``shown_answer``, when it answers this item."""
    answer = shown_answer(request)
    return answer if answer is not None and answer.item_id == item.pk else None


def card_template(request: HtmxHttpRequest) -> str:
    """htmx: the card partial alone; plain request: the single-item page around it."""
    return "quiz/practice_item.html#item-card" if request.htmx else "quiz/practice_item.html"


def render_card(request: HtmxHttpRequest, card: Card, status: int = 200):
    return render(request, card_template(request), {"card": card, "item": card.item}, status=status)
