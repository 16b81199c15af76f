"""Fitting level cut-offs on a teacher's labels: one default pair, and a pair per item pulled towards it.

The objective on a set of answers is agreement with the teacher's levels minus ``DANGER_WEIGHT`` for each
dangerous error (a 0 graded correct, a 1 graded incorrect). The default pair maximises it over all answers;
an item's own pair maximises it over the item's answers minus ``SHRINK`` agreements per unit of distance from
the default (in grid steps x ``GRID_STEP``), so an item with few or ambiguous answers keeps the default. An
answer's ceiling (``Assessment.ceiling``) always applies: a capped answer never reaches "correct".

``write_item_cutoffs`` stores the result as ``quiz/grading/item_cutoffs.json`` (numbers and key fingerprints
only).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from quiz.grading import Assessment, ItemKey, key_fingerprint
from quiz.grading.calibration import DEFAULT_CUTOFFS_PATH
from quiz.grading.levels import CORRECT, INCORRECT, PARTIAL, RANK, level_for_cutoffs

GRID_STEP = 0.02
DANGER_WEIGHT = 2.0  # a dangerous error costs this many agreements
SHRINK = 0.2  # agreements lost per grid step an item's pair moves away from the default
MIN_ITEM_ANSWERS = 6  # fewer labelled answers: the item keeps the default pair
_IDX = {INCORRECT: 0, PARTIAL: 1, CORRECT: 2}


def levels_with(assessments: Sequence[Assessment], cutoffs: Sequence[tuple[float, float]]) -> list[str]:
    """Levels of assessments under per-answer cut-offs, ceilings applied (as ``pipeline.finalize`` does)."""
    out = []
    for a, cut in zip(assessments, cutoffs, strict=True):
        level = level_for_cutoffs(a.score, cut)
        out.append(a.ceiling if RANK[level] > RANK[a.ceiling] else level)
    return out


def _grid() -> np.ndarray:
    return np.round(np.arange(round(1 / GRID_STEP) + 1) * GRID_STEP, 4)


def objective_matrix(scores: np.ndarray, ceilings: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """value[lo_i, hi_j] = agreements - DANGER_WEIGHT x dangerous errors, cut-offs (grid[lo_i], grid[hi_j]).

    Vectorised: an answer is incorrect below lo, correct from hi (when its ceiling allows), else partial."""
    grid = _grid()
    ge = scores[None, :] >= grid[:, None]  # (g, n)
    can_correct = ceilings == 2
    # level as a function of (lo, hi): correct if ge[hi] & can_correct; else partial if ge[lo]; else incorrect
    value_incorrect = np.where(gold == 0, 1.0, np.where(gold == 2, -DANGER_WEIGHT, 0.0))
    value_partial = (gold == 1).astype(float)
    value_correct = np.where(gold == 2, 1.0, np.where(gold == 0, -DANGER_WEIGHT, 0.0))
    below_lo = (~ge) @ value_incorrect  # (g,) answers under lo
    at_or_above_lo_partial = ge @ value_partial  # (g,) answers >= lo counted as partial
    correct_hi = (ge & can_correct[None, :]) @ (value_correct - value_partial)  # switch partial -> correct
    value = below_lo[:, None] + at_or_above_lo_partial[:, None] + correct_hi[None, :]
    value[np.tril_indices(len(grid), k=-1)] = -np.inf  # hi < lo is not a pair
    return value


def _arrays(assessments: Sequence[Assessment], levels: Sequence[str]) -> tuple[np.ndarray, ...]:
    scores = np.asarray([a.score for a in assessments], dtype=float)
    ceilings = np.asarray([_IDX[a.ceiling] for a in assessments])
    gold = np.asarray([_IDX[lv] for lv in levels])
    return scores, ceilings, gold


def _steps_from(pair: tuple[float, float]) -> np.ndarray:
    grid = _grid()
    return (np.abs(grid - pair[0])[:, None] + np.abs(grid - pair[1])[None, :]) / GRID_STEP


def fit_pair(
    assessments: Sequence[Assessment],
    levels: Sequence[str],
    default: tuple[float, float] | None = None,
    shrink: float = SHRINK,
    prefer: tuple[float, float] | None = None,
) -> tuple[float, float]:
    """The pair of cut-offs that agrees best with the teacher. With ``default``, pulled towards it by
    ``shrink`` agreements per grid step. Among pairs that agree equally well: the one nearest ``prefer``
    (the pair shipped now: a refit after new phrasings, which often leave no answer between two cut-offs,
    moves nothing the labels do not ask to move), else the widest partial band."""
    grid = _grid()
    value = objective_matrix(*_arrays(assessments, levels))
    if default is not None:
        value = value - shrink * _steps_from(default)
    elif prefer is not None:
        value = value - 1e-6 * _steps_from(prefer)
    else:
        value = value + 1e-6 * (grid[None, :] - grid[:, None])
    lo_i, hi_i = np.unravel_index(int(np.argmax(value)), value.shape)
    return float(grid[lo_i]), float(grid[hi_i])


@dataclass
class FittedCutoffs:
    default: tuple[float, float]
    items: dict[str, tuple[float, float]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def for_item(self, item: str) -> tuple[float, float]:
        return self.items.get(item, self.default)


@dataclass
class Calibrator:
    """How cut-offs are fitted (``default``: used only when there is nothing to fit on)."""

    default: tuple[float, float]
    shrink: float = SHRINK
    min_item_answers: int = MIN_ITEM_ANSWERS
    per_item: bool = True
    prefer: tuple[float, float] | None = None  # the default pair shipped now: kept among equally good pairs

    def fit(
        self, items: Sequence[str], assessments: Sequence[Assessment], levels: Sequence[str]
    ) -> FittedCutoffs:
        if not assessments:
            return FittedCutoffs(self.default)
        default = fit_pair(assessments, levels, prefer=self.prefer)
        fitted = FittedCutoffs(default)
        if not self.per_item:
            return fitted
        by_item: dict[str, list[int]] = {}
        for i, it in enumerate(items):
            by_item.setdefault(it, []).append(i)
        for it, idx in by_item.items():
            fitted.counts[it] = len(idx)
            if len(idx) < self.min_item_answers:
                continue
            pair = fit_pair([assessments[i] for i in idx], [levels[i] for i in idx], default, self.shrink)
            if pair != default:
                fitted.items[it] = pair
        return fitted


def write_item_cutoffs(
    fitted: FittedCutoffs,
    keys: Mapping[str, ItemKey],
    meta: dict,
    path: Path | str = DEFAULT_CUTOFFS_PATH,
) -> None:
    """Store the fitted cut-offs (and the fingerprint of each item's key) for the site to grade with."""
    data = {
        "default": [round(c, 4) for c in fitted.default],
        "items": {
            item: {
                "cutoffs": [round(c, 4) for c in fitted.for_item(item)],
                "key": key_fingerprint(keys[item]),
            }
            for item in sorted(keys)
        },
        "meta": meta,
    }
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
