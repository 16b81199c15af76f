"""What each unit (sentence or clause) of an answer can claim: its words with their negation scopes,
whether it is a statement at all, and what it adds to the question's own words (pure).

A unit STATES something when it has sentence structure or is a short phrase: "Set a fixed random seed.",
"Inference.", "x and y", "latency / operational costs / data privacy", "good reporting systems needed" all
do. A run of four or more content words with no function word between them that touches two or more key
points at once ("loop human flag productive scans stroke") is a keyword salad: one structureless run does not
claim several ideas, so it covers no key point and hits no misconception. So is a list element that piles up
content words with nothing to make a claim of them: no word that builds a clause (an auxiliary or modal, a
determiner, a pronoun, a subordinator, a connective, a negation), only prepositions, and a run of at least
PILE_LONG content words side by side or two runs of PILE_RUN ("out of domain data training different model
production images"). A unit made only of the question's own words (an echo) adds nothing either.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .equivalents import canonical, canonical_set, canonical_tokens
from .lexical import FUZZY_MIN_CHARS, PHRASE_STOPWORDS, STOPWORDS, fuzzy_equal, stem
from .negation import NEG_TOKEN, NegationMap, WordPolarity, is_cue, negation_map
from .text import WORD_RE, Unit

# A structureless run: at least this many content words in one list element, and at most this share of
# function words. It is a salad from SALAD_LONG content words (learners' telegraphic notes have at most four:
# "good reporting systems needed", "columns containing natural language"), or from four when its words belong
# to at least SALAD_MIN_POINTS different key points.
SALAD_MIN_CONTENT = 4
SALAD_LONG = 5
SALAD_MAX_FUNCTION_SHARE = 0.1
SALAD_MIN_POINTS = 2
# A pile: a list element whose content words are joined by prepositions at most ("of", "over": they link a
# noun to a noun, not a subject to a predicate) holding PILE_LONG content words side by side, or two runs of
# PILE_RUN. English noun compounds and telegraphic notes stay shorter ("high cardinality categorical columns",
# "good reporting systems needed"): on the calibration learners' answers and the answer bank's right answers
# no element is a pile, on Mohler's 2273 answers three telegraphic ones are.
PILE_LONG = 6
PILE_RUN = 4
# Words that make a claim of content words: auxiliaries and modals, determiners, pronouns, subordinators and
# relatives, coordinators and connectives ("aka", "vs", "instead"), and the negation cues (``is_cue``).
CLAUSE_WORDS = frozenset(
    """is are was were be been being am has have had having do does did can could will would shall should may
    might must let's it's that's there's they're we're you're i'm the a an this these those its their his her
    our your my each every any some it they we you he she i that which who whom whose what when where while
    because so if whereas although though unless until since than to and or but nor aka vs versus ie eg etc
    instead rather unlike""".split()
)
# prepositions that STOPWORDS leaves out: they end a run of content words
_PREPOSITIONS = frozenset(
    "across along alongside amid among around behind beneath beside besides beyond despite inside near onto "
    "outside past throughout toward towards underneath versus".split()
)
# Question words count this much in a phrasing's recall ("independent" is in "which letters stand for the
# independent variable?": saying it back proves little).
QUESTION_WORD_WEIGHT = 0.3
# A misconception phrased as an absolute (never, always, every) is not stated by a clause that restricts
# the same words to some cases: a right answer says "avoid certain augmentations", the wrong belief "never
# augment". A demonstrative before a matched word restricts too: "don't use that augmentation" points back at
# the cases just named.
_ABSOLUTE_WORDS = frozenset({"never", "always", "every", "all", "any"})
_RESTRICTING_WORDS = frozenset({"certain", "some", "particular", "specific", "few", "several", "such"})
# stopwords, so never among a unit's matching words: looked for in the text between the matched words
_DEMONSTRATIVE_RE = re.compile(r"\b(?:that|this|those|these)\s+$", re.IGNORECASE)
# Words about the question and answer themselves, not about the subject: "This is about the question: ..."
# adds nothing to the question's own words.
META_WORDS = frozenset(
    "question questions answer answers ask asks asked asking chapter book term terms word words name named "
    "called call mean means meaning refer refers".split()
)
# first words of the contrast cues ("instead of X", "rather than X", "as opposed to X"): negations too
_CONTRAST_HEADS = frozenset({"instead", "rather", "opposed"})
_ELEMENT_SPLIT_RE = re.compile(r"[,/;:|()\u2022]|\s[-\u2013\u2014]\s")
# Notation that joins words as a function word does: "X = A + B" is "X is A and B", so a line of notes
# written with symbols is a statement, not a structureless run ("export.pkl = architecture + weights").
_SYMBOL_WORDS = {"=": "is", "+": "and", "&": "and", "!=": "not", "\u2260": "not", "=>": "so", "\u2192": "so"}


def _chunks(element: str) -> list[list[str]]:
    """The element's whitespace-separated chunks as lists of lower-cased words (a joining symbol standing
    alone reads as its word, see ``_SYMBOL_WORDS``); chunks with no word are left out."""
    chunks = [[_SYMBOL_WORDS[c]] if c in _SYMBOL_WORDS else WORD_RE.findall(c) for c in element.split()]
    return [[w.lower() for w in c] for c in chunks if c]


def phrase_token(word: str) -> str | None:
    """The matching token of one word: its stem, NEG for a negation cue, None for a phrase stopword."""
    w = word.lower()
    if is_cue(w) or w in _CONTRAST_HEADS:
        return NEG_TOKEN
    if w in PHRASE_STOPWORDS or w == "than":  # "rather than" is a cue like "instead of"
        return None
    return stem(w)


def phrase_tokens(text: str) -> list[str]:
    """The matching tokens of a text, words a learner swaps freely read as one (``equivalents``)."""
    raw = WORD_RE.findall(text or "")
    return [t for t in canonical_tokens(raw, [phrase_token(w) for w in raw]) if t]


@dataclass
class UnitWords:
    """One unit's matching view: tokens (stems, NEG for cues) with the polarity of each word."""

    unit: Unit
    seq: list[str]
    words: list[WordPolarity]  # aligned with seq
    question: list[bool]  # aligned with seq: the token is a question word
    runs: list[tuple[frozenset[str], int]]  # tokens and length of its structureless runs (keyword lists?)
    new_content: int  # content words that are not question words
    affirmed_content: int  # of those, words under no negation (the words an affirmative key point can match)
    unouter_content: (
        int  # of those, words outside an outer negation (for a key point that is itself negative)
    )
    outer: bool  # every content word sits under an outer negation ("it is not true that ...")
    negations: NegationMap

    @property
    def has_negation(self) -> bool:
        return any(w.depth and not w.cue for w in self.words)

    pile: bool = False  # an element of it piles up content words with nothing to make a claim of them
    salad: bool = False  # set by ``mark_salads`` once the key is known
    index: dict[str, list[int]] = field(default_factory=dict)  # token -> its positions in seq
    found: dict[str, list[int]] = field(default_factory=dict)  # phrasing token -> matching positions (memo)
    # Shared by every unit of one ``unit_words`` call: the answer's tokens (NEG excepted) and, per phrasing
    # token, those it matches (itself or one typo away). A token is compared with the answer's vocabulary
    # once, not once per unit and key point.
    vocabulary: frozenset[str] = frozenset()
    vocabulary_matches: dict[str, tuple[str, ...]] = field(default_factory=dict)
    scoped: bool = field(init=False, default=False)  # some word lies under a negation scope

    def __post_init__(self) -> None:
        for i, t in enumerate(self.seq):
            self.index.setdefault(t, []).append(i)
        self.scoped = any(w.scopes for w in self.words)

    @property
    def states(self) -> bool:
        """Can this unit state anything? Not a keyword salad, and not only the question's own words (with no
        question words given, any unit with a word in it)."""
        return not self.salad and self.new_content > 0


