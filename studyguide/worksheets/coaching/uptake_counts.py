"""Whether a metric clause counts people taking up what we offer ("parents booked onto the classes", "sign-ups
for the free check", "residents registered for the balance course") while the objective names a change in
the world that the offer is meant to bring about (babies breastfed, fewer falls, fewer breakdowns). Pure: no
Django, no torch.

Booking, signing up or enrolling is the first step of an offer, not what it is for: places can fill while
nobody's health, safety or skill changes. The clause is read from its structure (a verb or noun of taking up,
then the thing taken up). Attending counts only for sessions we put on ("attendance at intervention
sessions", "attended 61% of their sessions"): "patients who attended A&E" is an outcome in the world, and
turning up is often what the objective wants. It is no proxy when the objective names the thing taken
up ("more families at our holiday club") or any taking up, filling or selling at all ("fill the courses",
"more income from lessons"): then the uptake is the outcome itself. A free step is the exception: "free trial
sign-ups", "free taster bookings" come before anyone pays, so an objective of paying, buying or joining does
not make them its outcome; only one that names the free step itself ("more families try the free taster")
does.
"""

from __future__ import annotations

import re

from .text import content_stems

# A verb of taking up, then what was taken up: "booked onto the classes", "signed up for the free check",
# "who booked the free visit", "enrolled on our course".
_TAKING_UP = re.compile(
    # a participle needs its preposition ("booked onto"): "the booking app" names no taking up
    r"\b(?:(?:booked|booking|signed up|signing up|sign(?:s|ed)? up|registered|registering|enrolled|enrolling"
    r"|put (?:their|his|her) names? down"
    # signing in at the door is taking up a session, not what the session is for
    r"|signed in|signing in|sign(?:s|ed)? in|checked in|checking in)"
    r"(?: (?:a |their |his |her )?(?:place|slot|space)s?)?\s+(?:onto|on to|on|for|to|into|in|at|with)"
    # a person who takes it up may name it straight after the verb: "who booked the free visit"
    r"|(?:who|that) (?:book(?:ed|s)?|register(?:ed|s)?|enrol(?:led|s)?|enroll(?:ed|s)?)"
    r"|(?:who|that) sign(?:ed|s)? up (?:to|for|onto|on|at)"
    r")\s+(?:the |our |a |an |their |one of (?:the |our )?)?(?P<thing>(?:[\w'-]+ ){0,3}?[\w'-]+)"
    r"(?=\s*(?:$|[,.;:()]|\b(?:each|every|per|a|this|last|in|by|over|from|within|before|after|now|currently"
    r"|so far|and|or)\b))"
)
# The same as a noun: "bookings for the workshop", "sign-ups to the course", "take-up of the free check",
# "class bookings", "workshop sign-ups".
_UPTAKE_NOUN = re.compile(
    r"\b(?:bookings|sign-?ups|registrations|enrolments|enrollments|take-?up|uptake|places taken)"
    r"\s+(?:onto|on|for|to|at|of|in)\s+(?:the |our |a |an |their )?(?P<thing>(?:[\w'-]+ ){0,3}?[\w'-]+)"
    r"(?=\s*(?:$|[,.;:()]|\b(?:each|every|per|a|this|last|in|by|over|from|within|now|currently|and|or)\b))"
    r"|\b(?P<named>[\w'-]+(?: [\w'-]+)?) (?:bookings|sign-?ups|registrations|enrolments|enrollments"
    r"|take-?up|uptake)\b"
    # a free step's places, filled: "adult taster places filled per season", "trial class spaces taken" (the
    # places of what is sold, "bookable slots taken", may be the very outcome)
    r"|\b(?P<filled>(?:[\w'-]+ )?(?:free|trial|taster|sample|demo|try-?out)s?(?: [\w'-]+)?)"
    r" (?:places|spaces|seats|slots|spots) (?:filled|taken|booked|sold)\b"
    # tickets to what we put on: "tickets taken for author talks", "tickets sold to the open days"
    r"|\btickets (?:taken|sold|booked|bought|issued) (?:for|to|at|on) (?:the |our |a |an )?"
    r"(?P<ticketed>(?:[\w'-]+ ){0,3}?[\w'-]+)"
    r"(?=\s*(?:$|[,.;:()]|\b(?:each|every|per|a|this|last|in|by|over)\b))"
)
# Turning up to sessions we put on: "attendance at intervention sessions", "pupils attended 61% of their
# sessions", "workshop attendance".
_SESSIONS = r"(?:sessions|classes|workshops|clubs|groups|courses|lessons|tutorials|catch-ups|surgeries)"
_ATTENDING_OFFER = re.compile(
    r"\battendance (?:at|of|in|on) (?:the |our |their |a )?(?P<thing>(?:[\w'-]+ ){0,2}?" + _SESSIONS + r")\b"
    r"|\battended (?:\d+ ?% of |most of |all of |half of )?(?:the |our |their )?(?P<held>(?:[\w'-]+ ){0,2}?"
    + _SESSIONS
    + r")\b"
    r"|\b(?P<kind>session|class|workshop|club|group|course|lesson|tutorial) attendance\b"
)
# An objective about taking up, filling, using or selling the offer: its uptake is the outcome.
_UPTAKE_GOAL = re.compile(
    # ("a signed will" is the outcome's own word, not a taking up)
    r"\b(?:book|sign(?:s|ed|ing)?[- ](?:up|on)|signups?|regist|enrol|attend|come|coming|came|go to|going to"
    r"|goes to|join|take part|take up"
    r"|taking up|uptake|take-up|use\b|using|used|fill|full|empty|emptier|spaces?|places?|seats?|slots?"
    r"|capacity|sell|sold|sales?|revenue|income|profit|money|earn|pay|fees?\b|custom\b|members?|visit|turn up"
    r"|show up|no-?shows?|reach|attract|popular|busier|numbers)\w*"
)
# Words that only say how the things are counted or who is counted: the thing taken up must be more.
_NOT_A_THING = frozenset(("year", "week", "month", "term", "number", "total", "people", "person"))


