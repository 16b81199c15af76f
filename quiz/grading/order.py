"""Order checks: an answer that names a sequence's steps in another order than the key's.

Bag-of-words matching sees that "models, data, levers, objective" names the four steps of the Drivetrain
Approach; it cannot see that they come in reverse. When the question asks for steps, phases or stages (or
asks for them "in order"), the key's points are in order, and the answer names them in the order of the
places where one of each point's phrasings is first complete. When most pairs of the points it names come
the other way round, ``pipeline.assess`` caps the level at partial. Pure module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .equivalents import canonical_tokens
from .lexical import fuzzy_equal, stem
from .negation import NEG_TOKEN
from .text import WORD_RE

# Questions whose key points are a sequence (the rollout's phases, the approach's steps).
_ORDERED_QUESTION_RE = re.compile(r"\bin\s+(?:the\s+)?(?:right\s+)?order\b|\b(?:steps|phases|stages)\b", re.I)
# A sequence needs this many points named for an order to be read at all.
MIN_ORDERED_POINTS = 3


def ordered_question(question: str, n_points: int) -> bool:
    """Does the question ask for a sequence, so that its key points are in order?"""
    return n_points >= MIN_ORDERED_POINTS and bool(_ORDERED_QUESTION_RE.search(question or ""))


def _word_stems(text: str, start: int, end: int) -> list[tuple[int, str]]:
    # in the phrasings' own vocabulary: their tokens stand for a class of equivalents ("expansion" -> "widen")
    found = list(WORD_RE.finditer(text, start, end))
    words = [m.group() for m in found]
    tokens = canonical_tokens(words, [stem(w) for w in words])
    return [(m.start(), tok) for m, tok in zip(found, tokens, strict=True) if tok is not None]


def _phrase_position(tokens: Sequence[str], seq: list[tuple[int, str]]) -> int | None:
    """Offset where the phrasing is complete in the unit (its last needed word's first occurrence)."""
    needed = [t for t in tokens if t != NEG_TOKEN]
    if not needed:
        return None
    last = -1
    for tok in needed:
        found = [pos for pos, s in seq if s == tok or fuzzy_equal(s, tok)]
        if not found:
            return None
        last = max(last, found[0])
    return last


def point_positions(text: str, phrases: Sequence) -> list[int | None]:
    """Where the answer first names each key point: the first place one of its phrasings is complete (all
    its words found, each at its first occurrence); ``None`` for a point none of whose phrasings it contains.

    ``phrases``: per point, its ``clauses.Phrase`` list.
    """
    seq = _word_stems(text, 0, len(text))
    out: list[int | None] = []
    for point_phrases in phrases:
        found = [p for p in (_phrase_position(ph.tokens, seq) for ph in point_phrases) if p is not None]
        out.append(min(found) if found else None)
    return out


def inversions(positions: Sequence[int | None]) -> tuple[int, int]:
    """(pairs of named points named in the reverse of the key's order, pairs of named points); ties are
    no order."""
    named = [p for p in positions if p is not None]
    pairs = [(a, b) for i, a in enumerate(named) for b in named[i + 1 :]]
    return sum(1 for a, b in pairs if a > b), len(pairs)


def out_of_order(positions: Sequence[int | None]) -> bool:
    """Are most pairs of the named points (at least ``MIN_ORDERED_POINTS`` of them) in reverse order?

    Most, not any: a learner who mentions "data" in an opening sentence and then lists the four steps in
    order names "data" first (2 of 6 pairs reversed on the teacher's labels; that answer is right).
    """
    if sum(p is not None for p in positions) < MIN_ORDERED_POINTS:
        return False
    reversed_pairs, pairs = inversions(positions)
    return 2 * reversed_pairs > pairs
