"""Lexical matching: content words, Snowball stems, typo tolerance, and phrasings matched inside a clause."""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

import snowballstemmer
from rapidfuzz.distance import OSA

from .text import WORD_RE

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can cannot could couldn't did didn't do does doesn't doing don't
    down during each either etc few for from further had has hasn't have haven't having
    he her here hers herself him himself his how however i i'm if in into is isn't it it's its
    itself just let's like may me might more most much must my myself no nor not now of off often on
    once one only or other ought our ours ourselves out over own per same shall she should shouldn't
    so some such than that that's the their theirs them themselves then there there's these they
    they're this those through thus to too under until up upon us use used uses using very via was
    wasn't we were weren't what what's when where which while who whom whose why will with within
    without won't would wouldn't yet you your yours yourself e.g i.e eg ie something thing things
    way ways""".split()
)

_ENGLISH = snowballstemmer.stemmer("english")
_stemmer_lock = threading.Lock()  # a Snowball stemmer keeps the word being stemmed in its own state


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball (Porter2) English stem; lower-cased, possessive "'s" dropped, numbers and short words kept.

    Typo tolerance (``fuzzy_equal``) does the rest.
    """
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or w.isdigit():
        return w
    with _stemmer_lock:
        return _ENGLISH.stemWord(w)


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text or "")]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def content_stems(text: str, exclude: Collection[str] = ()) -> list[str]:
    return [s for s in (stem(w) for w in content_words(text)) if s not in exclude]


# Two different stems are never equal when either is shorter than this (callers may skip comparing them).
FUZZY_MIN_CHARS = 5


@lru_cache(maxsize=200_000)
def fuzzy_equal(a: str, b: str) -> bool:
    """Stems equal, or one small typo (>= 5 chars), or a shared prefix covering most of both (>= 5 chars)."""
    if a == b:
        return True
    short = min(len(a), len(b))
    if short < FUZZY_MIN_CHARS:
        return False
    if OSA.distance(a, b, score_cutoff=1) <= 1:  # one substitution, insertion, deletion or swap
        return True
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix >= 5 and prefix >= 0.75 * max(len(a), len(b))


def matches(stem_: str, pool: Collection[str]) -> bool:
    if stem_ in pool:
        return True
    return len(stem_) >= FUZZY_MIN_CHARS and any(fuzzy_equal(stem_, p) for p in pool)


def _found_in(stems: set[str], pool: set[str]) -> int:
    """How many of ``stems`` ``matches`` finds in ``pool`` (short stems only by equality)."""
    long_pool = [p for p in pool if len(p) >= FUZZY_MIN_CHARS]
    return sum(
        1
        for s in stems
        if s in pool or (len(s) >= FUZZY_MIN_CHARS and any(fuzzy_equal(s, p) for p in long_pool))
    )


class FuzzyIndex:
    """A fixed set of stems (a key's) and, per word looked up, the stems it matches: itself, or one small typo
    away (``fuzzy_equal``), kept per word (answers to one item share most of their words).

    Typos are looked for among the stems that share the word's first two or last two letters: one edit
    between words of five letters or more leaves one of those pairs intact, and so does a shared prefix of
    five.
    """

    KEPT_WORDS = 20_000

    def __init__(self, tokens: Iterable[str]) -> None:
        self.tokens = frozenset(tokens)
        self._by_head: dict[str, list[str]] = {}
        self._by_tail: dict[str, list[str]] = {}
        for t in sorted(self.tokens):
            if len(t) >= FUZZY_MIN_CHARS:
                self._by_head.setdefault(t[:2], []).append(t)
                self._by_tail.setdefault(t[-2:], []).append(t)
        self._matched: dict[str, frozenset[str]] = {}

    def matched_by(self, word: str) -> frozenset[str]:
        """The stems of the index that ``word`` stands for: itself, or one small typo away."""
        hit = self._matched.get(word)
        if hit is None:
            found = {word} if word in self.tokens else set()
            if len(word) >= FUZZY_MIN_CHARS:
                for t in (*self._by_head.get(word[:2], ()), *self._by_tail.get(word[-2:], ())):
                    if t != word and fuzzy_equal(t, word):
                        found.add(t)
            hit = frozenset(found)
            if len(self._matched) >= self.KEPT_WORDS:
                self._matched.clear()
            self._matched[word] = hit
        return hit


