"""Writes for teacher review. Every function is transactional; every teacher decision is logged.

Optimistic concurrency: a decision names the ``Answer.grade_version`` the teacher was looking at. The write
is a conditional UPDATE (``WHERE grade_version = base``), so of two teachers deciding at once exactly one
wins on every database; the other gets ``DecisionConflict`` carrying both decisions, and the losing
decision is still logged (``GradeDecision.outcome = conflict``), never silently lost."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from quiz.cache import QUIZZES
from quiz.grading import levels
from quiz.grading.levels import LEVELS
from quiz.holding import grade_cutoffs
from quiz.models import Answer, Attempt, Quiz
from studyguide.course.models import Item

from . import adaptation
from .models import CohortQuizSettings, GradeDecision, ItemCutoffs, RegradeRequest

log = logging.getLogger(__name__)

MAX_COMMENT = 4000
MAX_REASON = 2000


class ReviewError(ValueError):
    """Invalid input for a review action (message is safe to show)."""


class DecisionConflict(Exception):
    """Someone decided on this answer after the teacher loaded it. ``current`` is the answer as it is now
    (the winning decision), ``attempted`` the logged losing decision."""

    def __init__(self, current: Answer, attempted: GradeDecision):
        super().__init__(
            f"Answer {current.pk} was changed by someone else (version {current.grade_version})."
        )
        self.current = current
        self.attempted = attempted


# ----------------------------------------------------------------------------------------------------------
# Decisions
# ----------------------------------------------------------------------------------------------------------


def _auto_shown_score(answer: Answer, level: str) -> float:
    """The automatic score as students see it for ``level`` (placed in the level's band)."""
    cutoffs = grade_cutoffs(answer.evidence, answer.item.kind)
    return levels.shown_score(float(answer.auto_score), level, cutoffs)


def _band_text(level: str) -> str:
    lo, hi = levels.SCORE_BANDS[level]
    return f"{round(lo * 100)}–{round(hi * 100)} %"


def _clean_decision(answer: Answer, level: str | None, score, confirm: bool) -> tuple[str, float]:
    """The (level, score) a decision stores. Scores always sit in their level's band
    (``levels.SCORE_BANDS``), so a student never reads a wrong answer with a passing mark."""
    if confirm:
        if answer.auto_level not in LEVELS or answer.auto_score is None:
            raise ReviewError("This answer has no automatic grade to confirm: choose a level.")
        return answer.auto_level, _auto_shown_score(answer, answer.auto_level)
    if level not in LEVELS:
        raise ReviewError("Choose a level: correct, partial or incorrect.")
    if score in (None, ""):
        if answer.auto_level == level and answer.auto_score is not None:
            return level, _auto_shown_score(answer, level)
        if answer.final_level == level and answer.final_score is not None:
            return level, levels.shown_score(float(answer.final_score), level)
        return level, levels.DEFAULT_SCORE[level]
    try:
        value = float(score)
    except (TypeError, ValueError):
        raise ReviewError("The score must be a number between 0 and 1.") from None
    if not 0.0 <= value <= 1.0 or value != value:
        raise ReviewError("The score must be a number between 0 and 1.")
    if not levels.score_fits_level(value, level):
        raise ReviewError(
            f"A score of {round(value * 100)} % does not read as “{levels.LABELS[level]}”: "
            f"give a score between {_band_text(level)}, or leave it empty."
        )
    return level, round(value, 4)


def _attempt_score_refresh(attempt_id: int) -> float | None:
    """Attempt.score after a grade change (same rule as quiz taking: ``services.attempt_score_recompute``)."""
    from quiz.services import attempt_score_recompute

    attempt = Attempt.objects.filter(pk=attempt_id).first()
    return attempt_score_recompute(attempt=attempt) if attempt is not None else None


def _review_card_after_hold(answer: Answer, level: str, now) -> None:
    """A grade the student could not see until now (held for the teacher) enters spaced review once decided,
    as other answers do when their grades become visible."""
    if answer.final_level != levels.PENDING:
        return
    attempt = Attempt.objects.select_related("quiz", "student").get(pk=answer.attempt_id)
    if attempt.quiz.mode == Quiz.Mode.PRACTICE or attempt.quiz.grades_visible:
        from quiz.services import review_card_enqueue

        review_card_enqueue(student=attempt.student, item=answer.item, level=level, now=now)


def answer_decide(
    *,
    teacher,
    answer: Answer,
    base_version: int,
    level: str | None = None,
    score=None,
    comment: str = "",
    confirm: bool = False,
    source: str = GradeDecision.Source.MANUAL,
) -> GradeDecision:
    """Record a teacher's decision (confirm the automatic grade, or set level/score) with a comment.

    The caller has already checked that the teacher may see the answer
    (``selectors.answer_for_teacher``).
    Raises ``ReviewError`` on bad input and ``DecisionConflict`` when ``base_version`` is stale."""
    comment = (comment or "").replace("\r\n", "\n").strip()[:MAX_COMMENT]
    try:
        base_version = int(base_version)
    except (TypeError, ValueError):
        raise ReviewError("Missing answer version: reload the page.") from None
    conflict: GradeDecision | None = None
    with transaction.atomic():
        current = Answer.objects.select_for_update(of=("self",)).select_related("item").get(pk=answer.pk)
        level, value = _clean_decision(current, level, score, confirm)
        request = RegradeRequest.objects.filter(answer=current, status=RegradeRequest.Status.OPEN).first()
        if request is not None and source == GradeDecision.Source.MANUAL:
            source = GradeDecision.Source.REGRADE_REQUEST
        log = {
            "answer": current,
            "teacher": teacher,
            "source": source,
            "score": value,
            "level": level,
            "comment": comment,
            "confirmed_auto": bool(confirm),
            "base_version": base_version,
            "previous_score": current.final_score,
            "previous_level": current.final_level or "",
            "previous_comment": current.teacher_comment or "",
            "previous_decided_by_id": current.decided_by_id,
        }
        now = timezone.now()
        updated = 0
        if current.grade_version == base_version:
            updated = Answer.objects.filter(pk=current.pk, grade_version=base_version).update(
                final_score=value,
                final_level=level,
                teacher_comment=comment,
                decided_by=teacher,
                decided_at=now,
                grade_version=F("grade_version") + 1,
            )
        if not updated:
            conflict = GradeDecision.objects.create(outcome=GradeDecision.Outcome.CONFLICT, **log)
        else:
            decision = GradeDecision.objects.create(outcome=GradeDecision.Outcome.APPLIED, **log)
            RegradeRequest.objects.filter(answer=current, status=RegradeRequest.Status.OPEN).update(
                status=RegradeRequest.Status.RESOLVED, resolved_at=now, resolved_by=teacher, decision=decision
            )
            _attempt_score_refresh(current.attempt_id)
            _review_card_after_hold(current, level, now)
            item_cutoffs_maybe_adapt(item=current.item)
    if conflict is not None:
        fresh = Answer.objects.select_related("attempt__quiz", "attempt__student", "item", "decided_by").get(
            pk=answer.pk
        )
        raise DecisionConflict(current=fresh, attempted=conflict)
    return decision


@dataclass
class GroupOutcome:
    applied: list[int] = field(default_factory=list)
    skipped_decided: list[int] = field(default_factory=list)
    conflicts: list[DecisionConflict] = field(default_factory=list)


def answer_group_decide(
    *,
    teacher,
    answers: Sequence[Answer],
    versions: dict[int, int],
    level: str,
    score=None,
    comment: str = "",
    overwrite_decided: bool = False,
) -> GroupOutcome:
    """Apply one decision to a group of answers (an answer cluster). Each answer is its own logged decision;
    answers a teacher already decided are skipped unless ``overwrite_decided``; conflicts are collected."""
    if level not in LEVELS:
        raise ReviewError("Choose a level: correct, partial or incorrect.")
    out = GroupOutcome()
    for a in answers:
        if a.decided_by_id is not None and not overwrite_decided:
            out.skipped_decided.append(a.pk)
            continue
        try:
            answer_decide(
                teacher=teacher,
                answer=a,
                base_version=versions.get(a.pk, a.grade_version),
                level=level,
                score=score,
                comment=comment,
                source=GradeDecision.Source.CLUSTER,
            )
            out.applied.append(a.pk)
        except DecisionConflict as exc:
            out.conflicts.append(exc)
    return out


# ----------------------------------------------------------------------------------------------------------
# Release and anonymity
# ----------------------------------------------------------------------------------------------------------


def _cohort_row(quiz: Quiz, cohort) -> CohortQuizSettings:
    """The shared quiz's settings row of this cohort, locked (created on first use)."""
    if cohort is None:
        raise ValueError(f"{quiz} is shared by every cohort: its settings are per cohort, name one")
    CohortQuizSettings.objects.get_or_create(quiz=quiz, cohort=cohort)
    return CohortQuizSettings.objects.select_for_update().get(quiz=quiz, cohort=cohort)


@transaction.atomic
def quiz_release(*, teacher, quiz: Quiz, cohort=None) -> Quiz:
    """Grades and comments of the quiz become visible to its students (names in the queue reappear).

    A quiz shared by every cohort is released for ``cohort`` only: other cohorts' teachers keep their own
    setting. Answers whose grades were hidden until now enter the students' spaced-review queue at release,
    as they would have at submit time with an immediate review policy.
    """
    from quiz.services import review_card_enqueue

    now = timezone.now()
    submitted = Answer.objects.filter(attempt__quiz=quiz, attempt__status="submitted")
    if quiz.cohort_id is None:
        row = _cohort_row(quiz, cohort)
        row.released_at, row.released_by = now, teacher
        row.save(update_fields=["released_at", "released_by"])
        submitted = submitted.filter(attempt__student__memberships__cohort=cohort)
    else:
        Quiz.objects.filter(pk=quiz.pk).update(released_at=now, released_by=teacher)
        QUIZZES.bump()  # update() sends no signal (quiz.cache)
        quiz.refresh_from_db()
    for answer in submitted.select_related("attempt__student", "item").only(
        "final_level", "attempt__student", "item"
    ):
        review_card_enqueue(
            student=answer.attempt.student, item=answer.item, level=answer.final_level, now=now
        )
    return quiz


@transaction.atomic
def quiz_release_withdraw(*, teacher, quiz: Quiz, cohort=None) -> Quiz:
    if quiz.cohort_id is None:
        CohortQuizSettings.objects.filter(quiz=quiz, cohort=cohort).update(released_at=None, released_by=None)
        QUIZZES.bump()  # update() sends no signal (quiz.cache)
        return quiz
    Quiz.objects.filter(pk=quiz.pk).update(released_at=None, released_by=None)
    QUIZZES.bump()
    quiz.refresh_from_db()
    return quiz


@transaction.atomic
def quiz_anonymous_grading_set(*, teacher, quiz: Quiz, anonymous: bool, cohort=None) -> Quiz:
    if quiz.cohort_id is None:
        row = _cohort_row(quiz, cohort)
        row.anonymous_grading = bool(anonymous)
        row.save(update_fields=["anonymous_grading"])
        return quiz
    Quiz.objects.filter(pk=quiz.pk).update(anonymous_grading=bool(anonymous))
    QUIZZES.bump()  # update() sends no signal (quiz.cache)
    quiz.refresh_from_db()
    return quiz


# ----------------------------------------------------------------------------------------------------------
# Student regrade requests
# ----------------------------------------------------------------------------------------------------------


def regrade_request_create(*, student, answer: Answer, reason: str) -> RegradeRequest:
    reason = (reason or "").replace("\r\n", "\n").strip()
    if answer.attempt.student_id != student.pk:
        raise ReviewError("You can only ask for a regrade of your own answers.")
    if answer.final_level not in LEVELS or not answer.attempt.quiz.grades_visible:
        raise ReviewError("This answer has no visible grade yet.")
    if not reason:
        raise ReviewError("Say why you think the grade should change.")
    if len(reason) > MAX_REASON:
        raise ReviewError(f"Please keep the reason under {MAX_REASON} characters.")
    try:
        with transaction.atomic():
            return RegradeRequest.objects.create(answer=answer, student=student, reason=reason)
    except IntegrityError:
        raise ReviewError(
            "You have already asked for a regrade of this answer; your teacher will look at it."
        ) from None


# ----------------------------------------------------------------------------------------------------------
# Learning cut-offs from teachers
# ----------------------------------------------------------------------------------------------------------


def _decision_pairs(item: Item) -> tuple[list[float], list[str]]:
    rows = (
        Answer.objects.filter(
            item=item, decided_by__isnull=False, auto_score__isnull=False, final_level__in=LEVELS
        )
        .order_by("decided_at", "pk")
        .values_list("auto_score", "final_level")
    )
    scores, teacher_levels = [], []
    for s, lv in rows:
        scores.append(float(s))
        teacher_levels.append(lv)
    return scores, teacher_levels


def _default_cutoffs(item: Item) -> tuple[float, float]:
    """The cut-offs the item is graded with before any adaptation: the grader's own for it (shipped per-item
    cut-offs, else their default), which adaptation starts from and is pulled towards."""
    from quiz.grading import cutoffs_for, load_grader_model
    from quiz.keys import item_key_from

    lo, hi = cutoffs_for(item_key_from(item), load_grader_model())
    return (float(lo), float(hi))


def item_cutoffs_adapt(*, item: Item, default: tuple[float, float] | None = None) -> ItemCutoffs | None:
    """Refit the item's cut-offs on all its teacher decisions (every cohort: the key is shared).

    Below ``adaptation.MIN_DECISIONS`` decisions nothing is stored (and an old row is deactivated)."""
    if item.kind != Item.Kind.FREE_TEXT:
        return None
    scores, teacher_levels = _decision_pairs(item)
    if len(scores) < adaptation.MIN_DECISIONS:
        ItemCutoffs.objects.filter(item=item).update(active=False, fitted_on=len(scores))
        return None
    default = default or _default_cutoffs(item)
    result = adaptation.adapt(scores, teacher_levels, default)
    row, _ = ItemCutoffs.objects.update_or_create(
        item=item,
        defaults={
            "partial_cutoff": result.cutoffs[0],
            "correct_cutoff": result.cutoffs[1],
            "default_partial_cutoff": default[0],
            "default_correct_cutoff": default[1],
            "fitted_on": result.n,
            "folds": result.folds,
            "agreement_before": result.agreement_before,
            "agreement_after": result.agreement_after,
            "active": result.adopted,
        },
    )
    return row


def item_cutoffs_maybe_adapt(*, item: Item) -> ItemCutoffs | None:
    """Called after each decision: refit once the item has enough decisions (cheap: vectorised grid
    search)."""
    if item.kind != Item.Kind.FREE_TEXT:
        return None
    n = Answer.objects.filter(item=item, decided_by__isnull=False, auto_score__isnull=False).count()
    if n < adaptation.MIN_DECISIONS:
        return None
    try:
        with transaction.atomic():  # savepoint: a failed refit never undoes the decision itself
            return item_cutoffs_adapt(item=item)
    except IntegrityError:  # another decision on this item created the row at the same moment
        return ItemCutoffs.objects.filter(item=item).first()
    except OSError:  # no fitted grader model file: keep the global cut-offs, never block a decision
        log.warning("grader model not found: cut-offs for %s not adapted", item.item_id)
        return None
