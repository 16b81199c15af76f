"""Monitoring that looks once: "Mr Dance checks the bunches once, at the end of the first month", "a one-off
review after the first season", "we compare with last year at the end of the trial; after that the settings
stay as they are". A look said to happen a single time, or followed by the system left to run as set, with no
look that comes back, watches nothing while the system runs on, however the look is worded. Pure: no Django,
no torch.
"""

from __future__ import annotations

import re

from .declined import LOOKING
from .lexicon import MONITOR_WORDS, RECURRING, _p
from .text import has_any, sentences

# A single time: "once" as an adverb ("checks it once", "once only"), not the conjunction ("once it runs")
# nor a rate ("once a week", "once in a while").
_ONCE = re.compile(
    r"\b(?:(?:only |just )?once(?!\s+(?:a|an|per|every|each|in|it|it's|its|the|we|they|he|she|i|you|our|this"
    r"|that|these|those|all|live|running|again|more|or|and|we've|they've|there|everything|things)\b)"
    r"|one-?off|one-?time|a single (?:check|look|review|audit|inspection|count|comparison|visit|report))\b"
)
# A look bounded to the first days after launch: "in the first week after launch Sione will look over the
# bookings", "for the first two months the manager checks". Said of every look, the watching ends with the
# window, however the look is worded.
_FIRST_WINDOW = re.compile(
    r"\b(?:in|during|for|over|throughout|through) the (?:very )?first (?:\w+ )?(?:few )?"
    r"(?:days?|weeks?|fortnight|months?|season|term|quarter|runs?)\b"
)
# The system left to run as set after the look: "after that the settings stay as they are", "from then on
# they are trusted", "then the beds are left alone".
_LEFT_AS_SET = re.compile(
    r"\b(?:stay|stays|remain|remains|kept|left|run|runs|trusted|locked)"
    r" (?:alone|as (?:they are|it is|set|agreed)|unchanged|untouched|on (?:its|their) own|for good)\b"
    r"|\b(?:are|is) (?:then )?(?:simply )?trusted\b"
)
# A look that comes back, however said: "every Friday", "after each rally", "ongoing", "keeps an eye".
_COMES_BACK = RECURRING + _p(
    r"every | each | ongoing | continu | regular | routine | periodic | always | again",
    r"keeps? (an eye|watching|checking|track|tracking|count|counting)",
    r"twice | (two|three|four|\d+) times",
)


# The next look put off to the next cycle's planning: "we will look at them again when planning the 2028
# fiesta", "reviewed again for next season". "Again" there is one look a year on, not a look that comes back
# while the system runs.
_NEXT_CYCLE = re.compile(
    r"\bagain,? (?:when|while|before|for|at|in|during) (?:we )?(?:plan\w*|(?:the )?next|next year'?s"
    r"|the \d{4}|\d{4})\b"
)


def looks_once(monitoring: str) -> bool:
    """Whether the monitoring field names a look that happens a single time (or after which the system is left
    as set, or put off to the next cycle) and no look that comes back."""
    next_cycle = _NEXT_CYCLE.search((monitoring or "").lower().replace("’", "'"))
    if next_cycle:  # the pattern opens on "again": drop that word, so it is not read as a look that returns
        monitoring = monitoring[: next_cycle.start()] + " " + monitoring[next_cycle.start() + len("again") :]
    if not monitoring or has_any(monitoring, _COMES_BACK):
        return False
    looks = (*MONITOR_WORDS, *LOOKING)
    said = [s for s in sentences(monitoring) if has_any(s, looks)]
    if not said:
        return False
    low = monitoring.lower().replace("’", "'")
    if all(_FIRST_WINDOW.search(s.lower()) for s in said):
        return True
    return any(_ONCE.search(s.lower()) for s in said) or bool(_LEFT_AS_SET.search(low)) or bool(next_cycle)
