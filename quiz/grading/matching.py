"""Matching key points and misconceptions against the units of an answer, meaning over keywords (pure).

For each key text (a key point, or a misconception) and each unit that can state something
(``clauses.UnitWords.states``):

- lexical: the best phrasing's weighted recall; a phrasing found under a negation it does not carry itself is
  no evidence (it is a contradiction instead: "it is not true that x is the input");
- embedding: the cosine between the key text and the unit pooled over its AFFIRMED words only (negated words,
  negation cues and the question's own words left out), so "It is not true that ..." or "rather than X"
  cannot match X. A key text that is itself negative ("not reliably correct") is compared with the unit's
  words outside outer negations instead;
- strength = max(mapped cosine, lexical), as before; a unit whose cosine to a sibling key point is far
  higher (``sibling_margin``) is at most unclear evidence on the embedding alone. Misconceptions are strict:
  a full, ordered, tight phrasing match, or a near-paraphrase cosine.

A unit whose whole-unit cosine matches a key point that its affirmed words do not (its negated words carry the
match) is a contradiction of that key point, as is a negated full phrasing match: ``Match.negated``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .clauses import Phrase, UnitWords, match_phrase
from .lexical import FuzzyIndex
from .model import GraderModel
from .negation import NEG_TOKEN


def cos_map(c: float, model: GraderModel) -> float:
    return min(1.0, max(0.0, (c - model.cos_lo) / max(model.cos_hi - model.cos_lo, 1e-6)))


@dataclass(frozen=True)
class Match:
    strength: float  # best evidence that a unit states the key text (0..1)
    cos: float  # best raw cosine of a stating unit
    lex: float  # best lexical score of a stating unit
    unit: int  # index of the best unit, -1 when none
    negated: float  # best evidence that a unit states the OPPOSITE of the key text (0..1)
    negated_unit: int
    denied: float = 0.0  # the best of that evidence from a phrasing found negated (not the embedding)
    # the best evidence from any of the point's own wordings found negated word for word (one word too: "Not
    # inference"), no typo allowed
    negated_lex: float = 0.0


NO_EVIDENCE = Match(0.0, 0.0, 0.0, -1, 0.0, -1)
SCATTERED = 0.5  # a key point's phrasing found whole but spread over a long clause: a hint, not a statement
PARTIAL_PHRASE = 0.5  # most that part of a phrasing counts for (below the covered threshold)


@dataclass
class UnitVectors:
    """Per unit: vectors of its affirmed words, of its words outside outer negations, and of all its words."""

    affirmed: np.ndarray
    unouter: np.ndarray
    full: np.ndarray


class PhraseIndex(FuzzyIndex):
    """The tokens of a key's phrasings (NEG left out), to tell at once which phrasings a unit can match.

    A phrasing matches nothing in a unit where none of its tokens occurs, itself or one typo away
    (``match_phrase`` returns no match there): the unit's tokens give the phrasing tokens they stand for
    (``matched_by``, see ``lexical.FuzzyIndex``), and only phrasings with one of those are matched.
    """

    def __init__(self, phrase_lists: Sequence[Sequence[Phrase]]) -> None:
        super().__init__(t for phrases in phrase_lists for p in phrases for t in p.content)
        # per key text (one list of phrasings): the tokens of all its phrasings
        self.text_tokens = tuple(frozenset(t for p in phrases for t in p.content) for phrases in phrase_lists)

    def present(self, uw: UnitWords) -> frozenset[str]:
        """The phrasing tokens found in the unit (NEG aside)."""
        return frozenset().union(*(self.matched_by(t) for t in uw.index if t != NEG_TOKEN))

    def prime(self, uws: Sequence[UnitWords]) -> None:
        """Fill the answer's memo of the vocabulary each phrasing token matches (``clauses``) from
        ``matched_by``: the answer's words are compared with the index's tokens that could be one typo
        away, not with every token of every phrasing."""
        for memo, vocabulary in {
            id(uw.vocabulary_matches): (uw.vocabulary_matches, uw.vocabulary) for uw in uws
        }.values():
            if not vocabulary:  # units built by hand: each matches against its own words (``clauses``)
                continue
            found: dict[str, list[str]] = {}
            for word in vocabulary:
                for t in self.matched_by(word):
                    found.setdefault(t, []).append(word)
            for t in self.tokens:
                if t not in memo:
                    memo[t] = tuple(found.get(t, ()))


def _lexical(
    phrases: Sequence[Phrase], uw: UnitWords, strict: bool, present: frozenset[str] | None = None
) -> tuple[float, float, float, float]:
    """(best lexical score of the phrasings in the unit, best score of a phrasing the unit negates, the same
    for phrasings of two words or more: denying a single topic word is not denying the idea, and the best
    score of a phrasing the unit negates in its very words, no typo allowed).

    ``present``: the phrasing tokens the unit holds (``PhraseIndex.present``); a phrasing with none of them
    is not matched at all (it cannot match)."""
    best, negated, denied, exact = 0.0, 0.0, 0.0, 0.0
    for phrase in phrases:
        if present is not None and present.isdisjoint(phrase.content):
            continue
        pm = match_phrase(phrase, uw, strict=strict)
        if pm.recall <= 0:
            continue
        full = pm.recall >= 1.0
        if strict:
            score = pm.recall if (full and pm.compact) else 0.5 * pm.recall
        elif full:
            score = 1.0 if pm.compact else SCATTERED
        else:  # part of a phrasing is at best a hint of the point ("gets worse over time" is not "changes")
            score = min(pm.recall, PARTIAL_PHRASE)
        if pm.negated:
            if pm.denied:
                negated = max(negated, score)
                if pm.exact:
                    exact = max(exact, score)
            if pm.denied and (
                sum(1 for t, w in zip(phrase.tokens, phrase.weights, strict=True) if w == 1.0 and t != "NEG")
                > 1
            ):
                denied = max(denied, score)
        else:
            best = max(best, score)
    return best, negated, denied, exact


def match_key_texts(
    key_vecs: np.ndarray,
    phrases: Sequence[Sequence[Phrase]],
    negative: Sequence[bool],
    uws: Sequence[UnitWords],
    vecs: UnitVectors,
    model: GraderModel,
    strict: bool = False,
    skip: frozenset[int] = frozenset(),
    per_unit: np.ndarray | None = None,
    sibling_margin: float | None = None,
    index: PhraseIndex | None = None,
) -> list[Match]:
    """Best stating unit (and best contradicting unit) of every key text; ``skip``: units not to use.

    ``per_unit`` (one float per unit), when given, receives each unit's strongest evidence for any key text,
    whatever its polarity (the shotgun rule asks whether a sentence is about the key at all). ``index``: a
    ``PhraseIndex`` of ``phrases`` (kept per key), to skip the phrasings a unit cannot match.
    """
    if not uws or not len(key_vecs):
        return [NO_EVIDENCE for _ in phrases]
    present: list[frozenset[str] | None] = [None] * len(uws)
    if index is not None:
        index.prime(uws)
        present = [index.present(uw) for uw in uws]
    cos_aff = vecs.affirmed @ key_vecs.T
    cos_unouter = vecs.unouter @ key_vecs.T
    cos_full = vecs.full @ key_vecs.T
    # per unit and key text: the best cosine of the unit to ANOTHER key text of the same list
    if sibling_margin is not None and len(phrases) > 1:
        masked = np.where(np.eye(len(phrases), dtype=bool)[None, :, :], -np.inf, cos_aff[:, None, :])
        cos_other = masked.max(axis=2)
    else:
        cos_other = None
    # The loop below runs for every key text and unit: what depends on one of them alone is read once, and
    # the cosines are Python floats (a NumPy scalar per element costs more than the arithmetic).
    aff, unouter, full = cos_aff.tolist(), cos_unouter.tolist(), cos_full.tolist()
    usable = [i for i, uw in enumerate(uws) if i not in skip and uw.states]
    negations = [uw.has_negation for uw in uws]
    lengths = [len(uw.unit.text) for uw in uws]
    lo, span = model.cos_lo, max(model.cos_hi - model.cos_lo, 1e-6)  # ``cos_map``, inlined
    covered, unclear, mc_cos = model.covered_threshold, model.unclear_threshold, model.misconception_cos
    # per key text: the tokens of all its phrasings; a unit holding none of them matches none lexically
    text_tokens = index.text_tokens if index is not None else None
    unit_best = per_unit.tolist() if per_unit is not None else None
    out = []
    for k in range(len(phrases)):
        neg_k = negative[k]
        best, best_rank = (-1.0, -1.0, 0.0, -1), None
        neg_best, neg_unit, denied, negated_lex = 0.0, -1, 0.0, 0.0
        for i in usable:
            uw = uws[i]
            if text_tokens is not None and present[i].isdisjoint(text_tokens[k]):
                lex = lex_neg = lex_denied = lex_neg_exact = 0.0
            else:
                lex, lex_neg, lex_denied, lex_neg_exact = _lexical(phrases[k], uw, strict, present[i])
            c = unouter[i][k] if neg_k else aff[i][k]
            # the embedding speaks only for a unit that says something beyond the question in those words
            if not (uw.unouter_content if neg_k else uw.affirmed_content):
                c = 0.0
            emb = min(1.0, max(0.0, (c - lo) / span))
            if strict and c < mc_cos:
                emb = 0.0
            # a unit that denies one of the point's own wordings and affirms none does not state the point by
            # the resemblance of its other words ("Not inference, it is called fitting.")
            if lex_neg_exact >= covered and lex < unclear:
                emb = 0.0
            # a unit plainly about another key point (its cosine to that one is far higher) is at most a hint
            # for this one on the embedding alone: "crop loses parts" is about cropping, not squishing
            if cos_other is not None and lex < unclear and cos_other[i, k] - c >= sibling_margin:
                emb = min(emb, covered - 0.01)
            strength = max(emb, lex)
            # the whole unit matches where its affirmed words do not: its negated words carry the match
            c_all = full[i][k]
            emb_neg = 0.0
            if not neg_k and negations[i] and (not strict or c_all >= mc_cos):
                emb_neg = min(1.0, max(0.0, (c_all - lo) / span)) if emb < unclear else 0.0
            neg = max(lex_neg, emb_neg if lex < unclear else 0.0)
            denied = max(denied, lex_denied)
            negated_lex = max(negated_lex, lex_neg_exact)
            if unit_best is not None:  # on the key's topic whatever its polarity (a negated statement too)
                unit_best[i] = max(unit_best[i], strength, lex_neg, min(1.0, max(0.0, (c_all - lo) / span)))
            if neg > neg_best:
                neg_best, neg_unit = neg, i
            # ties: the higher cosine, then the shorter unit (a clause over its sentence) for a tighter quote
            rank = (round(strength, 9), round(c, 9), -lengths[i])
            if best_rank is None or rank > best_rank:
                best, best_rank = (strength, c, lex, i), rank
        if best[3] < 0:
            out.append(Match(0.0, 0.0, 0.0, -1, neg_best, neg_unit, denied, negated_lex))
        else:
            out.append(
                Match(max(best[0], 0.0), best[1], best[2], best[3], neg_best, neg_unit, denied, negated_lex)
            )
    if unit_best is not None:
        per_unit[:] = unit_best
    return out
