"""The key's change put on the model's own internals: the right process applied to the wrong object.

A learner who half-remembers a process about the data often moves it onto the model itself: augmentation as
"randomly changing the model's weights", domain shift as "the model's weights slowly drift after deployment",
crop and pad as ways to "remove layers". The change words match the key ("changing", "drift", "shift"); the
object is the learner's own. The general cause is a change (change, alter, drift, shift, split, remove,
convert, compress, tune ...) whose object or subject is the model's internals (its weights, parameters,
layers, neurons, architecture, hyperparameters) when the key's text (question, reference answer, key points
and their phrasings) never names any of them: the key cannot back a change to parts it does not speak of.

A key that does name them (training adjusts the weights; an exported model holds its parameters) is left
alone, and so is a denied change ("it changes the images, not the weights"; "without changing the
weights"). ``pipeline.assess`` caps such an answer at partial; stories and asides are left out before this
runs. Pure module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_INTERNALS = r"(?:weights?|parameters?|layers?|neurons?|architecture|hyper-?parameters?)"
_INTERNALS_IN_KEY_RE = re.compile(rf"\b{_INTERNALS}\b", re.IGNORECASE)
# verb forms only: "a splitter parameter" is no change to the parameters
_CHANGE = (
    r"(?:chang(?:e|es|ed|ing)|alter(?:s|ed|ing)?|modif(?:y|ies|ied|ying)|tweak(?:s|ed|ing)?"
    r"|perturb(?:s|ed|ing)?|adjust(?:s|ed|ing)?|drift(?:s|ed|ing)?|shift(?:s|ed|ing)?|split(?:s|ting)?"
    r"|convert(?:s|ed|ing)?|compress(?:es|ed|ing)?|shrink(?:s|ing)?|randomi[sz](?:e|es|ed|ing)"
    r"|remov(?:e|es|ed|ing)|tun(?:e|es|ed|ing)|mutat(?:e|es|ed|ing))"
)
# a word between the change and its object that is no denial or turn ("changes the images, not the weights"),
# nor a noun's verb ("domain shift is when ...": "shift" is no change made here)
_GAP_WORD = (
    r"(?:(?!(?:not|no|never|rather|instead|than|but|and|or|nor|without|unlike|is|are|was|were|when|where"
    r"|means)\b)\w+\s+)"
)
_OWNER = r"(?:(?:the|its|their|a)\s+)?(?:(?:model|network|net)(?:'s|s')?\s+)?(?:own\s+)?"
_CHANGED_INTERNALS_RE = re.compile(
    rf"\b{_CHANGE}\s+{_GAP_WORD}{{0,2}}{_OWNER}{_INTERNALS}\b"
    rf"|\b(?:(?:the\s+)?(?:model|network|net)(?:'s|s')|its|their)\s+(?:own\s+)?{_INTERNALS}\s+"
    rf"(?:(?:slowly|gradually|randomly|keep|keeps|get|gets|are|is|were|was|being|will|would|start\s+to)\s+){{0,2}}"
    rf"{_CHANGE}\b",
    re.IGNORECASE,
)
# a denial just before it: "not by changing the weights", "without altering its layers", "rather than ..."
_DENIED_BEFORE_RE = re.compile(
    r"(?:\b(?:not|no|never|without|rather\s+than|instead\s+of|unlike)|n't)\W+(?:\w+\W+){0,2}$", re.IGNORECASE
)


def changed_internals(text: str, backing: str) -> list[str]:
    """The phrases of ``text`` that change the model's internals, when the key's text (``backing``) never
    names them."""
    if _INTERNALS_IN_KEY_RE.search(backing):
        return []
    return [
        m.group(0)
        for m in _CHANGED_INTERNALS_RE.finditer(text)
        if not _DENIED_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
    ]


def internals_changed(units: Sequence, backing: str) -> list[str]:
    """Sentences (``features.UnitSupport``, asides left out) that put a change on the model's internals the
    key does not speak of."""
    return [
        u.unit.text for u in units if u.unit.kind == "sentence" and changed_internals(u.unit.text, backing)
    ]
