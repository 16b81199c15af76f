"""The sentence embedder as the site serves it: all-MiniLM-L6-v2 in ONNX Runtime at one thread, tokenised by
the ``tokenizers`` package. No torch: the ONNX file is written at build time (``manage.py build_embedder``)
and loaded only after its SHA-256 matches the manifest.

Pooling is sentence-transformers' own: the mean of the last hidden states over the attention mask
(special tokens included), then L2 normalisation, with texts cut at the model's 256-token window.
``encode_tokens`` keeps the grader's one-forward-pass view of a text: token vectors with character offsets,
texts longer than a window cut into windows run as one batch. ``encode_tokens_many`` encodes many texts
that way with one ONNX call per batch of windows (the exam grades all its answers through it).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from studyguide.modelfiles import onnx_session

from .files import ONNX, TOKENIZER, configured_model_dir, verified_manifest
from .types import LRU, TokenEncoding

CACHE_SIZE = 4096
# A batch holds at most this many windows and this many padded tokens. At one thread four full windows ran
# about 1.5x faster per token than one, and sixteen were slower again (bench figures); bigger batches also
# leave bigger activations in ONNX Runtime's arena for the life of the worker.
MAX_BATCH_WINDOWS = 16
MAX_BATCH_TOKENS = 1024


class OnnxEmbedder:
    """Satisfies ``Embedder`` and offers ``encode_tokens``; use ``get_embedder()``, do not construct it."""

    def __init__(self, model_dir: Path, cache_size: int = CACHE_SIZE):
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        manifest = verified_manifest(model_dir)
        self.manifest = manifest
        self.max_tokens = int(manifest["max_seq_length"])
        self.dim = int(manifest["dim"])
        self.cls_id = int(manifest["cls_token_id"])
        self.sep_id = int(manifest["sep_token_id"])
        self.pad_id = int(manifest["pad_token_id"])
        self.tokenizer = Tokenizer.from_file(str(model_dir / TOKENIZER))
        # The file ships with a 128-token truncation and fixed padding for another use: we cut windows here.
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.session = onnx_session(model_dir / ONNX)
        self.calls = 0  # ONNX forward calls, for tests and benchmarks
        self._lock = threading.Lock()
        self._sent_cache = LRU(cache_size)
        self._tok_cache = LRU(cache_size)

    # -- the network -----------------------------------------------------------------------------------------
    def _forward(self, rows: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """Last hidden states of each row of token ids (specials included): (len(row), dim) per row.

        Rows are run longest first in batches of similar length, padded with the attention mask off."""
        out: list[np.ndarray] = [np.zeros((0, self.dim), dtype=np.float32)] * len(rows)
        order = sorted(range(len(rows)), key=lambda i: -len(rows[i]))
        start = 0
        while start < len(order):
            width = len(rows[order[start]])
            size = max(1, min(MAX_BATCH_WINDOWS, MAX_BATCH_TOKENS // max(width, 1)))
            chunk = order[start : start + size]
            ids = np.full((len(chunk), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for r, i in enumerate(chunk):
                ids[r, : len(rows[i])] = rows[i]
                mask[r, : len(rows[i])] = 1
            (hidden,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            self.calls += 1
            for r, i in enumerate(chunk):
                out[i] = np.asarray(hidden[r, : len(rows[i])], dtype=np.float32)
            start += size
        return out

    def _ids(self, texts: Sequence[str]) -> list[Any]:
        return self.tokenizer.encode_batch(list(texts), add_special_tokens=False)

    # -- Embedder protocol -----------------------------------------------------------------------------------
    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = [str(t) for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        with self._lock:
            cached = {t: self._sent_cache.get(t) for t in set(texts)}
        missing = [t for t, v in cached.items() if v is None]
        if missing:
            window = self.max_tokens - 2
            rows = [[self.cls_id, *enc.ids[:window], self.sep_id] for enc in self._ids(missing)]
            for t, hidden in zip(missing, self._forward(rows), strict=True):
                cached[t] = _normalised(hidden.mean(axis=0))
            with self._lock:
                for t in missing:
                    self._sent_cache.put(t, cached[t])
        for i, t in enumerate(texts):
            out[i] = cached[t]
        return out

    # -- Token-level extension (used by the quiz grader when present) ----------------------------------------
    def encode_tokens(self, text: str, cache: bool = False) -> TokenEncoding:
        """Contextual token vectors of ``text`` in one forward pass.

        Texts longer than the model window are cut into windows run as one batch. ``sentence`` equals the
        model's own mean-pooled sentence embedding for texts that fit in one window."""
        return self.encode_tokens_many([text], cache=cache)[0]

    def encode_tokens_many(self, texts: Sequence[str], cache: bool = False) -> list[TokenEncoding]:
        """``encode_tokens`` of every text, all windows of all texts run together (one call per batch).

        With ``cache`` the encodings are kept (key points, reference answers); student answers are not."""
        texts = [str(t) for t in texts]
        found: dict[str, TokenEncoding | None] = {t: None for t in texts}
        if cache:
            with self._lock:
                found = {t: self._tok_cache.get(t) for t in found}
        todo = [t for t, v in found.items() if v is None]
        if todo:
            window = self.max_tokens - 2
            rows: list[list[int]] = []
            plans = []
            for t, enc in zip(todo, self._ids(todo), strict=True):
                ids = list(enc.ids)
                chunks = [ids[i : i + window] for i in range(0, len(ids), window)]
                plans.append((t, enc.offsets, len(rows), len(chunks)))
                rows += [[self.cls_id, *c, self.sep_id] for c in chunks]
            hidden = self._forward(rows)
            for t, offsets, first, n in plans:
                found[t] = self._assemble(offsets, hidden[first : first + n])
            if cache:
                with self._lock:
                    for t in todo:
                        self._tok_cache.put(t, found[t])
        return [found[t] for t in texts]

    def _assemble(self, offsets: Sequence[tuple[int, int]], windows: list[np.ndarray]) -> TokenEncoding:
        if not windows:
            return TokenEncoding(
                offsets=np.zeros((0, 2), dtype=np.int64),
                vectors=np.zeros((0, self.dim), dtype=np.float32),
                sentence=np.zeros(self.dim, dtype=np.float32),
            )
        vectors = np.vstack([h[1:-1] for h in windows]).astype(np.float32)
        sentence = _normalised(np.vstack(windows).mean(axis=0))
        return TokenEncoding(
            offsets=np.asarray(offsets, dtype=np.int64).reshape(-1, 2), vectors=vectors, sentence=sentence
        )


def _normalised(v: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(v))
    return (v / norm if norm > 0 else v).astype(np.float32)


_lock = threading.Lock()
_embedder: OnnxEmbedder | None = None


def get_embedder() -> OnnxEmbedder:
    """The process-wide embedder, loaded on first use from the configured, checksummed folder."""
    global _embedder
    if _embedder is not None:
        return _embedder
    with _lock:
        if _embedder is None:
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            _embedder = OnnxEmbedder(configured_model_dir())
    return _embedder
