"""Embedding views of a text: sentence vector, vectors of spans (clauses) and of content-word tokens.

With an embedder that offers ``encode_tokens`` (the real MiniLM one) every view comes from ONE forward pass
over the text: span vectors are mean-pooled contextual token vectors. Without it (test fakes) every span is
encoded on its own through ``encode``.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Collection, Sequence

import numpy as np

from studyguide.embeddings import Embedder, TokenEncoding
from studyguide.embeddings.types import LRU

from .lexical import STOPWORDS, stem
from .text import WORD_RE, Unit


def unit_norm(v: np.ndarray) -> np.ndarray:
    # np.linalg.norm's own arithmetic for a real vector, without its Python wrapper (it runs per unit)
    n = float(np.sqrt(v.dot(v))) if v.ndim == 1 and v.dtype.kind == "f" else float(np.linalg.norm(v))
    return (v / n).astype(np.float32) if n > 0 else np.zeros_like(v, dtype=np.float32)


def mean_rows(vectors: np.ndarray) -> np.ndarray:
    """``vectors.mean(axis=0)`` of a float (n, d) array, bit for bit, without NumPy's Python wrapper (it runs
    per unit and mask): the sum divided by the count as an ``intp``, stored back in the sum's dtype."""
    if vectors.dtype.kind != "f":
        return vectors.mean(axis=0)
    total = np.add.reduce(vectors, axis=0)
    return np.true_divide(total, np.intp(vectors.shape[0]), out=total, casting="unsafe")


def _question_char_mask(text: str, question_stems: Collection[str]) -> np.ndarray:
    """Boolean per character: True where the character belongs to a word whose stem is a question word."""
    mask = np.zeros(len(text) + 1, dtype=bool)
    if question_stems:
        for m in WORD_RE.finditer(text):
            w = m.group().lower()
            if w not in STOPWORDS and stem(w) in question_stems:
                mask[m.start() : m.end()] = True
    return mask


def _content_char_mask(text: str, exclude: Collection[str]) -> np.ndarray:
    mask = np.zeros(len(text) + 1, dtype=bool)
    for m in WORD_RE.finditer(text):
        w = m.group().lower()
        if w not in STOPWORDS and (len(w) > 1 or w.isdigit()) and stem(w) not in exclude:
            mask[m.start() : m.end()] = True
    return mask


def _frozen(v: np.ndarray | None) -> np.ndarray | None:
    """Read-only: a view's vectors are kept on it (and a reference's view is shared by every answer)."""
    if v is not None:
        v.flags.writeable = False
    return v


