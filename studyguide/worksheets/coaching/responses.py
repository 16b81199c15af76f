"""Whether a model takes a lever by what it says it predicts, where it shares no word with the lever. Pure.

Two structures:

- a response: the model says how its prediction changes with something ("and how that changes with how
  long they wait"). That is a model of an effect, the thing a lever needs, unless what it changes with is
  one of the plan's uncontrollable inputs ("how demand changes with the weather");
- a timing lever's options: a lever asking which time or day ("what time we start", "which day we deliver")
  and a model predicting at each time or day ("at each place and time") evaluates each of its settings.
  Time words alone link nothing ("each day" in a forecast and in a lever may be about different things);
  the lever must be the question of when;
- a setting named by its verb in the lever and by its noun in the model ("what we charge for lager" and
  "sales given its price"), unless the noun there is another party's, one of the uncontrollable inputs
  ("the rival's price"); likewise a setting named by its unit in the lever and by the quantity in the
  model ("the knots we sail at" and "fuel given speed", "the degrees we set the oven to" and "bake time
  given the temperature").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import content_stems

_RESPONSE = re.compile(
    r"\bhow (?:that|this|it|they|(?:the|their) [a-z]+(?: [a-z]+)?) (?:changes?|varies|vary|moves?|shifts?"
    r"|goes up|goes down|falls?|rises?) (?:with|when|if|as)\b([^.;,:()—–]*)"
)
_TIME_NOUNS = ("time", "times", "day", "days", "week", "weeks", "month", "months", "hour", "hours")
_TIMING_LEVER = re.compile(r"\b(?:what|which) (" + "|".join(_TIME_NOUNS) + r")\b")
_EACH = re.compile(r"\b(?:at|for|in|on) (?:each|every) ((?:[a-z]+ ){0,3}?)(" + "|".join(_TIME_NOUNS) + r")\b")


def _plain(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def _uncontrollable(thing: str, uncontrollables: Sequence[str]) -> bool:
    stems = content_stems(thing)
    return not stems or any(stems <= content_stems(u) for u in uncontrollables)


def responds_to_lever(modeler: str, levers: Sequence[str], uncontrollables: Sequence[str] = ()) -> bool:
    text = modeler.lower().replace("’", "'")
    for found in _RESPONSE.finditer(text):
        if not _uncontrollable(found.group(1), uncontrollables):
            return True
    asked = {_plain(m.group(1)) for lever in levers for m in _TIMING_LEVER.finditer(lever.lower())}
    return any(_plain(m.group(2)) in asked for m in _EACH.finditer(text))


# The verb of a setting we choose and the nouns a model may name it by.
_SETTING_VERBS = {
    "charge": ("price", "prices", "fee", "fees", "tariff", "charge"),
    "pay": ("pay", "wage", "wages", "rate", "rates"),
    "spend": ("spend", "budget", "budgets"),
}
_WE_SET = re.compile(r"\b(?:we|i)(?: \w+)? (charge|pay|spend)(?:s|ed|d)?\b")
# A unit says which quantity a setting is, so a model may name the quantity instead.
_UNIT_QUANTITIES = {
    "knots": ("speed", "speeds"),
    "mph": ("speed", "speeds"),
    "rpm": ("speed", "speeds"),
    "degrees": ("temperature", "temperatures", "heat"),
}
_UNITS = re.compile(r"\b(" + "|".join(_UNIT_QUANTITIES) + r")\b")


def _setting_nouns(lever: str) -> set[str]:
    text = lever.lower()
    nouns = {n for m in _WE_SET.finditer(text) for n in _SETTING_VERBS[m[1]]}
    return nouns | {n for m in _UNITS.finditer(text) for n in _UNIT_QUANTITIES[m[1]]}


def setting_named_by_noun(modeler: str, levers: Sequence[str], uncontrollables: Sequence[str] = ()) -> bool:
    """Whether the model names by its noun a setting a lever names by its verb or its unit, and the noun is
    not one of the uncontrollable inputs (the few words before it do not name one)."""
    nouns = set().union(*(_setting_nouns(lever) for lever in levers)) if levers else set()
    if not nouns:
        return False
    text = modeler.lower().replace("’", "'")
    theirs = set().union(*(content_stems(u) for u in uncontrollables))
    for found in re.finditer(r"\b(?:" + "|".join(sorted(nouns)) + r")\b", text):
        before = " ".join(text[: found.start()].split()[-3:])
        if not content_stems(before) & theirs:
            return True
    return False
