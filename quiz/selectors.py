"""Reads for quiz taking: visible quizzes, a student's attempts and answers, the review queue, history."""

from __future__ import annotations

import bisect
import functools
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import F, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from quiz.models import Answer, Attempt, Quiz, QuizItem, ReviewCard
from studyguide.accounts.selectors import is_teacher
from studyguide.accounts.usercache import user_extra
from studyguide.course.access import KeyAccess
from studyguide.course.models import Item


@dataclass(frozen=True)
class ReviewEntry:
    """One of the student's review cards as the spaced-review page lists it. The rows are kept beside the
    user (quiz.cache); the item comes from the worker's copy of the course, read-only."""

    pk: int
    item_id: int  # the item's pk, as on ReviewCard
    item_key: str  # the item's own id (Item.item_id)
    due: datetime
    last_rating: str

    @functools.cached_property
    def item(self) -> Item:
        from studyguide.course.selectors import get_item

        return get_item(self.item_key)


def review_cards_load(user) -> list[tuple]:
    """The student's review cards, earliest due first, as small rows (kept beside the user: quiz.cache)."""
    rows = ReviewCard.objects.filter(student=user).order_by("due", "pk")
    return list(rows.values_list("pk", "item_id", "item__item_id", "due", "last_rating"))


def review_entries(user) -> list[ReviewEntry]:
    return [ReviewEntry(*row) for row in user_extra(user, "review_cards")]


def review_due_count(user, now: datetime | None = None) -> int:
    """Number of items due for spaced review (the home page and the quiz list)."""
    if not getattr(user, "is_authenticated", False):
        return 0
    dues = [row[3] for row in user_extra(user, "review_cards")]
    return bisect.bisect_right(dues, now or timezone.now())


def due_and_upcoming(user, now: datetime, upcoming: int) -> tuple[list[ReviewEntry], list[ReviewEntry]]:
    """The student's cards due at ``now`` and the next ``upcoming`` ones, earliest first (no query once the
    user's rows are cached)."""
    entries = review_entries(user)
    split = bisect.bisect_right([e.due for e in entries], now)
    return entries[:split], entries[split : split + upcoming]


def visible_quiz_list(user) -> list[Quiz]:
    """``visible_quizzes`` as a list, kept beside the logged-in user (quiz.cache)."""
    return user_extra(user, "visible_quizzes")


def quiz_progress_cached(user) -> dict[int, QuizProgress]:
    """``quiz_progress``, kept beside the logged-in user (quiz.cache)."""
    return user_extra(user, "quiz_progress")


RELEASED_SHOWN = 10  # on the home page


def released_results_unseen_list(user) -> list[Attempt]:
    """The first ``RELEASED_SHOWN`` of ``released_results_unseen``, kept beside the logged-in user."""
    return user_extra(user, "released_unseen")


def review_card_for(user, item: Item) -> ReviewCard | None:
    return ReviewCard.objects.filter(student=user, item=item).first()


def visible_quizzes(user) -> QuerySet[Quiz]:
    """Quizzes open to everyone, plus those of the user's cohorts (joined or taught)."""
    return (
        Quiz.objects.filter(
            Q(cohort__isnull=True) | Q(cohort__memberships__student=user) | Q(cohort__teachers=user)
        )
        .select_related("cohort")
        .distinct()
    )


def get_visible_quiz(user, slug: str) -> Quiz:
    return get_object_or_404(visible_quizzes(user), slug=slug)


def get_attempt(user, pk: int) -> Attempt:
    """The user's own attempt; another student's attempt is a 404, indistinguishable from a missing one."""
    return get_object_or_404(Attempt.objects.select_related("quiz"), pk=pk, student=user)


def get_own_answer(user, pk: int) -> Answer:
    return get_object_or_404(
        Answer.objects.select_related("attempt__quiz", "item"), pk=pk, attempt__student=user
    )


def quiz_items(quiz: Quiz) -> list[Item]:
    from studyguide.course.selectors import items_with_key

    ids = list(QuizItem.objects.filter(quiz=quiz).order_by("order").values_list("item_id", flat=True))
    by_id = {i.pk: i for i in items_with_key().filter(pk__in=ids)}
    return [by_id[i] for i in ids if i in by_id]


def quiz_item(quiz: Quiz, item_id: str) -> Item:
    from studyguide.course.selectors import items_with_key

    item = items_with_key().filter(item_id=item_id, quizzes=quiz).first()
    if item is None:
        raise Http404("No such item in this quiz.")
    return item


def open_attempts(user) -> QuerySet[Attempt]:
    return Attempt.objects.filter(student=user, status=Attempt.Status.IN_PROGRESS).select_related("quiz")


def open_practice_attempt(user) -> Attempt | None:
    """The student's unfinished attempt at the built-in practice quiz (single items, spaced review)."""
    return open_attempts(user).filter(quiz__slug=Quiz.PRACTICE_SLUG).first()