# A unit's runs and piles depend on its text alone; each answer's units are read twice (for the key points and
# for the misconceptions), so they are kept for the last few thousand texts.
UNIT_TEXTS_KEPT = 4096


@lru_cache(maxsize=UNIT_TEXTS_KEPT)
def _structureless_runs(text: str) -> tuple[tuple[frozenset[str], int], ...]:
    runs = []
    for element in _ELEMENT_SPLIT_RE.split(text):
        # a hyphenated compound is one word ("out-of-domain" holds no function word)
        chunks = _chunks(element)
        # "versus", "aka", "instead" relate the words around them ("actual versus predicted class counts"),
        # as the pile check reads them (CLAUSE_WORDS): they are no content words of a run
        content = [c for c in chunks if any(w not in STOPWORDS and w not in CLAUSE_WORDS for w in c)]
        if len(content) >= SALAD_MIN_CONTENT and len(chunks) - len(content) <= SALAD_MAX_FUNCTION_SHARE * len(
            chunks
        ):
            stems = frozenset(canonical(stem(w)) for c in content for w in c if w not in STOPWORDS)
            runs.append((stems, len(content)))
    return tuple(runs)


def _is_pile(element: str) -> bool:
    """Does this list element pile up content words with no word to make a claim of them (see PILE_LONG)?"""
    chunks = _chunks(element)
    if any(w in CLAUSE_WORDS or is_cue(w) for c in chunks for w in c):
        return False
    runs, run = [], 0
    for c in chunks:
        if any(w not in STOPWORDS and w not in _PREPOSITIONS for w in c):  # "out-of-domain" is one word
            run += 1
        else:
            runs.append(run)
            run = 0
    runs.append(run)
    return max(runs) >= PILE_LONG or sum(1 for r in runs if r >= PILE_RUN) >= 2


