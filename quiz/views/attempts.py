"""One attempt at a quiz, in either mode: its page, flags, submitting it, and its result."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from quiz import exam_grading, exam_services, selectors, services
from quiz.forms import collect_drafts, exam_forms
from quiz.models import Attempt, Quiz
from studyguide.http import HtmxHttpRequest, safe_return

from .cards import attempt_place, build_card, retry_answer, shown_answer
from .common import without_answer
from .exam import exam_forms_for, render_exam
from .nav import item_chips


@login_required
@require_GET
def attempt_detail(request: HtmxHttpRequest, pk: int):
    """An exam: every item in one form. A practice attempt: one item (``?i=``) or all (``?all=1``)."""
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect("quiz:result", pk=attempt.pk)
    if attempt.quiz.mode == Quiz.Mode.EXAM:
        return render_exam(request, attempt)
    items = selectors.quiz_items(attempt.quiz)
    if not items:
        messages.info(request, "This quiz has no items yet.")
        return redirect("quiz:index")
    show_all = request.GET.get("all") == "1"
    latest = selectors.latest_answers(attempt)
    here = without_answer(request.get_full_path())
    shown = shown_answer(request)
    if show_all:
        chosen = items
        index = None
    else:
        try:
            index = max(1, min(len(items), int(request.GET.get("i", "1"))))
        except ValueError:
            index = 1
        chosen = [items[index - 1]]
    cards = []
    for item in chosen:
        # An answered item shows its last answer and feedback ("Try again" brings the form back holding it).
        retry = retry_answer(request, item)
        answer = shown if shown and shown.item_id == item.pk else latest.get(item.pk)
        if retry is not None or (answer is not None and answer.graded_at is None):
            answer = None
        place = attempt_place(attempt, item)
        cards.append(
            build_card(
                request, item=item, attempt=attempt, place=place, answer=answer, retry=retry, return_to=here
            )
        )
    return render(
        request,
        "quiz/attempt_practice.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "cards": cards,
            "chips": item_chips(
                items,
                latest,
                grades_visible=selectors.grades_visible(attempt),
                flagged=set(attempt.flagged_items or []),
                current=index,
            ),
            "n_answered": len(latest),
            "n_items": len(items),
            "index": index,
            "show_all": show_all,
            "prev_i": index - 1 if index and index > 1 else None,
            "next_i": index + 1 if index and index < len(items) else None,
        },
    )


@login_required
@require_POST
def flag(request: HtmxHttpRequest, pk: int, item_id: str):
    """Flag an item to revisit (or unflag it); htmx swaps only the button."""
    attempt = selectors.get_attempt(request.user, pk)
    item = selectors.quiz_item(attempt.quiz, item_id)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect("quiz:result", pk=attempt.pk)
    if attempt.quiz.mode == Quiz.Mode.EXAM:
        # The exam's flag button posts the whole exam form: keep the drafts too (each checked against its
        # version, so a conflicting one is left for the autosave or the submit to show).
        drafts, _errors = collect_drafts(exam_forms(selectors.quiz_items(attempt.quiz), request.POST))
        try:
            exam_services.exam_drafts_save(attempt=attempt, drafts=drafts)
        except services.AttemptClosed:
            return redirect("quiz:result", pk=attempt.pk)
    state = services.attempt_flag_toggle(attempt=attempt, item=item)
    if request.htmx:
        return render(
            request,
            "quiz/practice_item.html#flag-button",
            {"flag_url": request.path, "flagged": state, "item": item},
        )
    messages.success(request, f"{'Flagged' if state else 'Unflagged'} {item.source_ref}.")
    default = reverse("quiz:attempt", args=[attempt.pk])
    return redirect(safe_return(request, request.POST.get("return_to"), default) + f"#item-{item_id}")


@login_required
@require_POST
def submit(request: HtmxHttpRequest, pk: int):
    """Finish a practice attempt, or submit an exam (stored and closed now, its free-text answers graded by a
    task; invalid answers are shown, not submitted)."""
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        messages.info(request, "This attempt was already submitted.")
        return redirect("quiz:result", pk=attempt.pk)
    if attempt.quiz.mode == Quiz.Mode.PRACTICE:
        services.practice_attempt_finish(attempt=attempt)
        return redirect("quiz:result", pk=attempt.pk)
    forms_ = exam_forms_for(attempt, request.POST)
    drafts, errors = collect_drafts(forms_)
    if errors:
        # Keep what is valid, show the problems next to the answers, and do not submit yet.
        try:
            result = exam_services.exam_drafts_save(attempt=attempt, drafts=drafts)
        except services.AttemptClosed:
            return redirect("quiz:result", pk=attempt.pk)
        messages.error(request, "Some answers need fixing before the exam can be submitted (see below).")
        return render_exam(
            request, attempt, forms_=forms_, errors=errors, conflicts=result.conflicts, status=422
        )
    try:
        attempt, submitted_now = exam_services.exam_submit(attempt=attempt, drafts=drafts)
    except exam_services.DraftConflicts as exc:
        # Nothing stale overwrote a newer answer; the page shows both versions of each conflicting item.
        return render_exam(request, attempt, forms_=forms_, conflicts=exc.result.conflicts, status=409)
    if submitted_now and attempt.is_late:
        messages.warning(request, "Submitted after the time limit: your answers are kept and marked as late.")
    elif submitted_now:
        messages.success(request, "Exam submitted.")
    return redirect("quiz:result", pk=attempt.pk)


STOP_POLLING = 286  # htmx: "stop polling"; a 2xx, so the graded result is still swapped in


@login_required
@require_GET
def result(request: HtmxHttpRequest, pk: int):
    """The attempt's result. While its free-text answers are being graded (``quiz.exam_grading``) the page
    says so and polls (htmx every 2 s, a meta refresh without JavaScript); the poll that finds the grades
    gets the graded result with status 286, which stops it. A job pending too long is queued again."""
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.status == Attempt.Status.IN_PROGRESS:
        return redirect("quiz:attempt", pk=attempt.pk)
    visible = selectors.grades_visible(attempt)
    grading = visible and attempt.grading_pending
    requeued = grading and exam_grading.exam_grading_resume_if_stale(attempt=attempt)
    context = {"attempt": attempt, "quiz": attempt.quiz, "visible": visible, "grading": grading}
    if grading:
        context["requeued"] = requeued or attempt.grading_queued_at > attempt.submitted_at
        template = "quiz/result.html#result-body" if request.htmx else "quiz/result.html"
        return render(request, template, context)
    items = selectors.quiz_items(attempt.quiz)
    latest = selectors.latest_answers(attempt)
    shown = [item for item in items if attempt.quiz.mode == Quiz.Mode.EXAM or item.pk in latest]
    access = selectors.key_access_for_items(request.user, shown)
    if visible:
        services.attempt_result_seen(attempt=attempt)
    # (item, its latest answer, who may see its key: "visible", "exam" or "answer_first")
    context["rows"] = [(item, latest.get(item.pk), access[item.pk].value) for item in shown]
    if request.htmx:
        return render(request, "quiz/result.html#result-body", context, status=STOP_POLLING)
    return render(request, "quiz/result.html", context)
