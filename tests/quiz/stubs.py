"""A fast, deterministic stand-in for the MiniLM embedder (hashed bag of word stems).

Used by unit tests and the browser test through the ``QUIZ_EMBEDDER`` hook of ``quiz.services.get_embedder``:
``settings.QUIZ_EMBEDDER = "tests.quiz.stubs.stub_embedder"`` (or the environment variable of that name).
"""

import zlib
from functools import lru_cache

import numpy as np

from quiz import grading


class HashEmbedder:
    dim = 512

    def encode(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in grading.words(str(text)):
                out[row, zlib.crc32(grading.stem(word.lower()).encode()) % self.dim] += 1.0
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
        return out


@lru_cache(maxsize=1)
def stub_embedder() -> HashEmbedder:
    return HashEmbedder()


def fallback_grader_model() -> grading.GraderModel:
    """Score = mean key-point strength (only used while the fitted grader_model.json is absent)."""
    names = tuple(grading.FEATURE_NAMES)
    return grading.GraderModel(
        feature_names=names,
        coef=tuple(1.0 if n == "kp_mean" else 0.0 for n in names),
        intercept=0.0,
        cutoffs=(0.4, 0.75),
    )


def use_fallback_model_if_absent(monkeypatch, tmp_path) -> None:
    """While the fitted grader_model.json is absent, point the default model path at the fallback model."""
    import json

    from quiz.grading import model

    if model.DEFAULT_MODEL_PATH.exists():
        return
    path = tmp_path / "grader_model.json"
    path.write_text(json.dumps(fallback_grader_model().to_json_dict()), encoding="utf-8")
    monkeypatch.setattr(model, "DEFAULT_MODEL_PATH", path)