@lru_cache(maxsize=UNIT_TEXTS_KEPT)
def has_pile(text: str) -> bool:
    return any(_is_pile(element) for element in _ELEMENT_SPLIT_RE.split(text))


def mark_salads(uws: Sequence[UnitWords], point_tokens: Sequence[frozenset[str]]) -> None:
    """Flag the units holding a structureless run whose words belong to several key points at once
    (``point_tokens``: the content tokens of each key point's phrasings, question words left out)."""
    for uw in uws:
        uw.salad = uw.pile or any(
            n >= SALAD_LONG or sum(1 for toks in point_tokens if run & toks) >= SALAD_MIN_POINTS
            for run, n in uw.runs
        )


@lru_cache(maxsize=UNIT_TEXTS_KEPT)  # a unit's words are read for the key points and the misconceptions
def _unit_tokens(words: tuple[str, ...]) -> tuple[str | None, ...]:
    return tuple(canonical_tokens(words, [phrase_token(w) for w in words]))


def unit_words(text: str, units: Sequence[Unit], question_stems: Collection[str]) -> list[UnitWords]:
    """Matching views of the units of ``text`` (negation scopes are found over the whole text once)."""
    nm = negation_map(text, sentence_ends(units))
    question_stems = canonical_set(question_stems)  # the tokens below are class tokens (``equivalents``)
    starts = [w.start for w in nm.words]
    out = []
    vocabulary_matches: dict[str, tuple[str, ...]] = {}
    for u in units:
        span = nm.words[bisect_left(starts, u.start) : bisect_left(starts, u.end)]
        words = [w for w in span if w.end <= u.end]
        seq, kept, question = [], [], []
        content_new = affirmed = unouter = 0
        content_all, content_outer = 0, 0
        tokens = _unit_tokens(tuple(w.word for w in words))
        for w, tok in zip(words, tokens, strict=True):
            if tok is None or w.outer_cue:  # "it is not true that" is a negation, not the words "not true"
                continue
            seq.append(tok)
            kept.append(w)
            is_q = tok != NEG_TOKEN and tok in question_stems
            question.append(is_q)
            if tok != NEG_TOKEN and w.word not in STOPWORDS:
                content_all += 1
                content_outer += w.outer
                if not is_q and w.word not in META_WORDS:
                    content_new += 1
                    affirmed += not w.depth
                    unouter += not w.outer
        out.append(
            UnitWords(
                unit=u,
                seq=seq,
                words=kept,
                question=question,
                runs=list(_structureless_runs(u.text)),
                pile=has_pile(u.text),
                new_content=content_new,
                affirmed_content=affirmed,
                unouter_content=unouter,
                outer=content_all > 0 and content_outer == content_all,
                negations=nm,
                vocabulary_matches=vocabulary_matches,
            )
        )
    vocabulary = frozenset(t for uw in out for t in uw.index if t != NEG_TOKEN)
    for uw in out:
        uw.vocabulary = vocabulary
    return out


@dataclass(frozen=True)
class PhraseMatch:
    recall: float  # weighted share of the phrasing's tokens found in the unit
    compact: bool  # every token found, close together (and in order when strict)
    negated: bool  # some of the words found sit under a negation the phrasing does not have
    denied: bool = False  # all of them do: the unit says the opposite of the phrasing
    exact: bool = False  # every word found is the phrasing's own, none only one typo away ("might" ~ "night")


NO_MATCH = PhraseMatch(0.0, False, False)


def _positions(tok: str, uw: UnitWords) -> list[int]:
    """Where a phrasing's token occurs in the unit: the same token, or (not for NEG) one small typo away."""
    cached = uw.found.get(tok)
    if cached is None:
        if tok == NEG_TOKEN:
            cached = list(uw.index.get(NEG_TOKEN, ()))
        else:
            matches = _vocabulary_matches(tok, uw)
            if len(matches) == 1:  # one token's positions are in order already
                cached = list(uw.index.get(matches[0], ()))
            else:
                cached = sorted(i for t in matches for i in uw.index.get(t, ()))
        uw.found[tok] = cached
    return cached


