"""Fields that name their element only where it is not: monitoring whose every look happens before the launch
("before the season the plans are checked on last season's data"), and a baseline that names only the level
to reach ("Target: within 3 days"). Such a field is filled in and says nothing of what the element asks for
(watching while it runs; something the model must beat), whatever words it takes: what settles it is its
structure. Pure: no Django, no torch."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .declined import LOOKING, clauses, names_before_denial
from .lexicon import MEASURABLE, MONITOR_WORDS, RESULT_NOUNS
from .text import has_any, sentences

# What a look at outcomes names: a result or anything counted.
OUTCOME_WORDS = (*RESULT_NOUNS, *MEASURABLE)

# A time before the new way starts: "before the season", "before launch", "ahead of going live", "in the
# test week before we open". Not "before next season" nor "ahead of the following year": that time comes
# after a season of running ("weekly through the summer, and again before next season"), a later look.
_BEFORE_START = re.compile(
    r"\b(?:before|ahead of|prior to) (?!(?:the )?(?:next|following)\b)"
    r"(?:the |it |we |our |they |its )?(?:[\w-]+ )?"
    r"(?:launch\w*|go[- ]live|goes live|going live|live|season|start\w*|open\w*|roll-?out|switch\w*|use)\b"
)

# The one moment the new way is set going, or the trial before it: "signs it off at handover", "checked on
# installation", "during the pilot fortnight the chief examines fifty fruits". A look placed there, and none
# at any other time, ends when the system starts running for good.
_AT_START = re.compile(
    r"\b(?:at|on|upon) (?:the |its )?(?:hand-?over|commissioning|installation|install|set-?up|go-live"
    r"|launch|kick-?off|switch-?on|first day|day one)\b"
    r"|\bwhen (?:it |the [\w-]+ )?(?:is |has been |gets |'s )?(?:installed|commissioned|handed over|set up)\b"
    r"|\b(?:during|in|throughout|for) (?:the |our |its )?(?:pilot|trial|test|try-?out)\b"
)


# A look said to go on past that moment: "during the pilot and every month after it".
_GOES_ON = re.compile(
    r"\b(?:after(?:wards)?|thereafter|from then on|ongoing|onwards|for good|always|beyond|every \w+ after)\b"
)


# The first stretch of the running, named as the only time of the look: "during the first winter Ola checks
# the log". Like the trial, it ends; a sentence that goes on to a later time ("then weekly") is not so bound.
_FIRST_SPAN = re.compile(
    r"\b(?:during|in|throughout|for|over) (?:the |its |our )?first (?:few |two |three |four |six |\d+ )?"
    r"(?:days?|weeks?|fortnights?|months?|seasons?|winters?|summers?|springs?|autumns?|years?|terms?"
    r"|quarters?)\b"
)
_LATER = re.compile(r"\b(?:then|later|next|after|afterwards|from then)\b")


def _at_launch(sentence: str) -> bool:
    low = sentence.lower()
    return bool(_BEFORE_START.search(low) or _AT_START.search(low) and not _GOES_ON.search(low))


# The first stretch of each cycle comes round again: "in the first six weeks of each term" is every term.
_EACH_CYCLE = re.compile(r"\s+of (?:each|every|the|a) (?:new )?[a-z-]+")


def _first_span_only(sentence: str) -> bool:
    low = sentence.lower()
    span = _FIRST_SPAN.search(low)
    recurs = span is not None and _EACH_CYCLE.match(low, span.end()) is not None
    return bool(span and not recurs and not _GOES_ON.search(low) and not _LATER.search(low))


# The looking said to go on past the first stretch: "continues after year one", "carries on", "ongoing".
_CARRIES_ON = re.compile(
    r"\b(?:continu\w*|carr(?:y|ies|ying) on|keeps? going|goes on|going on|ongoing|stays? in place)\b"
)


def _at_the_start(sentence: str) -> bool:
    return _at_launch(sentence) or _first_span_only(sentence)


# A time after the first stretch: "from the second winter", "after that", "thereafter".
_LATER_TIME = re.compile(
    r"\b(?:from|after|in|during|for) (?:the |its )?(?:second|third|next|following|later)\b"
    r"|\b(?:after that|afterwards|thereafter|from then on|from there on|after year (?:one|1))\b"
)


def watched_only_before_launch(monitoring: str) -> bool:
    """Whether the monitoring field places itself before the launch (or at it, or only in the trial) and
    names no look at any other time: checks on old data, training, a sign-off, and nothing while it runs.
    Looks bound to the first stretch of the running ("during the first winter") count only when the field
    goes on to a later time and names no look there: "the first months" alone may just be the closest."""
    parts = sentences(monitoring)
    before = [s for s in parts if _at_the_start(s)]
    looks = (*MONITOR_WORDS, *LOOKING)
    others = [s for s in parts if s not in before]
    # A look denied where it is named ("thereafter the beds run without further review") is no look.
    if any(names_before_denial(c, looks) for s in others for c in clauses(s)):
        return False
    launch = [s for s in before if not _first_span_only(s)]
    later = [s for s in others if _LATER_TIME.search(s.lower())]
    return (
        bool(launch) or bool(before) and bool(later) and not any(_CARRIES_ON.search(s.lower()) for s in later)
    )


# The trial's own span, named by its length: "during the 8 weeks", "for those 8 weeks", "for the 8 wks".
_STATED_SPAN = re.compile(
    r"\b(?:during|for|over|throughout|in) (?:the|those|these|its|our) "
    r"(?:\d+|two|three|four|five|six|eight|ten|twelve) (?:days?|wks?|weeks?|fortnights?|months?)\b"
)
# The time after it: "after that", "once that's done", "after the pilot", "after pilot:".
_SPAN_OVER = re.compile(
    r"\b(?:after that|afterwards|thereafter|from then on|after (?:the )?(?:pilot|trial|test|those|these)\b"
    r"|once (?:that|this|it|the (?:pilot|trial|test))(?:'s| is| has)? (?:been )?"
    r"(?:done|over|finished|ended|ends))"
)


def watched_for_the_trial_only(monitoring: str) -> bool:
    """Whether every look named falls in the trial's stated span ("during the 8 weeks Dele checks ...") and
    the field goes on past it to a time where it names no look ("once that's done, the hold times go into the
    shift procedure")."""
    looks = (*MONITOR_WORDS, *LOOKING)
    in_span, tails = False, []
    for sentence in sentences(monitoring):
        low = sentence.lower()
        if over := _SPAN_OVER.search(low):
            tails.append(low[over.end() :])  # what the field says of the time after the span
        elif _STATED_SPAN.search(low):
            in_span = True
        else:
            return False  # a sentence of neither kind may look at any time
    return in_span and bool(tails) and not any(has_any(t, looks) or _CARRIES_ON.search(t) for t in tails)


# Looking after the equipment: "the engineer services the lamps", "calibrates the probes", "as in the service
# contract". Upkeep keeps the machine running; it says nothing of what the system decides or of the metric.
_UPKEEP = re.compile(
    r"\b(?:servic(?:es|ed|ing)|service (?:contract|visit|schedule|plan|agreement)|maint(?:ain|enance)\w*"
    r"|(?:yearly|annual|regular|routine|scheduled|usual) service"
    r"|calibrat\w*|clean(?:s|ed|ing)?|repair(?:s|ed|ing)?|lubricat\w*|descal\w*|re-?lamp\w*)\b"
)


# How often the upkeep itself comes round ("their yearly calibration", "its annual service") dates the chore
# and counts nothing; "reported monthly" still looks at something.
_DATED_UPKEEP = re.compile(
    r"\b(?:daily|weekly|monthly|yearly|annual|quarterly|six-monthly|regular|routine|usual|scheduled)"
    r" (?:calibration|service|servicing|maintenance|clean|cleaning|check-?up|overhaul)s?\b"
)


def only_upkeep(monitoring: str) -> bool:
    """Whether the monitoring field names only the upkeep of equipment: an act of servicing, and no result,
    figure or measure looked at (``OUTCOME_WORDS``)."""
    low = monitoring.lower().replace("’", "'")
    return bool(_UPKEEP.search(low)) and not has_any(_DATED_UPKEEP.sub(" upkeep ", low), OUTCOME_WORDS)


# The field opens by naming a level to reach: "Target: ...", "Aim - ...", "Goal is ...".
_FIGURES = re.compile(r"\d+")
# A list label may come first ("S15.", "3/", "KR1:"), and one word may name the target ("Target standard:").
_TARGET_FIRST = re.compile(
    r"^\W*(?:[a-z]{0,3}\d+[a-z]?\s*[.:/)]\s*)?(?:our |the )?(?:target|aim|goal)s?\b(?: [a-z]+)?"
    r"(?:\s*[:=—–-]|\s+is\b|\s+of\b)"
)


def only_a_target(baseline: str, comparison_words: Sequence[str]) -> bool:
    """Whether the baseline only sets a target and names no present way or simple rule to beat."""
    # The target's own figures are no comparison: only words naming a present way or rule count.
    head = _TARGET_FIRST.search(baseline.lower())
    # The words naming the target ("Target standard:") are no present way either.
    return head is not None and not has_any(_FIGURES.sub(" ", baseline[head.end() :]), comparison_words)
