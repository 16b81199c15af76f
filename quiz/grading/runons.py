"""Run-on lines: an answer typed without punctuation, where a negation cannot see where its clause ends.

On a phone learners type "video instead of photos night time images low resolution and bears partly hidden"
or "when the change would alter the label or make images that never happen in real life like flipping numbers
or changing colours". ``negation`` ends a cue's scope at punctuation or at a word that opens a clause; with
neither, "instead of" denies every item of the list after it and "never" denies the examples, and a right
answer reads as one that contradicts the key. The same words with commas are read right.

In a run-on answer (``RUN_ON_MIN_WORDS`` words or more and not one punctuation mark: no full stop, comma,
colon, bracket or dash) a negation is read as reaching as far as it does in most punctuated answers: a
contrast ("instead of X", "rather than X") its next content word, a plain cue ("never", "not", "no") its next
``PLAIN_REACH`` content words. An answer with any punctuation is left to the clause rules: a single sentence
of twenty words with no comma ("It has nothing to do with data that differs from what the model was trained
on.") is no run-on, its writer punctuates. Pure module: regular expressions and the stopword list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexical import STOPWORDS

RUN_ON_MIN_WORDS = 15
CONTRAST_REACH = 1
PLAIN_REACH = 3
_PUNCT_RE = re.compile(r"[.,;:!?()\[\]\u2013\u2014\n]|\s-\s")
_WORD_RE = re.compile(r"\S+")


@lru_cache(maxsize=1024)
def run_on_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The span of ``text`` when it runs on (long, not one punctuation mark), else nothing."""
    if _PUNCT_RE.search(text) or len(_WORD_RE.findall(text)) < RUN_ON_MIN_WORDS:
        return ()
    return ((0, len(text)),)


def run_on_reach(text: str, words: Sequence[tuple[int, int, str]], first: int, end: int, reach: int) -> int:
    """Where a scope over ``words[first:end]`` ((start, end, lower-cased word) of ``text``) stops: ``end``, or
    after its ``reach``-th content word when it lies in a run-on sentence."""
    if first >= end or not any(s <= words[first][0] < e for s, e in run_on_sentences(text)):
        return end
    seen = 0
    for j in range(first, end):
        if words[j][2] not in STOPWORDS:
            seen += 1
            if seen >= reach:
                return j + 1
    return end
