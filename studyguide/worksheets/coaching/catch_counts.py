"""A metric that counts the wrongdoing our own side catches, for an objective that asks for less harm:
"speeding offences detected by the vans" for fewer people killed on the roads, "fines issued" for cleaner
streets, "breaches found at inspection" for fewer people made ill. Catching more measures how hard we look:
it rises with more vans while the harm stays flat, and falls when people behave better, so such a count is a
proxy. It is none when the objective asks for the catches themselves ("more fly-tippers prosecuted"). Pure:
no Django, no torch."""

from __future__ import annotations

import re

from .text import words

# Wrongdoing said to be caught by someone's looking ("offences detected", "breaches found by"), or the
# enforcement's own paper ("fines issued", "penalty notices", "arrests", "prosecutions").
_CAUGHT = re.compile(
    r"\b(offences|offenses|violations|infringements|breaches|offenders|speeders|contraventions)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:detected|caught|spotted|picked up|found|flagged|ticketed|fined|prosecuted)\b"
    # a bare "tickets" is as often a helpdesk's or a sale's, so the paper needs its issuing said
    r"|\b(fines|tickets|penalty notices|penalty charges)\s+(?:issued|handed out|given|written)\b"
    r"|\b(fixed penalties|penalty notices|citations|arrests|prosecutions)\b"
)
# An objective that asks for less of something: the harm the catching is meant to prevent.
_LESS_HARM = re.compile(r"\b(?:fewer|less|reduc\w*|lower\w*|cut\w*|safer|prevent\w*|stop\w*|avoid\w*|down)\b")


def counts_catches(clause: str, objective: str) -> bool:
    """Whether the clause counts wrongdoing caught (or the fines and arrests that follow) while the objective
    asks for less harm and does not name the catches themselves."""
    match = _CAUGHT.search(clause.lower())
    aim = objective.lower()
    if match is None or not _LESS_HARM.search(aim):
        return False
    counted = next(g for g in match.groups() if g)
    # "prosecutions" for "more fly-tippers prosecuted": the word's opening is enough to be the same act
    openings = {w[:6] for w in words(aim) if len(w) > 4}
    return not any(w[:6] in openings for w in words(counted) if len(w) > 4)
