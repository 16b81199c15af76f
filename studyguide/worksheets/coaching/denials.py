"""A field that is filled in but says the element is not there: monitoring that stops once the pilot is over
("after that we stop tracking it", "it will run itself, so we won't need to look"), a baseline declined
("we judge it on its own merits; comparing is not useful"). Such a plan states its own gap, so the note is
written even though the field is not blank. Pure: no Django, no torch."""

from __future__ import annotations

from .lexicon import _p
from .text import has_any, sentences

# Watching that ends or is declined: a verb of stopping before a verb of looking, or a looking verb negated.
_LOOKING = (
    r"(track|monitor|look|watch|check|review|measur|count|report|follow|keep (figures|records|track|count))"
)
STOPPED_WATCHING = _p(
    r"(stop|stops|stopped|cease|ceases|end|ends|drop|drops|quit|quits)\w* (the |our |all |any )?" + _LOOKING,
    # ("we don't only look at revenue" still looks)
    r"(won'?t|will not|don'?t|do not|does not|doesn'?t|no need to|not need to|needn'?t|never|no longer|"
    r"nobody|no one|no-one)"
    r"(?! (just|only|simply|merely)\b)( \w+){0,3} " + _LOOKING,
    r"no (more )?(monitoring|tracking|checks|reviews|reports) (after|once|when|planned|needed)",
    r"(none|not|nothing) (planned |needed |foreseen )?(after|once|when|later)",
    # the time first, then the denial: "once it's live: nothing", "after the pilot, none"
    r"(once|after|when|from) [\w' -]{1,30}[:,—–-]\s*(nothing|none|no one|nobody)\s*([,.;!—–-]|$)",
)
# A comparison declined: a comparison word negated, or said to be of no use.
# Setting one thing beside another, however said ("nothing to line it up against", "nothing to beat").
_COMPARING = r"(compar|baseline|benchmark|measur\w* (it |them )?against|against\b|beat\b)"
REFUSED_COMPARISON = _p(
    r"(no|not|never|without|nothing to|don'?t|do not|won'?t|will not|isn'?t|is not|cannot|can'?t)"
    r"( [\w'-]+){0,4} " + _COMPARING,
    _COMPARING + r"\w*( [\w'-]+){0,5} (is|are|was|would|will|seems?)( be)?( really)? (not|n'?t|hardly|never)"
    r"( be)? (useful|needed|necessary|helpful|relevant|meaningful|possible|worth)",
    r"on (its|their) own merits | speaks? for (itself|themselves)",
)


def watching_ends(monitoring: str) -> bool:
    """Whether the monitoring field says the watching stops after a while or is not needed."""
    return any(has_any(s, STOPPED_WATCHING) for s in sentences(monitoring))


def comparison_refused(baseline: str) -> bool:
    """Whether the baseline field declines to compare with anything."""
    return any(has_any(s, REFUSED_COMPARISON) for s in sentences(baseline))
