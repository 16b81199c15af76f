"""Whether a lever counts the very people the plan's metric counts, doing the act it hopes for
("how many beginners book the Saturday forge days" when the metric is "beginners completing all three days").
Pure: no Django, no torch.

A count of people acting on their own ("how many X book", "the number of X who sign up") is the outcome,
however the people are called: the word lists know "customers" and "visitors", but each plan names its own
("beginners", "learners", "pipers"). The plan itself says who they are: the metric counts them (not the
objective, which may name our own staff: "without hiring more cleaners"). A count of what we do to them is
ours ("how many beginners are offered a place", "how many learners Fiona rings"): a passive, a receiving verb
or another subject between them and the verb leaves it alone.
"""

from __future__ import annotations

import re

from .lever_words import ACTION_VERBS, DETERMINERS, OUR_AGENTS, PREPOSITIONS, RECEIVE_FORMS, WORLD_VERBS

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A verb of people's own acts that the word lists lack.
_THEIR_ACTS = frozenset("finish complete enrol enroll sign join attend book stay renew".split())
# Past participles without -ed: "how many sticks made ahead" is what we make.
_PARTICIPLES = frozenset("made sent given shown taken put cut kept held run set done brought bought".split())


def counted_noun_start(low: list[str], counters: frozenset[str] = frozenset({"number"})) -> int | None:
    """Where the counted noun of lower-cased words ``low`` starts: after "how many" or "(the) <counter> of"
    ("number of"; ``others_counted`` also reads "share of", "proportion of" ...)."""
    if low[:2] == ["how", "many"]:
        return 2
    k = 1 if low[:1] and low[0] in DETERMINERS else 0
    if len(low) > k + 1 and low[k] in counters and low[k + 1] == "of":
        return k + 2
    return None


def counts_the_outcome(lever: str, metric: str) -> bool:
    tokens = WORD.findall(re.sub(r"\([^)]*\)", " ", lever))
    low = [t.lower() for t in tokens]
    k = counted_noun_start(low)
    if k is None or k + 1 >= len(low):
        return False
    subject, verb = low[k], low[k + 1]
    if not subject.endswith("s") or subject in OUR_AGENTS or not tokens[k + 1].islower():
        return False
    if low[k + 1] in ("who", "that"):  # "the number of beginners who book"
        if k + 2 >= len(low):
            return False
        verb = low[k + 2]
    if verb in RECEIVE_FORMS or verb in _PARTICIPLES or verb.endswith("ed") or verb in PREPOSITIONS:
        return False
    if not (verb in ACTION_VERBS or verb in WORLD_VERBS or verb in _THEIR_ACTS):
        return False
    if verb in _PLACED and _PER_UNIT_OF_OURS.match(" ".join(low[low.index(verb) + 1 :])):
        return False  # "how many riders go in each group": a group's size, which we make up
    return any(_opens(clause, subject) for clause in _CLAUSES.split(metric.lower()))


# How many people are placed in each unit we form: "how many riders go in each group", "how many pupils sit
# at each table", "how many walkers go out with each leader". The size of a group we make up is a setting
# of ours; not a count per time ("how many visitors come in each day": who chose to come).
_PLACED = frozenset("go goes sit sits ride rides travel travels fit fits share shares".split())
_PER_UNIT_OF_OURS = re.compile(
    r"(?:out |along )?(?:in|into|on|at|per|with) (?:each|every|a|one) "
    r"(?!(?:day|week|month|year|hour|night|morning|afternoon|evening|weekend|season|term|time)s?\b)[a-z]"
)


# Where a metric's clauses part: "Beginners completing all three days, per month; forge-hours booked". Not
# at the comma or point inside a figure ("1,180 accounts", "£1.5k"): the words after a figure belong to the
# clause that opened before it ("Discount wrongly paid found: 1,180 accounts" counts what was found).
_CLAUSES = re.compile(r"[;\n(]|(?<!\d)[,.]|[,.](?!\d)|\band\b")
_LEADS = frozenset(("the", "number", "count", "share", "percentage", "proportion", "of", "how", "many", "%"))


def _opens(clause: str, subject: str) -> bool:
    """Whether the clause counts the people themselves: it opens with them, in the plural ("Beginners
    completing ...", "the number of beginners who ..."), not with them as a unit or an owner ("kg per
    picker-hour", "rider earnings per hour"), nor as what is done to them ("pieces sold at the sale",
    "parcels left over"): a thing sold or found acts in nothing; how many of them go out is ours. Nor when
    another subject follows them ("bins the packer grades as class 1", "callers we reach"): a clause with its
    own subject says what that subject does to them, so they are its object, not the actors."""
    raw = re.findall(r"[a-z%][a-z'-]*", clause)
    words = [w for w in raw if w not in _LEADS]
    if not words or words[0] != subject:
        return False
    following = raw[raw.index(subject) + 1 : raw.index(subject) + 2]
    if following and following[0] in _OWN_SUBJECT_OPENS:
        return False  # "bins the packer grades": the packer acts, on them
    # past an adverb: "claims wrongly paid" is as much done to the claims as "claims paid"
    after = next((w for w in words[1:3] if not w.endswith("ly")), "")
    return not (after in RECEIVE_FORMS or after in _PARTICIPLES or after in _DONE_TO)


# What opens a clause with a subject of its own right after the counted ("callers we reach", "bins the packer
# grades", "loads our driver takes"); not "that", which is the counted's own relative ("members that renew").
_OWN_SUBJECT_OPENS = frozenset("the a an our my your his her its their we i they you he she".split())


# Past participles that say what was done to the counted ("pieces sold", "accounts found", "stock left"); not
# every "-ed": "members renewed" and "walkers joined" are the people's own acts.
_DONE_TO = frozenset(
    "sold found left lost seen paid shipped kept thrown unsold "
    # what a buyer or an inspector does to goods: "bins marked down", "loads rejected", "boxes graded"
    "marked graded rejected downgraded scrapped condemned packed picked delivered dispatched".split()
)
