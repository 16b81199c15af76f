"""A "we" that only says when: "how long the merchant takes to deliver once we've phoned the order through" is
the merchant's time, and its "we" is no actor of the lever row. Pure: no Django, no torch."""

from __future__ import annotations

from collections.abc import Callable

_TIME_OPENERS = frozenset(("once", "after", "before", "until", "while", "whenever", "when"))
# "how many days before we open" counts a lead time: the opener follows its unit, and the row is ours.
_LEAD_UNITS = frozenset(
    ("days", "weeks", "hours", "minutes", "months", "long", "far", "soon", "just", "right")
)
_TAKES = frozenset(("take", "takes", "took", "taking"))


def in_time_clause(tokens: list[str], i: int, side_of: Callable[[str], str | None]) -> bool:
    """Whether the "we" at ``i`` opens a time clause after a clause of another party's act or of a time
    something takes (so "how full the kiln must be before we fire" stays ours)."""
    return any(
        tokens[k] in _TIME_OPENERS
        and tokens[k - 1] not in _LEAD_UNITS
        and any(side_of(t) == "theirs" or t in _TAKES for t in tokens[:k])
        for k in range(max(1, i - 2), i)
    )


__all__ = ["in_time_clause"]
