"""Stages the key does not put the answer at: the right process placed at the wrong stage.

A model's life has a few stages, and a learner who half-remembers a process often files it under the wrong
one: humans "in the loop during training" when the key is about checking a deployed model's decisions,
augmentation "at inference time", a splitter that "works after deployment", a confusion matrix built "before
any training". The process words match the key; the stage is the learner's own. The general cause is a
phrase that places the subject at a stage ("during training", "at inference time", "after deployment",
"during data collection") whose stage the key's text (question, reference answer, key points and their
phrasings) never names at all: the key cannot back a stage it does not speak of.

Stages: training (training, fitting, epochs), use (inference, prediction, serving, deployment, production,
launch) and data collection (data collection, labelling). "After training" is left alone: whatever comes after
training (validation, a confusion matrix, serving) is rightly placed there by a key that need not say so.
``pipeline.assess`` caps an answer with such a stage at partial; stories and asides are left out before this
runs. Pure module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# the words by which a key's text speaks of each stage
_STAGE_IN_KEY = {
    "training": re.compile(r"\b(?:train(?:ing|ed|s)?|fit(?:ting)?|epochs?)\b", re.I),
    "use": re.compile(
        r"\b(?:inference|predict(?:ion|ions|ing|s)?|serv(?:e|es|ing)|deploy(?:ed|ment|ing)?|production"
        r"|in\s+use|launch)",
        re.I,
    ),
    "collection": re.compile(r"\b(?:(?:data\s+)?collect(?:ion|ing)?|label(?:l)?ing|gather(?:ing)?)\b", re.I),
}
# a phrase that places something at a stage
_PLACED_AT_RE = re.compile(
    r"\b(?P<prep>during|at|in|before|after)\s+(?:the\s+|any\s+)?"
    r"(?:(?P<training>training|fitting)|(?P<use>inference|prediction|serving|deployment|launch|production)"
    r"|(?P<collection>data\s+collection|labell?ing))(?:\s+(?:time|phase|stage|step))?\b"
    r"|\b(?:(?P<training_time>training)|(?P<use_time>inference|prediction))\s+time\b",
    re.I,
)


def _stage(m: re.Match) -> str:
    if m.group("training") or m.group("training_time"):
        return "training"
    if m.group("use") or m.group("use_time"):
        return "use"
    return "collection"


def unbacked_stages(text: str, backing: str) -> list[str]:
    """The stage phrases of ``text`` whose stage the key's text (``backing``) never names."""
    found = []
    for m in _PLACED_AT_RE.finditer(text):
        stage = _stage(m)
        if stage == "training" and (m.group("prep") or "").lower() == "after":
            continue
        if not _STAGE_IN_KEY[stage].search(backing):
            found.append(m.group(0))
    return found


def misplaced_stages(units: Sequence, backing: str) -> list[str]:
    """Sentences (``features.UnitSupport``, asides left out) that place the subject at a stage the key does
    not speak of."""
    return [u.unit.text for u in units if u.unit.kind == "sentence" and unbacked_stages(u.unit.text, backing)]
