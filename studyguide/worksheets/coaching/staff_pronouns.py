"""Whether a lever's act is done by one of the planner's own people referred to as "he" or "she" ("the water
depth he sets", "how long he seasons the wood"). Pure: no Django, no torch.

A small firm's plan names its one person once ("the offer Vic (buyer) sends") and goes on about the same
person with a pronoun in the levers that follow. The pronoun then stands for that person, and the act is the
planner's own, as the named act is (``named_staff``). It is read so only when another lever of the plan names
one of its own people acting, when the pronoun opens the lever's first clause (no person or party the plan
serves or faces comes before it: in "whether the customer pays when she arrives" she is the customer) and a
verb follows it.
"""

from __future__ import annotations

import re

from .lever_words import CLIENTS, DETERMINERS, PREPOSITIONS, WH, WORLD_AGENTS
from .named_staff import named_staff_acts

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_PRONOUNS = frozenset(("he", "she"))
_NOT_A_VERB = PREPOSITIONS | DETERMINERS | frozenset(WH) | frozenset(("and", "or", "but", "is", "was", "has"))


def _pronoun_acts(lever: str) -> bool:
    tokens = _TOKEN.findall(lever)
    low = [t.lower() for t in tokens]
    for k, token in enumerate(low):
        if token not in _PRONOUNS:
            continue
        party_first = any(t in CLIENTS or t in WORLD_AGENTS for t in low[:k])
        if party_first or any(t[:1].isupper() for t in tokens[1:k]):
            return False  # someone else is named first: the pronoun may stand for them
        return k + 1 < len(low) and low[k + 1] not in _NOT_A_VERB
    return False


def own_person_by_pronoun(lever: str, plan) -> bool:
    """Whether the lever's subject is "he" or "she" standing for the plan's own person (module note)."""
    if not _pronoun_acts(lever):
        return False
    return any(other != lever and named_staff_acts(other, plan) for other in plan.levers)
