"""A "we" that only says when: "how long the merchant takes to deliver once we've phoned the order through" is
the merchant's time, and its "we" is no actor of the lever row. Pure: no Django, no torch."""

from __future__ import annotations

from collections.abc import Callable

# Words that open a clause saying when (the wh-clause reader ends a row's own clause at them too).
TIME_CLAUSE_OPENERS = frozenset(("before", "after", "until", "once", "while", "whenever"))
_TIME_OPENERS = TIME_CLAUSE_OPENERS | {"when"}
# "how many days before we open" counts a lead time: the opener follows its unit, and the row is ours.
_LEAD_UNITS = frozenset(
    ("days", "weeks", "hours", "minutes", "months", "long", "far", "soon", "just", "right")
)
TAKES = frozenset(("take", "takes", "took", "taking"))  # a time something takes is measured, not set


def in_time_clause(tokens: list[str], i: int, side_of: Callable[[str], str | None]) -> bool:
    """Whether the "we" at ``i`` opens a time clause after a clause of another party's act or of a time
    something takes (so "how full the kiln must be before we fire" stays ours)."""
    return any(
        tokens[k] in _TIME_OPENERS
        and tokens[k - 1] not in _LEAD_UNITS
        and any(side_of(t) == "theirs" or t in TAKES for t in tokens[:k])
        for k in range(max(1, i - 2), i)
    )


__all__ = ["TAKES", "TIME_CLAUSE_OPENERS", "in_time_clause"]
