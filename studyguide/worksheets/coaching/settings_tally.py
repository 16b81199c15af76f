"""Whether the plan itself calls its levers, all of them, settings of its own: "given variety, moisture and
the four settings" with four levers listed. Pure: no Django.

A field that counts the levers as "the four settings" (or levers, controls, knobs) says in the planner's
words that each listed lever is set by them and that the model reads them all: a lever whose noun alone
reads as the world's ("soak water temperature") is then the temperature they set. Only an exact count is
trusted: "the settings" alone may mean some of them.
"""

from __future__ import annotations

import re

from .plan import Plan

_NUMBERS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_TALLY = re.compile(
    r"\b(?:the|all|our|these|its|all the|all our)\s+(\w+)\s+(?:settings|levers|controls|knobs|set ?points)\b",
    re.IGNORECASE,
)


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def tallies_levers(text: str, levers: list[str]) -> bool:
    return bool(levers) and any(_count(m.group(1)) == len(levers) for m in _TALLY.finditer(text or ""))


def levers_called_settings(plan: Plan) -> bool:
    listed = [lever for lever in plan.levers if lever.strip()]
    return any(tallies_levers(f, listed) for f in (plan.modeler, plan.simulator, plan.optimizer))
