"""Exam mode: the exam page (every item in one form) and its autosave, item by item. Submitting is in
``attempts``. Drafts are versioned per item (``quiz.exam_services``): a save from a tab that loaded an
older version of an item is answered with a conflict (409) showing both answers, never applied over the
newer one."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from quiz import exam_drafts, exam_services, selectors, services
from quiz.forms import ItemAnswerForm, collect_drafts, exam_forms
from quiz.models import Attempt, Quiz
from studyguide.course.models import Item
from studyguide.http import HtmxHttpRequest

from .nav import question_label

CONFLICT_MESSAGE = (
    "Some answers were changed in another tab or device after this page loaded them. Nothing was "
    "overwritten: both versions are shown below. Keep the one you want, then save or submit again."
)


def exam_forms_for(attempt: Attempt, data=None) -> list[ItemAnswerForm]:
    """The exam's forms bound to a post (``data``), each item autosaving on its own through htmx."""
    return exam_forms(
        selectors.quiz_items(attempt.quiz), data, autosave_url=reverse("quiz:autosave", args=[attempt.pk])
    )


def describe(item: Item, data) -> str:
    """An answer as a student reads it in a conflict panel (the text, the choices ticked, or the order)."""
    if item.kind == Item.Kind.MULTIPLE_CHOICE:
        chosen = {int(c) for c in data.choice_ids}
        return "; ".join(c.text for c in item.choices.all() if c.pk in chosen) or "(nothing ticked)"
    if item.kind == Item.Kind.ORDERING:
        return " → ".join(data.order) or "(no step placed)"
    return data.text


def conflict_context(conflict: exam_drafts.DraftConflict, autosave_url: str, params: str) -> dict:
    theirs = exam_drafts.answer_data_of(conflict.theirs)
    return {
        "item_id": conflict.item.item_id,
        "source_ref": conflict.item.source_ref,
        "is_text": conflict.item.kind in (Item.Kind.FREE_TEXT, Item.Kind.REFLECTION, Item.Kind.SHORT_EXACT),
        "mine": describe(conflict.item, conflict.mine),
        "theirs": describe(conflict.item, theirs),
        "their_version": conflict.their_version,
        "saved_at": conflict.theirs.updated_at,
        "autosave_url": autosave_url,
        "params": params,
    }


def render_exam(
    request: HtmxHttpRequest, attempt: Attempt, forms_=None, errors=None, conflicts=None, status=200
):
    """The exam page: the saved drafts, or the posted forms with their ``errors`` by item id and the
    ``conflicts`` (``exam_drafts.DraftConflict`` by item pk) shown next to the items."""
    items = selectors.quiz_items(attempt.quiz)
    latest = selectors.latest_answers(attempt)
    autosave_url = reverse("quiz:autosave", args=[attempt.pk])
    if forms_ is None:
        forms_ = exam_forms(items, answers=latest, autosave_url=autosave_url)
    last_saved = max((a.updated_at for a in latest.values()), default=None)
    flagged = set(attempt.flagged_items or [])
    conflicts = conflicts or {}
    return render(
        request,
        "quiz/attempt_exam.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "entries": [
                {
                    "form": f,
                    "item": f.item,
                    "flagged": f.item.item_id in flagged,
                    "number": n,
                    "conflict": (
                        conflict_context(conflicts[f.item.pk], autosave_url, f.param_names())
                        if f.item.pk in conflicts
                        else None
                    ),
                }
                for n, f in enumerate(forms_, start=1)
            ],
            "errors": errors or {},
            "conflict_message": CONFLICT_MESSAGE if conflicts else "",
            "last_saved": last_saved,
            "now": timezone.now(),
            "overdue": attempt.deadline is not None and timezone.now() > attempt.deadline,
        },
        status=status,
    )


