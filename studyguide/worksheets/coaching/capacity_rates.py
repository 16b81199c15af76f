"""A metric that counts how busy the plan's own equipment or staff are ("hours flown per aircraft per week",
"jobs attended per patrol per shift", "birds washed per day", "tonnes through the crusher each month") while
the objective asks for an outcome for the people served (more first-time passes, more breakdowns fixed at the
roadside). Such a rate can rise while the outcome stays flat: more hours flown is not more students passing.
Pure: no Django, no torch.

Read from the structure, not from a list of activities: a work rate (a count, a participle of work done, then
"per <unit> per <period>"; or a handling verb, or a machine of ours, per period) that shares no word with the
objective, in a plan whose baseline gives a figure for the objective's own words. The last is the plan's own
word that the outcome is countable and counted: it is measured beside the metric but not by it. A rate the
objective asks for ("more rides per scooter") shares its words and is left alone, as is money per unit
("takings per machine per week"), which is a result.
"""

from __future__ import annotations

import re

from .text import content_stems

_PERIOD = r"(?:day|week|shift|month|hour|year|night|season|term|quarter|fortnight|session|run)"
# "<up to four words> per <unit> per <period>" at the start of the clause: a rate of one unit of ours.
_WORK_RATE = re.compile(
    r"^\W{0,4}(?P<head>(?:[\w'-]+ ){1,4})per (?P<unit>[a-z-]+) per " + _PERIOD + r"\b", re.IGNORECASE
)
# The same busyness told as the work done per period, with no unit of ours named: "Birds washed per day",
# "meals served a night", "patients seen each clinic day". The participle names the work; how much of it gets
# done says nothing of what it achieves (the birds surviving, the diners coming back). Only verbs of handling
# are read: "sold", "booked", "saved" or "lost" per day are results.
_WORK_DONE = (
    r"washed|cleaned|treated|processed|handled|served|seen|answered|visited|inspected|checked|repaired"
    r"|fixed|fitted|serviced|collected|picked|packed|scanned|sorted|tested|screened|assessed|triaged"
    r"|groomed|bathed|dispatched|loaded|unloaded|mowed|sprayed|painted|cooked|baked|prepared|dealt with"
)
_WORK_PER_PERIOD = re.compile(
    r"^\W{0,4}(?:\d{1,2}[.)]\s*)?(?P<head>(?:[\w'-]+ ){1,3}(?P<work>" + _WORK_DONE + r") )"
    r"(?:per|a|an|each|every) (?:[a-z-]+ )?" + _PERIOD + r"\b",
    re.IGNORECASE,
)
# Throughput of one machine or place of ours: "tonnes through the crusher each month", "parcels off the sorter
# per day". What passes through is the work done, whatever share of it comes out as the outcome wanted.
_THROUGHPUT = re.compile(
    r"^\W{0,4}(?P<head>(?:[\w'-]+ ){1,3}?)(?:through|off|out of|past) (?:the |our |each |every )?"
    r"(?P<unit>[a-z-]+(?: [a-z-]+)?) (?:each|per|a|every) " + _PERIOD + r"\b",
    re.IGNORECASE,
)
# The same two told the other way round: "we count the number of birds washed daily", "monthly crusher
# throughput in tonnes". The participle or the machine's throughput still names the work, not its result.
_WORK_DONE_DAILY = re.compile(
    r"\b(?:number|count|total) of (?P<head>(?:[\w'-]+ ){1,3}(?P<work>" + _WORK_DONE + r") )"
    r"(?:daily|weekly|nightly|hourly|monthly|(?:per|a|an|each|every) (?:[a-z-]+ )?" + _PERIOD + r"\b)",
    re.IGNORECASE,
)
_MACHINE_THROUGHPUT = re.compile(
    r"^\W{0,4}(?:\d{1,2}[.)]\s*)?(?P<head>(?:daily|weekly|monthly|yearly|hourly|nightly) )?"
    r"(?P<unit>[a-z-]+(?: [a-z-]+)?) throughput\b",
    re.IGNORECASE,
)
# Money per unit, or a harm to our units, is a result of its own, not busyness.
_RESULT_HEAD = re.compile(
    r"£|\$|€|\b(?:takings|income|revenue|profit|margin|cost|costs|spend|money|sales|earnings|fees|savings"
    r"|failures?|breakdowns?|faults?|accidents?|incidents?|complaints?|losses|lost|missed|late|waste\w*)\b",
    re.IGNORECASE,
)
# A figure in the baseline beside the objective's own words ("61% first-time skills test passes").
_FIGURED_PART = re.compile(r"[^.;:\n]*\d[^.;:\n]*")
_SHARED_WITH_OBJECTIVE = 2


def _objective_counted_in(baseline: str, objective_stems: set[str]) -> bool:
    return any(
        len(content_stems(part) & objective_stems) >= _SHARED_WITH_OBJECTIVE
        for part in _FIGURED_PART.findall(baseline or "")
    )


def busy_rates(clauses: list[str], objective: str, baseline: str) -> list[str]:
    """The clauses that count our own units' busyness, apart from the outcome the baseline counts."""
    objective_stems = content_stems(objective)
    found = []
    for clause in clauses:
        said = clause.strip()
        rate = (
            _WORK_RATE.match(said)
            or _WORK_PER_PERIOD.match(said)
            or _THROUGHPUT.match(said)
            or _WORK_DONE_DAILY.search(said)
            or _MACHINE_THROUGHPUT.match(said)
        )
        if rate is None or _RESULT_HEAD.search(rate.group("head") or ""):
            continue
        # The work done per period is told by its verb: the things worked on ("birds washed per day") may be
        # the objective's own (more birds surviving) while the washing is still only the work.
        told = rate.groupdict().get("work") or f"{rate.group('head') or ''} {rate.group('unit')}"
        if content_stems(told) & objective_stems:
            continue
        if _objective_counted_in(baseline, objective_stems):
            found.append(clause)
    return found
