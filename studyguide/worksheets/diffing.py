"""Readable differences between two versions of a worksheet (pure: difflib, no Django).

Text is compared word by word (whitespace kept), lists row by row, so a changed sentence shows only the words
that changed. The template renders each piece escaped, inside <del>/<ins>.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from . import spec

_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Piece:
    op: str  # "same" | "del" | "ins"
    text: str


@dataclass(frozen=True)
class FieldDiff:
    name: str
    label: str
    pieces: tuple[Piece, ...]
    kind: str  # "text" or "list"


def _as_text(value) -> str:
    if isinstance(value, list):
        return "\n".join(value)
    return "" if value is None else str(value)


def word_diff(old: str, new: str) -> tuple[Piece, ...]:
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    if a and b and difflib.SequenceMatcher(a=old.split(), b=new.split(), autojunk=False).ratio() < 0.3:
        # Mostly rewritten: word-by-word interleaving would be unreadable; show old then new.
        return (Piece("del", old), Piece("same", " "), Piece("ins", new))
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("del", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("ins", "".join(b[j1:j2])))
    return tuple(pieces)


def list_diff(old: list, new: list) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    for line in difflib.ndiff([str(x) for x in old], [str(x) for x in new]):
        tag, text = line[:2], line[2:]
        if tag == "  ":
            pieces.append(Piece("same", text))
        elif tag == "- ":
            pieces.append(Piece("del", text))
        elif tag == "+ ":
            pieces.append(Piece("ins", text))
    return tuple(pieces)


def diff_values(old: dict, new: dict) -> list[FieldDiff]:
    """Per-field differences, in worksheet order, for fields that changed."""
    out = []
    for f in spec.FIELDS:
        a, b = old.get(f.name, f.empty), new.get(f.name, f.empty)
        if a == b:
            continue
        if f.kind == "list":
            out.append(FieldDiff(f.name, f.label, list_diff(list(a or []), list(b or [])), "list"))
        else:
            out.append(FieldDiff(f.name, f.label, word_diff(_as_text(a), _as_text(b)), "text"))
    return out
