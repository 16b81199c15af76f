"""Exam mode: the exam page (every item in one form) and its autosave. Submitting is in ``attempts``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from quiz import selectors, services
from quiz.forms import ItemAnswerForm, collect_drafts, exam_forms
from quiz.models import Attempt, Quiz
from studyguide.http import HtmxHttpRequest


def exam_forms_for(attempt: Attempt, data=None) -> list[ItemAnswerForm]:
    """The exam's forms bound to a post (``data``), each input autosaving through htmx."""
    return exam_forms(
        selectors.quiz_items(attempt.quiz), data, autosave_url=reverse("quiz:autosave", args=[attempt.pk])
    )


def render_exam(request: HtmxHttpRequest, attempt: Attempt, forms_=None, errors=None):
    """The exam page: the saved drafts, or the posted forms with their ``errors`` by item id."""
    items = selectors.quiz_items(attempt.quiz)
    latest = selectors.latest_answers(attempt)
    if forms_ is None:
        forms_ = exam_forms(items, answers=latest, autosave_url=reverse("quiz:autosave", args=[attempt.pk]))
    last_saved = max((a.updated_at for a in latest.values()), default=None)
    flagged = set(attempt.flagged_items or [])
    return render(
        request,
        "quiz/attempt_exam.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "entries": [
                {"form": f, "item": f.item, "flagged": f.item.item_id in flagged, "number": n}
                for n, f in enumerate(forms_, start=1)
            ],
            "errors": errors or {},
            "last_saved": last_saved,
            "now": timezone.now(),
            "overdue": attempt.deadline is not None and timezone.now() > attempt.deadline,
        },
    )


@login_required
@require_POST
def autosave(request: HtmxHttpRequest, pk: int):
    """Store exam drafts. htmx gets only the status line ("Saved 14:03"); the textareas are never replaced."""
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.quiz.mode != Quiz.Mode.EXAM:
        return HttpResponseBadRequest("Only exams autosave.", content_type="text/plain")
    forms_ = exam_forms_for(attempt, request.POST)
    drafts, errors = collect_drafts(forms_)
    closed = False
    try:
        services.exam_drafts_save(attempt=attempt, drafts=drafts)
    except services.AttemptClosed:
        closed = True
    now = timezone.localtime()
    if request.htmx:
        return render(
            request,
            "quiz/attempt_exam.html#save-status",
            {"saved_at": None if closed else now, "closed": closed, "errors": errors, "attempt": attempt},
        )
    if closed:
        messages.error(request, "This exam was already submitted; changes are no longer saved.")
        return redirect("quiz:result", pk=attempt.pk)
    if errors:
        attempt.refresh_from_db()
        return render_exam(request, attempt, forms_=forms_, errors=errors)
    messages.success(request, f"Saved {now:%H:%M}.")
    return redirect("quiz:attempt", pk=attempt.pk)