@dataclass(frozen=True)
class OpenPractice:
    """What a page of practice cards reads of the student's open practice attempt (``Card.flag_url``,
    ``Card.flagged``): kept beside the user (quiz.cache), for pages that only show it."""

    pk: int
    flagged_items: tuple[str, ...]
    status: str = Attempt.Status.IN_PROGRESS


def open_practice_load(user) -> tuple[int, tuple[str, ...]] | None:
    attempt = open_practice_attempt(user)
    return None if attempt is None else (attempt.pk, tuple(attempt.flagged_items or ()))


def open_practice_shown(user) -> OpenPractice | None:
    """``open_practice_attempt`` as the GET pages show it; writes use the attempt itself."""
    row = user_extra(user, "open_practice")
    return None if row is None else OpenPractice(*row)


@dataclass(frozen=True)
class QuizProgress:
    """Where a student stands with one quiz: an attempt to resume, the last submitted one, how many."""

    open_pk: int | None = None
    last_submitted_pk: int | None = None
    n_submitted: int = 0


def quiz_progress(user) -> dict[int, QuizProgress]:
    """``QuizProgress`` of every quiz the user has started, by quiz id (one query)."""
    found: dict[int, QuizProgress] = {}
    rows = Attempt.objects.filter(student=user).order_by("started_at", "pk")
    for quiz_id, pk, status in rows.values_list("quiz_id", "pk", "status"):
        seen = found.get(quiz_id, QuizProgress())
        if status == Attempt.Status.IN_PROGRESS:
            found[quiz_id] = QuizProgress(pk, seen.last_submitted_pk, seen.n_submitted)
        else:
            found[quiz_id] = QuizProgress(seen.open_pk, pk, seen.n_submitted + 1)
    return found


def released_results_unseen(user) -> QuerySet[Attempt]:
    """The student's submitted attempts whose grades a teacher released after the student last saw the result
    (the home page's notice). A quiz showing grades at once has nothing to release."""
    return (
        Attempt.objects.filter(
            student=user,
            status=Attempt.Status.SUBMITTED,
            quiz__review_policy=Quiz.ReviewPolicy.AFTER_RELEASE,
            quiz__released_at__isnull=False,
        )
        .filter(Q(result_seen_at__isnull=True) | Q(result_seen_at__lt=F("quiz__released_at")))
        .select_related("quiz")
        .order_by("-quiz__released_at", "-pk")
    )


def attempts_for(user, quiz: Quiz | None = None) -> QuerySet[Attempt]:
    qs = Attempt.objects.filter(student=user).select_related("quiz")
    return qs.filter(quiz=quiz) if quiz is not None else qs


def latest_answers(attempt: Attempt) -> dict[int, Answer]:
    """item pk -> the attempt's latest answer to it."""
    latest: dict[int, Answer] = {}
    for a in attempt.answers.order_by("created_at", "pk"):
        latest[a.item_id] = a
    return latest


def _visible_grades_q() -> Q:
    """Answers whose grade the student may see: practice, or an exam whose grades are visible."""
    return (
        Q(attempt__quiz__mode=Quiz.Mode.PRACTICE)
        | Q(attempt__quiz__review_policy=Quiz.ReviewPolicy.IMMEDIATE)
        | Q(attempt__quiz__released_at__isnull=False)
    )


# What the card shows of a try, and what tries_and_key_access reads ("not blank"). Neither the attempt nor the
# grading evidence is loaded: building and reading them took two fifths of the practice page's time.
TRY_FIELDS = ("created_at", "final_level", "final_score", "text", "choice_ids", "order")


def tries(user, item: Item, limit: int = 6) -> list[Answer]:
    """The student's graded answers to an item, newest first (the practice history), with ``TRY_FIELDS``
    only."""
    return list(
        Answer.objects.filter(_visible_grades_q(), attempt__student=user, item=item, graded_at__isnull=False)
        .only(*TRY_FIELDS)
        .order_by("-created_at", "-pk")[:limit]
    )


def grades_visible(attempt: Attempt) -> bool:
    return attempt.quiz.mode == Quiz.Mode.PRACTICE or attempt.quiz.grades_visible


# ----------------------------------------------------------------------------------------------------
# Who sees an item's key (see studyguide.course.access for the rule as the study pages state it)
# ----------------------------------------------------------------------------------------------------


def _family(item: Item) -> int:
    """An item and its variants share one key in effect (a multiple-choice variant gives the answer away)."""
    return item.variant_of_id or item.pk


def exam_locked_families(user) -> set[int]:
    """Item families in an exam the student is sitting now: their keys stay hidden, even if practised."""
    ids = QuizItem.objects.filter(
        quiz__mode=Quiz.Mode.EXAM,
        quiz__attempts__student=user,
        quiz__attempts__status=Attempt.Status.IN_PROGRESS,
    ).values_list("item__pk", "item__variant_of_id")
    return {variant_of or pk for pk, variant_of in ids}


