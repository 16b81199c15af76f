"""Whether the one acting in a lever is the planner's own side, named as a part or a body of it rather than
as "we". Pure: no Django, no torch.

Plans written at work name who does a thing by its place in the organisation: a desk or department with no
article ("which patients reception phones", "which orders dispatch sends first"), the body itself with a
capital, as formal writing does ("where the Council places its signs", "whether the Firm orders searches"),
or one of "our" people ("which shops our buyers visit"). A rival or a market is named the other way: with
an article and in lower case ("the price the auctioneer opens at", "what the chain on the bypass charges").
Either way the planner's own side is never one the plan lists among what it cannot control or names in its
constraints as another party.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lever_words import CLIENTS, DETERMINERS, OURS, PREPOSITIONS, WH

_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(re.sub(r"\([^)]*\)", " ", text))


def _named_as_other(actor: str, elsewhere: Sequence[str]) -> bool:
    """Whether the plan names the actor among what it cannot control or as a party in its constraints."""
    pattern = re.compile(rf"\b{re.escape(actor.lower())}", re.IGNORECASE)
    return any(pattern.search(text) for text in elsewhere)


def own_side_acts(
    lever: str, is_action_verb, uncontrollables: Sequence[str] = (), constraints: str = ""
) -> bool:
    """Whether a clause-shaped lever ("which ... X does", "whether the X does", "where the X does") has as
    its subject a part or body of the planner's own organisation, doing a deliberate act (``is_action_verb``
    says which words are acts: "phones", "places", "orders", not "falls" or "peaks")."""
    words = _words(lever)
    low = [w.lower() for w in words]
    # a party that acts on us ("which day the brewery's lorry comes round to us") is another one
    if len(low) < 3 or low[0] not in WH or "us" in low:
        return False
    others = [*uncontrollables, constraints]
    for k in range(1, len(words) - 1):
        actor, verb, before = words[k], low[k + 1], low[k - 1]
        if not is_action_verb(verb) or verb in PREPOSITIONS or not (verb.endswith("s") or before in OURS):
            continue
        plain = actor.lower().split("'")[0].split("’")[0]
        if plain in CLIENTS or plain.rstrip("s") in CLIENTS or _named_as_other(plain, others):
            if before not in OURS:
                return False
        if before in OURS:
            return True  # "which shops our buyers visit"
        # A department or desk: a bare, lower-case singular noun after the thing acted on ("which patients
        # reception phones"); a plural or a capital would be people or a name of their own.
        owned = before.endswith(("'s", "’s", "'", "’"))  # "the brewery's lorry": someone else's
        if actor.islower() and not plain.endswith("s") and before not in DETERMINERS and not owned and k >= 2:
            return True
        # The body itself, capitalised after "the" as formal plans name their own ("the Council places").
        if before == "the" and actor[:1].isupper() and actor[1:].islower() and len(actor) > 2:
            return True
        return False  # the clause's subject was found and is none of these
    return False
