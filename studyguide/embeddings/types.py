"""The small interface the grader and the coaching need from a sentence embedder, and what it returns.

Pure: numpy and the standard library only, so the grader can import it without loading any model.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
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


class LRU:
    """A small least-recently-used map (not thread-safe: callers hold their own lock)."""

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


class PrefetchedTokens:
    """An embedder that answers ``encode_tokens`` for some texts from encodings computed beforehand.

    Used to grade many answers with one encoder call per batch: the caller encodes every answer at once
    (``encode_tokens_many``), then grades each through this wrapper, which hands the ready encodings out
    and passes everything else to the wrapped embedder. The student answers stay out of the embedder's
    long-lived cache, as they would when encoded one by one.
    """

    def __init__(self, embedder: Any, encodings: Mapping[str, TokenEncoding]):
        self.embedder = embedder
        self.encodings = dict(encodings)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.embedder.encode(texts)

    def encode_tokens(self, text: str, cache: bool = False) -> TokenEncoding:
        hit = self.encodings.get(str(text))
        if hit is not None:
            return hit
        return self.embedder.encode_tokens(text, cache=cache)

    def encode_tokens_many(self, texts: Sequence[str], cache: bool = False) -> list[TokenEncoding]:
        return self.embedder.encode_tokens_many(texts, cache=cache)
