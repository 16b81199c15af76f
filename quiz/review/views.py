"""Teacher review views (and the student's regrade request). Views translate: selectors read, services write.

Everything works with plain form posts; with htmx a decision swaps only its answer card. Permissions: every
teacher URL goes through ``cohort_for_teacher`` (404 for another teacher's cohort) and every answer must
belong to that cohort (404 otherwise); students get 403 from ``teacher_required``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST

from quiz.grading import levels
from quiz.models import Answer
from studyguide.accounts.decorators import teacher_required
from studyguide.accounts.selectors import cohort_for_teacher, cohorts_taught_by
from studyguide.course.models import Item
from studyguide.http import HtmxHttpRequest, safe_return

from . import charts, gradebook, regrade
from . import selectors as sel
from . import services as svc
from .links import groups_url, queue_url, review_scope, scope_context

REGRADE_FORM = "quiz/review/regrade_request.html#regrade-form"
# (value, label, keyboard shortcut) for the decision buttons, worst to best.
LEVEL_CHOICES = tuple((lv, levels.LABELS[lv], str(key)) for key, lv in enumerate(levels.LEVELS, start=1))


def _embedder():
    """The grader's embedder (``quiz.services.get_embedder``: honours the QUIZ_EMBEDDER test hook)."""
    from quiz.services import get_embedder

    return get_embedder()


def _item(item_id: str) -> Item:
    return get_object_or_404(Item.objects.prefetch_related("key_points"), item_id=item_id)


def _cohort_answer(cohort, answer_id: int) -> Answer:
    """An answer of the cohort that can be reviewed (not an exam still being written), or 404."""
    ids = sel.cohort_answers(cohort).filter(pk=answer_id).values("pk")
    return get_object_or_404(
        Answer.objects.select_related("attempt__quiz", "attempt__student", "item", "decided_by"), pk__in=ids
    )


# ----------------------------------------------------------------------------------------------------------
# Home and cohort overview
# ----------------------------------------------------------------------------------------------------------


@teacher_required
def review_home(request: HtmxHttpRequest):
    cohorts = list(cohorts_taught_by(request.user).order_by("name"))
    rows = []
    for c in cohorts:
        counts = sel.mode_counts(c)
        rows.append(
            {
                "cohort": c,
                "exam": counts["exam"],
                "practice": counts["practice"],
                "n_requests": sel.open_requests(c).count(),
            }
        )
    return render(request, "quiz/review/home.html", {"rows": rows})


@teacher_required
def review_cohort(request: HtmxHttpRequest, cohort_id: int):
    """The cohort's review desk: release first (what students see), then the items to review in the answers
    asked for (exam answers unless the teacher picks practice ones or one quiz)."""
    cohort = cohort_for_teacher(request.user, cohort_id)
    scope = review_scope(request)
    quizzes = sel.cohort_quizzes(cohort)
    return render(
        request,
        "quiz/review/cohort.html",
        {
            "cohort": cohort,
            "items": sel.cohort_items(cohort, scope),
            "quiz_choices": [q.quiz for q in quizzes],
            "release_rows": [q for q in quizzes if q.release_matters],
            "other_rows": [q for q in quizzes if not q.release_matters],
            "counts": sel.mode_counts(cohort),
            "requests": list(sel.open_requests(cohort)[:50]),
            **scope_context(scope),
        },
    )


# ----------------------------------------------------------------------------------------------------------
# The queue and decisions
# ----------------------------------------------------------------------------------------------------------


@teacher_required
def review_queue(request: HtmxHttpRequest, cohort_id: int, item_id: str):
    cohort = cohort_for_teacher(request.user, cohort_id)
    item = _item(item_id)
    scope = review_scope(request)
    show = "all" if request.GET.get("show") == "all" else "todo"
    entries = sel.review_queue(cohort, item, show=show, scope=scope)
    return render(
        request,
        "quiz/review/queue.html",
        {
            "cohort": cohort,
            "item": item,
            "entries": entries,
            "show": show,
            "levels": LEVEL_CHOICES,
            "n_all": sel.scoped_answers(cohort, scope).filter(item=item).count(),
            "quiz_choices": sel.quiz_choices(cohort),
            **scope_context(scope),
        },
    )