def overlap_with(a: Sequence[str], b: FuzzyIndex) -> tuple[float, float, float]:
    """``overlap(a, b.tokens)``, read through the index of ``b`` (a key's reference stems): a stem of ``a``
    is found in ``b`` when it matches one of its stems, and a stem of ``b`` is found in ``a`` when one of the
    stems of ``a`` matches it (``fuzzy_equal`` is symmetric)."""
    ua = set(a)
    if not ua or not b.tokens:
        return 0.0, 0.0, 0.0
    matched = [b.matched_by(s) for s in ua]
    p = sum(1 for m in matched if m) / len(ua)
    r = len(frozenset().union(*matched)) / len(b.tokens)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def overlap(a: Sequence[str], b: Sequence[str]) -> tuple[float, float, float]:
    """(precision of a against b, recall of b in a, F1) over unique content stems."""
    ua, ub = set(a), set(b)
    if not ua or not ub:
        return 0.0, 0.0, 0.0
    p = _found_in(ua, ub) / len(ua)
    r = _found_in(ub, ua) / len(ub)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# Phrasings keep words such as "only", "not", "all", "before" that the content-word list drops: in a
# phrasing like "only the weights" they carry the meaning.
PHRASE_STOPWORDS = frozenset(
    "a an the of to is are was were be been being and or in on at for with by it its this that these those "
    "as from into can".split()
)
COMPACT_SLACK = 3  # a fully matched phrasing must sit within len(phrasing) + 3 words of the unit


def phrase_stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in PHRASE_STOPWORDS]


def phrase_stem_lists(label: str, detail: str, phrasings: Sequence[str]) -> list[list[str]]:
    lists = [phrase_stems(p) for p in phrasings if p and p.strip()]
    lists = [x for x in lists if x]
    if not lists:
        base = content_stems(label) or content_stems(detail)
        if base:
            lists = [base]
    return lists


def phrase_match(
    phrase: Sequence[str], unit_seq: Sequence[str], unit_set: Collection[str], strict: bool = False
) -> tuple[float, bool]:
    """(recall of the phrasing's stems in the unit, whether a full match is compact).

    Compact: the words sit close together ("item_tfms ... [15 words] ... training data" is not the phrasing
    "item_tfms for training"): within len(phrasing) + 3 words in any order, or with ``strict`` (used for
    misconceptions) in the phrasing's order within len(phrasing) + 1 words ("x (independent), y (dependent)"
    is not "x dependent").
    """
    if not phrase:
        return 0.0, False
    found = [s for s in phrase if matches(s, unit_set)]
    recall = len(found) / len(phrase)
    if recall < 1.0 or len(phrase) < 2:
        return recall, recall >= 1.0
    positions = [[i for i, t in enumerate(unit_seq) if t == s or fuzzy_equal(s, t)] for s in phrase]
    if any(not p for p in positions):
        return recall, False
    best = len(unit_seq) + 1
    if strict:
        for start in positions[0]:
            cur = start
            for plist in positions[1:]:
                nxt = next((p for p in plist if p > cur), None)
                if nxt is None:
                    break
                cur = nxt
            else:
                best = min(best, cur - start + 1)
        return recall, best <= len(phrase) + 1
    # smallest window holding one occurrence of every stem (sweep over the merged, sorted occurrences)
    events = sorted((pos, k) for k, plist in enumerate(positions) for pos in plist)
    need, have, left = len(positions), {}, 0
    for right in range(len(events)):
        have[events[right][1]] = have.get(events[right][1], 0) + 1
        while len(have) == need:
            best = min(best, events[right][0] - events[left][0] + 1)
            k = events[left][1]
            have[k] -= 1
            if not have[k]:
                del have[k]
            left += 1
    return recall, best <= len(phrase) + COMPACT_SLACK
