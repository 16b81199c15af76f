"""Stages that are one launch: stages said to start together ("Stage A ... Stage B ... all three stages go
live together the first Monday"), or a first stage that already puts the system in charge of every unit ("Day
1: switch all 12 kilns to the model's settings. Day 2 onward: ..."). Later steps that only add a person or
a check widen nothing: the whole scope was changed on the first day. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lexicon import ALL_AT_ONCE, HUMAN_ACTS, NO_HUMAN
from .rollout import LATER_STEP, stages_share_one_day
from .text import has_any, sentences

# The stages themselves as the subject ("all three stages", "both phases", "the waves").
_STAGES_NAMED = re.compile(
    r"\b(?:stages|phases|steps|waves|parts|rounds)\b|\b(?:all|both) (?:two|three|four|five|\d+|of them)\b"
)
_TOGETHER = re.compile(
    r"\b(?:together|simultaneously|at the same time|on the same day|(?:in|at) (?:one|a single) go"
    r"|all at once|at once)\b"
)
# A first stage that runs beside the old way, advises or waits for a person is a trial, however wide.
_TAKES_OVER = re.compile(
    r"\b(?:switch\w*|go(?:es)? live|mov\w* (?:over )?to|replac\w*|hand\w* (?:over|to)|cut\w* over"
    r"|(?:model|system|optimi[sz]er|algorithm)'s (?:settings|prices|plan|rota|choices))\b"
    # the new way named as what the units are on or use: "all 60 drums on the new rounds"
    r"|\b(?:on|onto|under|using|uses?|to|with|get|gets|charg\w*|runs? on|cover\w*) (?:the )?(?:new|model's"
    r"|system's|optimi[sz]ed|predicted|suggested) \w+"
    # the new thing put in every unit: "weeks 1-2: new bundles in all our stores", "launch in all 14 shops"
    r"|\bnew \w+(?: \w+)? (?:in|at|across|for|on) (?:all|every)\b"
    r"|\b(?:introduc\w*|launch\w*|bring\w* in|put\w* in)\b"
)
# A first sentence that waits for something ("once the pilot shows more sales", "after week 6") is a later
# step told first, not the first stage.
_WAITS = re.compile(r"\b(?:after|once|when|if|until|unless|following|pilot\w*)\b")
# A first stage whose scope is everything, however put: "all 60 drums", "every till", "the whole fleet".
_EVERY_UNIT = re.compile(r"\b(?:all|every) (?:of )?(?:the |our |its |\d+ )*\w+|\b(?:whole|entire) \w+")
# Every unit of one part only: "for every new search in the charity practice only", "only at the Leeds shop"
# (a place or a part; "on shelf labels only" limits how, not where).
_ONE_PART_ONLY = re.compile(
    r"\b(?:in|at|within) (?:the |our |one )?[\w' -]{1,40}? only\b|\bonly (?:in|at|within) \w+"
)
_TRIAL = re.compile(r"\b(?:shadow|advis\w*|suggest\w*|alongside|parallel|beside|trial|test|dry run)\b")


def stages_start_together(rollout: str) -> bool:
    """Whether a sentence says the stages themselves start together, and no step comes later: one start,
    told in stages."""
    return not has_any(rollout, LATER_STEP) and any(
        _STAGES_NAMED.search(s.lower()) and _TOGETHER.search(s.lower()) for s in sentences(rollout or "")
    )


def first_stage_everywhere(rollout: str) -> bool:
    """Whether the rollout's first sentence hands every unit to the system at once ("Day 1: switch all 12
    kilns to the model's settings"), with no person, no trial and no absence of people named in it."""
    parts = sentences(rollout or "")
    if len(parts) < 2:
        return False
    first = parts[0]
    return (
        (has_any(first, ALL_AT_ONCE) or _EVERY_UNIT.search(first.lower()) is not None)
        and _TAKES_OVER.search(first.lower().replace("’", "'")) is not None
        and not has_any(first, HUMAN_ACTS)
        and not has_any(first, NO_HUMAN)
        and _TRIAL.search(first.lower()) is None
        and _WAITS.search(first.lower()) is None
        and _ONE_PART_ONLY.search(first.lower()) is None
    )


def one_launch(rollout: str) -> bool:
    """Whether the rollout's stages are one launch: they share one day, are said to start together, or the
    first already covers every unit."""
    return stages_share_one_day(rollout) or stages_start_together(rollout) or first_stage_everywhere(rollout)
