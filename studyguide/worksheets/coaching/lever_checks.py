"""The levers check: whether each listed lever is something the planner decides, read from its structure
(``levers.read_lever``) and from the plan around it (who acts in it, what it lists as uncontrollable), with
the embedding model where the structure cannot tell. Split from ``rules``. Pure: no Django, no torch."""

from __future__ import annotations

import re

from .constraints_listed import names_a_rule
from .context import MAX_COACHED, Context
from .counted_outcome import counts_the_outcome
from .gerund_parties import names_another_acting, offers_terms, said_by_a_surer_reading
from .lever_options import names_its_options
from .lever_questions import asks_how_things_are
from .levers import CONTROL, WORLD, LeverReading, is_action_verb, read_lever
from .lexicon import same_item
from .named_staff import named_staff_acts
from .official_visits import an_official_acts
from .optimised import optimiser_sets
from .others_counted import counts_others_doing
from .own_side import own_side_acts
from .ownership import (
    fixed_by_another,
    named_as_us,
    named_own_choices,
    planner_in_third_person,
    set_by_another,
    set_by_own_staff,
    their_conduct,
    their_pick,
)
from .place_settings import set_as_place_setting
from .plan import Plan
from .result_rows import a_result_wanted
from .served_acting import read_with_served_acts
from .settings_tally import levers_called_settings
from .staff_pronouns import own_person_by_pronoun
from .text import content_stems, quote
from .tool_rows import names_a_tool
from .work_stages import stages_listed
from .world_amounts import amount_of_world
from .world_outright import (
    names_world_outright,
    outright_kind,
)

# --- levers ------------------------------------------------------------------------------------------------
_SOMEONE_ELSE = "what someone else does or decides"
_WHY = {
    "outcome": "an outcome you hope for",
    "goal": "the result you are after",
    "state": "a state of the world or of people",
    **dict.fromkeys(("other_party", "their_act", "persuaded", "acts_on_us"), _SOMEONE_ELSE),
    "time_taken": "how long something takes",
    "turnout": "how many people choose to come",
    "counted": "what the people your metric counts choose to do",
}


def _is_world(ctx: Context, lever: str, reading: LeverReading) -> bool:
    if reading.firm:
        return reading.verdict == WORLD
    if ctx.sem is not None:
        # A weak lean from an ambiguous noun ("event nights") is no lean: the model decides on its own.
        lean = None if reading.verdict == WORLD and reading.reason == "state" else reading.verdict
        return ctx.sem.lever_uncontrollable(reading.core or lever, ctx.plan.uncontrollables, lean)
    return reading.verdict == WORLD and reading.reason == "other_party"


