"""Whether a plan's risks name anything that could be new, unusual, shifted or unseen: the inputs the model
will meet can differ from those it learned from, whatever the product reads. A risk list whose every item is
about staff, money, wear or the law names none. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .text import sentences

# Anything that could come unlike the past: new or unknown things, rare or extreme ones, a change of kind,
# a comparison with all that is on record. "Going up" (a cost) and "filter changes" (upkeep) are not here: a
# price that rises or a part that is changed is no input unlike the data.
_NOVEL = re.compile(
    r"\b(?:new(?:ly)?|never|unseen|unknown|unfamiliar|untested|novel|first[- ]time|rar(?:e|ely|er)"
    r"|unusual(?:ly)?|odd|strange|weird|extreme|exceptional|freak|one[- ]off|unexpected|surprise\w*|anomal\w*"
    r"|differ\w*|unlike|shift\w*|drift\w*|trend\w*|fashion\w*|outside|beyond|out of (?:range|the ordinary)"
    r"|not in (?:the|our|its) |no (?:history|record|records|data)|than (?:any|ever|before|usual|normal)"
    r"|(?:ever|before) seen|like (?:nothing|no other)|record[- ](?:year|season|summer|winter|month|week|high"
    r"|low|crowd|number|demand|heat|cold|rain)|pandemic|closure|clos(?:es|ing) down|opens? (?:up )?nearby"
    r"|(?:bigger|smaller|larger|wetter|drier|hotter|colder|busier|quieter) (?:than|year|season|summer|winter)"
    r"|newcomers?|no [\w-]+ history|stale|out of date|outdated|no longer|other (?:kinds?|types?|sorts?)"
    r"|nothing like|not like|few in"
    r"|hardly (?:see|seen|ever)|(?:a|any|big|sudden) (?:[\w-]+ )?change|changes? (?:in|of)\b"
    r"|(?:would|could|may|might|will) change"
    # the readings themselves wrong: a counter that miscounts feeds the model inputs unlike the real ones
    r"|miscount\w*|misread\w*|wrong (?:counts?|readings?|data|records?)"
    r"|(?:sensors?|meters?|gauges?|scales?|counters?)\b[^.;\n]{0,20}\b(?:fail|break|wrong|covered))\b",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r";|\n|(?<=[.!?])\s+")


def names_novelty(text: str) -> bool:
    """Whether the text names something that could be new, unusual, shifted or unseen."""
    return bool(_NOVEL.search((text or "").replace("’", "'")))


def risk_items(risks: str) -> list[str]:
    """The risks listed, one per item (semicolons, lines, sentences)."""
    items = [p.strip(" \t-•*") for p in _LIST_SPLIT.split(risks or "")]
    return [p for p in items if len(p.split()) >= 2] or sentences(risks)


MIN_ITEMS = 3  # a list of risks long enough that leaving out every new input reads as a gap, not brevity


def risks_all_familiar(risks: str, elsewhere: str) -> bool:
    """A list of at least three risks, none of which (nor what the plan says elsewhere about risks and checks)
    names anything new, unusual, shifted or unseen: every risk is about staff, money, wear or the law."""
    return len(risk_items(risks)) >= MIN_ITEMS and not names_novelty(risks) and not names_novelty(elsewhere)


def ood_message(sensor: bool) -> str:
    if sensor:
        return (
            "This product works on images or sensor readings: name its out-of-domain risks. Inputs in "
            "use can differ from the training data (night, rain, a new camera, a different place) and "
            "drift over time; say how you will notice."
        )
    return (
        "Every risk listed is about people, money or equipment; none is about the model meeting inputs "
        "unlike its data (a new kind of customer, product or place, an unusual season, a change of rules). "
        "Name those, and say how you will notice."
    )
