"""A lever row whose subject is the people the plan serves, doing something themselves: "clients turning up to
every session they've booked", "owners having their dog ready at the door when the van pulls up", "pool owners
taking the winter cover off before our visit", "patients bringing their repeat list to the appointment". The
row opens with who acts (customers, members, parents, owners, a kind of them: "pool owners", "new members")
and their verb in -ing right after: their own conduct, which the plan can remind, price or make easier but
never set. Not what they receive ("members getting a reminder", "clients being offered a slot", "families
having access to the hall": what we give them), not a row that opens with a choice of ours ("which clients
...", "whether parents ...") or has our own people or "we" before the verb, and not a goal of more or fewer
of them ("more clients rebooking": a result, read by the goal readers). Nor where the plan's optimizer says it
sets what they act on ("Sets intervals, review type and photo use" beside "patients sending a photo before
the review"): the plan then means a request of its own it can require, not their goodwill. Read by
``lever_checks`` before the lever's structure (``levers.read_lever``), and said as sure as a pick of theirs.
Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lever_words import (
    CLIENTS,
    DETERMINERS,
    FIRST_PERSON,
    OUR_AGENTS,
    OURS,
    PREPOSITIONS,
    QUANTIFIERS,
    RECEIVE_FORMS,
    STAFF_ROLES,
)
from .levers import _TOKEN, WORLD, LeverReading, core_phrase, read_lever, side_of
from .optimised import _set_part
from .text import content_stems

# Verbs in -ing that say what the people receive, or words in -ing that are no verb ("clients during term",
# "members morning swim").
_RECEIVING = frozenset(
    "getting receiving being hearing seeing given winning losing facing needing during including "
    "according regarding concerning following pending morning evening".split()
)
# "having" is what they are given ("families having access to the hall") unless what they have is made
# ready by them: "owners having their dog ready".
_HAVE_READY = frozenset(("ready", "prepared", "packed", "done", "signed", "filled", "cleaned"))
# Words before the people that make the row no act of theirs: "more" or "fewer" a count wanted (a goal),
# "which" or "how" a choice or a measure; "pool owners" or "new members" only say which people.
_GOAL_WORDS = frozenset(("more", "fewer", "less", "most", "every", "each", "which", "what", "whether", "how"))


def _served_many(word: str) -> bool:
    """The people served, in the plural: "a driver coaching session" names a session, "drivers checking
    their tyres" an act of theirs. "People" may be our own staff ("people on the desk")."""
    many = word.endswith("s") or word in ("children", "kids")
    return many and word in CLIENTS and word not in ("people", "public")


def served_act(lever: str) -> tuple[str, list[str]] | None:
    """The verb of the people served acting at the row's head, and the words after it, or None: the row
    opens with the people (after at most two words qualifying them: "pool owners", "new members") and their
    verb in -ing, nothing of ours before it; "having" only with what they make ready ("their dog ready")."""
    tokens = _TOKEN.findall(core_phrase(lever))
    if tokens[:1] and tokens[0] in DETERMINERS:
        tokens = tokens[1:]
    for k in range(min(len(tokens) - 1, 3)):
        before, person, verb = tokens[:k], tokens[k], tokens[k + 1]
        if not _served_many(person):
            continue
        unqualifying = (*_GOAL_WORDS, *FIRST_PERSON, *OURS, *DETERMINERS, *PREPOSITIONS, *QUANTIFIERS)
        if any(t in unqualifying or t in OUR_AGENTS or t in STAFF_ROLES or t.endswith("ing") for t in before):
            return None
        if side_of(person) == "ours" or not verb.endswith("ing") or len(verb) <= 5 or verb in RECEIVE_FORMS:
            return None
        rest = tokens[k + 2 :]
        if verb in _RECEIVING or verb == "having" and not any(t in _HAVE_READY for t in rest[:6]):
            return None
        return verb, rest
    return None


# What an optimiser sets for each of something ("van for each dog", "price per guest"): the thing after
# "for each" is what the setting is made for, not a setting.
_FOR_EACH = re.compile(r"\b(?:for|per|in|at|on|by|to)\s+(?:each|every|a|an|the)?\s*[\w'-]+")


# A paragraph's number before the optimizer's answer ("11.1 sets intervals ..."): its full stop would end
# what the optimiser sets before it starts, where the numbering was not read off (a plan typed in lower case).
_ITEM_NUMBER = re.compile(r"^\W{0,4}\d{1,2}(?:\.\d{1,2}){0,2}[.)]?\s+")


def _optimiser_sets_its_object(rest: list[str], optimizer: str) -> bool:
    """Whether the optimiser's own setting names what the people act on: "photo use" beside "patients sending
    a photo". Only the words of the verb's object, up to its first preposition ("the winter cover off"); not
    a thing it sets something for ("van for each dog" beside "owners having their dog ready")."""
    obj = []
    for token in rest:
        if token in PREPOSITIONS or token in ("when", "while", "before", "after", "and", "or"):
            break
        obj.append(token)
    setting = _FOR_EACH.sub(" ", _set_part(_ITEM_NUMBER.sub("", optimizer, count=1)))
    return bool(content_stems(" ".join(obj)) & content_stems(setting))


def read_with_served_acts(lever: str, optimizer: str) -> LeverReading:
    """The lever's reading: the people served acting, sure and theirs (as a pick of theirs is), unless the
    optimiser sets what they act on; otherwise its structure (``levers.read_lever``)."""
    acted = served_act(lever)
    if acted is not None and not _optimiser_sets_its_object(acted[1], optimizer):
        return LeverReading(WORLD, True, "picked", core_phrase(lever))
    return read_lever(lever)


__all__ = ["read_with_served_acts", "served_act"]
