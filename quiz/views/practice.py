"""Quiz taking. Views translate HTTP <-> services/selectors; every form also works without JavaScript.

htmx requests get a partial (``template.html#partial`` from django-template-partials); plain posts redirect.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from quiz import scheduling, selectors, services
from quiz.forms import ItemAnswerForm, QuizForm, collect_drafts, exam_forms
from quiz.models import Answer, Attempt, Quiz
from studyguide.accounts.decorators import teacher_required
from studyguide.accounts.selectors import is_teacher
from studyguide.course.models import Item
from studyguide.course.selectors import get_item

BAD_ENCODING = (
    "The form data was not valid UTF-8 text, so nothing was saved. "
    "Reload the page and submit again from the form."
)


# ----------------------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------------------


def _post_is_utf8(request) -> bool:
    charset = (request.content_params or {}).get("charset", "utf-8").lower()
    if charset not in {"utf-8", "utf8"}:
        return True  # declared another charset: Django decodes it with that one
    if request.content_type == "application/x-www-form-urlencoded":
        try:
            body = request.body.decode("utf-8")
            urllib.parse.parse_qsl(body, keep_blank_values=True, encoding="utf-8", errors="strict")
        except (UnicodeDecodeError, ValueError):
            return False
        return True
    if request.content_type == "multipart/form-data":
        # Django has already decoded the parts, replacing undecodable bytes with U+FFFD.
        return not any("\ufffd" in v for _k, values in request.POST.lists() for v in values)
    return True


def utf8_post(view):
    """A POST whose form data is not UTF-8 gets a clear 400 instead of silently mangled text."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "POST" and not _post_is_utf8(request):
            return HttpResponseBadRequest(BAD_ENCODING, content_type="text/plain; charset=utf-8")
        return view(request, *args, **kwargs)

    return wrapper


def _safe_return(request, value: str | None, default: str) -> str:
    if (
        value
        and value.startswith("/")
        and url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()})
    ):
        return value
    return default


def _with_params(url: str, fragment: str = "", **params) -> str:
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k not in params]
    query += [(k, str(v)) for k, v in params.items() if v is not None]
    return urllib.parse.urlunsplit(("", "", parts.path, urllib.parse.urlencode(query), fragment))


def _without_answer(path: str) -> str:
    parts = urllib.parse.urlsplit(path)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "answer"]
    return urllib.parse.urlunsplit(("", "", parts.path, urllib.parse.urlencode(query), ""))


def _interval(seconds: float) -> str:
    """A short human interval for the rating buttons ("1 minute", "10 minutes", "3 hours", "4 days")."""
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = round(seconds / 3600)
    if hours < 36:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    days = round(seconds / 86400)
    return f"{days} day{'s' if days != 1 else ''}"


@dataclass
class Card:
    """Everything the item card partial needs: the form, or the graded result of one answer."""

    item: Item
    attempt: Attempt | None
    post_url: str
    card_url: str
    return_to: str
    form: ItemAnswerForm | None = None
    answer: Answer | None = None
    tries: list[Answer] = field(default_factory=list)
    flagged: bool = False
    review_card: object = None
    rating_options: list[dict] = field(default_factory=list)
    proposed: str = ""

    @property
    def dom_id(self) -> str:
        return f"item-{self.item.item_id}"

    @property
    def flag_url(self) -> str | None:
        if self.attempt is None or self.attempt.status != Attempt.Status.IN_PROGRESS:
            return None
        return reverse("quiz:flag", args=[self.attempt.pk, self.item.item_id])


def _build_card(request, *, item, attempt, post_url, card_url, return_to, answer=None, form=None) -> Card:
    card = Card(item=item, attempt=attempt, post_url=post_url, card_url=card_url, return_to=return_to)
    card.tries = [t for t in selectors.tries(request.user, item) if answer is None or t.pk != answer.pk]
    card.flagged = bool(attempt and item.item_id in (attempt.flagged_items or []))
    if answer is not None:
        card.answer = answer
        review = selectors.review_card_for(request.user, item)
        card.review_card = review
        if review is not None and not answer.review_rating and answer.final_level != Answer.Level.PENDING:
            now = timezone.now()
            card.proposed = scheduling.proposed_rating(answer.final_level)
            due = scheduling.preview(review.card or None, now, card_id=0)
            card.rating_options = [
                {
                    "value": r,
                    "label": scheduling.RATING_LABELS[r],
                    "due": due[r],
                    "checked": r == card.proposed,
                }
                for r in scheduling.RATINGS
            ]
    else:
        card.form = form or ItemAnswerForm(item=item)
    return card


