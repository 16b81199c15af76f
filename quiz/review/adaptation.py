"""Per-item level cut-offs learnt from teacher decisions (pure: numpy and the standard library only).

The grader turns a 0..1 score into a level with two cut-offs (partial, correct). Teachers grading an item
may consistently disagree with the global cut-offs (an item whose key is hard to phrase, say). Once an item
has ``MIN_DECISIONS`` teacher decisions, ``adapt`` searches the cut-off pair that agrees best with the
teachers' levels on that item, preferring pairs close to the global ones (ties and a small distance
penalty), and measures honestly with K-fold cross-validation: every decision is predicted by cut-offs
fitted WITHOUT it.

``agreement_before`` = share of decisions whose level the global cut-offs reproduce; ``agreement_after`` =
share reproduced by cut-offs fitted on the other folds (held-out). The fitted pair is adopted only when
held-out agreement is not worse than before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from quiz.grading.levels import CORRECT, INCORRECT, LEVELS, PARTIAL, level_for_cutoffs

MIN_DECISIONS = 8
GRID_STEP = 0.02
DISTANCE_PENALTY = 0.01  # per unit of |cut-off change|, in "decisions" (breaks near-ties towards the default)


def agreement(scores: Sequence[float], levels: Sequence[str], cutoffs: tuple[float, float]) -> float:
    if not scores:
        return 0.0
    hits = sum(level_for_cutoffs(s, cutoffs) == lv for s, lv in zip(scores, levels, strict=True))
    return hits / len(scores)


def _grid(step: float) -> np.ndarray:
    n = round(1 / step)
    return np.round(np.arange(n + 1) * step, 4)


def fit_cutoffs(
    scores: Sequence[float], levels: Sequence[str], default: tuple[float, float], step: float = GRID_STEP
) -> tuple[float, float]:
    """The (partial, correct) pair maximising agreement minus a small penalty for moving away from
    ``default``.

    Vectorised: with ``lo <= hi``, hits(lo, hi) = #incorrect below lo + #partial in [lo, hi) + #correct >=
    hi."""
    pairs = [(float(s), lv) for s, lv in zip(scores, levels, strict=True) if lv in LEVELS]
    if not pairs:
        return default
    grid = _grid(step)
    s = np.array([p[0] for p in pairs])
    lv = np.array([p[1] for p in pairs])
    ge = s[None, :] >= grid[:, None]  # (g, n): score >= grid value
    inc_below = ((~ge) & (lv == INCORRECT)[None, :]).sum(axis=1)
    part_ge = (ge & (lv == PARTIAL)[None, :]).sum(axis=1)
    corr_ge = (ge & (lv == CORRECT)[None, :]).sum(axis=1)
    hits = inc_below[:, None] + part_ge[:, None] - part_ge[None, :] + corr_ge[None, :]  # [lo, hi]
    dist = (np.abs(grid - default[0])[:, None] + np.abs(grid - default[1])[None, :]) / step
    value = hits - DISTANCE_PENALTY * dist
    value[np.tril_indices(len(grid), k=-1)] = -np.inf  # hi < lo is not a valid pair
    lo_i, hi_i = np.unravel_index(int(np.argmax(value)), value.shape)
    return float(grid[lo_i]), float(grid[hi_i])


@dataclass(frozen=True)
class Adaptation:
    cutoffs: tuple[float, float]  # fitted on all decisions
    default: tuple[float, float]
    n: int
    agreement_before: float  # global cut-offs on every decision (none of them was used to fit those)
    agreement_after: float  # cut-offs fitted on the other folds, on the held-out fold
    folds: int

    @property
    def adopted(self) -> bool:
        return self.n >= MIN_DECISIONS and self.agreement_after >= self.agreement_before


def adapt(
    scores: Sequence[float],
    levels: Sequence[str],
    default: tuple[float, float],
    *,
    folds: int = 5,
    step: float = GRID_STEP,
) -> Adaptation:
    """Fit per-item cut-offs on (automatic score, teacher level) pairs and measure them on held-out pairs.

    Folds are deterministic (position modulo ``folds`` in the given order, e.g. by decision time)."""
    pairs = [(float(s), lv) for s, lv in zip(scores, levels, strict=True) if s is not None and lv in LEVELS]
    n = len(pairs)
    if n == 0:
        return Adaptation(default, default, 0, 0.0, 0.0, 0)
    s_all = [s for s, _ in pairs]
    l_all = [lv for _, lv in pairs]
    before = agreement(s_all, l_all, default)
    k = max(2, min(folds, n)) if n >= 2 else 1
    if k == 1:
        return Adaptation(fit_cutoffs(s_all, l_all, default, step), default, n, before, before, 1)
    hits = 0
    for f in range(k):
        train = [p for i, p in enumerate(pairs) if i % k != f]
        test = [p for i, p in enumerate(pairs) if i % k == f]
        cut = fit_cutoffs([s for s, _ in train], [lv for _, lv in train], default, step)
        hits += sum(level_for_cutoffs(s, cut) == lv for s, lv in test)
    after = hits / n
    return Adaptation(fit_cutoffs(s_all, l_all, default, step), default, n, before, after, k)


__all__ = ["MIN_DECISIONS", "Adaptation", "adapt", "agreement", "fit_cutoffs"]
