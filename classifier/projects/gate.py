"""The out-of-domain gate of a student's own model (pure: numpy only, no Django, no torch).

The site's bear model asks how much of the ImageNet backbone's 1000-class softmax falls on the bear
rows. A student's classes can be anything ("ripe", "unripe"; "my cat", "not my cat"), so the rows are
chosen from the student's own photos instead:

1. **Domain rows.** Over the *training* photos, average the backbone's 1000-class softmax and keep the
   ImageNet classes that hold most of it (``coverage``), plus the rows whose names match a class name
   (grizzly -> brown bear). These are "what ImageNet thinks your photos show".
2. **Domain mass.** For any photo, the share of the backbone's softmax on those rows.
3. **Threshold.** Half the lowest domain mass among the *validation* photos (which did not choose the
   rows). Twenty-odd validation photos cannot pin down a 5 % tail: on 2 x 50 bear photos the 5 % quantile
   of the validation photos came out between 0.72 and 0.84 depending on the split and refused 7-18 % of
   500 unseen bears, while half the minimum refused about 2 % and still let no far out-of-domain photo
   through (``bench_training``; one project measured, so treat the margin as a rule of thumb).

It can miss: a photo ImageNet mistakes for the same things as your photos passes (a plush bear for a
bear project), and a class ImageNet has no idea about spreads its rows thin. The decision itself is
``ood.in_domain``, the one gate rule of the site.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from classifier import ood

DEFAULT_COVERAGE = 0.8
MAX_ROWS = 40
DEFAULT_MARGIN = 0.5


def choose_rows(
    train_probs: np.ndarray,
    named_rows: list[int] | tuple[int, ...] = (),
    *,
    coverage: float = DEFAULT_COVERAGE,
    max_rows: int = MAX_ROWS,
) -> list[int]:
    """The ImageNet rows that hold ``coverage`` of the mean softmax of the training photos (sorted)."""
    probs = np.atleast_2d(np.asarray(train_probs, dtype=np.float64))
    mean = probs.mean(axis=0)
    order = np.argsort(-mean, kind="stable")
    chosen: list[int] = []
    total = 0.0
    for row in order[:max_rows]:
        chosen.append(int(row))
        total += float(mean[row])
        if total >= coverage:
            break
    return sorted(set(chosen) | {int(r) for r in named_rows if r is not None})


def domain_mass(probs: np.ndarray, rows: list[int]) -> np.ndarray:
    """Share of each photo's 1000-class softmax on ``rows``; shape (N,)."""
    return np.atleast_2d(np.asarray(probs, dtype=np.float64))[:, list(rows)].sum(axis=1)


def choose_threshold(valid_scores: np.ndarray, margin: float = DEFAULT_MARGIN) -> float:
    """``margin`` times the lowest validation score: every validation photo passes, with room to spare."""
    return float(margin * np.min(np.asarray(valid_scores, dtype=np.float64)))


@dataclass(frozen=True)
class Calibration:
    rows: list[int]
    threshold: float
    valid_passed: int
    n_valid: int
    coverage: float
    margin: float

    def as_dict(self) -> dict:
        return {
            "rows": self.rows,
            "threshold": round(self.threshold, 6),
            "valid_passed": self.valid_passed,
            "n_valid": self.n_valid,
            "coverage": self.coverage,
            "margin": self.margin,
        }


def calibrate(
    train_probs: np.ndarray,
    valid_probs: np.ndarray,
    named_rows: list[int] | tuple[int, ...] = (),
    *,
    coverage: float = DEFAULT_COVERAGE,
    margin: float = DEFAULT_MARGIN,
) -> Calibration:
    rows = choose_rows(train_probs, named_rows, coverage=coverage)
    valid = domain_mass(valid_probs, rows) if len(valid_probs) else domain_mass(train_probs, rows)
    threshold = choose_threshold(valid, margin)
    return Calibration(
        rows=rows,
        threshold=threshold,
        valid_passed=int(ood.in_domain(valid, threshold).sum()),
        n_valid=len(valid),
        coverage=coverage,
        margin=margin,
    )


def verdict_kind(score: float, head_top_prob: float, threshold: float) -> str:
    """Out of domain below the threshold; otherwise unsure when the head hesitates, else confident."""
    return ood.verdict_kind(score, head_top_prob, threshold, sure_threshold=threshold)


def describe(kind: str, score: float, head_top_prob: float, label: str, threshold: float) -> ood.Verdict:
    """Words for a verdict of a student's model (the site's bear wording would be wrong here)."""
    pct = f"{score * 100:.1f} %"
    if kind == ood.NOT_BEAR:
        return ood.Verdict(
            kind,
            "Outside what your model knows",
            f"Only {pct} of the backbone's belief falls on the ImageNet classes your training photos look "
            f"like (the gate wants {threshold * 100:.1f} %). Your model still says '{label}' at "
            f"{head_top_prob * 100:.1f} %: that is the over-confidence the gate is there to catch.",
        )
    if kind == ood.UNSURE:
        return ood.Verdict(
            kind,
            "Not sure",
            f"Domain mass {pct} passes the gate, but your model gives '{label}' only "
            f"{head_top_prob * 100:.1f} %. Treat it as a guess.",
        )
    return ood.Verdict(
        kind,
        f"Confident: {label}",
        f"Domain mass {pct} passes the gate and your model gives '{label}' {head_top_prob * 100:.1f} %.",
    )