class TextView:
    """Vectors of one text (answer or reference) for spans, with or without token-level support.

    What a view computes is kept on it, so a reference answer's view (``reference_view``, one per key and
    embedder) is worked out once for all the answers to its item."""

    def __init__(self, text: str, embedder: Embedder, question_stems: Collection[str], cache: bool):
        self.text = text
        self.embedder = embedder
        self.question_stems = question_stems
        self._memo: dict = {}
        enc_tokens = getattr(embedder, "encode_tokens", None)
        self.tokens: TokenEncoding | None = enc_tokens(text, cache=cache) if enc_tokens and text else None
        if self.tokens is not None:
            t = self.tokens
            self._tok_norm = t.vectors / np.maximum(np.linalg.norm(t.vectors, axis=1, keepdims=True), 1e-8)
            self._starts = t.offsets[:, 0] if len(t.offsets) else np.zeros(0, dtype=int)
            self._ends = t.offsets[:, 1] if len(t.offsets) else np.zeros(0, dtype=int)
            # each token's first character, clipped into the text: where the per-character masks are read
            self._first_chars = np.clip(self._starts, 0, len(self.text))

    def _inside(self, units: Sequence[Unit]) -> np.ndarray:
        """(units, tokens) bool: the token lies wholly inside the unit (and is not empty)."""
        spans = tuple((u.start, u.end) for u in units)
        hit = self._memo.get(("inside", spans))
        if hit is None:
            us = np.asarray([s for s, _ in spans]).reshape(-1, 1)
            ue = np.asarray([e for _, e in spans]).reshape(-1, 1)
            hit = (self._starts >= us) & (self._ends <= ue) & (self._ends > self._starts)
            self._memo[("inside", spans)] = hit
        return hit

    # -- whole text ---------------------------------------------------------------------------------------
    def sentence(self) -> np.ndarray:
        if self.tokens is not None:
            return self.tokens.sentence
        return self.embedder.encode([self.text])[0]

    def without_question_words(self) -> np.ndarray | None:
        if "without_question" not in self._memo:
            self._memo["without_question"] = _frozen(self._without_question_words())
        return self._memo["without_question"]

    def _without_question_words(self) -> np.ndarray | None:
        qmask = _question_char_mask(self.text, self.question_stems)
        if self.tokens is not None:
            keep = ~qmask[self._first_chars]
            if not keep.any():
                return None
            return unit_norm(mean_rows(self.tokens.vectors[keep]))
        kept = "".join(c if not qmask[i] else " " for i, c in enumerate(self.text))
        if not WORD_RE.search(kept):
            return None
        return self.embedder.encode([re.sub(r"\s+", " ", kept).strip()])[0]

    # -- spans --------------------------------------------------------------------------------------------
    def spans(self, units: Sequence[Unit]) -> np.ndarray:
        if not units:
            return np.zeros((0, 0), dtype=np.float32)
        if self.tokens is None:
            return np.asarray(self.embedder.encode([u.text for u in units]), dtype=np.float32)
        key = ("spans", tuple((u.start, u.end) for u in units))
        if key not in self._memo:
            inside = self._inside(units)
            rows = []
            for u, sel in zip(units, inside, strict=True):
                if not sel.any():
                    sel = (self._ends > u.start) & (self._starts < u.end)
                rows.append(
                    unit_norm(mean_rows(self.tokens.vectors[sel])) if sel.any() else self.tokens.sentence
                )
            self._memo[key] = _frozen(np.vstack(rows).astype(np.float32))
        return self._memo[key]

    def spans_masked(self, units: Sequence[Unit], keep: np.ndarray) -> np.ndarray:
        """Vectors of the units pooled over the characters ``keep`` marks (one bool per character of the
        text): a unit's negated or question words can be left out. A unit with nothing kept: a zero row."""
        out = np.zeros((len(units), self._dim()), dtype=np.float32)
        if not units:
            return out
        if self.tokens is None:
            texts, rows = [], []
            for r, u in enumerate(units):
                kept = [m.group() for m in WORD_RE.finditer(self.text, u.start, u.end) if keep[m.start()]]
                if kept:
                    texts.append(" ".join(kept))
                    rows.append(r)
            if texts:
                out[rows] = np.asarray(self.embedder.encode(texts), dtype=np.float32)
            return out
        selected = self._inside(units) & keep[self._first_chars]
        # the same tokens kept give the same vectors: an answer with no negation keeps the same words for
        # "affirmed" and "unouter", one with no question word the same for key points and misconceptions
        key = ("masked", selected.tobytes(), selected.shape)
        if key not in self._memo:
            for r in np.flatnonzero(selected.any(axis=1)):
                out[r] = unit_norm(mean_rows(self.tokens.vectors[selected[r]]))
            self._memo[key] = _frozen(out)
        return self._memo[key]

    def _dim(self) -> int:
        if self.tokens is not None:
            return (
                int(self.tokens.vectors.shape[1])
                if self.tokens.vectors.ndim == 2
                else len(self.tokens.sentence)
            )
        return int(self.embedder.encode([self.text or " "]).shape[1])

    def content_token_vectors(self, exclude: Collection[str]) -> np.ndarray:
        """Normalised contextual vectors of content-word tokens (question words excluded); token path only."""
        if self.tokens is None or not len(self._starts):
            return np.zeros((0, 0), dtype=np.float32)
        key = ("content", frozenset(exclude))
        if key not in self._memo:
            self._memo[key] = _frozen(
                self._tok_norm[_content_char_mask(self.text, exclude)[self._first_chars]]
            )
        return self._memo[key]


# What depends only on a key, kept per embedder for the life of the process (an embedder with token vectors,
# the real one; fakes are left alone): the reference answers' views and the key texts' pooled vectors. A
# course has a few dozen references and a few hundred key texts; the token vectors themselves are shared
# with the embedder's own cache.
REFERENCE_VIEWS = 64
KEY_TEXT_VECTORS = 1024


class _KeyCache:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.views = LRU(REFERENCE_VIEWS)
        self.vectors = LRU(KEY_TEXT_VECTORS)


_key_caches: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_key_caches_lock = threading.Lock()


def _key_cache(embedder: Embedder) -> _KeyCache | None:
    if getattr(embedder, "encode_tokens", None) is None:
        return None
    try:
        with _key_caches_lock:
            cache = _key_caches.get(embedder)
            if cache is None:
                cache = _key_caches[embedder] = _KeyCache()
        return cache
    except TypeError:  # an embedder that cannot be weakly referenced (or hashed): nothing is kept
        return None


def reference_view(text: str, embedder: Embedder, question_stems: Collection[str]) -> TextView:
    """The view of a key's reference answer, made once per (text, question words) and embedder."""
    cache = _key_cache(embedder)
    if cache is None:
        return TextView(text, embedder, question_stems, cache=True)
    key = (text, frozenset(question_stems))
    with cache.lock:
        view = cache.views.get(key)
    if view is None:
        view = TextView(text, embedder, question_stems, cache=True)
        with cache.lock:
            cache.views.put(key, view)
    return view


def encode_key_texts(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """Vectors for key-point / misconception texts, pooled like answer spans (kept per embedder)."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    enc_tokens = getattr(embedder, "encode_tokens", None)
    if enc_tokens is None:
        return np.asarray(embedder.encode(list(texts)), dtype=np.float32)
    cache = _key_cache(embedder)
    rows = []
    for t in texts:
        row = None
        if cache is not None:
            with cache.lock:
                row = cache.vectors.get(t)
        if row is None:
            te: TokenEncoding = enc_tokens(t, cache=True)
            row = unit_norm(mean_rows(te.vectors)) if len(te.vectors) else te.sentence
            if cache is not None:
                with cache.lock:
                    cache.vectors.put(t, row)
        rows.append(row)
    return np.vstack(rows).astype(np.float32)
