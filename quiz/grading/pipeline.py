"""``grade()``: features, then the fitted model, the key-point rules, misconception penalties, a level and a
confidence (see the package docstring for the whole pipeline)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from studyguide.embeddings import Embedder

from .features import FEATURE_NAMES, compute_features
from .levels import INCORRECT
from .model import GraderModel, level_for, load_grader_model
from .text import graded_chars
from .types import GradeResult, ItemKey, MisconceptionHit, PointEvidence


def _empty_result(key: ItemKey) -> GradeResult:
    points = [PointEvidence(kp.label, kp.detail, "missing", 0.0, None) for kp in key.key_points]
    return GradeResult(
        score=0.0,
        level=INCORRECT,
        confidence=1.0,
        points=points,
        misconceptions=[],
        hints=[_hint(p) for p in points],
        features={n: 0.0 for n in FEATURE_NAMES},
    )


def _hint(p: PointEvidence) -> str:
    # The matcher is not perfect: ask, never assert that something is absent.
    if p.status == "unclear":
        return f"Could you make this clearer: {p.label}?"
    return f"Did you mention {p.label}?"


def confidence(score: float, features: Mapping[str, float], cutoffs: tuple[float, float]) -> float:
    """Confidence in the LEVEL, 0..1.

    margin: distance of the score to the nearest cut-off, saturating at 0.2 (a score 0.2 away from every
    cut-off is as sure as this grader gets). agreement: 1 - |embedding view - lexical view| of key-point
    coverage (``kp_cos`` mapped to 0..1 vs ``kp_lex``); when the two views disagree the answer is probably a
    paraphrase or a keyword list, where the grader errs most. confidence = (0.3 + 0.7 margin) x
    (0.6 + 0.4 agreement).
    """
    margin = min(abs(score - cutoffs[0]), abs(score - cutoffs[1]))
    m = min(1.0, margin / 0.2)
    emb_view = min(1.0, max(0.0, (features.get("kp_cos", 0.0) - 0.25) / 0.5))
    agreement = 1.0 - min(1.0, abs(emb_view - features.get("kp_lex", 0.0)))
    return float(min(1.0, max(0.0, (0.3 + 0.7 * m) * (0.6 + 0.4 * agreement))))


def misconception_penalty(hits: Sequence[MisconceptionHit], key: ItemKey, model: GraderModel) -> float:
    """Credit lost to detected misconceptions: each costs its own penalty (or the model's default) scaled by
    the strength of the match; the default-penalty part is capped as before."""
    by_label = {mc.label: mc for mc in key.misconceptions}
    default_part = 0.0
    custom_part = 0.0
    for hit in hits:
        mc = by_label.get(hit.label)
        if mc is not None and mc.penalty is not None:
            custom_part += mc.penalty * min(1.0, hit.strength)
        else:
            default_part += hit.strength
    return min(2.0, default_part) * model.misconception_penalty + custom_part


KEY_POINT_CREDIT = {"covered": 1.0, "unclear": 0.5, "missing": 0.0}
# Highest score an answer can reach with none of the needed key points found (see grade()).
KEY_POINT_CAP_FLOOR = 0.55


def key_point_credit(points: Sequence[PointEvidence], points_needed: int | None = None) -> float:
    """Share of the needed key points the answer covers (an unclear point counts half).

    With ``points_needed`` = k ("name any three"), the k best-covered points count, so naming three of five
    problems is full credit.
    """
    needed = min(points_needed or len(points), len(points))
    if needed <= 0:
        return 0.0
    best = sorted((KEY_POINT_CREDIT[p.status] for p in points), reverse=True)[:needed]
    return sum(best) / needed


def grade(answer: str, key: ItemKey, embedder: Embedder, model: GraderModel | None = None) -> GradeResult:
    """Grade one free-text answer against an item key. Never raises on odd input (empty, huge, HTML...)."""
    model = model or load_grader_model()
    computed = compute_features(answer or "", key, embedder, model)
    if computed is None:
        return _empty_result(key)
    features, points, hits = computed
    raw = model.predict(features)
    if key.credit_key_points and points:
        # Authored key points work both ways: covering them all is full credit however short the answer, and
        # an answer cannot be "correct" while most of them look missing, however close it sounds overall.
        credit = key_point_credit(points, key.points_needed)
        raw = min(max(raw, credit), KEY_POINT_CAP_FLOOR + (1.0 - KEY_POINT_CAP_FLOOR) * credit)
    penalty = misconception_penalty(hits, key, model)
    score = float(min(1.0, max(0.0, raw - penalty)))
    level = level_for(score, model)
    return GradeResult(
        score=round(score, 4),
        level=level,
        confidence=round(confidence(score, features, model.cutoffs), 4),
        points=points,
        misconceptions=hits,
        hints=[_hint(p) for p in points if p.status != "covered"],
        features=features,
        graded_chars=graded_chars(answer),
    )