def _practice_card(request, item, attempt, *, answer=None, form=None, return_to=None) -> Card:
    return _build_card(
        request,
        item=item,
        attempt=attempt,
        post_url=reverse("quiz:practice_item", args=[item.item_id]),
        card_url=reverse("quiz:practice_item", args=[item.item_id]),
        return_to=return_to or reverse("quiz:practice_item", args=[item.item_id]),
        answer=answer,
        form=form,
    )


def _attempt_card(request, item, attempt, *, answer=None, form=None, return_to=None) -> Card:
    return _build_card(
        request,
        item=item,
        attempt=attempt,
        post_url=reverse("quiz:answer", args=[attempt.pk, item.item_id]),
        card_url=reverse("quiz:item_card", args=[attempt.pk, item.item_id]),
        return_to=return_to or reverse("quiz:attempt", args=[attempt.pk]),
        answer=answer,
        form=form,
    )


def _shown_answer(request) -> Answer | None:
    """The ``?answer=`` to show as a result: the user's own (else 404), and only if its grade is visible."""
    raw = request.GET.get("answer", "")
    if not raw.isdigit():
        return None
    answer = selectors.get_own_answer(request.user, int(raw))
    return answer if selectors.grades_visible(answer.attempt) else None


def _answer_param(request, item) -> Answer | None:
    answer = _shown_answer(request)
    return answer if answer is not None and answer.item_id == item.pk else None


def _render_card(request, card: Card, status: int = 200):
    """htmx: the card partial alone; plain request: the single-item page around it."""
    template = "quiz/practice_item.html#item-card" if request.htmx else "quiz/practice_item.html"
    return render(request, template, {"card": card, "item": card.item}, status=status)


def _handle_practice_post(request, *, item, get_attempt, make_card, default_return: str):
    """Shared by single-item practice and practice attempts: validate, grade, show the result."""
    form = ItemAnswerForm(request.POST, item=item)
    return_to = _safe_return(request, request.POST.get("return_to"), default_return)
    if not form.is_valid():
        attempt = get_attempt(create=False)
        return _render_card(request, make_card(request, item, attempt, form=form, return_to=return_to))
    try:
        attempt = get_attempt(create=True)
        answer, _created = services.practice_answer_submit(
            attempt=attempt, item=item, data=form.answer_data(), submission_key=form.submission_key
        )
    except services.QuizError as exc:
        messages.error(request, str(exc))
        return redirect(return_to)
    if request.htmx:
        return _render_card(request, make_card(request, item, attempt, answer=answer, return_to=return_to))
    return HttpResponseRedirect(_with_params(return_to, f"item-{item.item_id}", answer=answer.pk))


# ----------------------------------------------------------------------------------------------------
# Pages
# ----------------------------------------------------------------------------------------------------


@login_required
@require_GET
def index(request):
    quizzes = list(selectors.visible_quizzes(request.user))
    open_by_quiz = {a.quiz_id: a for a in selectors.open_attempts(request.user)}
    return render(
        request,
        "quiz/index.html",
        {
            "quizzes": [(q, open_by_quiz.get(q.pk)) for q in quizzes],
            "due": selectors.review_due_count(request.user),
            "is_teacher": is_teacher(request.user),
            "practice_slug": services.PRACTICE_SLUG,
        },
    )


@login_required
@require_GET
def quiz_detail(request, slug: str):
    quiz = selectors.get_visible_quiz(request.user, slug)
    attempts = list(selectors.attempts_for(request.user, quiz))
    current = next((a for a in attempts if a.status == Attempt.Status.IN_PROGRESS), None)
    can_start = not (quiz.mode == Quiz.Mode.EXAM and quiz.cohort_id and attempts and current is None)
    return render(
        request,
        "quiz/quiz_detail.html",
        {
            "quiz": quiz,
            "attempts": attempts,
            "current": current,
            "can_start": can_start,
            "n_items": quiz.quiz_items.count(),
        },
    )


@login_required
@require_POST
def quiz_start(request, slug: str):
    quiz = selectors.get_visible_quiz(request.user, slug)
    try:
        attempt = services.attempt_start(quiz=quiz, student=request.user)
    except services.QuizError as exc:
        messages.error(request, str(exc))
        return redirect("quiz:quiz_detail", slug=quiz.slug)
    return redirect("quiz:attempt", pk=attempt.pk)


