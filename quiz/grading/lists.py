"""The last item of a list that the key does not back: "A, B, and C" where A and B state key points and C
states nothing the key says.

A learner who enumerates the key's items and closes the list with one more ("keep a human in the loop, let
it prioritise cases, and once the first week goes well switch the humans off"; "a fixed seed, valid_pct, and
random.shuffle beforehand"; "manual process, limited deployment, gradual expansion, and after that full
automation with monitoring switched off") asserts that item as confidently as the others: a teacher does not
give full marks to a list one of whose items undoes the rest. The closing item is written into the sentence
that states the points, so the sentence rules (``claims``) never see it, and it opens with a bare "and",
which inside a sentence mostly joins two halves of one point: only a list of three or more ("A, B, and C")
makes that "and" announce an item of its own.

The item counts as unbacked when no key point is stated by it even weakly and it is not close to any clause
of the reference answer; a true extra item ("flips, rotations, and zoom") is too short to count, and one that
rewords the reference sits above the cosine bar; a closing clause that points back ("and that difference is
what hurts") sums the sentence up and is no item. Pure module: it reads the units ``features`` already scored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .claims import later_unbacked_clauses

# An item that a key point's phrasing matches at least this well states it, if weakly (0.5 is "unclear").
ITEM_MAX_STATES = 0.5
# An item as close to a clause of the reference as ``claims.CLAUSE_ELABORATES_COS`` (0.6) rewords it (true
# items of the probe sets' right answers sit at 0.6 and above; the closing items that undo a list at
# 0.26-0.59), and one with fewer content words than ``claims.ADDED_MIN_WORDS`` (3) names a thing ("zoom",
# "lighting") rather than asserting one: ``claims.later_unbacked_clauses`` applies both, as for any clause
# added to a point.
# The text before the closing item ends with ", and" (or "; and") and holds at least this many separators,
# the closing one included: "A, B, and C".
LIST_MIN_SEPARATORS = 2
_CLOSING_AND_RE = re.compile(r"[,;]\s*and\s*$", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"[,;]")
# A closing clause whose subject points back at what came before ("and that difference is what hurts", "and
# all of this ...") sums up the sentence: it is a conclusion, not one more item of the list.
_SUMS_UP_RE = re.compile(
    r"^\W*(?:(?:all|each|both)\s+(?:of\s+)?)?(?:that|this|these|those|which)\b", re.IGNORECASE
)


def unbacked_closing_items(units: Sequence) -> list[str]:
    """Closing items of a list ("..., B, and C") that state no key point and no misconception and do not
    reword the reference, in a sentence where an earlier item states a key point (``units``:
    ``features.UnitSupport`` of every unit)."""
    out = []
    for u, sentence in later_unbacked_clauses(units, max_states=ITEM_MAX_STATES):
        if sentence is None or _SUMS_UP_RE.match(u.unit.text):
            continue
        before = sentence.unit.text[: u.unit.start - sentence.unit.start]
        if not _CLOSING_AND_RE.search(before) or len(_SEPARATOR_RE.findall(before)) < LIST_MIN_SEPARATORS:
            continue
        earlier_point = any(
            v.stated
            and v.unit.kind == "clause"
            and sentence.unit.start <= v.unit.start
            and v.unit.end <= u.unit.start
            for v in units
        )
        if earlier_point:
            out.append(u.unit.text)
    return out
