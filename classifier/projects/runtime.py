"""Serve a student's trained model in the web process: ONNX Runtime at one thread, the project's gate in
front (no torch, no fastai, no pickle).

The ONNX file is loaded only from its folder under ``CLASSIFIER_MODEL_DIR/projects`` and only after its
SHA-256 matches the one the worker recorded in the database.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from classifier import ood
from classifier.build import ModelFileError
from classifier.preprocess import to_array
from classifier.projects import gate, paths
from classifier.projects.trainer import ONNX
from studyguide.modelfiles import sha256_file

CACHE_SIZE = 8  # sessions kept per process (about 20 MB each)


@dataclass
class ProjectPrediction:
    """Shaped like ``classifier.runtime.Prediction`` so the classifier page can show either."""

    vocab: list[str]
    probs: list[float]
    label: str
    top_prob: float
    bear_mass: float  # here: the domain mass on the project's rows (the page's gate score)
    top5: list[tuple[str, float]]
    verdict: str
    threshold: float
    model_label: str

    def as_dict(self) -> dict:
        return {
            "vocab": self.vocab,
            "probs": [round(p, 6) for p in self.probs],
            "label": self.label,
            "top_prob": round(self.top_prob, 6),
            "bear_mass": round(self.bear_mass, 6),
            "top5": [[n, round(p, 6)] for n, p in self.top5],
            "verdict": self.verdict,
            "threshold": self.threshold,
            "gate": "project",
            "model_label": self.model_label,
        }


class ProjectRuntime:
    def __init__(
        self, *, folder: str, onnx_sha256: str, vocab: list[str], image_size: int, gate_info: dict, label: str
    ):
        from studyguide.modelfiles import onnx_session

        try:
            path = paths.model_folder(folder) / ONNX
        except paths.UnsafeModelPath as exc:
            raise ModelFileError(f"refusing model folder {folder!r}") from exc
        if not path.is_file():
            raise ModelFileError(f"{path} is missing")
        if sha256_file(path) != onnx_sha256:
            raise ModelFileError(f"checksum mismatch for {path}")
        self.session = onnx_session(path)
        self.vocab, self.size, self.label = list(vocab), int(image_size), label
        self.rows = list(gate_info["rows"])
        self.threshold = float(gate_info["threshold"])

    def predict_image(self, img) -> ProjectPrediction:
        from classifier.preprocess import resize_for_model
        from classifier.runtime import imagenet_classes

        x = to_array(resize_for_model(img, "squish", self.size))[None]
        head, imagenet = self.session.run(None, {"input": x})
        probs = ood.softmax(head)[0]
        inet = ood.softmax(imagenet)
        score = float(gate.domain_mass(inet, self.rows)[0])
        k = int(probs.argmax())
        top5 = np.argsort(-inet[0])[:5]
        names = imagenet_classes()
        return ProjectPrediction(
            vocab=self.vocab,
            probs=[float(p) for p in probs],
            label=self.vocab[k],
            top_prob=float(probs[k]),
            bear_mass=score,
            top5=[(names[j], float(inet[0][j])) for j in top5],
            verdict=gate.verdict_kind(score, float(probs[k]), self.threshold),
            threshold=self.threshold,
            model_label=self.label,
        )


_CACHE: OrderedDict[tuple[str, str], ProjectRuntime] = OrderedDict()
_LOCK = threading.Lock()


def get_project_runtime(model) -> ProjectRuntime:
    """One runtime per (folder, checksum) per process, the least recently used dropped past CACHE_SIZE."""
    key = (model.folder, model.onnx_sha256)
    with _LOCK:
        rt = _CACHE.get(key)
        if rt is None:
            rt = ProjectRuntime(
                folder=model.folder,
                onnx_sha256=model.onnx_sha256,
                vocab=model.vocab,
                image_size=model.image_size,
                gate_info=model.gate,
                label=f"{model.project.name} v{model.number}",
            )
            _CACHE[key] = rt
            while len(_CACHE) > CACHE_SIZE:
                _CACHE.popitem(last=False)
        _CACHE.move_to_end(key)
        return rt