def _card_response(
    request: HtmxHttpRequest, cohort, entry, *, status=200, conflict=None, error=None, saved=False
):
    ctx = {
        **scope_context(review_scope(request)),
        "cohort": cohort,
        "item": entry.answer.item,
        "e": entry,
        "levels": LEVEL_CHOICES,
        "conflict": conflict,
        "error": error,
        "saved": saved,
        "standalone": not request.htmx,
        "history": list(sel.decision_history(entry.answer)[:10]),
    }
    if request.htmx:
        response = render(request, "quiz/review/answer.html#answer-card", ctx, status=status)
        if saved:
            response["HX-Trigger"] = "review-saved"
        return response
    return render(request, "quiz/review/answer.html", ctx, status=status)


@teacher_required
def review_answer(request: HtmxHttpRequest, cohort_id: int, answer_id: int):
    """One answer on its own page: its card, decision form and full decision history."""
    cohort = cohort_for_teacher(request.user, cohort_id)
    answer = _cohort_answer(cohort, answer_id)
    return _card_response(request, cohort, sel.queue_entry(answer, cohort))


@teacher_required
@require_POST
def review_decide(request: HtmxHttpRequest, cohort_id: int, answer_id: int):
    cohort = cohort_for_teacher(request.user, cohort_id)
    answer = _cohort_answer(cohort, answer_id)
    confirm = request.POST.get("action") == "confirm"
    try:
        svc.answer_decide(
            teacher=request.user,
            answer=answer,
            base_version=request.POST.get("base_version"),
            level=request.POST.get("level"),
            score=(request.POST.get("score") or "").strip() or None,
            comment=request.POST.get("comment", ""),
            confirm=confirm,
        )
    except svc.ReviewError as exc:
        if request.htmx:
            return _card_response(
                request, cohort, sel.queue_entry(answer, cohort), status=422, error=str(exc)
            )
        messages.error(request, str(exc))
        return redirect(queue_url(cohort, answer.item, answer.pk, scope=review_scope(request)))
    except svc.DecisionConflict as exc:
        return _card_response(request, cohort, sel.queue_entry(exc.current, cohort), status=409, conflict=exc)
    answer.refresh_from_db()
    if request.htmx:
        return _card_response(request, cohort, sel.queue_entry(answer, cohort), saved=True)
    messages.success(request, f"Saved: {answer.final_level} ({answer.final_score:.2f}).")
    scope = review_scope(request)
    nxt = sel.next_answer_id(cohort, answer.item, answer.pk, scope=scope)
    return redirect(queue_url(cohort, answer.item, nxt, scope=scope))


# ----------------------------------------------------------------------------------------------------------
# Answer groups (clusters)
# ----------------------------------------------------------------------------------------------------------


