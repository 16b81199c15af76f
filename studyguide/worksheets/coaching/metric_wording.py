"""Words in a metric that look like a count and are none: the lead-in that only announces the measure ("it
shall be measured thus:", "could be measured by smiles"), time words used for an era ("the warm feeling of
the old days") and an income that only says who is meant ("within reach of people on low incomes"). Pure:
no Django, no torch.

The metric checks read a measure from its words ("measured", "days", "hours" say that something is counted).
Said as the sentence's frame (or the box's heading, "Agreed measure:"), "measured" names no measure of its
own: what follows it is the measure, and that is what must be read ("measured by smiles" is a feeling,
"measured thus: the precision of the classifier" is a model's score). A time word after a word of era ("the
old days", "those years", "happier times") names a past, not a number of days. An income that says who is
meant ("people on low incomes", "low-income families") counts no money. All three are dropped before the
metric is read, and the rest is left as it was.
"""

from __future__ import annotations

import re

from .lexicon import MEASURABLE
from .text import find_all

# "And it shall be measured thus:", "Could be measured by", "success will be measured through": the verb of
# measuring with only a subject, a modal and "be" before it, closed by a colon or by the preposition that
# leads to the measure. "Measured weekly" or "measured at the gate" say how often or where a figure is read
# and are kept.
_HOW_MEASURED = re.compile(
    r"(?:\b(?:and|so|then)\s+)?"
    r"(?:\b(?:it|this|that|success|progress|they|which|all this|all of this)\s+)?"
    r"(?:\b(?:shall|will|would|could|can|may|might|should|must|is|are|to)\s+)?"
    r"(?:\bbe\s+)?"
    r"\bmeasured(?:\s+(?:thus|so|as follows|like this|like so))?"
    r"(?:\s*:|\s+(?:by|through|via|with|in terms of)\b)",
    re.IGNORECASE,
)
# The box's own heading: "Agreed measure:", "Our measure -", "Success metric:". It announces the measure as
# "measured by" does; what follows is what must be read.
_MEASURE_LABEL = re.compile(
    r"^[ \t]*(?:[\w'-]+[ \t]+){0,2}?(?:measures?|metrics?|measurements?)[ \t]*(?::|[-\u2013\u2014][ \t]"
    # said as a sentence: "The measure will be bakeries telling us ..."
    r"|(?:will be|would be|is|'ll be)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# "the old days", "those years", "happier times", "days gone by": an era, not a quantity.
_ERA = re.compile(
    r"\b(?:the |those |these )?(?:good |happy |happier |better |glory |olden |old |bygone |early |earlier "
    r"|those |these )+(?:days|years|times)\b|\b(?:days|years|times) (?:gone by|of old|of yore)\b",
    re.IGNORECASE,
)


# "people on low incomes", "families with a modest income", "low-income households": who is meant, not an
# income that is counted ("income per household", "the share of income spent on rent" are counts, and keep
# their words).
_WHO_BY_INCOME = re.compile(
    r"\b(?:on|with) (?:a |an |their |very )?(?:low|lower|high|higher|modest|small|fixed|limited|middle"
    r"|middling|reduced|little|no) incomes?\b(?! (?:per|of|from|for|each|every|a month|a year)\b)"
    r"|\b(?:low|lower|high|higher|middle|no|fixed)[- ]incomes?(?= (?:[\w'-]+ )?(?:families|households|people"
    r"|clients|residents|tenants|patients|parents|pupils|students|adults|groups|areas|homes|customers|users"
    r"|members|workers|earners)\b)",
    re.IGNORECASE,
)


# A clause that points back at the counts just named and says only how they are read: "..., both of which we
# can read every day", "all of which the till gives us". It counts nothing of its own.
_READ_BACK = re.compile(r"[,;]?[ \t]*\b(?:both|all|each|either) of (?:which|these|those)\b[^.;\n]*", re.I)


def without_non_counts(metric: str) -> str:
    """The metric without the words that only look like a count (see the module note)."""
    dropped = _WHO_BY_INCOME.sub(" ", _ERA.sub(" ", _HOW_MEASURED.sub(" ", _MEASURE_LABEL.sub(" ", metric))))
    dropped = _READ_BACK.sub(" ", dropped)
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in dropped.split("\n"))


# A metric box that only tells how the checking happens: "Checked at the end of each lab session by the
# demonstrator", "Reviewed at the AGM", "We'll look at it after each match". It names no quantity.
_CHECKING_ONLY = re.compile(
    r"^\W*(?:(?:it|this|that|they|results?|progress|everything)\s+(?:is|are|will be|gets?|'ll be)\s+|"
    r"(?:we|i|the \w+|our \w+)\s+(?:will\s+|'ll\s+|can\s+)?)?"
    r"(?:checked|check|reviewed|review|assessed|assess|judged|judge|evaluated|evaluate|discussed|discuss"
    r"|looked at|look at|monitored|monitor|signed off|sign off|seen|see|decided|talked about)\b",
    re.IGNORECASE,
)


_A_FIGURE = re.compile(r"\d|%|£|\$|€")  # any figure at all, said in digits or as a unit sign


def only_when_and_who(metric: str) -> bool:
    """Whether the metric only says when or by whom it is checked (no figure, no count)."""
    return _CHECKING_ONLY.match(metric) is not None and not _A_FIGURE.search(metric)


