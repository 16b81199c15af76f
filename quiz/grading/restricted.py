"""Restrictions the key does not carry: the right idea made to hold only under a condition.

A learner who has the idea but not its reach often fences it in: "set the seed, but that only works on
Linux", "a confusion matrix, but it only works for exactly two classes", "put a human in the loop, but only
during the first week", "augmentation, but you only need it once the dataset is huge". The idea matches the
key; the condition is the learner's own, and it makes the claim false wherever the key holds in general. A
restriction of an unconditional key point is not that key point: a teacher gives it partial credit at best.

The general cause is an exclusive condition ("only when / if / for / on / in / during / once ...", "applies
only to", "but just for") whose words the key's text (question, reference answer, key points and
their phrasings) does not carry. Where the key itself states the condition ("a GPU pays off only with many
requests to batch"), the condition's words are in the key and the restriction is the key's own. "Only"
before what the claim is about ("the model only knows what it was trained on", "only the validation set is
held out", "predicts only the classes it saw") restricts no condition and is not read here, nor is "not only
..." (it widens) or "trained only on daytime shots" (what a model learnt from is the idea, not a condition).
"As long as" is not read either: learners use it for the key's own caveats ("the same split as long as the
data and its order stay the same").

``pipeline.assess`` caps an answer with such a restriction at partial; stories and asides are left out
before this runs. Pure module: regular expressions on the units ``features`` already scored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# the word that opens a condition: a time, a case, a setting or a scope ("to" only after a verb of holding:
# "only to move my scan up the pile" states a purpose, "applies only to recommenders" a scope)
_OPENER = r"(?:when(?:ever)?|if|for|on|in|during|once|after|while|with|under|until|provided)"
# a verb that states where a claim holds: "that only works on", "applies only to", "only happens for"
_HOLDS = (
    r"(?:works?|applies|apply|happens?|exists?|counts?|matters?|holds?|runs?|helps?|needed|need\s+it|"
    r"takes?\s+effect|is\s+true|are\s+true|makes?\s+sense)"
)
_RESTRICTION_RE = re.compile(
    rf"\bonly\s+(?P<bare>{_OPENER})\b"  # "but only if the camera records in colour"
    rf"|\bonly\s+{_HOLDS}\s+(?:[\w'-]+\s+){{0,2}}?(?P<held>{_OPENER}|to)\b"  # "that only works on Linux"
    rf"|\b{_HOLDS}\s+only\s+(?P<after>{_OPENER}|to)\b"  # "that order applies only to recommenders"
    rf"|\b(?:but|though)\s+just\s+(?P<just>{_OPENER})\b",  # "but just for images"
    re.IGNORECASE,
)
# "trained only on daytime shots", "a cook taught only in Italian kitchens": "only" restricts what the
# model (or the cook of an analogy) learnt from, which is the idea itself, not a condition on it
_LEARNT_FROM_RE = re.compile(
    r"\b(?:trained|fed|taught|shown|seen|learn(?:ed|t|s|ing)?|built|fitted|fit|raised|schooled|cooked"
    r"|exposed|practised|practiced)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "not only on Linux but everywhere" widens the claim
_NOT_BEFORE_RE = re.compile(r"\b(?:not|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a contrast opening the restriction's clause: "X, but only if ...", "X - though that only works on ..."
_CONTRAST_RE = re.compile(r"\b(?:but|though|although|yet|however)\b(?:\W+\w+){0,6}\W*$", re.IGNORECASE)
# where the condition ends: the end of its clause
_CLAUSE_END_RE = re.compile(r"[;:.!?,()\n]|\s[-\u2013\u2014]\s|\s\u2014|\u2014\s|\bso\b|\bbut\b|\bthen\b")
_CLAUSE_START_RE = re.compile(r"[;:.!?()\n]|\s[-\u2013\u2014]\s|\u2014")


@dataclass(frozen=True)
class Restriction:
    condition: str  # the condition's words, from its opener to the end of its clause
    contrasted: bool  # opened by a contrast with what came before ("but only if ...")


def restrictions(text: str) -> list[Restriction]:
    """The exclusive conditions of ``text`` (see the module docstring)."""
    found = []
    for m in _RESTRICTION_RE.finditer(text):
        before = text[: m.start()]
        if _LEARNT_FROM_RE.search(before) or _NOT_BEFORE_RE.search(before):
            continue
        opener = next(g for g in ("bare", "held", "after", "just") if m.group(g))
        rest = text[m.start(opener) :]
        end = _CLAUSE_END_RE.search(rest, len(m.group(opener)))
        clause = before[max((c.end() for c in _CLAUSE_START_RE.finditer(before)), default=0) :]
        found.append(
            Restriction(rest[: end.start() if end else len(rest)].strip(), bool(_CONTRAST_RE.search(clause)))
        )
    return found


def restriction_spans(text: str) -> list[str]:
    return [r.condition for r in restrictions(text)]


# words that carry no condition of their own
_FILLER = frozenset(
    "only when whenever if for on in during once after while with under until to provided just the a an"
    " and or of it its it's this that these those there there's their they them you you're your you've we"
    " our is are was were be been being has have had do does did can could will would should may might must"
    " not no any some all more most less than very so too also about at by from into then who which what"
    " get gets got getting make makes made take takes taking place come comes let lets want need needs one"
    " ones thing things stuff enough really".split()
)
_WORD_RE = re.compile(r"[a-z][a-z'\-]+")
# a word's stem for backing: its first letters, so "batch" backs "batches" and "batching"
_STEM = 5


def _stem(word: str) -> str:
    return word[:_STEM]


# the share of a condition's words the key must carry for the condition to be the key's own: a plain "only
# when ..." may be the key's idea worded loosely, so most of its words will do; a contrasted one ("X, but
# only if ...") announces a narrowing of what was just said, which the key must itself state, so a word of its
# own (the "million" of "but only once the dataset has a million images") makes it the learner's
_PLAIN_SHARE = 0.5
_CONTRASTED_SHARE = 0.75


def unbacked_restrictions(text: str, backing: str) -> list[str]:
    """The exclusive conditions of ``text`` that the key (its text ``backing``, lower-cased) does not carry.

    A key that states a condition of its own ("a GPU pays off only when requests can be batched") is read as
    carrying the learner's: its conditions are worded in too many ways to match word for word. Otherwise a
    condition is the key's when enough of its words are the key's (``_PLAIN_SHARE``, ``_CONTRASTED_SHARE``):
    "only after the items are the same size" is, "but only for image data" is not.
    """
    if restrictions(backing):
        return []
    key_stems = {_stem(w) for w in _WORD_RE.findall(backing)}
    found = []
    for r in restrictions(text):
        words = [w for w in _WORD_RE.findall(r.condition.lower()) if w not in _FILLER and len(w) > 2]
        if not words:
            continue
        share = sum(_stem(w) in key_stems for w in words) / len(words)
        if share < (_CONTRASTED_SHARE if r.contrasted else _PLAIN_SHARE):
            found.append(r.condition)
    return found


def restricted_claims(units: Sequence, backing: str) -> list[str]:
    """Sentences (``features.UnitSupport``, asides left out) that restrict the idea to a condition the key
    does not carry."""
    return [
        u.unit.text
        for u in units
        if u.unit.kind == "sentence" and unbacked_restrictions(u.unit.text, backing)
    ]
