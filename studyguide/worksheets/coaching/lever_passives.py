"""Lever phrases in the passive: a value set by our side ("the humidity the steam spray is set to", "store
humidity set by the dehumidifier dial"), or a thing done to us by someone else ("which lane we get drawn in",
"the pitch we are allocated"). The first is a setting of ours with no agent named; the second names us only
as the ones it happens to. Read by ``levers.read_lever``. Pure: no Django, no torch.
"""

from __future__ import annotations

from .lever_words import DETERMINERS, FILLERS, FIRST_PERSON, PREPOSITIONS

_SET_VERBS = frozenset(("set", "kept", "held", "adjusted", "dialled", "dialed", "tuned"))


def set_passively(tokens: list[str]) -> bool:
    """Whether the phrase names the value something is set to or kept at, in the passive with no agent ("the
    humidity the steam spray is set to", "the temperature the proofer is kept at"): a setting someone on
    the plan's side dials in, however weather-like its noun. Not when an agent follows ("by the council")
    nor when a verb does ("is set to rise" forecasts)."""
    for k in range(1, len(tokens) - 2):
        if tokens[k] in ("is", "are") and tokens[k + 1] in _SET_VERBS and tokens[k + 2] in ("to", "at"):
            after = tokens[k + 3 : k + 4]
            if "by" in tokens[k + 2 :] or any(t in FIRST_PERSON for t in tokens):
                return False
            return not after or after[0] in PREPOSITIONS or after[0] in DETERMINERS or after[0][:1].isdigit()
    return False


# The controls a value is dialled in on: "store humidity set by the dehumidifier dial".
_DEVICES = frozenset(
    "dial dials controller controllers thermostat thermostats timer timers knob knobs".split()
)


def set_on_a_device(tokens: list[str]) -> bool:
    """Whether the value is set by a control of ours, read as the last word of the agent after "set by"."""
    for k in range(len(tokens) - 2):
        if tokens[k] == "set" and tokens[k + 1] == "by":
            agent = [t for t in tokens[k + 2 :] if t not in PREPOSITIONS][:4]
            return bool(agent) and agent[-1] in _DEVICES and not any(t.endswith("'s") for t in agent)
    return False


_PASSIVE_AUX = frozenset(("get", "gets", "got", "are", "were", "is", "was", "be", "been", "get's"))
_ALLOTTED = frozenset(
    "drawn allocated assigned given seeded placed sent offered handed granted awarded allotted paired "
    "drafted ranked chosen picked selected invited told billed charged scheduled slotted lent loaned "
    "rostered balloted".split()
)


def done_to_us(tokens: list[str], i: int) -> bool:
    """Whether "we" (at ``i``) is the one something is done to: "which lane we get drawn in", "the pitch we
    are allocated", "the price we are charged". Someone else draws, allots or charges: their choice."""
    j = i + 1
    while j < len(tokens) and tokens[j] in FILLERS:
        j += 1
    auxiliary, participle = tokens[j : j + 1], tokens[j + 1 : j + 2]
    return bool(auxiliary and participle) and auxiliary[0] in _PASSIVE_AUX and participle[0] in _ALLOTTED


__all__ = ["done_to_us", "set_on_a_device", "set_passively"]
