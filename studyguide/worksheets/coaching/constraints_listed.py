"""An uncontrollables list that holds only the plan's constraints: "charter budget £1,800 for the season",
"RYA day-skipper rules", "back by 17:00 Sunday". A budget, a rule or a deadline bounds what the optimizer may
choose; it is not an input the model reads to predict the outcome (the tide, the wind, what people want), so
such a list names none of the inputs the model depends on. Read from each row's structure (money, a rule, a
limit, a time to be back by), and only when every row is one. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

_BOUND = re.compile(
    r"\b(?:budgets?|rules?|regulations?|laws?|licen[cs]es?|permits?|polic(?:y|ies)|deadlines?|no later than"
    r"|must|maximum|max|limits?|caps?|consent|allowed|allowance)\b|[£$€]|\bby \d|\bback by\b",
    re.IGNORECASE,
)


def only_constraints(uncontrollables: list[str]) -> list[str]:
    """The rows, when there are at least two and every one is a budget, a rule, a limit or a deadline."""
    rows = [row for row in uncontrollables if row.strip()]
    return rows if len(rows) >= 2 and all(_BOUND.search(row) for row in rows) else []


__all__ = ["only_constraints"]
