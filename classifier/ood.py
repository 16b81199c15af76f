"""Out-of-domain (OOD) scoring, verdicts and the metrics used to choose and report a threshold.

Pure module: numpy only (no Django, no torch).

The score we use is the **bear mass**: the probability that the backbone's full 1000-class ImageNet
softmax puts on the three in-domain classes together (294 brown bear, 295 American black bear,
850 teddy bear). A 3-class softmax must share 100 % between grizzly, black and teddy, even for a cat;
the 1000-class softmax has 997 other places to put its belief, so a cat photo gets a tiny bear mass.
Measured with the built-in model on the test rows of the shared evaluation images (classifier/README.md),
AUROC near / far: bear mass 0.974 / 1.000, energy over the three bear logits 0.971 / 1.000, the 3-class
head's max softmax 0.917 / 0.993, the 1000-class max softmax 0.778 / 0.678. The bear mass is best on
both, needs no extra parameters, and reads naturally ("how much of the backbone's belief is bear?").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

BEAR_ROWS = (294, 295, 850)  # brown bear, American black bear, teddy bear (ImageNet-1k indices)

# Fallback values: the build measured them on the calib rows (see classifier/data/calibration.json).
DEFAULT_THRESHOLD = 0.2558
# The page's threshold slider moves in steps of 0.1 %; a threshold the page uses is always on that grid, so
# the number the slider shows, the number the words show and the number the gate compares with are one.
THRESHOLD_STEP = 0.001
DEFAULT_SURE_THRESHOLD = 0.5
HEAD_SURE_PROB = 0.75

NOT_BEAR = "not_bear"
UNSURE = "unsure"
CONFIDENT = "confident"


def softmax(logits: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)


def bear_mass(imagenet_logits: np.ndarray, rows=BEAR_ROWS) -> np.ndarray:
    """Share of the 1000-class softmax on the bear rows; shape (N,) for (N, 1000) logits."""
    return bear_mass_from_softmax(softmax(np.atleast_2d(imagenet_logits)), rows)


def bear_mass_from_softmax(imagenet_probs: np.ndarray, rows=BEAR_ROWS) -> np.ndarray:
    """``bear_mass`` for a softmax already computed (the runtime also needs it for the top-5)."""
    return imagenet_probs[:, list(rows)].sum(axis=1)


def percent(share: float) -> str:
    """The one way a share (a bear mass, a threshold, a rate) is written on the page: '25.6'.
    ``nan`` (no data to measure on) is 'n/a'; zero is '0.0', a measured number."""
    return "n/a" if share != share else f"{share * 100:.1f}"


def snap_threshold(threshold: float, *, down: bool = False) -> float:
    """The threshold on the slider's grid (0.1 % steps), within [0, 1]: the nearest step, or with ``down``
    the step at or below it (a calibrated threshold then rejects no more in-domain photos than it was chosen
    to)."""
    t = min(max(float(threshold), 0.0), 1.0) / THRESHOLD_STEP
    steps = math.floor(t + 1e-9) if down else round(t)
    return round(steps * THRESHOLD_STEP, 3)


def in_domain(score, threshold: float):
    """The gate: the one rule that decides in or out of domain. A bear mass at or above the threshold
    passes. Works on one score or a numpy array of them."""
    return score >= threshold


def auroc(pos: np.ndarray, neg: np.ndarray) -> float:
    """Probability that a random in-domain score beats a random OOD score (ties count half)."""
    pos = np.asarray(pos, dtype=np.float64)
    neg = np.asarray(neg, dtype=np.float64)
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    allv = np.concatenate([pos, neg])
    order = allv.argsort(kind="mergesort")
    ranks = np.empty(len(allv), dtype=np.float64)
    sorted_v = allv[order]
    i = 0
    while i < len(allv):  # average ranks over ties
        j = i
        while j + 1 < len(allv) and sorted_v[j + 1] == sorted_v[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    r_pos = ranks[: len(pos)].sum()
    return float((r_pos - len(pos) * (len(pos) + 1) / 2.0) / (len(pos) * len(neg)))


def fpr_at_tpr(pos: np.ndarray, neg: np.ndarray, tpr: float = 0.95) -> float:
    """Share of OOD accepted at the threshold that keeps ``tpr`` of the in-domain images."""
    pos = np.sort(np.asarray(pos, dtype=np.float64))
    neg = np.asarray(neg, dtype=np.float64)
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    k = int(np.floor((1.0 - tpr) * len(pos)))
    thr = pos[min(k, len(pos) - 1)]
    return float((neg >= thr).mean())


def choose_threshold(id_scores: np.ndarray, max_rejected: float = 0.02) -> float:
    """Largest threshold that rejects at most ``max_rejected`` of the (calib) in-domain scores."""
    s = np.sort(np.asarray(id_scores, dtype=np.float64))
    k = int(np.floor(max_rejected * len(s)))
    return float(s[min(k, len(s) - 1)])


def rate_rejected(scores, threshold: float) -> float:
    s = np.asarray(scores, dtype=np.float64)
    return float((~in_domain(s, threshold)).mean()) if len(s) else float("nan")


def rate_accepted(scores, threshold: float) -> float:
    s = np.asarray(scores, dtype=np.float64)
    return float(in_domain(s, threshold).mean()) if len(s) else float("nan")


def tradeoff(threshold: float, id_scores, near_scores, far_scores) -> dict:
    """The numbers the threshold slider shows."""
    return {
        "threshold": float(threshold),
        "bears_rejected": rate_rejected(id_scores, threshold),
        "near_accepted": rate_accepted(near_scores, threshold),
        "far_accepted": rate_accepted(far_scores, threshold),
    }


@dataclass(frozen=True)
class Verdict:
    kind: str  # NOT_BEAR | UNSURE | CONFIDENT
    title: str
    explanation: str


def verdict_kind(
    score: float,
    head_top_prob: float,
    threshold: float = DEFAULT_THRESHOLD,
    sure_threshold: float = DEFAULT_SURE_THRESHOLD,
    head_sure_prob: float = HEAD_SURE_PROB,
) -> str:
    """Combine the OOD score (bear mass) with the head's top probability: NOT_BEAR, UNSURE or CONFIDENT."""
    if not in_domain(score, threshold):
        return NOT_BEAR
    if score < max(sure_threshold, threshold) or head_top_prob < head_sure_prob:
        return UNSURE
    return CONFIDENT


