"""Spaced review: the items due now, and confirming the FSRS rating proposed from a grade."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from quiz import scheduling, selectors, services
from quiz.cache import QUIZZES
from studyguide.course.cache import COURSE
from studyguide.course.selectors import get_item
from studyguide.http import HtmxHttpRequest, safe_return
from studyguide.pagecache import render_cached
from studyguide.urltag import cached_reverse

from .cards import build_card, practice_place, rating_options, shown_answer

SHOWN_DUE = 5  # due items shown as cards at once; the rest are listed


@login_required
@require_GET
def review_due(request: HtmxHttpRequest):
    now = timezone.now()
    due, upcoming = selectors.due_and_upcoming(request.user, now, upcoming=20)
    answer = shown_answer(request)

    def context():
        here = cached_reverse("quiz:review_due")
        practice = selectors.open_practice_shown(request.user)
        # The shown items with their keys, from the worker's copy of the course (no query once warm).
        items = {c.item_id: get_item(c.item_key) for c in due[:SHOWN_DUE]}
        cards = []
        if answer is not None:
            item = get_item(answer.item.item_id)
            cards.append(
                build_card(
                    request,
                    item=item,
                    attempt=practice,
                    place=practice_place(item),
                    answer=answer,
                    return_to=here,
                )
            )
        for c in due[:SHOWN_DUE]:
            if answer is not None and c.item_id == answer.item_id:
                continue
            item = items[c.item_id]
            cards.append(
                build_card(request, item=item, attempt=practice, place=practice_place(item), return_to=here)
            )
        return {"due": due, "cards": cards, "upcoming": upcoming}

    if answer is not None:
        # A result says when the item is next due, relative to now ("in 3 days"): rendered every time.
        return render(request, "quiz/review_due.html", context())
    # Kept per user (studyguide.pagecache): the cards are the user's (review cards, answers, attempts drop
    # their pages), items and quizzes are content versions, and the page's dates are absolute: the one thing
    # time changes is which cards are due, so their number (cards are sorted by when due) is in the key.
    return render_cached(
        request, "quiz/review_due.html", context, facts=("due", len(due)), depends_on=[COURSE, QUIZZES]
    )


@login_required
@require_POST
def rate(request: HtmxHttpRequest, pk: int):
    """Confirm the spaced-review rating proposed from the grade (the student may have picked another).

    A refused rating comes back to htmx as the rating form with the message and status 422 (swapped in place,
    see ``studyguide.http``); without JavaScript it is a message on the page returned to.
    """
    answer = selectors.get_own_answer(request.user, pk)
    return_to = safe_return(request, request.POST.get("return_to"), reverse("quiz:review_due"))
    try:
        card = services.answer_rate(answer=answer, rating=request.POST.get("rating", ""))
    except services.QuizError as exc:
        if request.htmx:
            proposed = scheduling.proposed_rating(answer.final_level)
            review = selectors.review_card_for(request.user, answer.item)
            context = {
                "answer": answer,
                "return_to": return_to,
                "proposed": proposed,
                "rating_options": rating_options(review, proposed, timezone.now()),
                "rating_error": str(exc),
            }
            return render(request, "quiz/practice_item.html#rating-form", context, status=422)
        messages.error(request, str(exc))
        return redirect(return_to)
    if request.htmx:
        return render(request, "quiz/practice_item.html#rated", {"review_card": card, "answer": answer})
    messages.success(
        request, f"Next review of {answer.item.source_ref}: {timezone.localtime(card.due):%d %b %H:%M}."
    )
    return redirect(return_to)