@login_required
@require_GET
def attempt_detail(request, pk: int):
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect("quiz:result", pk=attempt.pk)
    if attempt.quiz.mode == Quiz.Mode.EXAM:
        return _render_exam(request, attempt)
    items = selectors.quiz_items(attempt.quiz)
    if not items:
        messages.info(request, "This quiz has no items yet.")
        return redirect("quiz:index")
    show_all = request.GET.get("all") == "1"
    latest = selectors.latest_answers(attempt)
    here = _without_answer(request.get_full_path())
    shown = _shown_answer(request)
    if show_all:
        chosen = items
        index = None
    else:
        try:
            index = max(1, min(len(items), int(request.GET.get("i", "1"))))
        except ValueError:
            index = 1
        chosen = [items[index - 1]]
    cards = [
        _attempt_card(
            request,
            item,
            attempt,
            answer=shown if shown and shown.item_id == item.pk else None,
            return_to=here,
        )
        for item in chosen
    ]
    return render(
        request,
        "quiz/attempt_practice.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "cards": cards,
            "items": items,
            "index": index,
            "show_all": show_all,
            "answered": {i.item_id for i in items if i.pk in latest},
            "prev_i": index - 1 if index and index > 1 else None,
            "next_i": index + 1 if index and index < len(items) else None,
        },
    )


@login_required
@require_GET
def item_card(request, pk: int, item_id: str):
    """A fresh answer form for one item of a practice attempt ("Try again" via htmx)."""
    attempt = selectors.get_attempt(request.user, pk)
    item = selectors.quiz_item(attempt.quiz, item_id)
    if not request.htmx:
        ids = [i.item_id for i in selectors.quiz_items(attempt.quiz)]
        return redirect(
            _with_params(reverse("quiz:attempt", args=[pk]), f"item-{item_id}", i=ids.index(item_id) + 1)
        )
    return_to = _safe_return(request, request.GET.get("return_to"), reverse("quiz:attempt", args=[pk]))
    return _render_card(request, _attempt_card(request, item, attempt, return_to=return_to))


@login_required
@require_POST
@utf8_post
def answer_item(request, pk: int, item_id: str):
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.quiz.mode != Quiz.Mode.PRACTICE:
        return HttpResponseBadRequest("Exam answers are saved with the exam form.", content_type="text/plain")
    item = selectors.quiz_item(attempt.quiz, item_id)

    def get_attempt(create: bool):
        return attempt

    def make_card(req, it, att, **kw):
        return _attempt_card(req, it, att, **kw)

    default = reverse("quiz:attempt", args=[pk])
    return _handle_practice_post(
        request, item=item, get_attempt=get_attempt, make_card=make_card, default_return=default
    )


@login_required
@require_http_methods(["GET", "POST"])
@utf8_post
def practice_item(request, item_id: str):
    """Practise one item on its own (linked from the study pages and the review queue)."""
    item = get_item(item_id)

    def get_attempt(create: bool):
        if create:
            return services.practice_attempt_start(student=request.user)
        quiz = services.practice_quiz_ensure()
        return selectors.open_attempts(request.user).filter(quiz=quiz).first()

    def make_card(req, it, att, **kw):
        return _practice_card(req, it, att, **kw)

    default = reverse("quiz:practice_item", args=[item_id])
    if request.method == "POST":
        return _handle_practice_post(
            request, item=item, get_attempt=get_attempt, make_card=make_card, default_return=default
        )
    attempt = get_attempt(create=False)
    return_to = _safe_return(request, request.GET.get("return_to"), default)
    card = _practice_card(request, item, attempt, answer=_answer_param(request, item), return_to=return_to)
    return _render_card(request, card)


@login_required
@require_POST
@utf8_post
def flag(request, pk: int, item_id: str):
    attempt = selectors.get_attempt(request.user, pk)
    item = selectors.quiz_item(attempt.quiz, item_id)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect("quiz:result", pk=attempt.pk)
    if attempt.quiz.mode == Quiz.Mode.EXAM:
        # The exam's flag button posts the whole exam form: keep the drafts too.
        drafts, _errors = collect_drafts(exam_forms(selectors.quiz_items(attempt.quiz), request.POST))
        try:
            services.exam_drafts_save(attempt=attempt, drafts=drafts)
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
    return redirect(_safe_return(request, request.POST.get("return_to"), default) + f"#item-{item_id}")


@login_required
@require_POST
@utf8_post
def rate(request, pk: int):
    """Confirm the spaced-review rating proposed from the grade (the student may have picked another)."""
    answer = selectors.get_own_answer(request.user, pk)
    rating = request.POST.get("rating", "")
    try:
        card = services.answer_rate(answer=answer, rating=rating)
    except services.QuizError as exc:
        if request.htmx:
            return HttpResponseBadRequest(str(exc), content_type="text/plain")
        messages.error(request, str(exc))
        card = None
    if request.htmx and card is not None:
        return render(request, "quiz/practice_item.html#rated", {"review_card": card, "answer": answer})
    if card is not None:
        messages.success(
            request, f"Next review of {answer.item.source_ref}: {timezone.localtime(card.due):%d %b %H:%M}."
        )
    default = reverse("quiz:review_due")
    return redirect(_safe_return(request, request.POST.get("return_to"), default))


