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


# The score a student is shown always reads like its level: a wrong answer never shows a passing mark
# ("Incorrect 55 %" is impossible). The grader's raw 0..1 score is kept for fitting cut-offs; what students
# see (Answer.final_score) is placed in its level's band. A teacher's own score must fall in the band too.
SCORE_BANDS = {INCORRECT: (0.0, 0.4), PARTIAL: (0.5, 0.8), CORRECT: (0.85, 1.0)}


def score_fits_level(score: float, level: str) -> bool:
    lo, hi = SCORE_BANDS[level]
    return lo - 1e-9 <= score <= hi + 1e-9


def shown_score(score: float, level: str, cutoffs: tuple[float, float] | None = None) -> float:
    """``score`` moved into ``level``'s band, keeping its relative height between the level's cut-offs.

    The raw score's range for the level is [0, lo) incorrect, [lo, hi) partial, [hi, 1] correct; without the
    cut-offs (or for a level its score does not fall in, e.g. after a misconception penalty) the score is
    clamped into the band. Monotone in ``score`` for a given level.
    """
    band_lo, band_hi = SCORE_BANDS[level]
    if cutoffs is not None:
        lo, hi = cutoffs
        start, end = {INCORRECT: (0.0, lo), PARTIAL: (lo, hi), CORRECT: (hi, 1.0)}[level]
        frac = (score - start) / (end - start) if end > start else 1.0
        frac = min(1.0, max(0.0, frac))
        return round(band_lo + frac * (band_hi - band_lo), 4)
    return round(min(band_hi, max(band_lo, score)), 4)
