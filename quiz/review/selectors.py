"""Reads for teacher review: queues, statistics, the cohort table, student progress, export rows.

Scope rule used everywhere: the answers "of a cohort" are the answers written by the cohort's students to
quizzes that are either open to everyone (``Quiz.cohort`` is null) or set for that cohort. Exam answers still
being written (attempt in progress) are not reviewable; practice answers are as soon as they are graded.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from quiz.grading.levels import LEVELS, LEVELS_BEST_FIRST, PENDING
from quiz.holding import is_held
from quiz.models import Answer, Attempt, Quiz
from studyguide.accounts.models import Cohort, Membership
from studyguide.course.models import Item

from . import cohort_settings
from .models import GradeDecision, ItemCutoffs, RegradeRequest

# ----------------------------------------------------------------------------------------------------------
# Scope and permissions
# ----------------------------------------------------------------------------------------------------------


def _student_ids(cohort: Cohort):
    return Membership.objects.filter(cohort=cohort).values("student_id")


def cohort_answers(cohort: Cohort, *, reviewable_only: bool = True) -> QuerySet[Answer]:
    qs = Answer.objects.filter(attempt__student_id__in=_student_ids(cohort)).filter(
        Q(attempt__quiz__cohort__isnull=True) | Q(attempt__quiz__cohort=cohort)
    )
    if reviewable_only:
        qs = qs.filter(
            Q(attempt__status=Attempt.Status.SUBMITTED)
            | Q(attempt__quiz__mode=Quiz.Mode.PRACTICE, graded_at__isnull=False)
        )
    return qs


@dataclass(frozen=True)
class ReviewScope:
    """Which of a cohort's answers the review pages count and list: exam answers unless the teacher asks for
    practice ones (a new student's practice tries would otherwise bury the exam), optionally one quiz."""

    mode: str = "exam"  # "exam", "practice" or "all"
    quiz_id: int | None = None

    MODES = ("exam", "practice", "all")

    def apply(self, qs: QuerySet[Answer]) -> QuerySet[Answer]:
        if self.mode in (Quiz.Mode.EXAM, Quiz.Mode.PRACTICE):
            qs = qs.filter(attempt__quiz__mode=self.mode)
        return qs.filter(attempt__quiz_id=self.quiz_id) if self.quiz_id else qs

    @property
    def params(self) -> dict[str, str]:
        """The query parameters that name this scope (none for the default)."""
        found = {"mode": self.mode} if self.mode != "exam" else {}
        return found | ({"quiz": str(self.quiz_id)} if self.quiz_id else {})


EVERYTHING = ReviewScope(mode="all")


def scoped_answers(cohort: Cohort, scope: ReviewScope = EVERYTHING, **kwargs) -> QuerySet[Answer]:
    """The cohort's reviewable answers in ``scope`` (or ``mode=``/``quiz_id=`` given directly)."""
    scope = ReviewScope(**kwargs) if kwargs else scope
    return scope.apply(cohort_answers(cohort))


def mode_counts(cohort: Cohort) -> dict[str, dict[str, int]]:
    """{"exam"|"practice": {"answers": n, "to_review": n}} over the cohort's reviewable answers (one
    query)."""
    counts = {mode: {"answers": 0, "to_review": 0} for mode in (Quiz.Mode.EXAM, Quiz.Mode.PRACTICE)}
    rows = (
        cohort_answers(cohort)
        .values("attempt__quiz__mode")
        .annotate(n=Count("id"), todo=Count("id", filter=Q(decided_by__isnull=True)))
    )
    for row in rows:
        counts[row["attempt__quiz__mode"]] = {"answers": row["n"], "to_review": row["todo"]}
    return counts


def answers_for_teacher(teacher) -> QuerySet[Answer]:
    """Every answer a teacher may see and decide on (students of their cohorts, quizzes open or theirs)."""
    return Answer.objects.filter(attempt__student__memberships__cohort__teachers=teacher).filter(
        Q(attempt__quiz__cohort__isnull=True) | Q(attempt__quiz__cohort__teachers=teacher)
    )


def answer_for_teacher(teacher, answer_id: int) -> Answer:
    """The answer, or 404 when it belongs to no cohort of this teacher (indistinguishable from missing)."""
    ids = answers_for_teacher(teacher).filter(pk=answer_id).values("pk")
    return get_object_or_404(
        Answer.objects.select_related("attempt__quiz", "attempt__student", "item", "decided_by"), pk__in=ids
    )


def answer_for_student(student, answer_id: int) -> Answer:
    return get_object_or_404(
        Answer.objects.select_related("attempt__quiz", "item"), pk=answer_id, attempt__student=student
    )


def student_in_cohort(cohort: Cohort, student_id: int):
    membership = (
        Membership.objects.filter(cohort=cohort, student_id=student_id).select_related("student").first()
    )
    if membership is None:
        raise Http404("No such student in this cohort")
    return membership.student


def quiz_for_teacher(teacher, quiz_id: int) -> Quiz:
    """A quiz the teacher may release: one set for their cohort, or an open quiz their students have taken."""
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    if quiz.cohort_id is not None:
        if not quiz.cohort.teachers.filter(pk=teacher.pk).exists():
            raise Http404("No such quiz")
    elif not Attempt.objects.filter(quiz=quiz, student__memberships__cohort__teachers=teacher).exists():
        raise Http404("No such quiz")
    return quiz


def can_request_regrade(answer: Answer, student) -> bool:
    """The student may ask for a regrade: their own answer, with a visible grade, and no open request yet."""
    return (
        answer.attempt.student_id == student.pk
        and answer.final_level in LEVELS
        and answer.attempt.quiz.grades_visible
        and not RegradeRequest.objects.filter(answer=answer, status=RegradeRequest.Status.OPEN).exists()
    )


# ----------------------------------------------------------------------------------------------------------
# Names and anonymity
# ----------------------------------------------------------------------------------------------------------


def pseudonym(quiz_id: int, student_id: int) -> str:
    """A stable per-quiz alias that does not reveal join order ("Student 3FA1C")."""
    key = settings.SECRET_KEY.encode()
    digest = hmac.new(key, f"anon:{quiz_id}:{student_id}".encode(), hashlib.sha256).hexdigest()
    return f"Student {digest[:5].upper()}"


def names_hidden(quiz: Quiz, cohort: Cohort) -> bool:  # this cohort's teachers see pseudonyms
    return cohort_settings.view_for(quiz, cohort).names_hidden


def display_name(answer: Answer, cohort: Cohort, *, hidden: bool | None = None) -> str:
    quiz = answer.attempt.quiz
    student = answer.attempt.student
    if names_hidden(quiz, cohort) if hidden is None else hidden:
        return pseudonym(quiz.pk, student.pk)
    full = student.get_full_name()
    return f"{full} ({student.username})" if full else student.username


# ----------------------------------------------------------------------------------------------------------
# Cohort overview
# ----------------------------------------------------------------------------------------------------------


@dataclass
class ItemRow:
    item: Item
    n_answers: int
    n_to_review: int  # not yet decided by a teacher
    n_requests: int  # open regrade requests
    n_stale: int  # graded under an older key version


def cohort_items(cohort: Cohort, scope: ReviewScope = EVERYTHING) -> list[ItemRow]:
    qs = scoped_answers(cohort, scope)
    stats = {
        r["item_id"]: r
        for r in qs.values("item_id").annotate(
            n=Count("id", distinct=True),
            todo=Count("id", filter=Q(decided_by__isnull=True), distinct=True),
            requests=Count(
                "regrade_requests",
                filter=Q(regrade_requests__status=RegradeRequest.Status.OPEN),
                distinct=True,
            ),
        )
    }
    stale = Counter()
    for item_id, kv, ikv in qs.values_list("item_id", "key_version", "item__key_version"):
        if kv is not None and kv < ikv:
            stale[item_id] += 1
    items = Item.objects.filter(pk__in=list(stats)).order_by("order", "item_id")
    return [
        ItemRow(
            item=it,
            n_answers=stats[it.pk]["n"],
            n_to_review=stats[it.pk]["todo"],
            n_requests=stats[it.pk]["requests"],
            n_stale=stale[it.pk],
        )
        for it in items
    ]


@dataclass
class QuizRow:
    quiz: Quiz
    n_attempts: int
    shared: bool  # open to every cohort: release and anonymity are this cohort's own
    settings: cohort_settings.CohortView
    n_awaiting: int = 0  # answers whose students read "Awaiting your teacher" until a teacher decides

    @property
    def release_matters(self) -> bool:
        """Students see nothing of this quiz's grades until a teacher releases them."""
        return self.quiz.review_policy == Quiz.ReviewPolicy.AFTER_RELEASE


def quiz_choices(cohort: Cohort) -> QuerySet[Quiz]:
    """The quizzes of the cohort: set for it, or open to everyone and taken by its students."""
    return (
        Quiz.objects.filter(
            Q(cohort=cohort) | Q(cohort__isnull=True, attempts__student_id__in=_student_ids(cohort))
        )
        .distinct()
        .order_by("mode", "title")
    )


def cohort_quizzes(cohort: Cohort) -> list[QuizRow]:
    quizzes = quiz_choices(cohort)
    counts = dict(
        Attempt.objects.filter(quiz__in=quizzes, student_id__in=_student_ids(cohort))
        .values_list("quiz_id")
        .annotate(n=Count("id"))
        .values_list("quiz_id", "n")
    )
    awaiting = dict(
        cohort_answers(cohort)
        .filter(final_level=PENDING, decided_by__isnull=True)
        .values_list("attempt__quiz_id")
        .annotate(n=Count("id"))
        .values_list("attempt__quiz_id", "n")
    )
    views = cohort_settings.views_for(quizzes, cohort)
    rows = [
        QuizRow(
            quiz=q,
            n_attempts=counts.get(q.pk, 0),
            shared=q.cohort_id is None,
            settings=views[q.pk],
            n_awaiting=awaiting.get(q.pk, 0),
        )
        for q in quizzes
    ]
    return sorted(rows, key=lambda r: not r.release_matters)  # the ones a release changes first


def open_requests(cohort: Cohort) -> QuerySet[RegradeRequest]:
    ids = cohort_answers(cohort).values("pk")
    return (
        RegradeRequest.objects.filter(status=RegradeRequest.Status.OPEN, answer_id__in=ids)
        .select_related("answer__item", "answer__attempt__quiz", "student")
        .order_by("created_at")
    )


# ----------------------------------------------------------------------------------------------------------
# The review queue
# ----------------------------------------------------------------------------------------------------------


@dataclass
class QueueEntry:
    answer: Answer
    name: str
    anonymous: bool
    points: list[dict]
    misconceptions: list[dict]
    hints: list[str]
    request: RegradeRequest | None
    conflicts: list[GradeDecision] = field(default_factory=list)
    stale_key: bool = False

    @property
    def held(self) -> bool:
        return is_held(self.answer)


def _sort_key(answer: Answer, request) -> tuple:
    """Regrade requests, then answers held for the teacher, then the least confident grades first."""
    decided = answer.decided_by_id is not None
    held = is_held(answer)
    conf = answer.confidence if answer.confidence is not None else -1.0  # never auto-graded: first
    return (
        0 if request is not None else 1,
        1 if decided else 0,
        0 if held else 1,
        conf,
        answer.created_at,
        answer.pk,
    )


def review_queue(
    cohort: Cohort, item: Item, *, show: str = "todo", scope: ReviewScope = EVERYTHING
) -> list[QueueEntry]:
    """Answers of the cohort to the item in ``scope``: open regrade requests first, then exam answers held for
    the teacher, then undecided answers from the least confident automatic grade up, then (``show="all"``) the
    already decided ones."""
    qs = (
        scoped_answers(cohort, scope)
        .filter(item=item)
        .select_related("attempt__quiz", "attempt__student", "decided_by")
    )
    answers = list(qs)
    requests = {
        r.answer_id: r
        for r in RegradeRequest.objects.filter(
            answer_id__in=[a.pk for a in answers], status=RegradeRequest.Status.OPEN
        ).order_by("created_at")
    }
    if show != "all":
        answers = [a for a in answers if a.decided_by_id is None or a.pk in requests]
    answers.sort(key=lambda a: _sort_key(a, requests.get(a.pk)))
    views = cohort_settings.views_for({a.attempt.quiz for a in answers}, cohort)
    return [
        _entry(a, requests.get(a.pk), item, cohort, hidden=views[a.attempt.quiz_id].names_hidden)
        for a in answers
    ]


def _entry(
    answer: Answer, request: RegradeRequest | None, item: Item, cohort: Cohort, *, hidden: bool
) -> QueueEntry:
    ev = answer.evidence if isinstance(answer.evidence, dict) else {}
    return QueueEntry(
        answer=answer,
        name=display_name(answer, cohort, hidden=hidden),
        anonymous=hidden,
        points=list(ev.get("points") or []),
        misconceptions=list(ev.get("misconceptions") or []),
        hints=list(ev.get("hints") or []),
        request=request,
        stale_key=answer.key_version is not None and answer.key_version < item.key_version,
    )


def queue_entry(answer: Answer, cohort: Cohort) -> QueueEntry:
    """One entry (for re-rendering a single card after a decision)."""
    request = (
        RegradeRequest.objects.filter(answer=answer, status=RegradeRequest.Status.OPEN)
        .order_by("created_at")
        .first()
    )
    hidden = names_hidden(answer.attempt.quiz, cohort)
    return _entry(answer, request, answer.item, cohort, hidden=hidden)


def next_answer_id(
    cohort: Cohort, item: Item, after_answer_id: int, scope: ReviewScope = EVERYTHING
) -> int | None:
    """The next answer still to review after this one (for the no-JavaScript flow)."""
    ids = [e.answer.pk for e in review_queue(cohort, item, show="todo", scope=scope)]
    ids = [i for i in ids if i != after_answer_id]
    return ids[0] if ids else None


def decision_history(answer: Answer) -> QuerySet[GradeDecision]:
    return answer.decisions.select_related("teacher").order_by("-created_at", "-id")


# ----------------------------------------------------------------------------------------------------------
# Statistics
# ----------------------------------------------------------------------------------------------------------


def active_cutoffs(item: Item) -> tuple[float, float] | None:
    """Per-item cut-offs adapted to this site's teachers' decisions, or None (the grader's own: the item's
    shipped cut-offs, fitted on a teacher's calibration labels, see ``quiz.grading.calibration``).

    Live grading and regrading both read them (``quiz.services.answer_grade``), so an answer gets one level
    whichever path graded it."""
    row = ItemCutoffs.objects.filter(item=item, active=True).first()
    return row.cutoffs if row else None


@dataclass
class ItemStats:
    item: Item
    n_answers: int
    facility: float | None  # mean final score (0..1)
    levels: dict[str, int]
    missed: list[tuple[str, int]]  # key point label -> answers where it was missing or unclear
    n_with_evidence: int
    n_decided: int
    n_agree: int  # decided answers whose final level equals the automatic level
    cutoffs: ItemCutoffs | None
    recent_decisions: list[GradeDecision]

    @property
    def agreement(self) -> float | None:
        return self.n_agree / self.n_decided if self.n_decided else None


def item_statistics(cohort: Cohort, item: Item) -> ItemStats:
    answers = list(
        cohort_answers(cohort)
        .filter(item=item)
        .values("final_score", "final_level", "auto_level", "decided_by_id", "evidence")
    )
    scores = [a["final_score"] for a in answers if a["final_score"] is not None]
    level_counts = Counter(a["final_level"] or PENDING for a in answers)
    missed: Counter = Counter()
    n_ev = 0
    for a in answers:
        pts = (a["evidence"] or {}).get("points") if isinstance(a["evidence"], dict) else None
        if not pts:
            continue
        n_ev += 1
        for p in pts:
            if p.get("status") in ("missing", "unclear"):
                missed[p.get("label", "?")] += 1
    decided = [a for a in answers if a["decided_by_id"] is not None and a["auto_level"] in LEVELS]
    ids = cohort_answers(cohort).filter(item=item).values("pk")
    return ItemStats(
        item=item,
        n_answers=len(answers),
        facility=sum(scores) / len(scores) if scores else None,
        levels={
            lv: level_counts.get(lv, 0)
            for lv in (*LEVELS_BEST_FIRST, PENDING)
            if lv != PENDING or level_counts.get(lv)
        },
        missed=missed.most_common(6),
        n_with_evidence=n_ev,
        n_decided=len(decided),
        n_agree=sum(1 for a in decided if a["auto_level"] == a["final_level"]),
        cutoffs=ItemCutoffs.objects.filter(item=item).first(),
        recent_decisions=list(
            GradeDecision.objects.filter(answer_id__in=ids).select_related(
                "teacher", "answer__attempt__student"
            )[:15]
        ),
    )


@dataclass
class StudentProgress:
    student: object
    attempts: list[Attempt]
    points: list[tuple[str, float | None]]  # for charts.score_line
    items: list[dict]  # latest level per item, with the number of tries


def student_progress(cohort: Cohort, student) -> StudentProgress:
    attempts = list(
        Attempt.objects.filter(student=student)
        .filter(Q(quiz__cohort__isnull=True) | Q(quiz__cohort=cohort))
        .select_related("quiz")
        .order_by("started_at", "pk")
    )
    points = [(f"{a.started_at:%d %b}", a.score) for a in attempts]
    per_item: dict[int, dict] = {}
    for a in (
        cohort_answers(cohort)
        .filter(attempt__student=student)
        .select_related("item")
        .order_by("created_at", "pk")
    ):
        row = per_item.setdefault(a.item_id, {"item": a.item, "tries": 0})
        row["tries"] += 1
        row["level"] = a.final_level or PENDING
        row["score"] = a.final_score
        row["answer_id"] = a.pk
    items = sorted(per_item.values(), key=lambda r: (r["item"].order, r["item"].item_id))
    return StudentProgress(student=student, attempts=attempts, points=points, items=items)