@teacher_required
@require_http_methods(["GET", "POST"])
def review_groups(request: HtmxHttpRequest, cohort_id: int, item_id: str):
    from .clustering import DEFAULT_THRESHOLD, AnswerSignal, cluster_texts

    cohort = cohort_for_teacher(request.user, cohort_id)
    item = _item(item_id)
    scope = review_scope(request)
    if request.method == "POST":
        ids = []
        for raw in request.POST.getlist("answer"):
            try:
                ids.append(int(raw))
            except ValueError:
                continue
        allowed = {a.pk: a for a in sel.cohort_answers(cohort).filter(item=item, pk__in=ids)}
        if not allowed:
            messages.error(request, "Tick at least one answer of the group.")
            return redirect(groups_url(cohort, item, scope))
        versions = {}
        for pk in allowed:
            try:
                versions[pk] = int(request.POST.get(f"version_{pk}", ""))
            except ValueError:
                versions[pk] = -1  # unknown version: treated as stale, reported as a conflict
        try:
            out = svc.answer_group_decide(
                teacher=request.user,
                answers=list(allowed.values()),
                versions=versions,
                level=request.POST.get("level"),
                score=(request.POST.get("score") or "").strip() or None,
                comment=request.POST.get("comment", ""),
                overwrite_decided=request.POST.get("overwrite") == "1",
            )
        except svc.ReviewError as exc:
            messages.error(request, str(exc))
            return redirect(groups_url(cohort, item, scope))
        msg = f"Graded {len(out.applied)} answer{'s' if len(out.applied) != 1 else ''} as a group."
        if out.skipped_decided:
            msg += f" {len(out.skipped_decided)} already decided by a teacher were left as they were."
        messages.success(request, msg)
        if out.conflicts:
            messages.warning(
                request,
                f"{len(out.conflicts)} answer(s) changed while you were looking and were not graded: "
                "review them one by one below.",
            )
        return redirect(queue_url(cohort, item, show="all", scope=scope))
    try:
        threshold = float(request.GET.get("threshold", DEFAULT_THRESHOLD))
    except ValueError:
        threshold = DEFAULT_THRESHOLD
    threshold = min(0.98, max(0.3, threshold))
    entries = sel.review_queue(cohort, item, show="all", scope=scope)
    clusters = []
    if entries:
        signals = [AnswerSignal.from_evidence(e.answer.evidence, e.answer.auto_level) for e in entries]
        texts = [e.answer.text for e in entries]
        found = cluster_texts(texts, _embedder(), threshold=threshold, signals=signals)
        for c in found:
            members = [entries[i] for i in c.members]
            level_counts: dict[str, int] = {}  # not "levels": that name is the grading module here
            for m in members:
                lv = m.answer.final_level or levels.PENDING
                level_counts[lv] = level_counts.get(lv, 0) + 1
            clusters.append(
                {
                    "representative": entries[c.representative],
                    "members": members,
                    "cohesion": c.cohesion,
                    "levels": sorted(level_counts.items(), key=lambda kv: -kv[1]),
                    "n_undecided": sum(1 for m in members if m.answer.decided_by_id is None),
                }
            )
    return render(
        request,
        "quiz/review/groups.html",
        {
            "cohort": cohort,
            "item": item,
            "clusters": clusters,
            "threshold": threshold,
            "levels": LEVEL_CHOICES,
            "n_answers": len(entries),
            **scope_context(scope),
        },
    )


# ----------------------------------------------------------------------------------------------------------
# Release and anonymity
# ----------------------------------------------------------------------------------------------------------


@teacher_required
@require_POST
def review_release(request: HtmxHttpRequest, cohort_id: int, quiz_id: int):
    cohort = cohort_for_teacher(request.user, cohort_id)
    quiz = sel.quiz_for_teacher(request.user, quiz_id)
    # A quiz shared by every cohort is released (or withdrawn) for this cohort only.
    where = f" for {cohort.name}" if quiz.cohort_id is None else ""
    if request.POST.get("action") == "withdraw":
        svc.quiz_release_withdraw(teacher=request.user, quiz=quiz, cohort=cohort)
        messages.success(request, f"Grades of “{quiz.title}” are hidden from students again{where}.")
    else:
        svc.quiz_release(teacher=request.user, quiz=quiz, cohort=cohort)
        messages.success(
            request, f"Grades and comments of “{quiz.title}” are now visible to its students{where}."
        )
    return redirect(reverse("quiz:review_cohort", args=[cohort.pk]) + f"#quiz-{quiz.pk}")


@teacher_required
@require_POST
def review_anonymous(request: HtmxHttpRequest, cohort_id: int, quiz_id: int):
    cohort = cohort_for_teacher(request.user, cohort_id)
    quiz = sel.quiz_for_teacher(request.user, quiz_id)
    on = request.POST.get("anonymous") == "1"
    svc.quiz_anonymous_grading_set(teacher=request.user, quiz=quiz, cohort=cohort, anonymous=on)
    messages.success(
        request,
        f"Anonymous grading {'on' if on else 'off'} for “{quiz.title}”"
        + (": names stay hidden in the queue until grades are released." if on else "."),
    )
    return redirect("quiz:review_cohort", cohort.pk)


# ----------------------------------------------------------------------------------------------------------
# Regrade after a key change
# ----------------------------------------------------------------------------------------------------------


@teacher_required
@require_http_methods(["GET", "POST"])
def review_regrade(request: HtmxHttpRequest, cohort_id: int, item_id: str):
    cohort = cohort_for_teacher(request.user, cohort_id)
    item = _item(item_id)
    scope = "all" if (request.POST.get("scope") or request.GET.get("scope")) == "all" else "stale"
    if request.method == "POST":
        plan, run = regrade.regrade_run(
            teacher=request.user, item=item, cohort=cohort, embedder=None, scope=scope
        )
        messages.success(request, f"Regraded: {plan.summary}.")
        return render(
            request,
            "quiz/review/regrade.html",
            {"cohort": cohort, "item": item, "plan": plan, "run": run, "scope": scope},
        )
    plan = regrade.regrade_plan(item=item, cohort=cohort, embedder=None, scope=scope)
    return render(
        request,
        "quiz/review/regrade.html",
        {"cohort": cohort, "item": item, "plan": plan, "run": None, "scope": scope},
    )