def _thing_taken_up(clause: str) -> str | None:
    text = clause.lower().replace("’", "'")
    found = _TAKING_UP.search(text) or _UPTAKE_NOUN.search(text) or _ATTENDING_OFFER.search(text)
    if found is None:
        return None
    named = [found.groupdict().get(g) for g in ("thing", "named", "filled", "ticketed", "held", "kind")]
    thing = next((n for n in named if n), "")
    return thing if content_stems(thing) - _NOT_A_THING else None


# A step taken before anyone pays: "free trial", "free taster", "trial lesson", "sample box".
_FREE_STEP = re.compile(r"\b(?:free|trial|trials|taster|tasters|sample|samples|demo|demos|try-?outs?)\b")
# An objective that asks for the free step itself: people trying, tasting or sampling.
_TRYING_GOAL = re.compile(r"\b(?:try|tries|trying|tried|trial|free|tast|sampl|demo)\w*")


def counts_uptake(clause: str, objective: str) -> str | None:
    """The thing taken up, when the clause counts people taking up an offer that the objective neither names
    nor asks to be taken up (for a free step: asks to be tried)."""
    thing = _thing_taken_up(clause)
    if thing is None or not objective.strip():
        return None
    goal = objective.lower().replace("’", "'")
    if _FREE_STEP.search(thing):
        # "trial lesson sign-ups" for "more pupils paying for a term of lessons": trying a lesson is not the
        # paying wanted, though the objective names lessons; only an objective of trying names the step
        return None if _TRYING_GOAL.search(goal) else thing
    aims = _aims_beside_money(goal)
    if _UPTAKE_GOAL.search(aims) or content_stems(thing) & content_stems(aims):
        return None
    return thing


# Money made from the offer: "and more profit from the treatment room", "and make a decent profit".
_MONEY_AIM = re.compile(
    r"\b(?:profit|income|revenue|money|earn|margin|turnover|takings|pays? for itself|break even"
    r"|cover (?:its|our|the) costs)\w*"
)
_AIM_PARTS = re.compile(r"[,;.]|\b(?:and|so|while|as well as|but)\b")


def _aims_beside_money(goal: str) -> str:
    """The objective without its parts about money when it also names another aim: sign-ups bring money in,
    but they measure neither "clients keeping up a monthly treatment" nor "more people with a signed will"."""
    parts = [p for p in _AIM_PARTS.split(goal) if content_stems(p)]
    aims = [p for p in parts if not _MONEY_AIM.search(p)]
    return " ".join(aims) if aims and len(aims) < len(parts) else goal
