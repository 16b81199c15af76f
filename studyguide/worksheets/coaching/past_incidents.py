"""An uncontrollables list of past incidents: "the ash that came down across the B-road in March 2023", "the
car hit by a falling limb last October". Each row is one dated occurrence, something that happened once, not
a condition that varies from case to case and that the model reads ("wind exposure", "how far the disease has
spread"). Read from the rows' structure: every row (two at least) tied to a moment in the past by a year, a
"last ..." or an "... ago", and none said to recur. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .constraints_listed import every_row
from .text import quote

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_PAST_MOMENT = re.compile(
    r"\b(?:19|20)\d\d\b"
    rf"|\blast (?:week|month|year|winter|summer|spring|autumn|season|term|{_MONTHS}"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:\d{1,2}|a|one|two|three|four|five|six) (?:days?|weeks?|months?|years?) ago\b"
    r"|\byesterday\b",
    re.IGNORECASE,
)
# A row that says its event comes round ("storms every March since 2019", "floods in 2020 and most winters")
# names a condition after all.
_RECURS = re.compile(
    r"\b(?:every|each|most|whenever|usually|often|always|again|recurring|repeated|seasonal|annual|yearly"
    r"|since|per|a year|each year|times?)\b|%",
    re.IGNORECASE,
)


def _one_past_event(row: str) -> bool:
    return _PAST_MOMENT.search(row) is not None and _RECURS.search(row) is None


def only_past_incidents(rows: list[str]) -> list[str]:
    """The rows, when there are at least two and every one names a single dated event in the past."""
    return every_row(rows, _one_past_event)


def past_incidents_note(rows: list[str]) -> str:
    return (
        f"{quote(rows[0])} and the rest of that list are things that happened once, not inputs the model "
        "reads. Name the conditions behind them that vary and that you cannot change (the weather, the "
        "state of what you look after, who is about): the models need those."
    )
