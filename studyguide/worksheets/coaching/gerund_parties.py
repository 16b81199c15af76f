"""Whether a lever row is another party doing something, said as a clause with an "-ing" verb: "the
festival moving the headliner's finish to 22:30", "the timber merchant keeping a stock on hold for us", "the
tip taking our loads as inert". A student lists his own settings without a subject ("departures per hour") or
with "we"; a row that names someone else as the subject of an act on an object names that party's decision,
which the plan can only ask for. Read only when the row opens with that clause ("the X <verb>ing <object>"):
"the thermostat setting our hand chooses" or "the price of upgrading" name a thing, not an act, and a subject
the plan knows as its own (staff, its vans and shops, its own body named in the third person, which the
caller asks) is ours. Pure: no Django, no torch.
"""

from __future__ import annotations

from collections.abc import Sequence

from .counted_outcome import counts_the_outcome
from .lever_words import DETERMINERS, FIRST_PERSON, OUR_AGENTS, PREPOSITIONS, STAFF_ROLES
from .others_counted import counts_others_doing
from .ownership import tokens_of
from .world_outright import names_world_outright

# "-ing" words that are names of things or settings, not acts ("the heating setting", "the opening hours").
_THINGS_IN_ING = frozenset(
    "setting settings heating lighting opening booking washing planning marketing firing training parking "
    "housing cooling seating timing pricing staffing spending funding building meeting cleaning filling "
    "loading landing closing starting finishing ending warning wording ranking rating matching charging "
    "grading feeding watering spacing shaking sending upgrading confirming joining morning evening".split()
)
# What opens the object of the act: "moving the ...", "keeping a ...", "taking our ...", "taking more of";
# not "every" or "each", which open a time ("the shuttle running every 10 minutes").
_OBJECT_OPENS = frozenset("the a an its their his her this these those our my more fewer less".split())


def _called_ours(subject: list[str], plan_texts: Sequence[str]) -> bool:
    """Whether the plan calls the subject its own somewhere ("our drivers", "our shuttle")."""
    head = subject[-1].rstrip("s")
    return any(
        f"{mine} {head}" in text.lower() or f"{mine} {head}s" in text.lower()
        for text in plan_texts
        for mine in ("our", "my")
    )


def names_another_acting(lever: str, plan_texts: Sequence[str] = ()) -> bool:
    """Whether the row opens as a clause in which a party the plan does not call its own acts on an object;
    ``plan_texts`` are the plan's boxes, where "our X" makes X ours."""
    tokens = tokens_of(lever)
    start = next((i for i, t in enumerate(tokens) if not t.isdigit()), len(tokens))
    if len(tokens) < start + 4 or tokens[start] != "the" or any(t in FIRST_PERSON for t in tokens):
        return False
    for verb_at in (start + 2, start + 3):  # "the festival moving", "the timber merchant keeping"
        if verb_at + 1 >= len(tokens):
            return False
        verb, after = tokens[verb_at], tokens[verb_at + 1]
        subject = tokens[start + 1 : verb_at]
        if any(w in PREPOSITIONS or w in DETERMINERS or w.endswith("'s") or w.endswith("'") for w in subject):
            return False
        if verb.endswith("ing") and len(verb) > 5 and verb not in _THINGS_IN_ING:
            ours = any(w in OUR_AGENTS or w in STAFF_ROLES for w in subject)
            object_opens = after in _OBJECT_OPENS or after.endswith("'s")
            return object_opens and not ours and not _called_ours(subject, plan_texts)
    return False


def said_by_a_surer_reading(lever: str, plan) -> bool:
    """Whether a surer reading names whose act the row is (a count of the metric's own people or of others'
    choices, the world outright): said there as a note, where this reading could only ask."""
    counted = counts_the_outcome(lever, plan.metric) or counts_others_doing(lever, plan)
    return bool(counted or names_world_outright(lever))


__all__ = ["names_another_acting", "said_by_a_surer_reading"]
