"""A simulator box that declines the what-if questions: "n/a", "we don't need one", "We will not do the
what-if questions. The optimizer will give the slots and we take them". A lever named in the box keeps it an
answer ("no need - we'll just try 3 slots against 4"), unless the only clause that names it hands the choice
to the optimizer: "the optimizer will give the slots" names the lever as what is handed over, not as a setting
asked about. Pure: no Django, no torch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .declined import declined_as_unneeded
from .lexicon import WHAT_IF, mentions_lever_words

# The optimizer (or the model, the tool) named as the one that settles the levers: "the optimizer will give
# the slots", "the model picks the prices and we use them", "the tool decides".
_HANDED_TO_THE_TOOL = re.compile(
    r"\b(?:optimi[sz]er|model|tool|system|app|program|software|algorithm)s?\s+"
    r"(?:will |would |can |just |then )?(?:give|set|pick|choose|decide|tell|hand|work|settle|sort|produce"
    r"|generate|suggest|come up with)s?\b"
    # or taken from it as it comes: "the team will use the model's batch plan each morning as it comes"
    r"|\b(?:use|take|follow|go with|accept)s? (?:the )?(?:optimi[sz]er|model|tool|system|app|software)'s\b"
)
_CLAUSE = re.compile(r"[.;:\n]")


def _without_handovers(text: str) -> str:
    """The text less the sentences that hand the choice of the levers to the optimizer."""
    parts = _CLAUSE.split((text or "").lower().replace("’", "'"))
    return ".".join(p for p in parts if not _HANDED_TO_THE_TOOL.search(p))


# Where a lever's own thing ends: "how many days we leave | between bookings", "a limited colour range | on
# the price list". What follows names where or for what the setting applies, not what is set, so a box that
# shares only those words ("the bookings come in and we order for them") names no lever. "Of" stays: "the
# number of slots" sets slots.
_AFTER_THE_SETTING = re.compile(
    r"\s(?:on|in|at|for|to|from|with|by|after|before|during|under|over|between|about|into|onto|using|per)\s.*",
    re.IGNORECASE | re.DOTALL,
)


def _settings_named(levers: Sequence[str]) -> list[str]:
    """Each lever up to where what it sets ends, without its bracketed aside."""
    return [_AFTER_THE_SETTING.sub("", re.sub(r"\([^)]*\)", " ", lever)) for lever in levers]


# A what-if asked in other words: "we'd ask what a hot week does to waste", "check how many more would come"
# ("we'll see what happens" is a shrug, not a question asked of the model).
_ASKED = (*WHAT_IF, r"(ask|asking|check|checking|test|testing|look at) (what|how|whether)\b")


# The what-ifs turned down in so many words: "we won't be asking it what-ifs", "no what-ifs for this one",
# "we don't do what if questions".
_WHAT_IFS_REFUSED = re.compile(
    r"\b(?:won'?t|will not|not|never|don'?t|do not|no)\b(?:\s+[\w'-]+){0,4}?\s+what[- ]?ifs?\b"
    # or asking the model anything at all: "not going to ask it anything as such"
    r"|\b(?:won'?t|will not|not going to|never|don'?t|do not|no need to)(?: really| be)?"
    r" (?:ask|asking|query|querying|question) (?:it|the model|them) (?:anything|much)\b",
    re.IGNORECASE,
)


# Trying it for real instead of asking the model: "will just switch firms over and see how it goes". Once the
# what-ifs are turned down, a lever named in such a clause is changed in the world, not asked about.
_TRY_AND_SEE = re.compile(
    r"\b(?:see|find out|learn|watch) (?:how it goes|what happens|how we get on|as we go"
    # "see how the bundles sell", "see how the first few months of clinics go": how what we changed does in
    # the world
    r"|how (?:the |our )?(?:[\w'-]+ ){1,6}?(?:sell|sells|go|goes|do|does|get on|gets on|work|works"
    r"|land|lands))\b"
)


def simulator_declined(simulator: str, controllable: Sequence[str]) -> bool:
    """Whether the simulator box declines the what-if questions and names no lever's setting outside a
    sentence that hands the choice to the optimizer (or, once the what-ifs are refused in words, one that
    tries the change for real and sees)."""
    refused = _WHAT_IFS_REFUSED.search((simulator or "").replace("’", "'"))
    asked = _without_handovers(simulator)
    if refused:
        asked = ".".join(p for p in re.split(r"[.;:,\n]", asked) if not _TRY_AND_SEE.search(p))
    return (refused or declined_as_unneeded(simulator, _ASKED)) and not mentions_lever_words(
        asked, _settings_named(controllable)
    )
