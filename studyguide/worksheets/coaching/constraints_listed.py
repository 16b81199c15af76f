"""List rows that are the plan's limits or aims rather than what the list asks for. Pure: no Django, no torch.

1. An uncontrollables list that holds only the plan's constraints: "charter budget £1,800 for the season",
   "RYA day-skipper rules", "back by 17:00 Sunday", "the fridge holds 40 pints", "only me and Dave to cover".
   A budget, a rule, a deadline or the plan's own fixed means (a lease, a capacity, its few staff) bounds what
   the optimizer may choose; it is not an input the model reads to predict the outcome (the tide, the wind,
   what people want), so such a list names none of the inputs the model depends on. The means may be said as
   a stock: "number of trucks (5)", "size of our yard", "instructors' contracted hours". Read from each row's
   structure (money, a rule, a limit, a time to be back by, a capacity, the hands there are), and only when
   every row is one.
2. An uncontrollables list that holds only the plan's aims: "keep costs down", "no fires", "customers happy",
   "stay legal". What the plan wants to keep true is its objective and constraints, not the world it cannot
   change. Read when every row is a wish: a verb of keeping or avoiding, "no" and a thing, or a thing and the
   state wanted for it.
3. Lever rows that are someone else's rules or a fixed limit: "Business and Planning Act 2020 rules", "the
   council's pavement licence policy", "£500 fee cap". The planner works within them; they are constraints,
   not settings the optimizer can search over.
"""

from __future__ import annotations

import re

_BOUND = re.compile(
    r"\b(?:budgets?|rules?|regulations?|laws?|licen[cs]es?|permits?|polic(?:y|ies)|deadlines?|no later than"
    r"|must|maximum|max|limits?|caps?|consent|allowed|allowance)\b|[£$€]|\bby \d|\bback by\b"
    # the plan's own means, fixed: a lease or contract, a capacity ("the fridge holds 40 pints", "seats 30"),
    # the hands there are ("only me and Dave to cover", "just two of us")
    r"|\b(?:leases?|tenancy|contracts?|capacity)\b"
    r"|\b(?:holds?|seats?|sleeps?|fits?) (?:up to |at most |only )?\d"
    r"|^\W*(?:only|just) (?:me|us|myself|(?:one|two|three|four|\d+) (?:of us|staff|people))\b"
    # or said as a stock counted or measured out: "number of trucks (5)", "size of our yard", "instructors'
    # contracted hours": a bare count in brackets or a size of what is ours is a fixed mean, not the world
    r"|\bcontracted\b|\(\d{1,4}\)|\b(?:number|size|capacity|length|area) of (?:our|my)\b",
    re.IGNORECASE,
)


def every_row(rows: list[str], test) -> list[str]:
    """The filled rows, when there are at least two and ``test`` holds for every one."""
    filled = [row for row in rows if row.strip()]
    return filled if len(filled) >= 2 and all(test(row) for row in filled) else []


def only_constraints(uncontrollables: list[str]) -> list[str]:
    """The rows, when there are at least two and every one is a budget, a rule, a limit or a deadline."""
    return every_row(uncontrollables, _BOUND.search)


_AIM = re.compile(
    r"^\W*(?:(?:keep|keeping|stay|staying|avoid|avoiding|ensure|make sure|don'?t|do not)\b"
    r"|no [a-z]+s?\W*$"
    r"|(?:[\w'-]+ ){1,3}(?:happy|satisfied|safe|legal|compliant|content|on side)\W*$)",
    re.IGNORECASE,
)


def only_aims(uncontrollables: list[str]) -> list[str]:
    """The rows, when there are at least two and every one is something the plan wants kept true."""
    return every_row(uncontrollables, lambda row: _AIM.match(row.strip()))


# Another party's rules, or a limit fixed at a figure: "the Act's rules", "the council's licence policy",
# "£500 fee cap", "1.5 m clear footway".
_RULE_ROW = re.compile(
    r"(?-i:\b[A-Z][\w]*(?: (?:[A-Z][\w]*|and|of|the))* Acts?\b)"  # "the Business and Planning Act 2020"
    r"|\b(?:law|laws|regulations?|legislation|statutory|code of practice|bylaws?)\b"
    r"|\b(?:[a-z]+'s|national|government|legal) (?:[\w-]+ ){0,3}(?:polic(?:y|ies)|rules|standards?)\b"
    r"|^\W*[£$€]?\d[\d.,]*\s*(?:m|km|%|metres?|hours?|days?)?\s+(?:[\w-]+ ){0,2}"
    r"(?:cap|limit|maximum|minimum)\b",
    re.IGNORECASE,
)


def names_a_rule(row: str) -> bool:
    """Whether the row is someone else's rule or a limit fixed at a figure."""
    return _RULE_ROW.search(row) is not None


__all__ = ["every_row", "names_a_rule", "only_aims", "only_constraints"]