def gate_fooled(kind: str, truth: str, vocab) -> bool:
    """The gate let through a photo known to be none of the model's classes (``truth``: what a person said it
    is). Only then is the head's answer certainly wrong while the page still shows it."""
    return bool(truth) and truth not in vocab and kind != NOT_BEAR


def describe(kind: str, score: float, head_top_prob: float, label: str, threshold: float) -> Verdict:
    """The words for a verdict ``verdict_kind`` already decided (a stored prediction keeps only the kind)."""
    pct = f"{percent(score)} %"
    if kind == NOT_BEAR:
        return Verdict(
            NOT_BEAR,
            "Not a bear",
            f"The backbone puts only {pct} of its belief on the bear and teddy classes, below the "
            f"threshold {percent(threshold)} %. Whatever the head says, this photo is out of domain.",
        )
    if kind == UNSURE:
        return Verdict(
            UNSURE,
            "Not sure",
            f"Bear mass {pct}: it passes the gate, but either the backbone or the head is hesitant. "
            f"Treat '{label}' as a guess.",
        )
    return Verdict(
        CONFIDENT,
        f"Confident: {label}",
        f"Bear mass {pct} and the head gives '{label}' {percent(head_top_prob)} %.",
    )


def verdict(
    score: float,
    head_top_prob: float,
    label: str,
    threshold: float = DEFAULT_THRESHOLD,
    sure_threshold: float = DEFAULT_SURE_THRESHOLD,
    head_sure_prob: float = HEAD_SURE_PROB,
) -> Verdict:
    """Decide (``verdict_kind``) and describe (``describe``) in one call, as the runtime does per image."""
    kind = verdict_kind(score, head_top_prob, threshold, sure_threshold, head_sure_prob)
    return describe(kind, score, head_top_prob, label, threshold)