def _autosave_fragment(request: HtmxHttpRequest, attempt, forms_, result, errors, closed) -> HttpResponse:
    """Per posted item: its status line (the target), and out of band its new version and fingerprint, its
    conflict panel (or none), and the exam's overall status line."""
    autosave_url = reverse("quiz:autosave", args=[attempt.pk])
    now = timezone.localtime()
    rows = result.rows if result else {}
    items = []
    for form in forms_:
        item_id = form.item.item_id
        if not any(form.add_prefix(name) in form.data for name in form.fields):
            continue  # not part of this post
        conflict = result.conflicts.get(form.item.pk) if result else None
        row = rows.get(form.item.pk)
        if closed:
            state = "closed"
        elif item_id in errors:
            state = "error"
        elif conflict:
            state = "conflict"
        elif form.item in result.saved or exam_drafts.same_answer(
            form.answer_data(), exam_drafts.answer_data_of(row)
        ):
            state = "saved"
        else:
            state = "stale"  # not touched in this tab, and newer elsewhere: left alone
        meta = state == "saved" and row is not None  # the tab now holds the stored version
        items.append(
            {
                "item_id": item_id,
                "state": state,
                "errors": errors.get(item_id, []),
                "base_field": form["base"].auto_id,
                "orig_field": form["orig"].auto_id,
                "base_name": form.add_prefix("base"),
                "orig_name": form.add_prefix("orig"),
                "base": row.draft_version if meta else None,
                "orig": exam_drafts.fingerprint(exam_drafts.answer_data_of(row)) if meta else None,
                "conflict": conflict_context(conflict, autosave_url, form.param_names())
                if conflict
                else None,
            }
        )
    if not items:
        return HttpResponse("", status=204)
    status = 409 if any(i["state"] == "conflict" for i in items) else 422 if errors else 200
    ctx = {"primary": items[0], "items": items, "saved_at": now, "closed": closed, "attempt": attempt}
    return render(request, "quiz/attempt_exam.html#autosave", ctx, status=status)


def _save_posted_exam(request: HtmxHttpRequest, attempt: Attempt):
    """Store every draft of a posted exam form (no JavaScript, or on the way to submitting). Returns the
    response to send instead of going on: the result once the exam is closed, or the exam page with the
    problems (422 invalid, 409 changed in another tab); None when everything was stored."""
    forms_ = exam_forms_for(attempt, request.POST)
    drafts, errors = collect_drafts(forms_)
    try:
        result = exam_services.exam_drafts_save(attempt=attempt, drafts=drafts)
    except services.AttemptClosed:
        messages.error(request, "This exam was already submitted; changes are no longer saved.")
        return redirect("quiz:result", pk=attempt.pk)
    if errors or result.conflicts:
        attempt.refresh_from_db()
        status = 409 if result.conflicts else 422
        return render_exam(
            request, attempt, forms_=forms_, errors=errors, conflicts=result.conflicts, status=status
        )
    return None


@login_required
@require_http_methods(["GET", "POST"])
def submit_confirm(request: HtmxHttpRequest, pk: int):
    """The step before submitting an exam, which cannot be undone: what is answered, what is left blank or
    flagged, and one button that submits (``attempts.submit``). The exam page posts its whole form here, so
    every draft is stored first; then the page is reloaded by GET (a refresh never posts twice)."""
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        messages.info(request, "This attempt was already submitted.")
        return redirect("quiz:result", pk=attempt.pk)
    if attempt.quiz.mode != Quiz.Mode.EXAM:
        return redirect("quiz:attempt", pk=attempt.pk)
    if request.method == "POST":
        return _save_posted_exam(request, attempt) or redirect("quiz:submit_confirm", pk=attempt.pk)
    items = selectors.quiz_items(attempt.quiz)
    latest = selectors.latest_answers(attempt)
    flagged = set(attempt.flagged_items or [])
    rows = [
        {
            "item": item,
            "label": question_label(item),
            "answered": item.pk in latest and not exam_drafts.answer_data_of(latest[item.pk]).is_blank,
            "flagged": item.item_id in flagged,
        }
        for item in items
    ]
    return render(
        request,
        "quiz/submit_confirm.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "n_items": len(rows),
            "n_answered": sum(r["answered"] for r in rows),
            "blank": [r for r in rows if not r["answered"]],
            "flagged": [r for r in rows if r["flagged"]],
            "overdue": attempt.deadline is not None and timezone.now() > attempt.deadline,
        },
    )


@login_required
@require_POST
def autosave(request: HtmxHttpRequest, pk: int):
    """Store exam drafts. htmx posts one item and gets its status line back; the textareas are never
    replaced. Without JavaScript "Save draft" posts every item and comes back to the page."""
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.quiz.mode != Quiz.Mode.EXAM:
        return HttpResponseBadRequest("Only exams autosave.", content_type="text/plain")
    if not request.htmx:
        if (problem := _save_posted_exam(request, attempt)) is not None:
            return problem
        messages.success(request, f"Saved {timezone.localtime():%H:%M}.")
        return redirect("quiz:attempt", pk=attempt.pk)
    forms_ = exam_forms_for(attempt, request.POST)
    drafts, errors = collect_drafts(forms_)
    closed, result = False, None
    try:
        result = exam_services.exam_drafts_save(attempt=attempt, drafts=drafts)
    except services.AttemptClosed:
        closed = True
    return _autosave_fragment(request, attempt, forms_, result, errors, closed)
