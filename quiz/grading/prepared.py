"""What grading needs from an item's key alone, worked out once per key (pure).

Every answer to an item is matched against the same phrasings, key-point and misconception texts, question
words and reference answer: their tokens, polarities and indexes are kept per key (an ``ItemKey`` is frozen
and hashable, so equal keys share them) instead of being rebuilt for each answer.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .clauses import Phrase, make_phrase
from .lexical import FuzzyIndex, content_stems, content_words
from .matching import PhraseIndex
from .negation import polarity
from .order import ordered_question
from .roles import RolePair, key_role_pairs
from .text import clean_answer
from .types import ItemKey, KeyPoint

# keys kept at once: a course has a few dozen items (the Mohler set 80)
KEYS_KEPT = 256


def key_point_text(label: str, detail: str) -> str:
    """The text a key point's embedding is taken from: its detail, which states the idea (the label only
    names it, "What cropping costs", so an answer pasting the labels states nothing)."""
    return (detail or "").strip() or label


@functools.lru_cache(maxsize=4096)
def _phrases_cached(label: str, detail: str, phrasings: tuple[str, ...], q_stems: frozenset[str]) -> tuple:
    texts = [p for p in phrasings if p and p.strip()]
    phrases = [make_phrase(p, q_stems) for p in texts]
    phrases = [p for p in phrases if p.tokens]
    if not phrases:  # no phrasings: the label's (else the detail's) content words
        base = [w for w in content_words(label)] or [w for w in content_words(detail)]
        if base:
            phrases = [make_phrase(" ".join(base), q_stems)]
    return tuple(phrases)


def key_phrases(label: str, detail: str, phrasings, q_stems: frozenset[str]) -> tuple[Phrase, ...]:
    return _phrases_cached(label, detail, tuple(phrasings), q_stems)


@dataclass(frozen=True)
class PreparedKey:
    q_stems: frozenset[str]  # the question's content stems
    q_text: str  # the question, cleaned
    ref_text: str  # the reference answer, cleaned
    ref_stems: tuple[str, ...]  # its content stems without the question's
    ref_index: FuzzyIndex  # the same, to read an answer's lexical overlap with them (``overlap_with``)
    ref_content_words: int
    # optional points are matched too (a sentence stating one is a supported claim) but never graded
    all_points: tuple[KeyPoint, ...]
    kp_texts: tuple[str, ...]
    kp_phrases: tuple[tuple[Phrase, ...], ...]
    kp_negative: tuple[bool, ...]  # the key text is itself negative ("not reliably correct")
    kp_index: PhraseIndex
    # the content tokens of each graded key point's phrasings (keyword salads are told by them)
    point_tokens: tuple[frozenset[str], ...]
    # A misconception is matched on its label (written as the wrong claim) and its phrasings, never on its
    # feedback (which states the right fact); one with patterns only is matched by its patterns only.
    mc_texts: tuple[str, ...]
    mc_pattern_only: tuple[bool, ...]
    mc_phrases: tuple[tuple[Phrase, ...], ...]
    mc_negative: tuple[bool, ...]
    mc_index: PhraseIndex
    ordered: bool  # the question asks for a sequence
    role_pairs: tuple[RolePair, ...]


@functools.lru_cache(maxsize=KEYS_KEPT)
def prepare_key(key: ItemKey) -> PreparedKey:
    q_stems = frozenset(content_stems(key.question))
    ref_text = clean_answer(key.reference_answer)
    all_points = (*key.key_points, *key.optional_points)
    kp_texts = tuple(key_point_text(kp.label, kp.detail) for kp in all_points)
    kp_phrases = tuple(key_phrases(kp.label, kp.detail, kp.phrasings, q_stems) for kp in all_points)
    mc_texts = tuple(mc.label for mc in key.misconceptions)
    mc_phrases = tuple(
        key_phrases(mc.label, "", mc.phrasings, frozenset()) if mc.phrasings else ()
        for mc in key.misconceptions
    )
    ref_stems = tuple(content_stems(ref_text, q_stems))
    return PreparedKey(
        q_stems=q_stems,
        q_text=clean_answer(key.question),
        ref_text=ref_text,
        ref_stems=ref_stems,
        ref_index=FuzzyIndex(ref_stems),
        ref_content_words=len(content_words(ref_text)),
        all_points=all_points,
        kp_texts=kp_texts,
        kp_phrases=kp_phrases,
        kp_negative=tuple(polarity(t) % 2 == 1 for t in kp_texts),
        kp_index=PhraseIndex(kp_phrases),
        point_tokens=tuple(
            frozenset(
                t
                for p in phrases
                for t, w in zip(p.tokens, p.weights, strict=True)
                if w == 1.0 and t != "NEG"
            )
            for phrases in kp_phrases[: len(key.key_points)]
        ),
        mc_texts=mc_texts,
        mc_pattern_only=tuple(bool(mc.patterns) and not mc.phrasings for mc in key.misconceptions),
        mc_phrases=mc_phrases,
        mc_negative=tuple(polarity(t) % 2 == 1 for t in mc_texts),
        mc_index=PhraseIndex(mc_phrases),
        ordered=ordered_question(key.question, len(key.key_points)),
        role_pairs=tuple(key_role_pairs(key)),
    )
