"""The field judge's weights (``field_judge.npz``, written by ``manage.py worksheet_coaching_train_judge``):
per judged code, a logistic model's weights, bias and threshold over the embedder's vectors of the texts it
reads. A read is a field's whole text ("risks"), the product of two ("modeler*levers"), or the elementwise
maximum over the field's sentences ("max:risks"): one sentence that names a concept shows in the maximum
however long the rest of the box is, where the whole text's vector averages it away.

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

from .text import sentences

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

JUDGE_PATH = Path(__file__).with_name("field_judge.npz")
SENTENCE_READ = "max:"  # a read of the elementwise maximum over a field's sentence vectors
# A model whose one read is "each:field" scores every sentence of the field on its own and takes the lowest
# score: it speaks only when every sentence reads as its kind ("the last box names only our own gains").
EACH_SENTENCE_READ = "each:"
# The sentences of a field a pooled read takes, each cut as the coach cuts what it encodes
# (``semantic._clip``), so a check finds most of them already encoded. Bounded for hostile input (a box of
# 8,000 characters is hundreds of sentences, each one more to encode); of the boxes the judge pools, only a
# lever list has more than 8 sentences in any labelled plan.
POOLED_SENTENCES = 12
POOLED_CHARS = 300
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

    @property
    def each_sentence(self) -> str:
        """The field a per-sentence model reads ("" for a model of whole reads)."""
        first = self.reads[0] if len(self.reads) == 1 else ""
        return first.removeprefix(EACH_SENTENCE_READ) if first.startswith(EACH_SENTENCE_READ) else ""

    def lowest_margin(self, sentence_vectors: np.ndarray) -> float:
        """A per-sentence model's margin: its lowest sentence score over the threshold (-inf with none)."""
        if not len(sentence_vectors):
            return float("-inf")
        return float((sentence_vectors @ self.weights).min()) + self.bias - self.threshold


def pooled_sentences(text: str) -> list[str]:
    """The sentences whose vectors a pooled read ("max:field") takes the maximum of."""
    return [s[:POOLED_CHARS] for s in sentences(text, limit=POOLED_SENTENCES)]


def sentence_texts(reads: Sequence[str], texts: Mapping[str, str]) -> list[str]:
    """Every sentence the pooled reads among ``reads`` need encoded (to encode them in one batch)."""
    return [
        s
        for name in reads
        for prefix in (SENTENCE_READ, EACH_SENTENCE_READ)
        if name.startswith(prefix)
        for s in pooled_sentences(texts[name.removeprefix(prefix)])
    ]


def read_vector(
    name: str, texts: Mapping[str, str], vector_of_text: Callable[[str], np.ndarray]
) -> np.ndarray:
    """The vector of one plain or pooled read of a plan's judged ``texts``; a field with no sentence reads as
    blank (``vector_of_text("")``)."""
    import numpy as np

    if not name.startswith(SENTENCE_READ):
        return vector_of_text(texts[name])
    found = pooled_sentences(texts[name.removeprefix(SENTENCE_READ)])
    if not found:
        return vector_of_text("")
    return np.max(np.stack([vector_of_text(s) for s in found]), axis=0)


def features(reads: Sequence[str], vector_of: Callable[[str], np.ndarray]) -> np.ndarray:
    """The judge's input: the reads' vectors side by side (``vector_of`` gives a plain or pooled read's
    vector); "a*b" is the elementwise product of two plain reads."""
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
