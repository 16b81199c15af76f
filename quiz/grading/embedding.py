"""Embedding views of a text: sentence vector, vectors of spans (clauses) and of content-word tokens.

With an embedder that offers ``encode_tokens`` (the real MiniLM one) every view comes from ONE forward pass
over the text: span vectors are mean-pooled contextual token vectors. Without it (test fakes) every span is
encoded on its own through ``encode``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np

from studyguide.embeddings import Embedder, TokenEncoding

from .lexical import STOPWORDS, stem
from .text import WORD_RE, Unit


def unit_norm(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return (v / n).astype(np.float32) if n > 0 else np.zeros_like(v, dtype=np.float32)


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


class TextView:
    """Vectors of one text (answer or reference) for spans, with or without token-level support."""

    def __init__(self, text: str, embedder: Embedder, question_stems: Collection[str], cache: bool):
        self.text = text
        self.embedder = embedder
        self.question_stems = question_stems
        enc_tokens = getattr(embedder, "encode_tokens", None)
        self.tokens: TokenEncoding | None = enc_tokens(text, cache=cache) if enc_tokens and text else None
        if self.tokens is not None:
            t = self.tokens
            self._tok_norm = t.vectors / np.maximum(np.linalg.norm(t.vectors, axis=1, keepdims=True), 1e-8)
            self._starts = t.offsets[:, 0] if len(t.offsets) else np.zeros(0, dtype=int)
            self._ends = t.offsets[:, 1] if len(t.offsets) else np.zeros(0, dtype=int)

    # -- whole text ---------------------------------------------------------------------------------------
    def sentence(self) -> np.ndarray:
        if self.tokens is not None:
            return self.tokens.sentence
        return self.embedder.encode([self.text])[0]

    def without_question_words(self) -> np.ndarray | None:
        qmask = _question_char_mask(self.text, self.question_stems)
        if self.tokens is not None:
            keep = ~qmask[np.clip(self._starts, 0, len(self.text))]
            if not keep.any():
                return None
            return unit_norm(self.tokens.vectors[keep].mean(axis=0))
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
        rows = []
        for u in units:
            sel = (self._starts >= u.start) & (self._ends <= u.end) & (self._ends > self._starts)
            if not sel.any():
                sel = (self._ends > u.start) & (self._starts < u.end)
            rows.append(
                unit_norm(self.tokens.vectors[sel].mean(axis=0)) if sel.any() else self.tokens.sentence
            )
        return np.vstack(rows).astype(np.float32)

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
        tok_keep = keep[np.clip(self._starts, 0, len(self.text))]
        for r, u in enumerate(units):
            sel = (self._starts >= u.start) & (self._ends <= u.end) & (self._ends > self._starts) & tok_keep
            if sel.any():
                out[r] = unit_norm(self.tokens.vectors[sel].mean(axis=0))
        return out

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
        cmask = _content_char_mask(self.text, exclude)
        keep = cmask[np.clip(self._starts, 0, len(self.text))]
        return self._tok_norm[keep]


def encode_key_texts(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """Vectors for key-point / misconception texts, pooled like answer spans (cached by the embedder)."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    enc_tokens = getattr(embedder, "encode_tokens", None)
    if enc_tokens is None:
        return np.asarray(embedder.encode(list(texts)), dtype=np.float32)
    rows = []
    for t in texts:
        te: TokenEncoding = enc_tokens(t, cache=True)
        rows.append(unit_norm(te.vectors.mean(axis=0)) if len(te.vectors) else te.sentence)
    return np.vstack(rows).astype(np.float32)
