"""The page's service path: ONNX Runtime at one thread, with the OOD gate (no Django, no torch).

``ClassifierRuntime`` loads ``model.onnx`` from a model folder after checking its SHA-256 against the
recorded one, then turns a PIL image into a ``Prediction`` (head probabilities, top-5 ImageNet classes,
bear mass and verdict). This is the one place a verdict is decided; everything after it (the page, the
labs, a flag) reads ``Prediction.verdict`` or the kind stored with it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from classifier import ood
from classifier.build import ONNX, ModelFileError
from classifier.preprocess import batch_from_images, resize_for_model, to_array
from studyguide.modelfiles import onnx_session, read_manifest, sha256_file

DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def imagenet_classes() -> tuple[str, ...]:
    return tuple((DATA_DIR / "imagenet_classes.txt").read_text().splitlines())


@dataclass
class Prediction:
    vocab: list[str]
    probs: list[float]
    label: str
    top_prob: float
    bear_mass: float
    top5: list[tuple[str, float]]
    verdict: ood.Verdict
    threshold: float

    def as_dict(self) -> dict:
        return {
            "vocab": self.vocab,
            "probs": [round(p, 6) for p in self.probs],
            "label": self.label,
            "top_prob": round(self.top_prob, 6),
            "bear_mass": round(self.bear_mass, 6),
            "top5": [[n, round(p, 6)] for n, p in self.top5],
            "verdict": self.verdict.kind,
            "threshold": self.threshold,
        }


class ClassifierRuntime:
    def __init__(
        self,
        model_dir: Path,
        onnx_sha256: str | None = None,
        threshold: float = ood.DEFAULT_THRESHOLD,
        sure_threshold: float = ood.DEFAULT_SURE_THRESHOLD,
    ):
        self.model_dir = Path(model_dir)
        self.manifest = read_manifest(self.model_dir)
        if self.manifest is None:
            raise ModelFileError(f"no manifest in {self.model_dir}; run `python manage.py build_classifier`")
        path = self.model_dir / ONNX
        expected = onnx_sha256 or self.manifest["sha256"]["onnx"]
        if not path.is_file():
            raise ModelFileError(f"{path} is missing; run `python manage.py build_classifier`")
        if sha256_file(path) != expected:
            raise ModelFileError(f"checksum mismatch for {path}")
        self.onnx_sha256 = expected
        self.vocab = list(self.manifest["vocab"])
        self.mode = self.manifest.get("preprocess", "short_side")
        self.threshold = threshold
        self.sure_threshold = sure_threshold
        self.session = onnx_session(path)

    # -- raw network ---------------------------------------------------------------------------------
    def forward(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(N, 3, 224, 224) float32 -> (head logits (N, C), ImageNet logits (N, 1000))."""
        head, imagenet = self.session.run(None, {"input": batch})
        return head, imagenet

    # -- predictions ---------------------------------------------------------------------------------
    def _predictions(self, head: np.ndarray, imagenet: np.ndarray) -> list[Prediction]:
        thr = self.threshold  # stored with each prediction, so its verdict can be worded later as decided
        head_p = ood.softmax(head)
        inet_p = ood.softmax(imagenet)
        mass = ood.bear_mass_from_softmax(inet_p)
        names = imagenet_classes()
        out = []
        for i in range(head.shape[0]):
            probs = head_p[i]
            k = int(probs.argmax())
            top5_idx = np.argpartition(-inet_p[i], 5)[:5]
            top5_idx = top5_idx[np.argsort(-inet_p[i][top5_idx])]
            label = self.vocab[k]
            out.append(
                Prediction(
                    vocab=self.vocab,
                    probs=[float(p) for p in probs],
                    label=label,
                    top_prob=float(probs[k]),
                    bear_mass=float(mass[i]),
                    top5=[(names[j], float(inet_p[i][j])) for j in top5_idx],
                    verdict=ood.verdict(float(mass[i]), float(probs[k]), label, thr, self.sure_threshold),
                    threshold=float(thr),
                )
            )
        return out

    def predict_image(self, img) -> Prediction:
        x = to_array(resize_for_model(img, self.mode))[None]
        return self._predictions(*self.forward(x))[0]

    def predict_prepared(self, img224) -> Prediction:
        """Predict an image that is already the 224 x 224 network input (resize lab)."""
        x = to_array(img224.convert("RGB").resize((224, 224)))[None]
        return self._predictions(*self.forward(x))[0]

    def predict_images(self, images, batch_size: int = 16) -> list[Prediction]:
        out = []
        for i in range(0, len(images), batch_size):
            x = batch_from_images(images[i : i + batch_size], self.mode)
            out.extend(self._predictions(*self.forward(x)))
        return out


_CACHE: dict[tuple[str, str], ClassifierRuntime] = {}
_CACHE_LOCK = threading.Lock()


def get_runtime(
    model_dir: Path, onnx_sha256: str, threshold: float, sure_threshold: float
) -> ClassifierRuntime:
    """One runtime per (folder, checksum) per process."""
    key = (str(Path(model_dir).resolve()), onnx_sha256)
    with _CACHE_LOCK:
        rt = _CACHE.get(key)
        if rt is None:
            rt = ClassifierRuntime(model_dir, onnx_sha256, threshold, sure_threshold)
            _CACHE[key] = rt
    rt.threshold, rt.sure_threshold = threshold, sure_threshold
    return rt
