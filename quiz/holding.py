"""What a student sees of an automatic grade: held for the teacher, or placed in its level's band (pure).

An exam grade the grader is unsure of is not released to the student on its own: the answer waits as
"pending" ("Awaiting your teacher") until a teacher decides it, while the rest of the exam is shown. The
automatic grade is kept (``Answer.auto_*``), the teacher's review queue lists these answers first, and a
teacher can confirm it in one click. Practice answers are never held: practice feedback is immediate; nor are
answers to the built-in exam open to everyone, which has no teacher to decide them (``held_for_teacher`` is
asked with ``exam=True`` only for exams set for a cohort).
"""

from __future__ import annotations

from quiz.grading import levels
from quiz.grading.exact import EXACT_CUTOFFS
from quiz.grading.model import load_grader_model

# Exam free-text grades with a confidence below this wait for the teacher. Confidence is the grader's estimate
# that its LEVEL is right (quiz.grading.pipeline.confidence). On the teacher's calibration labels (learners
# s01-s12, cut-offs fitted out of fold) answers below 0.6 got the right level 81 % of the time against 95 %
# above; with the shipped cut-offs about one answer in six falls below, the share a teacher then decides.
HOLD_BELOW_CONFIDENCE = 0.6


def held_for_teacher(*, kind: str, exam: bool, text: str, confidence: float | None) -> bool:
    """True when an automatic grade must wait for a teacher before the student sees it."""
    return (
        exam
        and kind == "free_text"
        and bool((text or "").strip())
        and confidence is not None
        and confidence < HOLD_BELOW_CONFIDENCE
    )


def grade_cutoffs(evidence, kind: str) -> tuple[float, float]:
    """The (partial, correct) cut-offs an automatic grade was cut with: those stored with its evidence, else
    the grader's global pair (free text) or the exact graders' pair."""
    stored = evidence.get("cutoffs") if isinstance(evidence, dict) else None
    if stored:
        return float(stored[0]), float(stored[1])
    return load_grader_model().cutoffs if kind == "free_text" else EXACT_CUTOFFS


def final_from_auto(
    *, auto_score: float | None, auto_level: str, cutoffs: tuple[float, float] | None, held: bool
) -> tuple[float | None, str]:
    """(final_score, final_level) a student sees for an automatic grade: pending when held, otherwise the
    level with its score placed in the level's band (``levels.shown_score``)."""
    if held or auto_score is None or auto_level not in levels.LEVELS:
        return None, levels.PENDING if (held or auto_level == levels.PENDING) else auto_level
    return levels.shown_score(float(auto_score), auto_level, cutoffs), auto_level


def is_held(answer) -> bool:
    """An automatic grade the student cannot see yet: pending for a teacher although graded."""
    return (
        answer.decided_by_id is None
        and answer.final_level == levels.PENDING
        and answer.auto_level in levels.LEVELS
    )
