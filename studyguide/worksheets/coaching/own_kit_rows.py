"""Uncontrollable rows that only name the planner's own kit, premises and people: "Our agents' cars", "The
agents' handheld devices", "Office opening hours", "Agents' holiday rota", "The tyre changing machine", "Space
in the storage container". These are what the plan works with, fixed for the plan's span, not inputs from the
world that the model has to read (the weather, demand, what customers already do, a rival's prices). Read from
the row's structure: a short noun phrase, perhaps owned by us or by our staff, whose head is a piece of kit, a
place of ours, our staff or their rota and hours, with nothing happening to it ("the oven breaking down",
"staff sickness" name events the plan cannot set, and stay uncontrollables) and no other party named in it
("competitors' opening hours" is the world's). Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .constraints_listed import every_row
from .levers import _TOKEN, side_of

_KIT = (
    r"machines?|vans?|cars?|lorr(?:y|ies)|trucks?|vehicles?|fleet|devices?|handhelds?|tablets?|laptops?"
    r"|computers?|printers?|scanners?|phones?|tills?|ovens?|mixers?|kilns?|fridges?|freezers?|cabinets?"
    r"|forklifts?|equipment|kit|tools?|software|containers?|premises|(?:cold|chill|dry) stores?"
    r"|st(?:oc|or)krooms?|storerooms?|kitchens?"
    r"|offices?|buildings?|workshops?|warehouse|yard|depot|rotas?|staff"
    # benches, farm and yard machines, the website and the stock we work from
    r"|(?:work)?bench(?:es)?|shelv(?:es|ing)|racks?|press(?:es)?|drills?|tractors?|trailers?|balers?|ladders?"
    r"|website|web ?site|booking (?:page|system|app|software)|spreadsheets?|stock|supplies|materials|glazes?"
    # our own helpers: "the lad who helps at weekends", "my assistant"
    r"|assistants?|helpers?|apprentices?|lads?|part-timers?"
    r"|(?:opening|office|working|shop) hours"
)
_OWN_KIT_ROW = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\W+)?(?:(?:the|our|my)\s+)?(?:(?:space|room|capacity) in (?:the |our |my )?)?"
    rf"(?:(?:[\w&-]+(?:'s|s')?\s+){{0,3}}(?:{_KIT})"
    # a holiday is ours only when our people own it: "the fitter's holiday", not "school holidays"
    r"|(?:[\w&-]+\s+){0,2}(?:[\w&-]+(?:'s|s')|staff|our|my)\s+(?:holidays?|leave|annual leave|hours|days? off"
    r"|shifts?))"
    # where in our place it sits, or who the helper is: "the printer in the back office", "the lad who helps
    # at weekends"
    r"(?:\s+(?:in|at) (?:the|our|my) (?:[\w-]+\s+){0,2}?(?:office|room|shop|yard|unit|barn|shed|workshop"
    r"|kitchen|depot|van|studio)|\s+(?:who|that) (?:helps|works|comes in)(?:\s+[\w-]+){0,3})?"
    r"(?:\s+in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))?"
    r"\W*$",
    re.IGNORECASE,
)


# What the market or a supplier does to our kit: "the price of materials", "fuel costs for the vans",
# "availability of glazes" are inputs from the world.
_MARKET_SIDE = re.compile(
    r"\b(?:prices?|costs?|rates?|availability|shortages?|supply|supplies of|delays?|deliver(?:y|ies)"
    r"|demand)\b"
    r"(?! (?:room|cupboard|shed|van))",
    re.IGNORECASE,
)


def names_own_kit(row: str) -> bool:
    """Whether the row only names a piece of our kit, a place of ours, our staff or their rota (see above)."""
    if _OWN_KIT_ROW.match(row.strip()) is None or _MARKET_SIDE.search(row):
        return False
    return not any(
        side_of(t.removesuffix("'s").rstrip("'")) in ("theirs", "clients")
        for t in _TOKEN.findall(row.lower())
    )


def only_own_kit(rows: list[str]) -> list[str]:
    """The rows, when there are at least two and every one names only our own kit, places or people."""
    return every_row(rows, names_own_kit)


__all__ = ["names_own_kit", "only_own_kit"]