@login_required
@require_GET
def review_due(request):
    now = timezone.now()
    due = list(selectors.due_cards(request.user, now))
    here = reverse("quiz:review_due")
    shown_answer = _shown_answer(request)
    practice = selectors.open_attempts(request.user).filter(quiz__slug=services.PRACTICE_SLUG).first()
    from studyguide.course.selectors import items_with_key

    items = {i.pk: i for i in items_with_key().filter(pk__in=[c.item_id for c in due[:5]])}
    cards = []
    if shown_answer is not None:
        item = get_item(shown_answer.item.item_id)
        cards.append(_practice_card(request, item, practice, answer=shown_answer, return_to=here))
    for c in due[:5]:
        if shown_answer is not None and c.item_id == shown_answer.item_id:
            continue
        cards.append(_practice_card(request, items[c.item_id], practice, return_to=here))
    return render(
        request,
        "quiz/review_due.html",
        {"due": due, "cards": cards, "upcoming": list(selectors.upcoming_cards(request.user, now)[:20])},
    )


# ----------------------------------------------------------------------------------------------------
# Exam mode
# ----------------------------------------------------------------------------------------------------


def _render_exam(request, attempt: Attempt, forms_=None, errors=None, status: int = 200):
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
        status=status,
    )


@login_required
@require_POST
@utf8_post
def autosave(request, pk: int):
    """Store exam drafts. htmx gets only the status line ("Saved 14:03"); the textareas are never replaced."""
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.quiz.mode != Quiz.Mode.EXAM:
        return HttpResponseBadRequest("Only exams autosave.", content_type="text/plain")
    forms_ = exam_forms(
        selectors.quiz_items(attempt.quiz),
        request.POST,
        autosave_url=reverse("quiz:autosave", args=[attempt.pk]),
    )
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
        return _render_exam(request, attempt, forms_=forms_, errors=errors)
    messages.success(request, f"Saved {now:%H:%M}.")
    return redirect("quiz:attempt", pk=attempt.pk)


@login_required
@require_POST
@utf8_post
def submit(request, pk: int):
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        messages.info(request, "This attempt was already submitted.")
        return redirect("quiz:result", pk=attempt.pk)
    if attempt.quiz.mode == Quiz.Mode.PRACTICE:
        services.practice_attempt_finish(attempt=attempt)
        return redirect("quiz:result", pk=attempt.pk)
    forms_ = exam_forms(
        selectors.quiz_items(attempt.quiz),
        request.POST,
        autosave_url=reverse("quiz:autosave", args=[attempt.pk]),
    )
    drafts, errors = collect_drafts(forms_)
    if errors:
        # Keep what is valid, show the problems next to the answers, and do not submit yet.
        try:
            services.exam_drafts_save(attempt=attempt, drafts=drafts)
        except services.AttemptClosed:
            return redirect("quiz:result", pk=attempt.pk)
        messages.error(request, "Some answers need fixing before the exam can be submitted (see below).")
        return _render_exam(request, attempt, forms_=forms_, errors=errors)
    attempt, submitted_now = services.exam_submit(attempt=attempt, drafts=drafts)
    if submitted_now and attempt.is_late:
        messages.warning(request, "Submitted after the time limit: your answers are kept and marked as late.")
    elif submitted_now:
        messages.success(request, "Exam submitted.")
    return redirect("quiz:result", pk=attempt.pk)


@login_required
@require_GET
def result(request, pk: int):
    attempt = selectors.get_attempt(request.user, pk)
    if attempt.status == Attempt.Status.IN_PROGRESS:
        return redirect("quiz:attempt", pk=attempt.pk)
    items = selectors.quiz_items(attempt.quiz)
    latest = selectors.latest_answers(attempt)
    return render(
        request,
        "quiz/result.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "visible": selectors.grades_visible(attempt),
            "rows": [
                (item, latest.get(item.pk))
                for item in items
                if attempt.quiz.mode == Quiz.Mode.EXAM or item.pk in latest
            ],
        },
    )


@login_required
@require_GET
def history(request):
    attempts = list(selectors.attempts_for(request.user).order_by("started_at"))
    daily = selectors.daily_scores(request.user)
    chart = selectors.score_chart([(d.strftime("%d %b"), s) for d, s, _n in daily]) if daily else None
    visible = [(a, selectors.grades_visible(a)) for a in reversed(attempts)]
    return render(request, "quiz/history.html", {"attempts": visible, "daily": daily, "chart": chart})


# ----------------------------------------------------------------------------------------------------
# Teachers
# ----------------------------------------------------------------------------------------------------


@teacher_required
@require_http_methods(["GET", "POST"])
@utf8_post
def quiz_new(request):
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
