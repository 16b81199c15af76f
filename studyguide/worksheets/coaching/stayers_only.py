"""Whether a metric is taken only among the people who stayed, for an objective about people leaving. Pure:
no Django, no torch.

"Average visits among members still enrolled in June", for "fewer members quitting": whoever quits drops
out of the group the average is taken over, so the figure can rise while more people leave (it may even
rise because the least keen left). Read from the structure: a population filter ("among", "of those",
"for", "across") naming people still in, who remain or who stayed, in a metric that does not itself count
the leavers or the stayers as a share of those who started ("share of beginners who stayed a second term"
is the outcome itself, not a filter).
"""

from __future__ import annotations

import re

# An objective about people leaving: quitting, dropping out, lapsing, cancelling, not coming back.
_LEAVING = re.compile(
    r"\b(?:quit\w*|leav(?:e|es|ing|ers?)|left|drop(?:s|ped|ping)? ?out|drop-?outs?|churn\w*|lapse\w*"
    r"|cancel\w*|give up|giving up|gave up|stop(?:s|ped)? coming|walk\w* away|retention|retain\w*"
    r"|keep(?:ing)? (?:more|them|our)|stay\w*|come back|coming back)\b"
)
# The filter: the figure taken over those still in.
_STAYERS_ONLY = re.compile(
    r"\b(?:among|amongst|across|for|of|over) (?:the |those |our |all )?(?:[\w-]+ ){0,2}?"
    r"(?:(?:who|that) (?:are|were|is|was) )?(?:still (?:enrolled|active|registered|signed up|members?|with us"
    r"|here|in|coming|on the books|subscribed)|(?:who|that) (?:stay|stayed|remain|remained|finish|finished"
    r"|complete|completed|renew|renewed)\b|remaining|surviving|current (?:members|pupils|juniors|students"
    r"|clients|customers|subscribers|tenants|players))"
    # the same filter put after the people: "current members only", "remaining pupils only"
    r"|\b(?:current|remaining|surviving|active) [\w-]+ only\b"
)
# The metric counts the leavers (or the stayers out of all who began) itself.
_COUNTS_LEAVERS = re.compile(
    r"\b(?:quit\w*|leav\w*|left|drop\w*|churn\w*|lapse\w*|cancel\w*|retention|retained|did not return"
    r"|share of (?:all |the )?(?:[\w-]+ ){0,2}who (?:stay|stayed|return|returned|came back|renew|renewed))\b"
    r"|\bof (?:all |the )?(?:[\w-]+ ){0,2}who (?:started|joined|began|signed up|enrolled)\b"
)


# A share or a count of those still in ("the share of enrolled students still active in June") counts the
# stayers out of everyone: the outcome itself, not a filter.
_COUNTED_BEFORE = re.compile(
    # "%" stands apart: a word boundary never falls before it ("- % of first-years still enrolled")
    r"(?:\b(?:share|proportion|percentage|per ?cent|fraction|rate|number|count|how many)\b|%)[^.;:]{0,40}$"
)


def counts_only_stayers(metric: str, objective: str) -> bool:
    """Whether the metric is taken only over those still in while the objective is about people leaving."""
    low = metric.lower().replace("’", "'")
    if _LEAVING.search(objective.lower().replace("’", "'")) is None or _COUNTS_LEAVERS.search(low):
        return False
    return any(_COUNTED_BEFORE.search(low[: found.start()]) is None for found in _STAYERS_ONLY.finditer(low))
