"""Whether a lever's act is done by one of the planner's own people named by a personal name ("whether Mum
phones the night before", "the water temperature Kari sets", "the slot lengths the safety officer (Bill)
allows"). Pure: no Django, no torch.

Small organisations write plans about the people who run them by name, not as "we". A name says nothing
about sides by itself (a landlord or a rival has one too), so the plan must show the person is its own: the
same name acts in the plan's own practice as well (how it is done now, who follows or overrules the
suggestion in the rollout, who reviews the figures, whose choices made the records), and the plan never
names that person among what it cannot control or in the constraints others impose. Then the clause whose
subject is that person is a decision of the planner's side, whatever its object or its nouns would suggest
alone ("whether Gordon sends a mentor to a new referee's games" is Gordon's act, not the referee's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lever_words import ACTION_VERBS, DETERMINERS, PREPOSITIONS, STAFF_ROLES, WH

# A capitalised word, with the parentheses kept as tokens so that "the safety officer (Bill) allows" and
# "Kari (plant manager) sets" can be read around them. Any alphabet's letters: "Hélène", "Zoë", "Øystein".
_TOKEN = re.compile(r"\(|\)|[^\W\d_](?:[^\W\d_]|['’-])*")
_NOT_A_VERB = PREPOSITIONS | DETERMINERS | frozenset(WH) | frozenset(("and", "or", "but", "is", "was", "has"))


def _own_practice(plan) -> str:
    """The fields that describe what the planner's side does: now, in the rollout, in review, in its data."""
    return "\n".join((plan.baseline, plan.rollout, plan.monitoring, plan.data))


def _named(name: str, text: str) -> bool:
    """The name as a word of its own (a job title also in the plural: "managers can change")."""
    return re.search(rf"(?<![^\W\d_]){re.escape(name)}s?(?![^\W\d_])", text) is not None


def _subjects(lever: str) -> Iterable[tuple[str, str]]:
    """(name, verb) for each capitalised word in the lever followed by a verb-like word: the name's own
    parenthesis ("Kari (plant manager) sets") or the name as one ("the safety officer (Bill) allows") is
    stepped over. The lever's first word is a capital by position, not a name."""
    tokens = _TOKEN.findall(lever)
    for k, token in enumerate(tokens):
        if k == 0 or not token[:1].isupper() or len(token) < 2 or token.upper() == token:
            continue
        if tokens[k - 1].lower() in ("the", "a", "an"):
            continue  # "the Council", "the Friday boards": a body or a qualifier, read elsewhere
        j = k + 1
        if j < len(tokens) and tokens[j] == ")":
            j += 1  # the name in parentheses after its role
        elif j < len(tokens) and tokens[j] == "(":
            j = next((i + 1 for i in range(j, len(tokens)) if tokens[i] == ")"), len(tokens))
        if j >= len(tokens):
            continue
        verb = tokens[j]
        if verb.islower() and _acts(verb) and "'" not in verb and verb not in _NOT_A_VERB:
            yield token, verb


def _acts(word: str) -> bool:
    """A verb after the name: in the third person ("Kari sets"), or in its bare form when the plan's English
    drops the -s, as many dialects and second-language writers do ("when Miss Hyacinth turn di beans"). A
    bare word counts only when it is a verb of acting, so a name before a noun ("Kari morning shift") does
    not read as acting."""
    return word.endswith("s") or word in ACTION_VERBS


def _roles(lever: str) -> Iterable[tuple[str, str]]:
    """(role, verb) for each job title of a workplace opening a clause after a determiner ("the time each
    shop manager puts the stickers on"): the same reading as a name, for a person named by their job."""
    tokens = [t.lower() for t in _TOKEN.findall(re.sub(r"\([^)]*\)", " ", lever))]
    for k, token in enumerate(tokens[1:-1], start=1):
        if token not in STAFF_ROLES:
            continue
        if not (tokens[k - 1] in DETERMINERS or k >= 2 and tokens[k - 2] in DETERMINERS):
            continue
        verb = tokens[k + 1]
        if verb.endswith("s") and "'" not in verb and verb not in _NOT_A_VERB:
            yield token, verb


def named_staff_acts(lever: str, plan) -> bool:
    """Whether the lever's clause has as its subject a person the plan shows to be its own (see the module
    note): named acting in the lever, named again in the plan's own practice, never among the uncontrollable
    inputs. (The constraints may name them: "Mum works Tuesday to Saturday" is our own person's hours.)"""
    practice = _own_practice(plan)
    others = "\n".join(plan.uncontrollables)
    if any(_named(name, practice) and not _named(name, others) for name, _verb in _subjects(lever)):
        return True
    stems = {role.rstrip("s") for role, _verb in _roles(lever)}
    return any(_named(stem, practice.lower()) and not _named(stem, others.lower()) for stem in stems)