# ----------------------------------------------------------------------------------------------------------
# Statistics
# ----------------------------------------------------------------------------------------------------------


@teacher_required
@require_http_methods(["GET", "POST"])
def review_item_stats(request: HtmxHttpRequest, cohort_id: int, item_id: str):
    cohort = cohort_for_teacher(request.user, cohort_id)
    item = _item(item_id)
    if request.method == "POST":
        row = svc.item_cutoffs_adapt(item=item)
        if row is None:
            messages.info(request, "Not enough teacher decisions on this item yet to adapt its cut-offs.")
        else:
            messages.success(request, "Cut-offs refitted on this item's teacher decisions.")
        return redirect("quiz:review_item_stats", cohort.pk, item.item_id)
    stats = sel.item_statistics(cohort, item)
    from .adaptation import MIN_DECISIONS

    return render(
        request,
        "quiz/review/item_stats.html",
        {
            "cohort": cohort,
            "item": item,
            "stats": stats,
            "min_decisions": MIN_DECISIONS,
            "levels_svg": mark_safe(charts.level_bars(stats.levels, title=f"Levels for {item.item_id}")),  # noqa: S308
            "missed_svg": mark_safe(charts.key_point_bars(stats.missed, stats.n_with_evidence)),  # noqa: S308
        },
    )


@teacher_required
def review_table(request: HtmxHttpRequest, cohort_id: int):
    cohort = cohort_for_teacher(request.user, cohort_id)
    scope = review_scope(request)
    table = gradebook.cohort_table(cohort, scope)
    counts: dict[str, int] = {}
    for row in table.rows:
        for cell in row["cells"]:
            if cell:
                counts[cell["level"]] = counts.get(cell["level"], 0) + 1
    return render(
        request,
        "quiz/review/table.html",
        {
            "cohort": cohort,
            "table": table,
            "columns": list(zip(table.items, table.facility, strict=True)),
            "levels_svg": mark_safe(charts.level_bars(counts, title="Latest level of every answer")),  # noqa: S308
            "quiz_choices": sel.quiz_choices(cohort),
            **scope_context(scope),
        },
    )


@teacher_required
def review_student(request: HtmxHttpRequest, cohort_id: int, student_id: int):
    cohort = cohort_for_teacher(request.user, cohort_id)
    student = sel.student_in_cohort(cohort, student_id)
    progress = sel.student_progress(cohort, student)
    return render(
        request,
        "quiz/review/student.html",
        {
            "cohort": cohort,
            "student": student,
            "progress": progress,
            "chart": mark_safe(charts.score_line(progress.points, title=f"Scores of {student.username}")),  # noqa: S308
        },
    )


# ----------------------------------------------------------------------------------------------------------
# Student: regrade request
# ----------------------------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def regrade_request(request: HtmxHttpRequest, answer_id: int):
    answer = sel.answer_for_student(request.user, answer_id)  # another student's answer: 404
    back = safe_return(
        request,
        request.POST.get("next") or request.GET.get("next"),
        reverse("quiz:regrade_request", args=[answer.pk]),
    )
    if request.method == "POST":
        try:
            svc.regrade_request_create(
                student=request.user, answer=answer, reason=request.POST.get("reason", "")
            )
        except svc.ReviewError as exc:
            if request.htmx:
                return render(
                    request,
                    REGRADE_FORM,
                    {"answer": answer, "error": str(exc), "next": back},
                    status=422,
                )
            messages.error(request, str(exc))
            return redirect(back)
        if request.htmx:
            return render(
                request, "quiz/review/regrade_request.html#regrade-form", {"answer": answer, "next": back}
            )
        messages.success(request, "Your request was sent to your teacher.")
        return redirect(back)
    if not sel.can_request_regrade(answer, request.user) and not answer.regrade_requests.exists():
        raise Http404("This answer has no visible grade yet")
    return render(request, "quiz/review/regrade_request.html", {"answer": answer, "next": back})