# A metric box that gives only a date: "By Christmas, when the gammon orders start, ideally a couple of weeks
# before", "Before the spring term". When the change should be ready, not what will be counted; a box that
# also says how much should change ("by March, fewer complaints") names a measure and is read as one.
_BY_A_DATE = re.compile(
    r"^\W*(?:ideally |hopefully )?"
    r"(?:by|before|ahead of|in time for|no later than|not later than|until|till)\b",
    re.I,
)
_HOW_MUCH = re.compile(
    r"\b(?:fewer|more|less|higher|lower|bigger|smaller|up|down|number|count|share|rate|per|percent|proportion"
    r"|total|average|double|twice)\b",
    re.I,
)


def only_a_date(metric: str) -> bool:
    """Whether every sentence of the metric only says by when, with no figure and no amount."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+|\n+", metric.strip()) if p.strip(" -•*")]
    return (
        bool(parts)
        and all(_BY_A_DATE.match(p.strip(" -•*")) for p in parts)
        and not _A_FIGURE.search(metric)
        and not _HOW_MUCH.search(metric)
    )


# A metric box that declines to measure at all: "I'm not going to turn understudy work into figures", "We
# won't put a number on it", "I don't want to pin a number on this yet", "It can't be measured - you know it
# when you see it". No metric is named. (Putting a number on something is said with many verbs of fixing.)
_DECLINED = re.compile(
    r"\b(?:(?:not|never) (?:going to|gonna|about to) (?:turn|reduce|put|pin|stick|boil|measure|count|score)"
    r"|(?:won'?t|will not|wouldn'?t|would not|refuse to|don'?t want to|do not want to)"
    r" (?:turn|reduce|put|pin|stick|attach|hang|boil|measure|count|score)"
    r"|(?:can'?t|cannot|can not) be (?:measured|counted|scored|put into (?:figures|numbers))"
    r"|not something (?:i|we)(?:'ll| will| would| can| could)? (?:reduce|turn|put|measure|count))\b",
    re.IGNORECASE,
)
_FIGURES = re.compile(
    r"\b(?:figures?|numbers?|a number|measur\w*|count\w*|scor\w*|data|statistics|stats)\b", re.I
)


def declines_to_measure(metric: str) -> bool:
    """Whether the metric box opens by turning measuring down and gives no figure of its own (an aside, "(we
    won't count walk-ins)", narrows a measure named before it)."""
    first = re.split(r"(?<=[.!?:])\s+", re.sub(r"\([^)]*\)", " ", metric).strip(), maxsplit=1)[0]
    found = _DECLINED.search(first)
    return bool(found) and bool(_FIGURES.search(metric)) and not _A_FIGURE.search(metric)


# A measure described and then kept from any figure: "The measure will be the general sense among nurses
# that patients seem better fed ... We will not put a figure on it." (Not "we won't count walk-ins", which
# narrows a measure named before it.)
_NO_FIGURE_AT_ALL = re.compile(
    r"\b(?:won'?t|will not|wouldn'?t|would not|not going to|don'?t want to|do not want to|never)"
    r" (?:put|pin|stick|attach|hang) (?:a |any )?(?:figure|number|score|count)s? on\b",
    re.IGNORECASE,
)


_DESCRIBED_FIRST = 3  # words before the refusal: with fewer, the box opens by turning measuring down


def kept_from_any_figure(metric: str) -> bool:
    """Whether the metric box describes something and then says no figure will be put on it, and gives
    none."""
    found = _NO_FIGURE_AT_ALL.search(metric)
    return (
        bool(found)
        and len(metric[: found.start()].split()) >= _DESCRIBED_FIRST
        and not _A_FIGURE.search(metric)
    )


_QUOTED = re.compile(r"(?<!\w)['‘\"“][^'’\"”]*['’\"”](?!\w)")
_CADENCE = re.compile(
    r"(?:(?:each|every|a|per) (?:day|week|month|year|season|quarter|term|night|shift|hour|evening|morning"
    r"|harvest)|daily|weekly|monthly|yearly|annual|quarterly|nightly|hourly)$",
    re.IGNORECASE,
)


# What went before named as the measure: "If the brides leave happy, that's the measure." The word names a
# measure; it counts nothing.
_SAID_TO_BE_THE_MEASURE = re.compile(
    r"\b(?:that'?s|that is|this is|this'?ll be|that'?ll be|is|will be) (?:the|our|my) (?:real )?"
    r"(?:measure|measurement|metric)\b",
    re.IGNORECASE,
)


def names_a_count(measured: str) -> bool:
    """Whether the measured part of the metric names a count. A figure in someone's quoted words ("no customer
    is told 'twenty minutes'") is what they say, not a count the plan keeps; a cadence alone ("fresh every
    morning", "pleased with what comes each week") says how often, not what is counted."""
    text = _SAID_TO_BE_THE_MEASURE.sub(" ", _QUOTED.sub(" ", measured))
    return any(
        not _CADENCE.match(found.group(0).strip()) and not _FELT_AFTER.match(text, found.end())
        for found in find_all(text, MEASURABLE)
    )


# A counted noun that only says whose feeling it is: "market days that feel less of a scramble", "members who
# seem happier". What follows is a feeling, not a count of the days.
_FELT_AFTER = re.compile(
    r"\s+(?:that|which|who|when|where)\s+(?:feel|feels|seem|seems|look|looks|sound)\b", re.IGNORECASE
)