def _vocabulary_matches(tok: str, uw: UnitWords) -> tuple[str, ...]:
    """The answer's tokens that a phrasing's token matches: itself, or one small typo away (``fuzzy_equal``
    never equates two different tokens shorter than FUZZY_MIN_CHARS, so those are not compared)."""
    hit = uw.vocabulary_matches.get(tok)
    if hit is None:
        if not uw.vocabulary:  # a UnitWords built by hand: its own tokens
            uw.vocabulary = frozenset(t for t in uw.index if t != NEG_TOKEN)
        hit = (tok,) if tok in uw.vocabulary else ()
        if len(tok) >= FUZZY_MIN_CHARS:
            hit += tuple(
                t for t in uw.vocabulary if len(t) >= FUZZY_MIN_CHARS and t != tok and fuzzy_equal(tok, t)
            )
        uw.vocabulary_matches[tok] = hit
    return hit


def _best_window(positions: list[list[int]], strict: bool) -> tuple[int, list[int]]:
    """Smallest window holding one position of every token (in order when ``strict``) and the positions."""
    best, chosen = 10**9, [p[0] for p in positions]
    if strict:
        for start in positions[0]:
            cur, picked = start, [start]
            for plist in positions[1:]:
                nxt = next((p for p in plist if p > cur), None)
                if nxt is None:
                    break
                cur = nxt
                picked.append(nxt)
            else:
                if cur - start + 1 < best:
                    best, chosen = cur - start + 1, picked
        return best, chosen
    events = sorted((pos, k) for k, plist in enumerate(positions) for pos in plist)
    need, have, left = len(positions), {}, 0
    for right in range(len(events)):
        have[events[right][1]] = have.get(events[right][1], 0) + 1
        while len(have) == need:
            width = events[right][0] - events[left][0] + 1
            if width < best:
                window = events[left : right + 1]
                picked_by_token: dict[int, int] = {}
                for pos, k in window:
                    picked_by_token.setdefault(k, pos)
                best, chosen = width, [picked_by_token[k] for k in range(need)]
            k = events[left][1]
            have[k] -= 1
            if not have[k]:
                del have[k]
            left += 1
    return best, chosen


COMPACT_SLACK = 3  # a full match must sit within len(phrasing) + 3 tokens (+ 1 and in order when strict)


@dataclass(frozen=True)
class Phrase:
    """A phrasing ready to match: its tokens and the weight of each (question words weigh less)."""

    tokens: tuple[str, ...]
    weights: tuple[float, ...]
    absolute: bool = False  # it claims something of every case ("never use augmentation")
    # its tokens but NEG: a unit where none of them occurs cannot state it (``match_phrase``)
    content: frozenset[str] = field(init=False, compare=False, repr=False)
    total_weight: float = field(init=False, compare=False, repr=False)  # recall's denominator

    def __post_init__(self) -> None:
        object.__setattr__(self, "content", frozenset(t for t in self.tokens if t != NEG_TOKEN))
        object.__setattr__(self, "total_weight", sum(self.weights))


def make_phrase(text: str, question_stems: Collection[str]) -> Phrase:
    tokens = tuple(phrase_tokens(text))
    question_stems = canonical_set(question_stems)
    weights = tuple(QUESTION_WORD_WEIGHT if t in question_stems else 1.0 for t in tokens)
    absolute = any(w in _ABSOLUTE_WORDS for w in re.findall(r"[a-z]+", text.lower()))
    return Phrase(tokens, weights, absolute)


