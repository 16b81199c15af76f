"""A rollout that starts everything at one point in time without the word "all": one start ("from 1 July",
"next term") and a quantifier over the units the system runs on ("for each incoming batch", "the lot",
"every class"). Words that name the domain's own stages or days ("every stage" of a swimming course,
"Monday to Saturday") are the scope, not steps of the rollout; a date stamp that opens a log-style field
("6 Jun. ...") is when the line was written, not when the change starts. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lexicon import GRADUAL_WORDS, STAGE_MARKERS
from .rollout import numbered_stages, period_stages, scope_clauses
from .text import find_all, find_any, has_any

# "6 Jun.", "12/03:", "Tue 4 May -": a date that opens a field written as a dated log entry.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_STAMP = re.compile(
    rf"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}}"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\.?\s*[:.\-–—]\s*",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "Monday to Saturday", "Mon-Fri": the days the system runs on, not a day the change starts.
_DAY_RANGE = re.compile(rf"\b{_WEEKDAY}\s*(?:to|-|–|through|till|until)\s*{_WEEKDAY}\b", re.IGNORECASE)
# Every unit named by a quantifier: "each incoming batch", "every class", "all sections", "the lot".
_TIME_NOUNS = (
    r"days?|weeks?|months?|years?|mornings?|evenings?|nights?|times?|hours?|minutes?|quarters?|terms?"
    r"|seasons?|weekends?|" + _WEEKDAY + "s?"
)
# ("every other couple", "every third batch" are a share of the units, not all of them)
_QUANTIFIED = re.compile(
    r"\b(?:each|every(?!\s+(?:other|second|third|fourth|fifth|alternate)\b)|all(?: the| our)?)\s+"
    rf"(?:[a-z-]+\s+)?(?!(?:{_TIME_NOUNS}|one|other|time|so)\b)[a-z]+"
    r"|\bthe (?:whole )?lot\b",
    re.IGNORECASE,
)
# A day counted within a month: "from the first Monday of next month", "on the 1st of March", "From the first
# Monday next month": when it starts, so its "first" and "next" are no steps
_COUNTED_DAY = (
    r"\b(?:from|starting(?: on)?|as of|on)\s+the\s+(?:first|second|third|last|\d{1,2}(?:st|nd|rd|th))"
    rf"(?:\s+(?:{_WEEKDAY}|day|weekend))?\s+(?:of\s+)?(?:next month|the (?:next )?month|{_MONTH})\b"
)
# A single point from which the new way holds: a date or weekday after "from"/"starting"/"as of"/"on", or
# "next term/season/week ...".
_START = re.compile(
    r"\b(?:from|starting(?: on)?|as of|on|at the start of)\s+(?:the\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|{_WEEKDAY}|\d{{1,2}}/\d{{1,2}})\b"
    rf"|{_COUNTED_DAY}"
    r"|\bnext (?:term|season|week|month|year|quarter|semester|school year|spring|summer|autumn|winter)\b"
    # the next turn of a named cycle, said with its length or kind: "the next six-week rota cycle", "the next
    # billing period" (one word in the singular: "the next two weeks" is a span, not a start)
    r"|\bnext (?:[\w-]+ ){1,2}(?:cycle|period|round|term|season|quarter|semester|year)\b(?!-)"
    # the start of a named year or term: "when the new financial year starts", "at the start of the felling
    # year"
    r"|\b(?:when|once|as soon as) the (?:new )?(?:[a-z]+ )?(?:year|term|season|quarter|semester)"
    r" (?:starts|begins|opens)\b|\bat the (?:start|beginning) of the (?:new )?(?:[a-z]+ )?(?:year|term|season"
    r"|quarter|semester)\b(?:,? on \d{1,2}(?:st|nd|rd|th)? " + _MONTH + r"\b)?",
    re.IGNORECASE,
)


def unstamped(text: str) -> str:
    """The field without the date stamp that opens it as a log entry."""
    return _STAMP.sub("", text or "", count=1)


def without_scope_words(rollout: str) -> str:
    """The rollout without its quantified units ("every stage"), its day ranges and a counted start day ("from
    the first of next month" is when it starts, no first step), so that the words left can be read for steps
    of the rollout."""
    unscoped = _QUANTIFIED.sub(" ", _DAY_RANGE.sub(" ", unstamped(rollout)))
    return re.sub(_COUNTED_DAY, " ", unscoped, flags=re.IGNORECASE)


def quantified_scope(clauses: str) -> bool:
    return bool(_QUANTIFIED.search(_DAY_RANGE.sub(" ", clauses)))


def one_start(rollout: str) -> bool:
    """One point in time named for the start, and only one."""
    text = _DAY_RANGE.sub(" ", unstamped(rollout))
    return len({m.group(0).lower() for m in _START.finditer(text)}) == 1


def next_period_removed(text: str) -> str:
    """ "Next term's timetable": when the change starts, not a later step."""
    return _START.sub(" ", text)


_ONE_BY_ONE = re.compile(r"\b([a-z]{3,}) by \1\b")
# "Can add a second engineer on a busy night": one more of a thing, not a second stage of the rollout.
_ONE_MORE = re.compile(r"\b(?:a|an extra|one more) (?:second|third|fourth)\b", re.IGNORECASE)
# The rest kept on the old way: "the west shed stays as it is", "the others carry on as now".
_REST_KEPT = re.compile(
    r"\b(?:the )?(?:others?|rest)\b|\bstays? (?:as|on|with)\b|\bunchanged\b|\bcarr(?:y|ies) on\b",
    re.IGNORECASE,
)


def stage_words(rollout: str) -> set[str]:
    """The words of the rollout that mark a step ("first", "then", "after"), less one more of a thing ("can
    add a second engineer"): a count, not a second stage, nor a start on a counted day."""
    rollout = re.sub(_COUNTED_DAY, " ", rollout, flags=re.IGNORECASE)
    return {m.group(0) for m in find_all(_ONE_MORE.sub(" ", rollout), STAGE_MARKERS)}


def starts_all_at_once(rollout: str) -> bool:
    """One start, every unit, and no step of the rollout left once the scope's own words are set aside: the
    whole scope changes at once however it is said ("from 1 July the model sets it for each batch")."""
    rest = _ONE_MORE.sub(" ", next_period_removed(without_scope_words(rollout)))
    stepped = (
        find_any(rest, STAGE_MARKERS) is not None
        or has_any(rest, GRADUAL_WORDS)
        or numbered_stages(rest)
        or period_stages(unstamped(rollout))
        or _ONE_BY_ONE.search(rest.lower()) is not None
        or _REST_KEPT.search(rest) is not None
    )
    return not stepped and one_start(rollout) and quantified_scope(scope_clauses(unstamped(rollout)))
