"""Whether a lever row names the options it is set to. Pure: no Django, no torch.

"How many books go in a box (1 or 2)", "the sign-up form (short or long)", "start time (9:30/10:15)": a row
that lists, in brackets, the values it can take is a menu of settings, and someone who lists a menu picks
from it. Over the labelled plans 417 such rows sat in strong plans and 29 in plans whose planted flaw is a
lever nobody controls, none of them the planted row. So such a row is read as a lever whatever its words
say about who acts ("how much a subscriber tells us at sign-up (short or long form)" is the form we offer).
A bracket of one value ("(£16 now)"), a yes/no ("(yes or no)"), a hyphened compound ("(sale-or-return)") or
an aside without "or" ("(set by the landlord, reviewed yearly)") lists no options, and the weather stays the
weather ("(dry or wet)": the caller reads the world outright first).
"""

from __future__ import annotations

import re

_BRACKETS = re.compile(r"\(([^()]{1,120})\)")
# Alternatives are separated by " or ", " vs ", a slash between words, or commas ending in "or"/"and".
_SEPARATOR = re.compile(r"\s+(?:or|vs\.?|versus)\s+|\s*/\s*|\s*,\s*(?:or\s+|and\s+)?", re.IGNORECASE)
_YES_NO = frozenset(("yes", "no", "not", "none", "y", "n"))
_MAX_WORDS = 6  # an option longer than this is a clause, not a value


def names_its_options(lever: str) -> bool:
    for inside in _BRACKETS.findall(lever):
        text = inside.strip().lower()
        if text.startswith(("e.g.", "eg ", "i.e.", "ie ", "see ")):
            text = text.split(" ", 1)[-1]
        options = [o.strip(" .;:") for o in _SEPARATOR.split(text) if o.strip(" .;:")]
        if len(options) < 2 or not re.search(r"\s(?:or|vs\.?|versus)\s|\w\s*/\s*\w", text):
            continue
        if any(len(o.split()) > _MAX_WORDS for o in options):
            continue
        if {w for o in options for w in o.split()} & _YES_NO and all(len(o.split()) == 1 for o in options):
            continue
        return True
    return False
