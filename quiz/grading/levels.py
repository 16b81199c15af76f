"""The answer levels, defined once: the grader, the exact graders, teacher review, spaced review, the charts
and the ``Answer`` model's choices all read them from here."""

from __future__ import annotations

INCORRECT = "incorrect"
PARTIAL = "partial"
CORRECT = "correct"
# An answer waiting for a teacher (a reflection task): a state of an answer, never a grader level.
PENDING = "pending"

LEVELS = (INCORRECT, PARTIAL, CORRECT)  # worst to best
LEVELS_BEST_FIRST = tuple(reversed(LEVELS))
RANK = {level: rank for rank, level in enumerate(LEVELS)}
LABELS = {CORRECT: "Correct", PARTIAL: "Partial", INCORRECT: "Incorrect", PENDING: "Awaiting teacher"}
# The score a teacher's level stands for when the teacher gives no score of their own.
DEFAULT_SCORE = {CORRECT: 1.0, PARTIAL: 0.5, INCORRECT: 0.0}


def level_for_cutoffs(score: float, cutoffs: tuple[float, float]) -> str:
    """The level of a 0..1 score: ``correct`` from the second cut-off up, ``partial`` from the first."""
    lo, hi = cutoffs
    if score >= hi:
        return CORRECT
    if score >= lo:
        return PARTIAL
    return INCORRECT
