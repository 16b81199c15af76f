"""Grading many answers at once (an exam): encode every text the grader will ask for up front, in batches.

``with_answers_encoded(embedder, answers)`` returns an embedder to grade those answers with. When the real
embedder offers ``encode_tokens_many``, the answers' token encodings are computed together (one encoder call
per batch of windows instead of one per answer) and the keys' texts (reference answers, key points,
misconceptions, questions) land in the embedder's cache; ``grade()`` then only looks them up. Embedders
without it (test fakes) are returned unchanged, and grading is the same either way.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyguide.embeddings import Embedder, PrefetchedTokens

from .prepared import key_point_text
from .text import WORD_RE, clean_answer
from .types import ItemKey


def key_texts(key: ItemKey) -> list[str]:
    """The texts of a key the grader encodes (and caches) for every answer to it."""
    texts = [clean_answer(key.reference_answer), clean_answer(key.question)]
    # the same texts ``features.compute_features`` encodes: a key point's detail (optional points too) and a
    # misconception's label, so grading finds every one of them cached
    texts += [key_point_text(kp.label, kp.detail) for kp in (*key.key_points, *key.optional_points)]
    texts += [mc.label for mc in key.misconceptions]
    return [t for t in texts if t]


def with_answers_encoded(embedder: Embedder, answers: Sequence[tuple[str, ItemKey]]) -> Embedder:
    """An embedder holding the encodings of every (answer, key) text up front (see the module docstring)."""
    many = getattr(embedder, "encode_tokens_many", None)
    if many is None or not answers:
        return embedder
    keys = list(dict.fromkeys(t for _, key in answers for t in key_texts(key)))
    many(keys, cache=True)
    texts = [clean_answer(answer) for answer, _ in answers]
    texts = list(dict.fromkeys(t for t in texts if WORD_RE.search(t)))
    return PrefetchedTokens(embedder, dict(zip(texts, many(texts), strict=True)))