def _quotes(items: list[str]) -> str:
    quoted = [quote(i) for i in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _what_you_decide(ctx: Context) -> str:
    if ctx.example_lever:
        return f", as you already do with {quote(ctx.example_lever)}"
    if ctx.betting:
        return " (for a bettor: which matches to bet on and how much to stake)"
    return " (a price, what you show or send and to whom, when, how much)"


# Another party's own version of a thing: "other rides' prices", "competitors' opening hours", "the
# neighbouring farms' picking dates". Theirs beside ours ("price per ride") is no twin: we set ours.
_OTHERS_OWN = re.compile(
    r"\b(?:other|others'?|competitors?'?|competing|rivals?'?|rival|neighbou?r(?:s|ing)?'?|next-door)\b"
)


def _twin(lever: str, uncontrollable: str) -> bool:
    """The same row in both lists. A lever that narrows the uncontrollable with a word of its own ("the
    fridge room temperature" beside "room temperature") names a part we set, not the world's own; an
    uncontrollable that is another party's version of it ("other rides' prices") is theirs, not ours."""
    theirs = _OTHERS_OWN.search(uncontrollable.lower()) and not _OTHERS_OWN.search(lever.lower())
    # ... and an uncontrollable that adds a state to the lever's own words ("members available for work
    # parties" beside "how many members in each work party", "how fast each group walks" beside "where the
    # walking groups go") names what the world does to the thing we set, not the setting
    return (
        same_item(lever, uncontrollable)
        and not content_stems(uncontrollable) < content_stems(lever)
        and not content_stems(lever) < content_stems(uncontrollable)
        and not theirs
    )


def _elsewhere(plan: Plan, lever: str) -> list[str]:
    """Where the plan describes its own acts, outside this lever: not the constraints, which name the other
    parties whose consent or rules bind it ("the county's consent")."""
    own = (plan.objective, plan.simulator, plan.optimizer, plan.rollout, *named_own_choices(plan.risks))
    return [*own, plan.monitoring, *(other for other in plan.levers if other != lever)]


def _boxes(plan: Plan) -> list[str]:
    """The boxes where a plan calls things its own ("our drivers")."""
    return [plan.objective, plan.constraints, *plan.levers, plan.modeler, plan.rollout, plan.monitoring]


_COUNTS_OTHERS = "counts what others choose or what comes out of the process: a result you hope for"


def _take(world: list[tuple[str, str]], why: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The levers read for ``why``, and the other readings left."""
    return [lever for lever, w in world if w == why], [(lever, w) for lever, w in world if w != why]


# A lever row that is a level to reach, not a setting: "effectiveness of 0.6 or better", "steady state inside
# the three hours". A setting names a choice ("how many ...", "which ...", "the discount for stays of three
# nights or more") or the one who sets it; a target only a result and its bar.
_BAR = re.compile(
    r"\bor (?:better|more|higher|less|lower|fewer|above|below|under|over)\b"
    r"|\b(?:inside|within|under|below|above|at least|at most|no more than|no less than) (?:the )?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\w*\b",
    re.IGNORECASE,
)
_A_SETTING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\W+)?(?:how|which|whether|what|when|who|where)\b"
    r"|\b(?:we|i|our|my|us|sets?|pays?|takes?|books?|charges?|offers?)\b"
    r"|\b(?:discount|price|fee|(?:sur)?charge|cap|deposit|subsid\w*|free|rate|size|number of|amount|rule"
    r"|minimum|maximum)\b"
    # the options we choose among, listed: "a small-order surcharge under 100 bags (£30 or £50)"
    r"|\([^)]*\bor\b[^)]*\)"
    r"|\b(?:offered|given|sent|shown|included)\b",  # what we hand out: "offered with every survey"
    re.IGNORECASE,
)


# A lever row that is the model's own forecast: "forecast tank level at each works for the next 7 days",
# "predicted tonnes of dry solids per works", "expected dry solids % from the lab". What the model says will
# happen is its output, not a setting anyone chooses.
_FORECAST_ROW = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\W+)?(?:the )?(?:forecast|predicted|expected|estimated|projected|likely)\b",
    re.IGNORECASE,
)


# A lever row that is a source of data: "LiDAR survey of the route (2023)", "cab-ride video from the
# measurement train", "the fault log of vegetation-caused delays". What the model learns from is no setting.
_RECORD_ROW = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\W+)?(?:the |our |a |an )?(?:[\w'-]+ ){0,3}(?:survey|video|footage|log|logs"
    r"|records?|reports?|data|dataset|readings|photos|images|complaints|spreadsheet)s?\b"
    r"(?! (?:we|i|to|for|sent|given|shown|posted|on)\b)"
    # a medium of a service we give: "a weekly video check-in", "a group video call"
    r"(?![ -](?:check|call|session|consult|lesson|tour|appointment|meeting|chat|visit|class))",
    re.IGNORECASE,
)


# A lever row that names who takes part, not what is decided: "the line crew (6 operators per shift)",
# "Rebecca Hunt, production manager", "the planning office". A person or a team is no setting; what they
# decide is ("how many operators per shift", "which shade runs first").
_PEOPLE_ROW = re.compile(
    r"(?i:^\W*(?:\d+(?:\.\d+)*\W+)?(?:the |a |an )?"
    # "extra staff", "agency crews": how many, or which kind, is a choice
    r"(?!(?:extra|more|additional|fewer|less|agency|temp\w*|casual|overtime|spare|relief|part-time|seasonal)\b)"
    r"(?:[\w&'-]+ ){0,3}(?:crew|team|office|lab|laboratory"
    r"|department|dept|staff|operators?|supervisors?|foreman|forewoman|planners?|engineers?|officers?|desk"
    r"|committee|unit|director|coordinator|technicians?|assistants?|secretary|board|managers?|volunteers?)"
    r"(?:\s*\([^)]*\))?\s*$)"
    # a person named with a role: "Rebecca Hunt, production manager"
    r"|^\W*[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2},\s*(?:the |our )?(?i:[\w' -]{0,30}(?:manager|director|lead"
    r"|officer|supervisor|planner|engineer|coordinator|technician|assistant|secretary|chair|head|buyer|analyst"
    r"|foreman))\s*$"
)


def _people_listed(levers: list[str]) -> list[str]:
    """The lever rows that only name people or teams, when they are at least two and half the list."""
    return _most_rows(
        [lever for lever in levers if _PEOPLE_ROW.match(lever) and not _A_SETTING.search(lever)], levers
    )


def _most_rows(rows: list[str], levers: list[str]) -> list[str]:
    return rows if len(rows) >= 2 and 2 * len(rows) >= len(levers) else []


def _targets_listed(levers: list[str]) -> list[str]:
    """The lever rows that only state a level to reach, when they are at least two and half the list."""
    return _most_rows(
        [lever for lever in levers if _BAR.search(lever) and not _A_SETTING.search(lever)], levers
    )


def _goals_listed(levers: list[str], metric: str, objective: str = "") -> list[str]:
    """The lever rows that only name a result wanted, when they are at least two and half the list."""
    rows = [
        lever
        for lever in levers
        if a_result_wanted(lever, metric, objective, read_lever(lever).verdict == CONTROL)
    ]
    return _most_rows(rows, levers)


def _records_listed(levers: list[str]) -> list[str]:
    """The lever rows that name a source of data or a tool, when they are at least two and half the list."""
    rows = [
        lever
        for lever in levers
        if (_RECORD_ROW.match(lever) or names_a_tool(lever)) and not _A_SETTING.search(lever)
    ]
    return _most_rows(rows, levers)


def _rules_listed(levers: list[str]) -> list[str]:
    """The lever rows that are someone else's rules or a fixed limit, when at least two and half the list."""
    return _most_rows([lever for lever in levers if names_a_rule(lever)], levers)


def _questions_listed(levers: list[str]) -> list[str]:
    """The lever rows that ask how things are, when they are at least two and half the list."""
    return _most_rows([lever for lever in levers if asks_how_things_are(lever)], levers)


def _forecasts_listed(levers: list[str]) -> list[str]:
    """The lever rows that are forecasts, when they are at least two and half the list."""
    return _most_rows([lever for lever in levers if _FORECAST_ROW.match(lever)], levers)


# What a lever list holds instead of levers, and what the note says of its first such row.
_SET_INSTEAD = "the settings your optimizer will search over"
_NOT_LEVERS = (
    (
        _questions_listed,
        "is a question you want answered (data or a trial can answer it), not a lever. List what you "
        f"yourself set (a limit, a price, when something is offered), {_SET_INSTEAD}.",
    ),
    (
        _forecasts_listed,
        "is what the model predicts, not a lever. List what you yourself set in answer to it (which route, "
        f"when, how much), {_SET_INSTEAD}.",
    ),
    (
        stages_listed,
        "is a stage of the project's work, not a lever. List what the model's answer will set (which one, in "
        f"what order, how much), {_SET_INSTEAD}; the stages belong under rollout.",
    ),
    (
        _records_listed,
        "is a tool or a source of data, not a lever. List what you yourself set (which sites, when, how "
        f"much), {_SET_INSTEAD}; the data belongs under data.",
    ),
    (
        _people_listed,
        "names who takes part, not a lever. List what is decided (how many, when, which one, in what order), "
        f"{_SET_INSTEAD}.",
    ),
    (
        _rules_listed,
        "is a rule or a limit you work within, not a lever. List what you yourself decide inside it (how "
        f"long, how many, which conditions), {_SET_INSTEAD}; the rules belong under constraints.",
    ),
    (
        _goals_listed,
        "is a result you want, not a lever. List what you yourself do to get there (how often, at what "
        f"price, in what order), {_SET_INSTEAD}.",
    ),
    (
        _targets_listed,
        "is a level you want to reach, not a lever. List what you yourself set to get there (an amount, a "
        f"timing, which option you choose), {_SET_INSTEAD}.",
    ),
)


def check_levers(ctx: Context) -> None:
    plan = ctx.plan
    if not plan.levers:
        ctx.add(
            "levers",
            "levers_missing",
            "List your levers: the things you yourself can change or decide (a price, a ranking, when an "
            "alert is sent). Without levers a model can only predict, not improve the outcome.",
        )
        return
    for listed, says in _NOT_LEVERS:  # the list holds something else: forecasts, data, targets
        # a result wanted is read against the plan's metric: "fewer birds returned" beside "birds returned"
        rows = (
            listed(ctx.levers, plan.metric, plan.objective) if listed is _goals_listed else listed(ctx.levers)
        )
        if rows:
            ctx.add("levers", "levers_missing", f"{quote(rows[0])} {says}")
            return
    twins: list[tuple[str, str]] = []
    world: list[tuple[str, str]] = []  # (lever, why)
    for lever in ctx.levers:
        listed = next((u for u in plan.uncontrollables[:MAX_COACHED] if _twin(lever, u)), None)
        if listed is not None:
            twins.append((lever, listed))
            continue
        # "the sign-up form a subscriber fills (short or long)": a menu; "the farm digging its own trench, for
        # a lower fee": our offer, whoever then acts
        if (names_its_options(lever) or offers_terms(lever)) and not names_world_outright(lever):
            ctx.controllable.append(lever)
            continue
        # "how many of our coaches put their names down", "how long the merchant takes": a head count of who
        # offers or comes, or a time taken, is measured whoever's people; "crew volunteering", "the employer
        # agrees to": an offer or a consent is theirs likewise
        # read once: the structural reading decides again below; "clients turning up to every session": theirs
        reading = read_with_served_acts(lever, plan.optimizer)
        if reading.firm and reading.reason in ("turnout", "time_taken", "their_choice", "picked"):
            world.append((lever, reading.reason))
            continue
        # "building control inspector visiting within two days": a regulator's official comes when sent,
        # unless the plan is that regulator's own ("the Council")
        if an_official_acts(lever) and not planner_in_third_person(
            lever, _elsewhere(plan, lever), plan.uncontrollables[:MAX_COACHED]
        ):
            world.append((lever, "named_acting"))
            continue
        if named_staff_acts(lever, plan) or own_person_by_pronoun(lever, plan):
            ctx.controllable.append(lever)  # "whether Gordon sends a mentor": one of our people, by name
            continue
        if their_pick(lever, plan.uncontrollables[:MAX_COACHED]):
            world.append((lever, "picked"))  # "the dessert each diner orders": the clause says who picks
            continue
        if their_conduct(lever, plan.uncontrollables[:MAX_COACHED]):
            world.append((lever, "their_act"))  # "whether the patient wears the insoles": their own conduct
            continue
        # "the festival moving the headliner's finish": a party not ours named as acting, asked about; not
        # where a reading below says whose act it is ("the merchant keeping stock for us"), said there
        ours = planner_in_third_person(lever, _elsewhere(plan, lever), plan.uncontrollables[:MAX_COACHED])
        settled = (reading.firm and reading.verdict == WORLD) or said_by_a_surer_reading(lever, plan)
        if not settled and names_another_acting(lever, _boxes(plan)) and not ours:
            world.append((lever, "named_acting"))
            continue
        if counts_the_outcome(lever, plan.metric):
            world.append((lever, "counted"))  # "how many beginners book": the people the metric counts
            continue
        if counts_others_doing(lever, plan):
            world.append((lever, "others_counted"))  # "how many guests book the add-on": their choice
            continue
        if own_side_acts(lever, is_action_verb, plan.uncontrollables[:MAX_COACHED], plan.constraints):
            ctx.controllable.append(lever)  # "which patients reception phones": a desk of our own acts
            continue
        if names_world_outright(lever):
            world.append((lever, "outright"))  # "dry, warm evenings in July": nothing in it anyone does
            continue
        if amount_of_world(lever):
            world.append((lever, "outright"))  # "the hours of sunshine": the head noun alone reads as ours
            continue
        # No structural reading at all ("term of the visit"): the plan's own optimiser setting it decides too.
        misread = reading.reason in ("state", "outcome") or (not reading.firm and reading.verdict is None)
        if misread and (
            optimiser_sets(lever, plan.optimizer, plan.uncontrollables)
            or set_as_place_setting(lever, plan.optimizer, plan.levers)  # "humidity", "Sets room settings"
        ):
            ctx.controllable.append(lever)  # the plan's own optimiser sets it: "chooses ... the copies"
            continue
        if not reading.firm and named_as_us(lever, plan.objective, plan.uncontrollables[:MAX_COACHED]):
            ctx.controllable.append(lever)  # "the rate the Society pays", the objective being the Society's
            continue
        if reading.reason == "other_party" and planner_in_third_person(
            lever, _elsewhere(plan, lever), plan.uncontrollables[:MAX_COACHED]
        ):
            ctx.controllable.append(lever)  # "which routes the Council organises", the Council planning
            continue
        # "the chiller set point the engineer chooses": one of ours sets it, as "we" in "the price we charge"
        if (not reading.firm or reading.reason == "state") and set_by_own_staff(
            lever, [*plan.uncontrollables[:MAX_COACHED], plan.constraints]
        ):
            ctx.controllable.append(lever)
            continue
        if not reading.firm and set_by_another(lever):
            if not planner_in_third_person(
                lever, _elsewhere(plan, lever), plan.uncontrollables[:MAX_COACHED]
            ):
                world.append((lever, "other_party"))  # "the speed limit the county sets"
                continue
        if not reading.firm and levers_called_settings(plan):
            ctx.controllable.append(lever)  # "given ... the four settings", four levers: the plan's own word
            continue
        if _is_world(ctx, lever, reading):
            world.append(
                (lever, reading.reason if reading.verdict == WORLD and reading.reason in _WHY else "state")
            )
        else:
            ctx.controllable.append(lever)
    for lever, listed in twins:
        ctx.add(
            "levers",
            "lever_not_controllable",
            f"{quote(lever)} is listed both as a lever and as an uncontrollable input ({quote(listed)}). A "
            "lever is something you decide; keep it in one list only.",
            certain=True,
        )
    # "getting the insurance company to let its staff leave early" says in its own words that another party
    # acts: as sure as a lever listed among the uncontrollables, so said, not asked.
    persuaded, world = _take(world, "persuaded")
    acting, world = _take(world, "acts_on_us")  # "which weekend the hall committee gives us"
    choosing, world = _take(world, "their_choice")  # "which adjustments the employer agrees to make"
    # "the festival moving the headliner's finish": a party not ours named acting (asked only on planted rows)
    named, world = _take(world, "named_acting")
    set_by_them = [lever for lever, why in world if why == "other_party" and fixed_by_another(lever)]
    world = [(lever, why) for lever, why in world if lever not in set_by_them]
    persuaded += acting + choosing + named + set_by_them
    picked, world = _take(world, "picked")
    outright, world = _take(world, "outright")
    # "how many bins go straight to the packer", "how many accounts go to the external match": read as a count
    # of what the metric's people choose, this was wrong on every first look of the last twenty blind sets
    # where it spoke (four plans, two of them strong; it caught none there), as often as not an allocation
    # the planner makes. It is asked, with the other readings below, not said.
    others_counted, world = _take(world, "others_counted")
    # "how long the merchant takes to deliver", "how many of the party turn up": a time measured, a head count
    # of who chose to come, in the lever's own words; as sure as the persuaded
    timed, world = _take(world, "time_taken")
    turnout, world = _take(world, "turnout")
    for lever in timed:
        ctx.add(
            "levers",
            "lever_not_controllable",
            f"{quote(lever)} is how long something takes: a time you measure, not one you set. Move it to "
            "the uncontrollable inputs (the models still use it) and keep as a lever what you do to change it"
            f"{_what_you_decide(ctx)}.",
            certain=True,
        )
    for lever in turnout:
        ctx.add(
            "levers",
            "lever_not_controllable",
            f"{quote(lever)} counts who chooses to come, not a setting of yours. Move it to the "
            "uncontrollable inputs or the metric, and keep as levers what you do to bring them"
            f"{_what_you_decide(ctx)}.",
            certain=True,
        )
    # a count of the clients' own choices or of what the process yields
    for lever in others_counted:
        ctx.add(
            "levers",
            "lever_not_controllable",
            f"{quote(lever)} {_COUNTS_OTHERS}, not a setting of yours. Move it to the uncontrollable inputs "
            f"or the metric, and keep as levers what you do to bring it about{_what_you_decide(ctx)}.",
            certain=True,
        )
    for lever in outright:  # the weather, who is about, a match's result: said, as sure as the persuaded
        ctx.add(
            "levers",
            "lever_not_controllable",
            f"{quote(lever)} names {outright_kind(lever)}. Move it to "
            "the uncontrollable inputs (the models still use it) and keep as a lever what you do about it"
            f"{_what_you_decide(ctx)}.",
            certain=True,
        )
    # "the seat every passenger chooses" names, in the lever's own words, the people served as who picks it:
    # as sure as the persuaded, so said.
    for lever in picked:
        ctx.add(
            "levers",
            "lever_not_controllable",
            f"{quote(lever)} is what the people you serve pick or do for themselves: you can offer, "
            "suggest or price it, but they decide. Move it to the uncontrollable inputs (the models still "
            f"use it) and keep as a lever what you set yourself{_what_you_decide(ctx)}.",
            certain=True,
        )
    for lever in persuaded:
        ctx.add(
            "levers",
            "lever_not_controllable",
            f"{quote(lever)} is something another party does: you can only ask them. Move it to the "
            "uncontrollable inputs (the models still use it) and keep as a lever what you do yourself"
            f"{_what_you_decide(ctx)}.",
            certain=True,
        )
    if world:
        one = len(world) == 1
        whys = {_WHY[why] for _, why in world}
        why = whys.pop() if len(whys) == 1 else "what happens around you or what others decide"
        it = "it" if one else "them"
        ctx.add(
            "levers",
            "lever_not_controllable",
            f"Do you decide {_quotes([lever for lever, _ in world])}? "
            f"{'It reads as' if one else 'They read as'} {why}. If not, move {it} to the uncontrollable "
            f"inputs (the models still use {it}) and keep as levers what you do about {it}"
            f"{_what_you_decide(ctx)}.",
        )
    if ctx.controllable and not (
        twins or world or persuaded or picked or outright or others_counted or timed or turnout
    ):
        ctx.strength("levers", "levers you really decide")
