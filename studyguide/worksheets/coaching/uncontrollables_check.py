"""The uncontrollable inputs check: a list is there, and it holds inputs from the world the models read,
not limits, aims, tools, bodies, past incidents or the planner's own kit and people. Split from ``rules``.
Pure: no Django, no torch."""

from __future__ import annotations

import re

from .bodies_named import bodies_note, only_bodies
from .constraints_listed import only_aims, only_constraints
from .context import Context
from .own_kit_rows import only_own_kit
from .past_incidents import only_past_incidents, past_incidents_note
from .text import quote
from .tool_rows import only_tools

# A list that says there is nothing out of our hands: "None - these rules are all set by the society",
# "Nothing, we decide all of it", "N/A: it's all ours". The reason after the denial names nothing the model
# reads; an exception does ("None except the weather", "None, but the tide").
_DENIED = re.compile(
    r"^\W*(?:none|nothing|n/?a|not applicable|no uncontrollables?(?: inputs?)?)"
    # "None that matter - where the hives go is all my decision", "Nothing really"
    r"(?: (?:that|which) (?:really )?(?:matters?|counts?|appl(?:y|ies)|(?:we|i) can think of)"
    # "nothing outside our control: it's all down to how we organise the gathers"
    r"|(?: (?:really|that matters))? (?:outside|beyond|out of) (?:our|my|the club's|the team's)"
    r" (?:control|hands|power|say)(?: here| at all| really)?"
    r"|(?: really| as such| to speak of| at all)+)?\s*(?:$|[-\u2013\u2014:,.;(])",
    re.IGNORECASE,
)
# Everything said to be ours: "We control everything here - it's our own yard", "Everything is in our hands".
_ALL_OURS = re.compile(
    r"^\W*(?:(?:we|i) (?:control|decide|set|choose|run|own) (?:it all|everything|all of it)"
    r"|(?:it'?s|it is|everything(?:'s| is)) (?:all )?(?:ours|in our hands|up to us|under our control"
    r"|our (?:call|choice))"
    # "it's all down to how we organise it", "everything is down to us"
    r"|(?:it'?s|it is|everything(?:'s| is)) (?:all )?(?:down|up) to (?:us|me|how (?:we|i)|what (?:we|i)"
    r"|our own))\b",
    re.IGNORECASE,
)
_EXCEPTION = re.compile(r"\b(?:but|except|apart from|other than|besides|beyond|unless|only)\b", re.IGNORECASE)


def only_denials(rows: list[str]) -> list[str]:
    """The rows, when every one of them says there is nothing out of our hands and names no exception."""
    said = [r for r in rows if r.strip()]
    denials = [_DENIED.match(r) or _ALL_OURS.match(r) for r in said]
    # the exception is read after the denial: "nothing beyond our control" denies, "none, beyond the tide" not
    if said and all(d and not _EXCEPTION.search(r[d.end() :]) for r, d in zip(said, denials, strict=True)):
        return said
    return []


def check_uncontrollables(ctx: Context, *, copied: bool = False) -> None:
    """``copied``: the list repeated the levers row for row and was read as empty."""
    plan = ctx.plan
    if not plan.uncontrollables:
        ctx.add(
            "uncontrollables",
            "uncontrollables_missing",
            ("Your uncontrollable inputs repeat your levers row for row. " if copied else "")
            + "List the inputs that matter but that you cannot change (weather, competitors, what users "
            "already want). The models need them, and naming them keeps them out of the levers.",
        )
    elif denied := only_denials(plan.uncontrollables):
        ctx.add(
            "uncontrollables",
            "uncontrollables_missing",
            f"{quote(denied[0])} says nothing is out of your hands, yet every plan has inputs it cannot set "
            "(weather, demand, what people already do, rules made by others). List them: the models need "
            "them, and naming them keeps them out of the levers.",
        )
    elif bounds := only_constraints(plan.uncontrollables):
        ctx.add(
            "uncontrollables",
            "uncontrollables_missing",
            f"{quote(bounds[0])} and the rest of that list are limits on what you may choose (they belong "
            "with the constraints), not inputs the model reads. List what matters but you cannot change "
            "(weather, demand, what people already do): the models need them.",
        )
    elif aims := only_aims(plan.uncontrollables):
        ctx.add(
            "uncontrollables",
            "uncontrollables_missing",
            f"{quote(aims[0])} and the rest of that list are what you want to keep true (your objective "
            "and constraints), not inputs you cannot change. List what matters but is out of your hands "
            "(weather, demand, what people already do): the models need them.",
        )
    elif tools := only_tools(plan.uncontrollables):
        ctx.add(
            "uncontrollables",
            "uncontrollables_missing",
            f"{quote(tools[0])} and the rest of that list are where your data is kept or the tools you use, "
            "not inputs the model reads. List what matters but you cannot change (weather, demand, what "
            "people already do): the models need them, and the data belongs under data.",
        )
    elif bodies := only_bodies(plan.uncontrollables):  # "The Friends of the Library": who, not what
        ctx.add("uncontrollables", "uncontrollables_missing", bodies_note(bodies))
    elif events := only_past_incidents(plan.uncontrollables):  # "the oak that fell in March 2023"
        ctx.add("uncontrollables", "uncontrollables_missing", past_incidents_note(events))
    elif kit := only_own_kit(plan.uncontrollables):  # "the tyre changing machine", "agents' holiday rota"
        ctx.add(
            "uncontrollables",
            "uncontrollables_missing",
            f"{quote(kit[0])} and the rest of that list are your own kit, premises and people: what the plan "
            "works with, not inputs from the world. List what matters but is out of your hands (weather, "
            "demand, what customers already do, rivals' prices): the models need them.",
        )