def exam_locked_families_cached(user) -> set[int]:
    """``exam_locked_families``, kept beside the logged-in user (quiz.cache): every page showing an item
    asks it."""
    return user_extra(user, "exam_locked")


def exam_locks(user, item: Item) -> bool:
    """True while the student sits an exam containing the item (or its main item or a variant of it)."""
    return _family(item) in exam_locked_families_cached(user)


def answered_with_visible_grade(user, items: list[Item]) -> set[int]:
    """Pks of the items the student has answered (not blank) and may see the grade of."""
    rows = (
        Answer.objects.filter(
            _visible_grades_q(), attempt__student=user, item__in=items, graded_at__isnull=False
        )
        .exclude(text="", choice_ids=[], order=[])
        .values_list("item_id", flat=True)
    )
    return set(rows)


def _student_key_access(user, items: list[Item]) -> dict[int, KeyAccess]:
    """The key rule for a signed-in student over several items at once (one query; the exam locks are
    kept beside the user)."""
    locked = exam_locked_families_cached(user)
    answered = answered_with_visible_grade(user, [i for i in items if _family(i) not in locked])
    access = {}
    for i in items:
        if _family(i) in locked:
            access[i.pk] = KeyAccess.EXAM
        else:
            access[i.pk] = KeyAccess.VISIBLE if i.pk in answered else KeyAccess.ANSWER_FIRST
    return access


def key_access_for_student(user, item: Item) -> KeyAccess:
    """The rule ``studyguide.course.access`` applies to students (installed by ``quiz.apps``)."""
    return _student_key_access(user, [item])[item.pk]


def tries_and_key_access(user, item: Item, limit: int = 6) -> tuple[list[Answer], KeyAccess]:
    """``tries`` and ``studyguide.course.access.key_access`` for one item (the item card). The tries are the
    answers the key rule looks for, so a student's rule usually needs no query of its own: only when all
    ``limit`` tries shown are blank may an older answer decide it."""
    from studyguide.course.access import key_access

    shown = tries(user, item, limit)
    if is_teacher(user) or _family(item) in exam_locked_families_cached(user):
        return shown, key_access(user, item)
    if any(t.text or t.choice_ids or t.order for t in shown):  # answered_with_visible_grade's "not blank"
        return shown, KeyAccess.VISIBLE
    if len(shown) < limit:
        return shown, KeyAccess.ANSWER_FIRST
    return shown, key_access(user, item)


def key_access_for_items(user, items: list[Item]) -> dict[int, KeyAccess]:
    """``studyguide.course.access.key_access`` for many items at once (the result page)."""
    if not getattr(user, "is_authenticated", False):
        return {i.pk: KeyAccess.LOGIN for i in items}
    if is_teacher(user):
        return {i.pk: KeyAccess.VISIBLE for i in items}
    return _student_key_access(user, items)


def ordering_options(item: Item) -> list[str]:
    """Steps and distractors in a fixed shuffled order (seeded by the item id; never the correct order)."""
    options = list(dict.fromkeys([*item.steps, *item.distractors]))
    rng = random.Random(item.item_id)  # noqa: S311 (display order, not security)
    rng.shuffle(options)
    if len(options) > 1 and options[: len(item.steps)] == list(item.steps):
        options = options[1:] + options[:1]
    return options


# ----------------------------------------------------------------------------------------------------
# History and its chart
# ----------------------------------------------------------------------------------------------------


def daily_scores(user) -> list[tuple[date, float, int]]:
    """(day, mean final score, number of answers) over all the student's graded answers, oldest first."""
    by_day: dict[date, list[float]] = defaultdict(list)
    rows = Answer.objects.filter(
        _visible_grades_q(), attempt__student=user, final_score__isnull=False, graded_at__isnull=False
    )
    for created, score in rows.values_list("created_at", "final_score"):
        by_day[timezone.localdate(created)].append(score)
    return [(d, sum(v) / len(v), len(v)) for d, v in sorted(by_day.items())]


def score_chart(points: list[tuple[str, float]], width: int = 600, height: int = 200, pad: int = 32) -> dict:
    """Coordinates for a small server-rendered SVG line chart of 0..1 scores (labels on the x axis)."""
    n = len(points)
    inner_w, inner_h = width - 2 * pad, height - 2 * pad
    marks = []
    for i, (label, score) in enumerate(points):
        x = pad + (inner_w * i / (n - 1) if n > 1 else inner_w / 2)
        y = pad + inner_h * (1 - max(0.0, min(1.0, score)))
        marks.append({"x": round(x, 1), "y": round(y, 1), "label": label, "pct": round(score * 100)})
    grid = [{"y": round(pad + inner_h * (1 - f), 1), "pct": round(f * 100)} for f in (0, 0.5, 1)]
    return {
        "width": width,
        "height": height,
        "pad": pad,
        "right": width - pad,
        "marks": marks,
        "grid": grid,
        "polyline": " ".join(f"{m['x']},{m['y']}" for m in marks),
    }
