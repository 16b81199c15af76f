"""Texting-style shorthand spelled out: "1 pic at a time", "what u'd like", "w/ tons of values".

A learner writing in texting style shortens the words the key is phrased in ("pic" for picture, "u" for you,
"ppl", "w/", "b/c") and writes a count as a digit ("1 pic at a time"). The key's phrasings are matched word by
word ("one picture at a time"), and the embedder reads "pic" and "1" as other tokens, so a point the teacher
reads at once stays unclear. So before grading, ``spelled_out`` writes the common shorthands as the words they
stand for, and a lone "1" before a word as "one" when the answer numbers no list with it ("1 manual ... 2
limited scope" is a list: its digits stay). Only whole words change; code ("item_tfms", "seed=42") and numbers
in other roles are left alone. Pure module.
"""

from __future__ import annotations

import re

_APOS = "['\u2019]"
_SHORTHANDS = [
    (re.compile(rf"\bu(?={_APOS}(?:d|re|ll|ve)\b)", re.I), "you"),
    (re.compile(r"(?<![\w/.-])u(?![\w/.'\u2019=(-])", re.I), "you"),
    (re.compile(r"(?<![\w/.-])ur(?![\w/.'\u2019=(-])", re.I), "your"),
    (re.compile(r"\bpics\b", re.I), "pictures"),
    (re.compile(r"\bpic\b", re.I), "picture"),
    (re.compile(r"\bppl\b", re.I), "people"),
    (re.compile(r"(?<![\w/])w/o(?![\w/])", re.I), "without"),
    (re.compile(r"(?<![\w/])w/(?=\s)", re.I), "with"),
    (re.compile(r"(?<![\w/])b/c(?![\w/])", re.I), "because"),
    (re.compile(r"\btho\b", re.I), "though"),
    (re.compile(r"\bthru\b", re.I), "through"),
]
# a digit numbering a list item: "2 where the items are" after "1 input types ..."
_LIST_NUMBER_RE = re.compile(r"(?<![\w.,/+-])2(?=[.)]?\s+[A-Za-z])")
_LONE_ONE_RE = re.compile(r"(?<![\w.,/+=-])1(?=\s+[A-Za-z])")


def spelled_out(answer: str) -> str:
    """``answer`` with texting shorthands written as words (see the module docstring)."""
    if not answer:
        return answer
    text = answer
    for pattern, word in _SHORTHANDS:
        text = pattern.sub(lambda m, w=word: w.capitalize() if m.group(0)[:1].isupper() else w, text)
    if not _LIST_NUMBER_RE.search(text):
        text = _LONE_ONE_RE.sub("one", text)
    return text
