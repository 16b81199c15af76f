"""The quiz list, one quiz and starting it, the student's history, and a teacher's new quiz."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from quiz import selectors, services
from quiz.cache import QUIZZES
from quiz.forms import QuizForm
from quiz.models import Attempt
from studyguide.accounts.decorators import teacher_required
from studyguide.accounts.selectors import is_teacher
from studyguide.http import HtmxHttpRequest
from studyguide.pagecache import render_cached


@login_required
@require_GET
def index(request: HtmxHttpRequest):
    user = request.user
    due = selectors.review_due_count(user)

    def context():
        progress = selectors.quiz_progress_cached(user)
        none = selectors.QuizProgress()
        quizzes = selectors.visible_quiz_list(user)
        return {
            "quizzes": [(q, progress.get(q.pk, none)) for q in quizzes],
            "due": due,
            "is_teacher": is_teacher(user),
        }

    # Kept per user (studyguide.pagecache): the quizzes they see and their attempts are the user's cached
    # facts (cohort joins and attempt writes drop the pages), the quizzes themselves a content version; the
    # page shows no time, and the one thing time changes is the number of cards due, which is in the key.
    return render_cached(request, "quiz/index.html", context, facts=("due", due), depends_on=[QUIZZES])


@login_required
@require_GET
def quiz_detail(request: HtmxHttpRequest, slug: str):
    quiz = selectors.get_visible_quiz(request.user, slug)
    attempts = list(selectors.attempts_for(request.user, quiz))
    current = next((a for a in attempts if a.status == Attempt.Status.IN_PROGRESS), None)
    can_start = not (quiz.once_only and attempts and current is None)
    submitted = [a for a in attempts if a.status == Attempt.Status.SUBMITTED]
    return render(
        request,
        "quiz/quiz_detail.html",
        {
            "quiz": quiz,
            "attempts": attempts,
            "current": current,
            "can_start": can_start,
            "last_submitted": submitted[0] if submitted else None,  # attempts are newest first
            "n_items": quiz.quiz_items.count(),
        },
    )


@login_required
@require_POST
def quiz_start(request: HtmxHttpRequest, slug: str):
    quiz = selectors.get_visible_quiz(request.user, slug)
    try:
        attempt = services.attempt_start(quiz=quiz, student=request.user)
    except services.QuizError as exc:
        messages.error(request, str(exc))
        return redirect("quiz:quiz_detail", slug=quiz.slug)
    return redirect("quiz:attempt", pk=attempt.pk)


@login_required
@require_GET
def history(request: HtmxHttpRequest):
    attempts = list(selectors.attempts_for(request.user).order_by("started_at"))
    daily = selectors.daily_scores(request.user)
    chart = selectors.score_chart([(d.strftime("%d %b"), s) for d, s, _n in daily]) if daily else None
    visible = [(a, selectors.grades_visible(a)) for a in reversed(attempts)]
    return render(request, "quiz/history.html", {"attempts": visible, "daily": daily, "chart": chart})


@teacher_required
@require_http_methods(["GET", "POST"])
def quiz_new(request: HtmxHttpRequest):
    form = QuizForm(request.POST or None, teacher=request.user)
    if not form.fields["cohort"].queryset.exists():
        messages.info(request, "Create a cohort first: quizzes are set for one of your cohorts.")
        return redirect("accounts:cohorts")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        quiz = services.quiz_create(
            teacher=request.user,
            title=data["title"],
            description=data.get("description") or "",
            cohort=data["cohort"],
            mode=data["mode"],
            time_limit_minutes=data.get("time_limit_minutes"),
            review_policy=data["review_policy"],
            anonymous_grading=data.get("anonymous_grading", False),
            items=list(data["items"]),
        )
        messages.success(request, f"Quiz “{quiz.title}” created for {quiz.cohort}.")
        return redirect("quiz:quiz_detail", slug=quiz.slug)
    return render(request, "quiz/quiz_form.html", {"form": form})
