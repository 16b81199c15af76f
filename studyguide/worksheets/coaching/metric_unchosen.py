"""A metric not chosen yet, and an objective whose figures are no target. Pure: no Django, no torch.

A metric box can say outright that the measure is still to be picked: "Haven't decided - the scanner comes in
March and we'll pick something to track after that", "Not sure yet, we'll see how the families feel at the end
of term". It names no figure and nothing it counts: what follows the opening only says when, or after what,
the choice will be made. Read from that structure (an undecided opening, then no count), not from the plan's
subject, so a metric box "Not decided yet, but the share of deliveries made on time" (a count) stays a metric.

Where the metric box says nothing, the objective may still carry the plan's number: "cut no-shows by 20 %"
stands in for a metric. A figure that only describes how things are ("our club has 20 members paying £50 a
week", "without shooting 30 families in a day", "not found at 5pm") sets no level to reach, so it stands in
for nothing: the figure must sit beside a change or a level ("by 20 %", "to under 10 minutes", "at least
90", "double the", a share).
"""

from __future__ import annotations

import re

from .lexicon import MEASURABLE
from .text import has_any

_A_FIGURE = re.compile(r"\d|%|£|\$|€")
# The opening that says the measure is not chosen: "not sure yet", "undecided", "haven't decided" (typed in
# a hurry without its apostrophe too: "havent decided", "dont know yet").
_UNDECIDED = re.compile(
    r"^\W*(?:(?:honestly|to be honest|tbh|erm|um|well|so|still)\W+)?"
    r"(?:not (?:sure|decided|chosen|settled|worked out|figured out)(?: yet)?"
    r"|unsure|undecided|no idea(?: yet)?|don'?t know(?: yet)?|do not know(?: yet)?"
    r"|(?:we |i |they |the [\w'-]+(?: [\w'-]+)? )?(?:have ?n[o']?t|have not|has ?n[o']?t|has not|did ?n[o']?t"
    r"|did not|do ?n[o']?t|do not) (?:yet |really )?"
    r"(?:decided|chosen|picked|settled on|agreed(?: on)?|(?:worked|figured) (?:that |it |this )?out"
    r"|thought about"
    r"|got (?:one|that far))"
    # "No measure chosen yet", "Still thinking about this one", "We'll figure out a measure later"
    r"|no (?:measure|metric|number|figure|count|kpi)s? (?:chosen|picked|decided|agreed|settled|set)(?: on)?"
    # the box's answer on its own: "No number for now. We'll see how Sundays go."
    r"|no (?:measure|metric|number|figure|target|kpi)s?(?: (?:for now|yet|at the moment|as such|really))?"
    r"(?=\s*(?:[.,;:!]|\s-\s|$))"
    r"|still (?:thinking|deciding|working)(?: (?:about|on) (?:this|it|that)(?: one)?)?"
    r"|(?:we|i)(?:'ll| will| can| shall) (?:figure out|work out|sort out|decide(?: on)?|pick|choose"
    r"|agree(?: on)?|settle on) (?:a|the|our|which|what) (?:measure|metric|number|figure|count|kpi)s?)\b",
    re.I,
)
_CLAUSES = re.compile(r"[,.;:()\n]|\s[-–—]\s")
# The choice put off, said with the very words of measuring: "haven't decided on anything to count yet", "then
# decide what to measure". They name what is still to be chosen, not a count.
# How long before the choice: "we'll run it for a term", "after the first month" (not "£3 a term", a rate).
_TRIAL_PERIOD = re.compile(
    r"\b(?:for|over|after|during|in|within) (?:a|one|the first|the next|a whole|the whole)"
    r" (?:few |couple of |two |three )?"
    r"(?:day|week|fortnight|month|term|season|year|quarter|summer|winter)s?\b",
    re.I,
)
_CHOICE_PUT_OFF = re.compile(
    r"\b(?:(?:on |upon )?(?:anything|something|what|which one|one)"
    r"|(?:decid\w*|pick\w*|choos\w*|work\w* out|figur\w* out|settl\w* on|agree\w*)(?: on)?"
    r" (?:what|which|how))"
    r" (?:to |(?:we|i|she|he|they)(?:'?ll| will|'?d| would| should) )?(?:count|measure|track|record|use)\b",
    re.I,
)


# A list label before the answer: "Item 2.", "2.", "Q2:".
_LABEL = re.compile(r"^\W*(?:(?:item|point|q|question|no\.?)\s*)?\d{1,2}(?:\.\d{1,2})?\s*[.):]\s*", re.I)
# The choice put off with words between: "decide at the September meeting what is worth tracking".
_WORTH_TRACKING = re.compile(
    r"\b(?:decid\w*|pick\w*|choos\w*|agree\w*|settl\w*)(?: [\w'-]+){0,5}? (?:what|which)(?: [\w'-]+){0,2}?"
    r" (?:is |are )?(?:worth )?(?:count|measur|track|record)\w*",
    re.I,
)


# The measures themselves named as what is still to pick: "pick our measures at the autumn meeting", "agree
# on the numbers after the first weekend".
_MEASURES_TO_PICK = re.compile(
    r"\b(?:decid\w*|pick\w*|choos\w*|agree\w*|settl\w*|set\w*)(?: on| up)? (?:our|the|a|some|its|their)"
    r" (?:[\w'-]+ )?(?:measures?|metrics?|numbers?|figures?|kpis?|counts?|targets?)\b",
    re.I,
)


