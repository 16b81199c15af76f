"""Terms paired with the wrong meanings: "blocks = where to find the files; get_items = how to label; get_y =
how to split", "splitter -> resizes each image / item_tfms -> divides the data into training and validation".

Bag-of-words matching and the embedder both see every meaning of the key on the page, so such an answer
reads as complete; a teacher reads each pair and sees the meanings handed to the wrong terms. The key
already knows which term names which point (a phrasing that is the term itself, the term in the point's
label, "What the objective is", or in brackets in its detail, "(get_y)") and how each meaning is said (its
phrasings). This module reads answers laid out as pairs, one per line or per ";"-part ("term = meaning",
"term -> meaning", "term: meaning"; a table row read by ``tables`` is one such pair), and finds two mistakes:

- crossed pairs: a term that names one key point given a meaning that states another point and not its own
  ("get_y = how to split");
- the subject given away: the question's own subject (a name in backticks or brackets in the prompt,
  "`splitter`", "(ipywidgets)") paired with a meaning that states less of the key than another term's
  meaning does ("DataLoaders: the recipe ...; DataBlock: the object holding the train and valid loaders").

A meaning states a point when all the content words of one of the point's phrasings are in it, in any order
("the data types" states "types of data"); phrasings that are themselves terms of the answer's pairs are
left out, so "models: how the levers move the objective" is not read as stating the levers. Pure module:
string work on the cleaned answer and the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexical import content_stems
from .types import ItemKey

# one pair: a short term (at most four words, maybe in backticks or after a bullet), a separator, a meaning
_PAIR_RE = re.compile(
    r"^\W*?(?:\d+[.)]\s*)?(?P<term>[`'\"]?[\w][\w.`'\"\s-]{0,40}?)\s*(?:=>|->|→|⇒|=|:|\s[–—-]\s)\s*(?P<meaning>\S.*)$"
)
_PART_SPLIT_RE = re.compile(r"\n|;|(?<=[a-z)])\.\s+(?=[`'\"]?\w[\w.`'\"-]*(?:\s+\w+){0,3}\s*(?:=|->|→|:))")
_MAX_TERM_WORDS = 4
# brackets or backticks in the prompt name the question's subject: "`splitter`", "(ipywidgets)"
_SUBJECT_RE = re.compile(r"`([^`]{2,40})`|\(([A-Za-z_][\w.]{1,30})\)")
# a meaning this short can be one word of the key ("how to label")
_SHORT_MEANING_WORDS = 2
# two crossed pairs at least: one could be a phrasing met by chance
MIN_CROSSED = 2


@dataclass(frozen=True)
class Pair:
    term: tuple[str, ...]  # the term's content stems
    meaning: str


def answer_pairs(text: str) -> list[Pair]:
    """The answer's "term <separator> meaning" parts, in order; fewer than two make no pairing."""
    pairs = []
    for part in _PART_SPLIT_RE.split(text or ""):
        m = _PAIR_RE.match(part.strip())
        if not m:
            continue
        term = m.group("term").strip("`'\" ")
        if not term or len(term.split()) > _MAX_TERM_WORDS:
            continue
        stems = tuple(content_stems(term.replace("`", " ")))
        if stems:
            pairs.append(Pair(stems, m.group("meaning")))
    return pairs if len(pairs) >= 2 else []


def _phrasing_stems(key: ItemKey) -> list[list[tuple[str, ...]]]:
    return [[tuple(content_stems(p)) for p in kp.phrasings] for kp in key.key_points]


def _named_points(term: tuple[str, ...], key: ItemKey, phrasings: list[list[tuple[str, ...]]]) -> set[int]:
    """The key points this term names: one of their phrasings is the term, or their label or the brackets of
    their detail hold it."""
    named = set()
    for i, kp in enumerate(key.key_points):
        bracketed = [tuple(content_stems(b)) for b in re.findall(r"\(([^()]{1,40})\)", kp.detail)]
        label = set(content_stems(kp.label))
        if term in phrasings[i] or term in bracketed or set(term) <= label:
            named.add(i)
    return named


def _stated_points(
    meaning: str, phrasings: list[list[tuple[str, ...]]], terms: set[tuple[str, ...]], question: str
) -> set[int]:
    """The key points one of whose phrasings is all in the meaning. A phrasing made only of the question's
    words ("with and without the recommendation" has only "recommendation") or that is a term of the answer
    states nothing; a one-word phrasing ("label") only in a meaning of at most two words ("how to label"),
    where it is the meaning and not a word in passing ("input & label types")."""
    words = set(content_stems(meaning))
    asked = set(content_stems(question))
    return {
        i
        for i, point in enumerate(phrasings)
        if any(
            p
            and p not in terms
            and not set(p) <= asked
            and (len(p) > 1 or len(words) <= _SHORT_MEANING_WORDS)
            and set(p) <= words
            for p in point
        )
    }


def crossed_pairs(text: str, key: ItemKey) -> tuple[int, int]:
    """How many pairs give a term that names one key point a meaning that states another point and not its
    own (crossed), and how many give it a meaning that states its own point (kept)."""
    pairs = answer_pairs(text)
    if not pairs:
        return 0, 0
    phrasings = _phrasing_stems(key)
    terms = {p.term for p in pairs}
    crossed = kept = 0
    for pair in pairs:
        named = _named_points(pair.term, key, phrasings)
        if len(named) != 1:  # no key term, or one the key uses for several points ("x and y")
            continue
        stated = _stated_points(pair.meaning, phrasings, terms, key.question)
        if stated & named:
            kept += 1
        elif stated:
            crossed += 1
    return crossed, kept


def _subjects(question: str) -> set[tuple[str, ...]]:
    found = set()
    for m in _SUBJECT_RE.finditer(question or ""):
        stems = tuple(content_stems((m.group(1) or m.group(2)).replace("`", " ")))
        if stems:
            found.add(stems)
    return found


def subject_given_away(text: str, key: ItemKey) -> bool:
    """Does another term's meaning state key points that the meaning paired with the question's subject does
    not, while the subject's meaning states nothing the others miss?"""
    pairs = answer_pairs(text)
    subjects = _subjects(key.question)
    if not pairs or not subjects:
        return False
    phrasings = _phrasing_stems(key)
    terms = {p.term for p in pairs}
    own: set[int] = set()
    others: set[int] = set()
    has_subject = False
    for pair in pairs:
        stated = _stated_points(pair.meaning, phrasings, terms, key.question)
        if pair.term in subjects:
            has_subject = True
            own |= stated
        else:
            others |= stated
    return has_subject and bool(others - own) and own <= others


def mismatched(text: str, key: ItemKey) -> str | None:
    """How wrongly the answer pairs its terms with meanings: "most" when the subject is given away or the
    crossed pairs are at least as many as the kept ones (two at least), "some" when two or more are crossed
    beside more kept ones, else None."""
    crossed, kept = crossed_pairs(text, key)
    if subject_given_away(text, key) or (crossed >= MIN_CROSSED and crossed >= kept):
        return "most"
    return "some" if crossed >= MIN_CROSSED else None
