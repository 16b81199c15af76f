"""Practice: one item on its own, and the items of a practice attempt. Every answer is graded at once.

Views translate HTTP <-> services/selectors; every form also works without JavaScript. htmx requests get
the card partial (``quiz/practice_item.html#item-card``); plain posts redirect to the result.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from quiz import selectors, services
from quiz.cache import QUIZZES
from quiz.forms import ItemAnswerForm
from quiz.models import Attempt, Quiz
from studyguide.course.cache import COURSE
from studyguide.course.models import Item
from studyguide.course.selectors import get_item
from studyguide.http import HtmxHttpRequest, safe_return
from studyguide.pagecache import render_cached

from .cards import (
    Place,
    attempt_place,
    build_card,
    card_template,
    practice_place,
    render_card,
    retry_answer,
    shown_answer_to,
)
from .common import with_params

EXAM_LOCK_MESSAGE = (
    "You are sitting an exam that contains this question: practise it after you submit the exam."
)


def _answer_and_show(request: HtmxHttpRequest, *, item: Item, attempt: Attempt | None, place: Place):
    """Validate, grade and show one practice answer (single-item practice and practice attempts).

    ``attempt`` None is single-item practice: the student's practice attempt is opened only once the answer
    is valid, so an empty submission opens nothing.
    """
    form = ItemAnswerForm(request.POST, item=item)
    return_to = safe_return(request, request.POST.get("return_to"), place.default_return)
    if selectors.exam_locks(request.user, item):
        # Practising an item of the exam the student is sitting would show its key: refused, nothing stored.
        if request.htmx:
            shown = attempt if attempt is not None else selectors.open_practice_attempt(request.user)
            card = build_card(request, item=item, attempt=shown, place=place, return_to=return_to)
            return render_card(request, card, status=409)
        messages.error(request, EXAM_LOCK_MESSAGE)
        return redirect(return_to)
    if not form.is_valid():
        shown = attempt if attempt is not None else selectors.open_practice_attempt(request.user)
        card = build_card(request, item=item, attempt=shown, place=place, form=form, return_to=return_to)
        return render_card(request, card, status=422)
    try:
        if attempt is None:
            attempt = services.practice_attempt_start(student=request.user)
        answer, _created = services.practice_answer_submit(
            attempt=attempt, item=item, data=form.answer_data(), submission_key=form.submission_key
        )
    except services.QuizError as exc:
        messages.error(request, str(exc))
        return redirect(return_to)
    if request.htmx:
        card = build_card(
            request, item=item, attempt=attempt, place=place, answer=answer, return_to=return_to
        )
        return render_card(request, card)
    return HttpResponseRedirect(with_params(return_to, f"item-{item.item_id}", answer=answer.pk))


@login_required
@require_http_methods(["GET", "POST"])
def practice_item(request: HtmxHttpRequest, item_id: str):
    """Practise one item on its own (linked from the study pages and the review queue)."""
    item = get_item(item_id)
    place = practice_place(item)
    if request.method == "POST":
        return _answer_and_show(request, item=item, attempt=None, place=place)
    return_to = safe_return(request, request.GET.get("return_to"), place.default_return)

    def context():
        card = build_card(
            request,
            item=item,
            attempt=selectors.open_practice_shown(request.user),
            place=place,
            answer=shown_answer_to(request, item),
            retry=retry_answer(request, item),
            return_to=return_to,
        )
        return {"card": card, "item": card.item}

    if "answer" in request.GET:
        # A result says when the item is next due, relative to now ("in 3 days"): rendered every time.
        return render(request, card_template(request), context())
    # The form and the tries: kept per user (studyguide.pagecache). Answers, attempts and review cards drop
    # the student's pages when written (quiz.cache); items, quizzes and releases are content versions.
    return render_cached(request, card_template(request), context, depends_on=[COURSE, QUIZZES])


@login_required
@require_GET
def item_card(request: HtmxHttpRequest, pk: int, item_id: str):
    """A fresh answer form for one item of a practice attempt ("Try again"), holding the ``?retry=`` answer to
    edit. Without htmx: the attempt's page at that item, which shows the same form."""
    attempt = selectors.get_attempt(request.user, pk)
    item = selectors.quiz_item(attempt.quiz, item_id)
    retry = retry_answer(request, item)
    if not request.htmx:
        ids = [i.item_id for i in selectors.quiz_items(attempt.quiz)]
        url = reverse("quiz:attempt", args=[pk])
        return redirect(
            with_params(url, f"item-{item_id}", i=ids.index(item_id) + 1, retry=retry.pk if retry else None)
        )
    place = attempt_place(attempt, item)
    return_to = safe_return(request, request.GET.get("return_to"), place.default_return)
    card = build_card(request, item=item, attempt=attempt, place=place, return_to=return_to, retry=retry)
    return render_card(request, card)


@login_required
@require_POST
def answer_item(request: HtmxHttpRequest, pk: int, item_id: str):
    """Answer one item of a practice attempt."""
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.quiz.mode != Quiz.Mode.PRACTICE:
        return HttpResponseBadRequest("Exam answers are saved with the exam form.", content_type="text/plain")
    item = selectors.quiz_item(attempt.quiz, item_id)
    return _answer_and_show(request, item=item, attempt=attempt, place=attempt_place(attempt, item))