def match_phrase(phrase: Phrase, uw: UnitWords, strict: bool = False) -> PhraseMatch:
    """How well one phrasing (its tokens) is stated by one unit.

    Recall weighs question words at ``QUESTION_WORD_WEIGHT``. ``negated``: the unit's words that match sit
    under a negation whose cue is not itself matched by the phrasing's own negation, an odd number of times
    ("It is not true that x is the input" does not state "x is the input"; "not trained on" states "not
    trained on").
    """
    if not phrase.tokens or not uw.seq:
        return NO_MATCH
    found = uw.found
    positions = [found[t] if t in found else _positions(t, uw) for t in phrase.tokens]
    # one pass over the tokens: the weight found, whether a word other than a negation is found, and whether
    # any / every needed (non-question) token is found
    weight_found, word_found, needed_any, needed_all = 0.0, False, False, True
    for t, w, ps in zip(phrase.tokens, phrase.weights, positions, strict=True):
        if ps:
            weight_found += w
            word_found = word_found or t != NEG_TOKEN
            needed_any = needed_any or w == 1.0
        elif w == 1.0:
            needed_all = False
    if not word_found:
        return NO_MATCH  # a negation alone is no part of any idea
    recall = weight_found / phrase.total_weight
    if not needed_any:
        recall *= QUESTION_WORD_WEIGHT  # only the question's own words were found: an echo, not a statement
    elif needed_all:
        recall = 1.0  # the question's own words may be left out ("x" states "x is the independent variable")
    present = [ps for ps in positions if ps]
    complete = recall >= 1.0
    if complete and len(present) >= 2:
        width, chosen = _best_window(present, strict)
        compact = width <= len(phrase.tokens) + (1 if strict else COMPACT_SLACK)
    else:
        chosen = [ps[0] for ps in present]
        compact = complete
    if strict and phrase.absolute and chosen and _restricted(uw, min(chosen), max(chosen)):
        return NO_MATCH  # "better not to use certain augmentations" is no "never use augmentation"
    if (
        strict
        and phrase.absolute
        and chosen
        and _RESTRICTIVE_AFTER_RE.match(uw.unit.text, _end_in_unit(uw, max(chosen)))
    ):
        return NO_MATCH  # "don't use augmentations that change the label": only some of them
    present_tokens = [t for t, ps in zip(phrase.tokens, positions, strict=True) if ps]
    exact = all(uw.seq[i] == t for i, t in zip(chosen, present_tokens, strict=True))
    if not uw.scoped:  # no word of the unit lies under a negation: nothing is denied
        return PhraseMatch(recall, compact, False, False, exact)
    own_cues = {uw.words[i].start for i in chosen if uw.seq[i] == NEG_TOKEN}
    odd = [
        sum(1 for s in w.scopes if uw.negations.cue_starts[s] not in own_cues) % 2 == 1
        for w in (uw.words[i] for i in chosen)
        if not w.cue
    ]
    # any word denied by a negation the phrasing does not carry: no statement of it; every word: a denial
    return PhraseMatch(recall, compact, any(odd), bool(odd) and all(odd), exact)


# A restrictive relative clause right after the words of an absolute phrasing limits them to some cases
# ("never use augmentations that change the label" is not "never use augmentation").
_RESTRICTIVE_AFTER_RE = re.compile(r"\s*(?:that|which|who|whose|where)\b", re.IGNORECASE)


def _end_in_unit(uw: UnitWords, i: int) -> int:
    """Offset, inside the unit's text, of the end of its i-th matching word."""
    return uw.words[i].end - uw.unit.start


def _restricted(uw: UnitWords, first: int, last: int) -> bool:
    """Does a word that picks out some cases only ("certain", "some") sit among the matched words?"""
    if any(uw.words[i].word in _RESTRICTING_WORDS for i in range(first, last + 1)):
        return True
    # a demonstrative right before a matched word determines it ("use that augmentation"); elsewhere "that"
    # is a relative or a conjunction ("data that the model has never seen" restricts nothing)
    return any(
        _DEMONSTRATIVE_RE.search(
            uw.unit.text[uw.words[i - 1].end - uw.unit.start : uw.words[i].start - uw.unit.start]
        )
        for i in range(first + 1, last + 1)
    )


def span_negated(uw: UnitWords, start: int, end: int) -> bool:
    """Is a word of the text span [start, end) of the answer (e.g. a pattern's match) denied by a negation
    from outside the span?"""
    for w in uw.negations.words:
        if w.start >= start and w.end <= end and not w.cue:
            if len(uw.negations.scopes_from_outside(w, start, end)) % 2:
                return True
    return False


@dataclass(frozen=True)
class WordMasks:
    """Per character of the answer text: which words a unit's vector is pooled over (question words never)."""

    affirmed: np.ndarray  # words under no negation, cues excluded
    unouter: np.ndarray  # words outside outer negations ("it is not true that ..."), inner cues kept
    unquestioned: np.ndarray  # every word but the question's own


def sentence_ends(units: Sequence[Unit]) -> tuple[int, ...]:
    return tuple(sorted(u.end for u in units if u.kind == "sentence"))


def word_masks(text: str, units: Sequence[Unit], question_stems: Collection[str]) -> WordMasks:
    n = len(text) + 1
    affirmed = np.zeros(n, dtype=bool)
    unouter = np.zeros(n, dtype=bool)
    unquestioned = np.zeros(n, dtype=bool)
    for w in negation_map(text, sentence_ends(units)).words:
        if w.word not in STOPWORDS and stem(w.word) in question_stems:
            continue
        unquestioned[w.start : w.end] = True
        if not w.outer and not w.outer_cue:
            unouter[w.start : w.end] = True
        if not w.cue and not w.depth:
            affirmed[w.start : w.end] = True
    return WordMasks(affirmed, unouter, unquestioned)