# A lead of up to three words before a semicolon or colon: "Discussed;", "Talked about it:".
_LEAD_WORDS = re.compile(r"^\W*(?:[\w'-]+\s+){0,2}?[\w'-]+\s*[;:]\s*(?=\w)")


# The choice left for later, said anywhere in the opening clause: "Still to be worked out with the board",
# "Nothing settled", "No KPI yet", "We'll know it when we see it", "... and pick something sensible later",
# "The trustees will settle on a measure next spring". Only the opening clause is read for it: "Buyer
# rejections; we'll set a target later" names its count first.
_LEFT_FOR_LATER = re.compile(
    r"\byet\b|\blater\b|\bin due course\b|\bdown the (?:line|road)\b|\bat some point\b"
    r"|\b(?:still )?to be (?:decided|worked out|agreed|confirmed|settled|determined|chosen|defined|discussed"
    r"|sorted(?: out)?|finali[sz]ed|fixed|figured out)\b"
    r"|\bstill to (?:decide|work out|agree|settle|choose|pick|figure out|sort out)\b"
    r"|\bnothing (?:settled|decided|agreed|chosen|fixed|picked|set)\b"
    r"|\bopen question\b|\bwhen (?:we|i|you|they) see (?:it|them)\b"
    # the choice waiting on someone: "Pending - waiting on the co-op to tell us what they report"
    r"|^\W*(?:pending|awaiting|waiting (?:on|for))\b",
    re.I,
)


def _names_no_count(text: str) -> bool:
    """Whether nothing counted is left once the talk of choosing a measure, and of the trial before it, is set
    aside."""
    after = _MEASURES_TO_PICK.sub(" ", _WORTH_TRACKING.sub(" ", text))
    after = _TRIAL_PERIOD.sub(" ", _CHOICE_PUT_OFF.sub(" ", after))
    rest = [c for c in _CLAUSES.split(after) if c.strip()]
    return not any(has_any(c, MEASURABLE) for c in rest)


def metric_unchosen(metric: str) -> bool:
    """Whether the metric box opens by saying the measure is not chosen yet, and gives no figure and names
    nothing counted after it (see the module note)."""
    text = _LABEL.sub("", " ".join((metric or "").replace("’", "'").split()), count=1)
    opening = _UNDECIDED.match(text)
    if opening is None:  # a word of what was done first: "Discussed; no measure agreed"
        text = _LEAD_WORDS.sub("", text, count=1)
        opening = _UNDECIDED.match(text)
    if _A_FIGURE.search(text):
        return False
    if opening is not None:
        return _names_no_count(text[opening.end() :])
    first_clause = next((c for c in _CLAUSES.split(text) if c.strip()), "")
    if not (_LEFT_FOR_LATER.search(first_clause) or _MEASURES_TO_PICK.search(first_clause)):
        return False
    return _names_no_count(_LEFT_FOR_LATER.sub(" ", text))


# A level to reach beside a figure: a verb of change ("cut", "raise", "double"), a bound ("at least",
# "under", "no more than", "within 4 hours"), a change by or to a figure ("by 20 %", "to 600"), or a share.
# ("the over-65s" says who is meant, not a bound.)
_FIGURE_AFTER = r"[£$€]?\d(?![\d,.]*s\b)"
_LEVEL = re.compile(
    r"\b(?:cut|cuts|cutting|reduc\w*|lower\w*|rais\w*|increas\w*|grow\w*|doubl\w*|halv\w*|tripl\w*|boost\w*"
    r"|lift\w*|bring\w*|brought|reach\w*|hit|hitting|improv\w*|drop\w*|shrink\w*|trim\w*|slash\w*"
    r"|gets? (?:it |them |this )?(?:to|up to|down to|below|under|above|over)"
    r"|keep\w* (?:it |them )?(?:at|above|below|under|over)|achiev\w*|target\w*|aim\w* (?:for|at))\b"
    r"|\b(?:at least|at most|no more than|no fewer than|no less than|not more than|up to|under|below|over"
    rf"|above|within|fewer than|less than|more than)\s+{_FIGURE_AFTER}"
    r"|\d[\d,.]*\s*(?:%|percent|per cent)?\s*(?:[\w-]+ ){0,2}(?:fewer|more|less|lower|higher|or more"
    r"|or fewer|or less|or better|or above|or below|or under|or over)\b"
    rf"|\b(?:by|to|from)\s+(?:about |around |roughly |over |under )?{_FIGURE_AFTER}"
    r"|\d\s*%|\bper ?cent\b|\bpercent\b|\b(?:half|double|twice|triple)\b",
    re.I,
)
_FIGURE_OR_MULTIPLE = re.compile(r"\d|%|\bper ?cent\b|\b(?:half|double|twice|triple)\b", re.I)
_OBJECTIVE_CLAUSES = re.compile(r"(?<!\d)[.;!?](?!\d)|\n|\s[-–—]\s|[()]")


def objective_sets_a_level(objective: str) -> bool:
    """Whether a clause of the objective puts a figure beside a change or a level to reach (see the module
    note): its number can stand in for a metric."""
    return any(
        _FIGURE_OR_MULTIPLE.search(clause) and _LEVEL.search(clause)
        for clause in _OBJECTIVE_CLAUSES.split(objective or "")
    )
