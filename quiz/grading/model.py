"""The fitted combination: a linear model of the features, its level cut-offs and matching thresholds.

The coefficients live in ``grader_model.json`` beside this module, written by ``python -m quiz.grading.tools
fit`` (see ``quiz.grading.tools``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .levels import level_for_cutoffs

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "grader_model.json"


@dataclass(frozen=True)
class GraderModel:
    """Linear combination of features into a 0..1 score, plus level cut-offs and matching thresholds.

    ``coef`` applies to the raw feature values (standardisation is folded in when fitting).
    """

    feature_names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    cutoffs: tuple[float, float]  # (partial_cutoff, correct_cutoff) on the 0..1 score
    cos_lo: float = 0.25  # cosine mapped to strength 0 ...
    cos_hi: float = 0.75  # ... and to strength 1
    covered_threshold: float = 0.6
    unclear_threshold: float = 0.35
    misconception_threshold: float = 0.7
    misconception_cos: float = 0.8  # a misconception counts on embeddings only at near-paraphrase cosine
    misconception_penalty: float = 0.3  # per unit of hit strength, total capped at 2 x penalty
    meta: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if len(self.feature_names) != len(self.coef):
            raise ValueError("feature_names and coef differ in length")
        lo, hi = self.cutoffs
        if not 0.0 <= lo <= hi <= 1.0:
            raise ValueError(f"bad cutoffs {self.cutoffs}")

    def predict(self, features: Mapping[str, float]) -> float:
        raw = self.intercept + sum(
            c * float(features.get(n, 0.0)) for n, c in zip(self.feature_names, self.coef, strict=True)
        )
        return float(raw)

    def to_json_dict(self) -> dict:
        return {
            "feature_names": list(self.feature_names),
            "coef": [float(c) for c in self.coef],
            "intercept": float(self.intercept),
            "cutoffs": [float(c) for c in self.cutoffs],
            **{k: getattr(self, k) for k in MATCHING_PARAMS},
            "meta": dict(self.meta),
        }

    @classmethod
    def from_json_dict(cls, data: Mapping) -> GraderModel:
        kwargs = {k: data[k] for k in MATCHING_PARAMS if k in data}
        return cls(
            feature_names=tuple(data["feature_names"]),
            coef=tuple(float(c) for c in data["coef"]),
            intercept=float(data["intercept"]),
            cutoffs=(float(data["cutoffs"][0]), float(data["cutoffs"][1])),
            meta=dict(data.get("meta", {})),
            **{k: float(v) for k, v in kwargs.items()},
        )


# The matching thresholds of a GraderModel (as opposed to the fitted combination and cut-offs).
MATCHING_PARAMS = (
    "cos_lo",
    "cos_hi",
    "covered_threshold",
    "unclear_threshold",
    "misconception_threshold",
    "misconception_cos",
    "misconception_penalty",
)

_model_lock = threading.Lock()
_model_cache: dict[Path, GraderModel] = {}


def load_grader_model(path: Path | None = None) -> GraderModel:
    """Load (and cache per path) the fitted model; by default ``grader_model.json`` next to this module."""
    p = Path(path) if path is not None else DEFAULT_MODEL_PATH
    p = p.resolve()
    with _model_lock:
        cached = _model_cache.get(p)
        if cached is None:
            cached = GraderModel.from_json_dict(json.loads(p.read_text(encoding="utf-8")))
            _model_cache[p] = cached
        return cached


def level_for(
    score: float, model: GraderModel | None = None, cutoffs: tuple[float, float] | None = None
) -> str:
    """Three levels from a 0..1 score; ``cutoffs`` (partial, correct) override the model's (per item)."""
    if cutoffs is None:
        cutoffs = (model or load_grader_model()).cutoffs
    return level_for_cutoffs(score, cutoffs)
