"""A data box filled in only to say there are no records and none will be kept: "nothing yet - this is my
first season, I didn't keep anything last year", "not going to bother counting, I'll know what sells by
looking at the table". Each clause is a placeholder, a denial that anything was or will be kept, a judgement
by eye in place of a record, or the plan's newness: the box names no data, however long it runs. Read by
``experiment_checks.check_data``. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .non_answers import is_non_answer

_CLAUSE = re.compile(r"[,.;:(\n]|\s[-–—]\s|\bbut\b|\band\b")
# A record denied: a negation, then within a few words a verb of keeping one ("I didn't keep anything", "not
# going to bother counting", "we never wrote it down").
_NOT_KEPT = re.compile(
    r"\b(?:didn'?t|did not|never|haven'?t|have not|don'?t|do not|won'?t|will not|not|no need to|no plans? to)"
    r"(?: [\w']+){0,3}? (?:keep|kept|keeping|record\w*|writ\w*|wrote|note|noted|noting|log|logged|logging"
    r"|track\w*|count|counted|counting|save|saved|saving|collect\w*|measur\w*|weigh\w*)\b"
)
# A judgement by eye said in place of a record: "I'll know what sells by looking at the table", "we can tell
# at a glance".
_BY_EYE = re.compile(
    r"\b(?:know|see|tell|judge|guess|work out|get a feel)\b[^.;\n]{0,60}?"
    r"\b(?:by (?:just )?(?:looking|eye|feel|sight|watching)|at a glance|from (?:just )?looking)\b"
)
# The plan's newness, the reason given for having nothing: "this is my first season", "we're just starting".
_JUST_STARTING = re.compile(
    r"\b(?:(?:my|our|the|its) (?:very )?first (?:season|year|month|week|term|time|go)|just start\w*"
    r"|starting out|brand new|new to (?:this|it))\b"
)


def _says_nothing_kept(clause: str) -> bool:
    return (
        is_non_answer(clause)
        or bool(_NOT_KEPT.search(clause))
        or bool(_BY_EYE.search(clause))
        or bool(_JUST_STARTING.search(clause))
    )


def no_records_kept(part: str) -> bool:
    """Whether every clause of the part says there is, or will be, no record: at least one of them a denial
    (a placeholder or a record not kept), none naming something held."""
    low = " ".join((part or "").lower().replace("’", "'").split())
    clauses = [c.strip() for c in _CLAUSE.split(low) if c and c.strip(" -–—")]
    denied = any(is_non_answer(c) or _NOT_KEPT.search(c) for c in clauses)
    return denied and all(_says_nothing_kept(c) for c in clauses)
