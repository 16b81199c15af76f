"""The field judge's weights (``field_judge.npz``, written by ``manage.py worksheet_coaching_train_judge``):
per judged code, a logistic model's weights, bias and threshold over the embedder's vectors of the texts it
reads.

Plain arrays (never a pickle), checked against the SHA-256 saved beside them (``field_judge.npz.sha256``)
before they are read. They are only used with the embedder they were trained with: the file keeps the vector
of one probe sentence, and weights whose probe the live embedder no longer reproduces are not used (the
coach then runs on the rules and prototypes alone, and says so in the log). numpy is imported lazily.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studyguide.modelfiles import sha256_file

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

JUDGE_PATH = Path(__file__).with_name("field_judge.npz")
PROBE = "We will count how many customers come back within a month."
PROBE_AGREEMENT = 0.999  # cosine between the saved probe vector and the live embedder's


@dataclass(frozen=True)
class CodeModel:
    reads: tuple[str, ...]
    weights: np.ndarray
    bias: float
    threshold: float

    def margin(self, vector_of: Callable[[str], np.ndarray]) -> float:
        """How far the plan's score is over the threshold (positive: the judge would speak)."""
        return float(features(self.reads, vector_of) @ self.weights) + self.bias - self.threshold


def features(reads: Sequence[str], vector_of: Callable[[str], np.ndarray]) -> np.ndarray:
    """The judge's input: the named texts' vectors side by side; "a*b" is their elementwise product."""
    import numpy as np

    parts = []
    for name in reads:
        if "*" in name:
            left, right = name.split("*")
            parts.append(vector_of(left) * vector_of(right))
        else:
            parts.append(vector_of(name))
    return np.concatenate(parts)


def save_judge(path: Path, models: Mapping[str, CodeModel], probe_vector: np.ndarray) -> None:
    import numpy as np

    arrays: dict[str, np.ndarray] = {
        "probe": np.array(PROBE),
        "probe_vector": probe_vector.astype(np.float32),
    }
    for code, model in models.items():
        arrays[f"{code}:reads"] = np.array("|".join(model.reads))
        arrays[f"{code}:weights"] = model.weights.astype(np.float32)
        arrays[f"{code}:bias_threshold"] = np.array([model.bias, model.threshold], dtype=np.float64)
    np.savez_compressed(path, **arrays)
    _checksum_path(path).write_text(sha256_file(path) + "\n", encoding="utf-8")


def _checksum_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def load_judge(embedder, path: Path | None = None) -> dict[str, CodeModel]:
    """The judge's models, or {} when the file is missing, unreadable or from another embedder."""
    import numpy as np

    path = path or JUDGE_PATH
    try:
        if _checksum_path(path).read_text(encoding="utf-8").strip() != sha256_file(path):
            log.warning(
                "field judge weights at %s do not match their checksum; coaching without the judge", path
            )
            return {}
        with np.load(path, allow_pickle=False) as saved:
            probe, probe_vector = str(saved["probe"]), saved["probe_vector"].astype(np.float32)
            models = {}
            for key in saved.files:
                if key.endswith(":reads"):
                    code = key.removesuffix(":reads")
                    bias, threshold = saved[f"{code}:bias_threshold"]
                    models[code] = CodeModel(
                        tuple(str(saved[key]).split("|")),
                        saved[f"{code}:weights"].astype(np.float32),
                        float(bias),
                        float(threshold),
                    )
    except (OSError, KeyError, ValueError):
        log.warning("field judge weights unreadable at %s; coaching without the judge", path)
        return {}
    live = embedder.encode([probe])[0]
    if live.shape != probe_vector.shape or float(live @ probe_vector) < PROBE_AGREEMENT:
        log.warning("field judge weights were trained with another embedder; coaching without the judge")
        return {}
    return models
