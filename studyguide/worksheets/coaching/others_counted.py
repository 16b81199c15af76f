"""Whether a lever is a count or share of others doing something, or of things coming out of the process
("how many guests book the add-on", "the share of crickets that reach harvest size"). Pure: no Django.

``counted_outcome`` says so when the metric counts the same people. Without the metric, two readings are
still certain: the counted people are the plan's clients and the verb is a choice of theirs (booking,
renewing, cancelling: theirs, whatever we offer), or the counted things are what the plan's objective or
metric is about and the verb is what the process yields for them ("reach", "survive", "hatch"): how many
get there is the result, which our settings only push. A motion ("how many riders go out") may be our own
dispatch, and a count of what we do to them ("how many guests we upgrade", "the share of members who get a
call") is ours: a first-person subject, a passive or a receiving verb stops it.
"""

from __future__ import annotations

import re

from .counted_outcome import WORD, counted_noun_start
from .lever_words import CLIENTS, OUR_AGENTS, RECEIVE_FORMS
from .others_more import others_doing_more
from .plan import Plan

_SHARES = frozenset("number share proportion percentage fraction percent count".split())
# People's own acts that the world-verb list lacks.
_THEIR_ACTS = frozenset(
    "book books finish finishes complete completes enrol enrols enroll enrolls sign signs join joins attend "
    "attends renew renews order orders choose chooses buy buys cancel cancels click clicks quit quits churn "
    "churns respond responds "
    # a preference they record for themselves: "the share of customers who set a preferred safe place in
    # their account", "how many members opt in", "the proportion of buyers who nominate a collection point"
    "set sets nominate nominates opt opts select selects pick picks register registers subscribe "
    "subscribes".split()
)
# What comes out of a process for its things: not a motion ("go out", "come in") that may be our dispatch.
_YIELDS = frozenset(
    "reach reaches survive survives hatch hatches die dies pass passes fail fails spoil spoils ripen ripens "
    "germinate germinates".split()
)


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


# A choice named as such in a relative clause: "the number of current groups who decide to stay", "the share
# of groups that choose weekday sessions". Whoever the counted are (bar our own people), the clause says they
# choose.
_CHOOSING = frozenset(
    "decide decides choose chooses opt opts prefer prefers elect elects agree agrees".split()
)


def _choosers_counted(low: list[str], k: int) -> bool:
    """Whether the counted noun phrase at k (at most four words) is followed by "who" or "that" and a verb of
    choosing, its head noun not one of ours."""
    for j in range(k + 1, min(k + 5, len(low) - 1)):
        if low[j] in ("who", "that"):
            head = low[j - 1]
            return low[j + 1] in _CHOOSING and head.endswith("s") and head not in OUR_AGENTS
    return False


def counts_others_doing(lever: str, plan: Plan) -> bool:
    if others_doing_more(lever):  # "visiting clubs bringing more supporters": their act, pushed up
        return True
    tokens = WORD.findall(re.sub(r"\([^)]*\)", " ", lever))
    low = [t.lower() for t in tokens]
    k = counted_noun_start(low, _SHARES)
    if k is None or k + 1 >= len(low):
        return False
    if _choosers_counted(low, k):
        return True
    subject = low[k]
    if not subject.endswith("s") or subject in OUR_AGENTS or not tokens[k].islower():
        return False
    v = k + 2 if low[k + 1] in ("who", "that", "which") else k + 1
    if v >= len(low) or not tokens[v].islower():
        return False
    verb = low[v]
    if verb in RECEIVE_FORMS or verb.endswith("ed"):
        return False
    if subject in CLIENTS:
        # "set" is its own participle: "the number of passengers set down at the stop" is what we do
        return verb in _THEIR_ACTS and (verb != "set" or v == k + 2)
    about = set(map(_stem, re.findall(r"[a-z]+", f"{plan.objective} {plan.metric}".lower())))
    return _stem(subject) in about and verb in _YIELDS
