"""A field still holding the form template's own text: the slot a template leaves for an answer ("[insert
objective here]", "<your metric here>", "[lever 1]", "[TODO: fill in]", "[e.g. 6 months]") or, in a form no
one filled in at all, an example copied from the help text ("e.g. fewer late deliveries") or a numbered row
("Lever 2"). Such text is the template speaking, not the student, so it answers nothing. Read from the
structure of the text (one bracketed slot, a numbered blank, an instruction to insert), never from the plan's
subject. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .placeholders import label_typed_back
from .plan import SOURCES

_MAX_SLOT_WORDS = 8  # "[which lever, for whom, how long]"; a longer bracketed text is an aside with content
_BRACKETED = re.compile(r"^\s*(?:\(([^()]*)\)|\[([^\[\]]*)\]|\{([^{}]*)\}|<([^<>]*)>)\s*$")
# What only a template says inside its slot: a numbered blank, an instruction to the writer ("insert ...",
# "your ... here", "describe"), a help-text example ("e.g. ..."), a to-do marker. A numbered blank ("lever 1",
# "input #2") names one of the template's own nouns, not a thing of the plan ("[oven 2]" is an answer).
_TEMPLATE_NOUNS = (
    r"(?:levers?|inputs?|items?|options?|factors?|variables?|risks?|metrics?|objectives?|answers?|fields?"
    r"|entry|entries|rows?|points?|steps?|sources?|constraints?|values?|ideas?)"
)
_SLOT_WORDS = re.compile(
    rf"^(?:{_TEMPLATE_NOUNS} (?:#\s?)?\d{{1,2}}"
    # an instruction to the writer; "add", "put", "write", "type" and "your" begin answers too ("add a
    # second till", "(your 2 best sellers)"), so they count only when they point "here"
    r"|(?:insert|enter|describe|fill in|fill|e\.?g\.?|eg|for example|example|todo|to do|tbd|tbc|xx+)\b.*"
    r"|(?:add|put|write|type|your)\b.*\bhere|.*\bgoes here)$"
)
# The same instruction without brackets: "Insert objective here", "Your metric here", "Enter the risks here".
_BARE_INSTRUCTION = re.compile(r"^(?:(?:insert|enter|type|write) |your )[\w' ,/-]{1,40} here$")
_EXAMPLE = re.compile(r"^(?:e\.?g\.?|eg|for example|example)\b")
_NUMBERED_ROW = re.compile(r"^[a-z-]+ (?:#\s?)?\d{1,2}$")  # "Lever 2", read only in a form with no answer


def _normal(text: str) -> str:
    return " ".join((text or "").lower().replace("’", "'").split()).strip(" .:;")


def template_slot(text: str) -> bool:
    """Whether the field holds only a template's slot for an answer (see the module's doc): a short bracketed
    slot or a bare "insert ... here"."""
    t = _normal(text)
    found = _BRACKETED.match(t)
    if found:
        inner = next(g for g in found.groups() if g is not None).strip(" .:;")
        return 0 < len(inner.split()) <= _MAX_SLOT_WORDS and _SLOT_WORDS.match(inner) is not None
    return _BARE_INSTRUCTION.match(t) is not None


def template_text(text: str) -> bool:
    """Whether the text is what a form left unfilled shows: a slot, an example copied from the help text
    ("e.g. ..."), or a numbered row ("Lever 2"). Read only when asking whether a whole form is empty: in a
    form with answers, "e.g." may introduce one and "Line 2" may name a real thing."""
    t = _normal(text)
    return template_slot(t) or _EXAMPLE.match(t) is not None or _NUMBERED_ROW.match(t) is not None


def _own_labels(key: str) -> set[str]:
    labels = {key.replace("_", " ")} | {f.label.split(" (")[0].lower() for f in SOURCES.get(key, ())}
    return labels | {label.removesuffix("s") for label in labels}  # a row "Lever" under "Levers"


def own_label(text: str, key: str) -> bool:
    """Whether the field (or a row of a list) holds only the field's own heading ("Levers", "Lever:"): the
    template's label typed back where an answer should be."""
    return any(label_typed_back(text, label) for label in _own_labels(key))


__all__ = ["own_label", "template_slot", "template_text"]
