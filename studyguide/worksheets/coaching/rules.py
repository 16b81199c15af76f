"""Coaching rules for a Drivetrain plan. Pure: no Django, no torch.

``coach(plan, semantics=None)`` returns the ``Feedback`` a student sees: notes ranked by importance, each
tied to a worksheet field (named the same in the web form and the JSON interface), a stable code and the
study note it comes from, the questions the coach is not sure enough to state (``notes.ASKED_AS_QUESTIONS``),
plus one line on what the plan does well. ``check_plan`` returns notes and questions together.
``semantics`` (optional) is an object with the methods of ``context.Semantics``; the embedding-backed one
lives in ``semantic.py``. Without it the rules use the lever reader and the word lists only.

Work is bounded: at most ``MAX_COACHED`` levers and uncontrollable inputs are read (a note says so).
"""

from __future__ import annotations

import re
from dataclasses import fields, replace

from .context import MAX_COACHED, Context, Semantics
from .experiment_checks import check_data
from .experiment_words import CHANGE_VERBS, OUTCOME_INDEPENDENT
from .field_judge import add_judged_notes
from .future_questions import asks_about_the_future, without_ranked_by_likelihood
from .lever_checks import _twin, check_levers  # noqa: F401 (_twin: read by the tests)
from .lexicon import (
    CONDITIONED,
    DECISION_WORDS,
    HANDS_OVER,
    LEVER_WORD,
    LOOK_VERBS,
    MODEL_PREDICTIVE,
    MODEL_TUNING,
    OPTIMISING,
    OUTCOME_WORDS,
    PREDICTION_WORDS,
    RANKS_BY_PREDICTION,
    WHAT_IF,
    mentions_lever_words,
    same_item,
)
from .model_handoff import model_declined, model_left_to_a_person, model_left_to_a_tool, model_left_to_habit
from .model_inputs import (
    inputs_all_world,
    inputs_exclude_levers,
    optimised_yet_unread,
    reads_what_the_optimizer_sets,
    settings_read,
    without_asides,
    without_non_inputs,
    without_when,
)
from .namesakes import fits_the_model_only, scores_the_model_only
from .non_answers import is_blank
from .notes import CODES, Feedback, Note, make_note, ranked, strengths_line
from .optimizer_refused import refuses_to_optimise
from .outcome_first import without_prediction
from .own_trace import reads_our_last_act
from .placeholders import (
    asks_back,
    deferred,
    filler_typed,
    label_typed_back,
    note_to_self,
    points_elsewhere,
)
from .plan import Plan, as_read
from .report_landing import lands_in_a_report, only_put_up_for_reading
from .responses import responds_to_lever, setting_named_by_noun
from .risk_checks import check_risks
from .settings_tally import tallies_levers
from .simulator_declined import simulator_declined
from .substance import check_baseline, check_metric, check_rollout, is_non_answer
from .template_slots import template_text
from .text import has_any, quote, quote_part, sentence_with, sentences
from .unanswered import read_unanswered_as_blank
from .uncontrollables_check import check_uncontrollables
from .work_described import describes_the_work, only_its_history, states_only_the_method, wants_only_a_tool

__all__ = ["CODES", "MAX_COACHED", "Context", "Note", "Semantics", "check_plan", "coach"]

BETTING_LINK = (r"odds", r"expected (value|return)", r"edge", r"value bet", r"price offered", r"implied")


# --- data, models ------------------------------------------------------------------------------------------
# The plan's own word that its levers stay as they are.
KEPT_AS_IS = (
    r"(stays?|remains?|kept|keeps?|left|carr(y|ies) on) (\w+ ){0,3}(as (they|it|we) (are|is|were|was|do|does"
    r"|did)\b|as (now|before)|the same|unchanged|as (we|i|they|(the|our) [\w-]+) (set|had|left|planned|fixed)"
    r" (them|it)\b"
    # ... or as a named person decides them: "price, times + numbers stay as Mia decides each month"
    r"|as (?!(the|it|its|their|our|a|an)\b)[\w-]+ (sets?|decides?|chooses?|picks?) (them|it|each|every)\b)",
    # kept on its fixed round: "The drop-offs stay every half term" (not a limit, "points stay at least at
    # last season's", "takings stay at £135 a shift or better", "stay at or above 160", nor the noun: "minimum
    # stay", "stays weekly")
    r"(?<!minimum )(?<!maximum )(stay|stays|remain|remains) (every|each|fixed at|at (?!least\b|most\b|all\b"
    r"|or (above|over|below|under|more|less|higher|lower)\b"
    r"|\W?\d[\d,.]*%? (\w+ ){0,3}or (more|above|over|higher|less|below|under|lower|better|fewer)\b))",
    r"(remain|remains) (weekly|monthly|termly|daily)\b",
    # left alone by the prediction: "the visit times are untouched by it", "builds the routes ... as now"
    r"(untouched|unaffected|unchanged) by (it|this|the (model|score|scores|prediction|predictions|forecast))",
    r"\b(builds?|built|sets?|decides?|decided|chooses?|chosen|picks?|picked|plans?|planned|runs?|does|done"
    r"|made|makes?|kept|keep|keeps|carries on|continues?)\b[^.;]{0,60}\b(as|like)"
    r" (now|usual|before|always|today"
    r"|at present|currently|things stand"
    r"|(i|we|he|she|they) (always|usually|normally) (have|has|do|does|did))\b",
    # the choice still made by eye: "I'll still decide which go to Peter ... by eye"
    r"\b(still|carry on|go on|keep) (\w+ ){0,2}(decid\w*|choos\w*|pick\w*|sett?\w*)\b[^.;]{0,100}"
    r"\bby (eye|feel|gut)\b",
    r"(no|without) change to",
    # carried on in the old way: "i'll still book the same way - 4hr blocks, whatever jobs fit"
    r"\bstill (\w+ ){0,2}\w+ (\w+ ){0,3}(the same way|the way (i|we) (always )?(do|did|have))\b",
    # kept by habit: "Feeding stays the way my mentor taught me - 60 g at 6 pm, same as always"
    r"\bsame as (always|ever|usual|before|now|today|every \w+|last \w+)\b",
    r"\b(stays?|remains?|kept|keeps?|carr(y|ies) on)\b (the way|how|like)\b",
    # the settings named only to say they match today's ("with the same time windows and call rule as today"),
    # in a sentence that chooses nothing else ("set the deposit, with the same reminder as today" does)
    r"^(?![^.;]{0,300}\b(maximi[sz]\w*|minimi[sz]\w*|most|fewest|least|best|lowest|highest|choos\w*|chose|picks?"
    r"|select\w*|sets?|decid\w*|assign\w*|allocat\w*)\b)[^.;]{0,300}?\bthe same\b[^.;]{1,60}?\bas (now|usual"
    r"|before|always|today|at present|currently)\b",
)


def _decides(ctx: Context, text: str, what_if: bool = False) -> bool:
    """Whether the text chooses something in the world (not the model's settings). A simulator must also ask
    a what-if question: "how many will come?" is one more prediction."""
    if is_blank(text) or has_any(text, MODEL_TUNING) and not mentions_lever_words(text, ctx.controllable):
        return False
    if what_if and not has_any(text, WHAT_IF):
        return False
    if (has_any(text, RANKS_BY_PREDICTION) or has_any(text, HANDS_OVER)) and not has_any(text, OPTIMISING):
        # a list sorted by the predicted risk, or the scores shown as they are: nobody has decided yet
        return False
    return has_any(text, DECISION_WORDS) or mentions_lever_words(text, ctx.controllable)


# "ranked from highest to lowest" says only in which order a list is shown, and "the teachers most likely to
# be off" only which cases the prediction names: neither optimises anything.
_ORDER = re.compile(
    r"\bfrom (?:the )?(?:highest|lowest|most|least|best|worst) to (?:the )?\w+"
    r"|\b(?:most|least) (?:likely|unlikely|probable|at risk)\b",
    re.I,
)


def check_models(ctx: Context) -> None:
    plan = ctx.plan
    # "haven't got that far; we'll see what the vendor offers"; "its planning setting will take care of this";
    # "we do not need a model for this, the old charts show where", declined
    if is_non_answer(plan.modeler) or model_left_to_a_tool(plan.modeler) or model_declined(plan.modeler):
        ctx.add(
            "modeler",
            "model_missing",
            "Describe the modeler: what each model predicts, and from which levers and inputs.",
        )
        return
    habit = model_left_to_habit(plan.modeler)  # "from the laminated chart, same as every year"
    if habit or model_left_to_a_person(plan.modeler):  # "Stan looks at the hours and says which ones go"
        kind = "a fixed chart or habit" if habit else "a person's judgement"
        ctx.add(
            "modeler",
            "model_missing",
            f"{quote_part(plan.modeler)} is {kind}, not a model. Describe what a model would "
            "predict (the outcome for each choice of your levers) and from which levers and inputs, so the "
            "judgement can be checked and improved.",
        )
        return
    # A lever's unit is not its setting: "attendance per screening" uses no price. Held back while the model
    # names the setting of any listed lever, even one read as the world's (that reading may be wrong).
    # Nor is the outcome it predicts: "Sunday takings per store" names no lever "whether the café opens on
    # Sundays".
    inputs = without_prediction(plan.modeler)
    if inputs_exclude_levers(plan.modeler, plan.levers):  # listed inputs: "wave height" is no "crest height"
        inputs = without_non_inputs(inputs, plan.levers, f"{plan.objective}\n{plan.metric}")
    linked = (
        has_any(plan.modeler, LEVER_WORD)
        or mentions_lever_words(inputs, without_when(ctx.controllable))
        and mentions_lever_words(inputs, without_when(settings_read(ctx.levers)))
    )
    linked = linked or ctx.betting and has_any(plan.modeler, BETTING_LINK)
    linked = linked or tallies_levers(plan.modeler, plan.levers)  # "given ... the four settings", four levers
    # The embedding's likeness never outweighs the plan's two fields saying the gap in its own words
    gap_said = optimised_yet_unread(plan, ctx.controllable)
    if not linked and ctx.sem is not None and ctx.controllable and not gap_said:
        linked = ctx.sem.mentions_lever(plan.modeler, without_asides(ctx.controllable))
    if not linked:  # "and how that changes with how long they wait"; "at each place and time"
        linked = responds_to_lever(plan.modeler, ctx.controllable, plan.uncontrollables[:MAX_COACHED])
    if not linked:  # "what we charge for lager" and "sales given its price"
        linked = setting_named_by_noun(plan.modeler, ctx.controllable, plan.uncontrollables[:MAX_COACHED])
    if not linked:  # "from ... last clean date" beside "which gullies the tanker visits each week"
        linked = reads_our_last_act(plan.modeler, ctx.controllable)
    if not linked:  # "from ... size + chase plan" beside an optimizer choosing "chase plan per client"
        linked = reads_what_the_optimizer_sets(plan)
    said = quote_part(plan.modeler, MODEL_PREDICTIVE)
    stated = plan.levers and not linked and inputs_all_world(ctx)
    if stated:  # the model's own list of what it reads leaves every lever out
        said = quote_part(plan.modeler)
    if plan.levers and not linked:
        if ctx.betting:
            hint = (
                "To choose bets it must also say what each bet is worth: your probability against the odds "
                "offered gives the expected return of each bet."
            )
        elif ctx.example_lever:
            hint = (
                "To choose a lever's setting, a model must predict how the outcome changes with it (for "
                f"example with and without {quote(ctx.example_lever)})."
            )
        else:
            hint = (
                "Once you have levers you decide, the model should predict how the outcome changes with them."
            )
        # Said outright only when the optimizer names a lever it sets that the model's own input list leaves
        # out: the plan's two fields say the gap themselves.
        certain = gap_said
        if certain:
            asked = (
                f"The model ({quote_part(plan.modeler)}) lists what it reads, and none of your levers is on "
                "that list, though your optimizer sets them."
            )
        elif stated:
            asked = f"The model ({said}) lists what it reads, and none of your levers is on that list."
        else:
            asked = f"Does the model ({said}) use any of your levers? We found none."
        # Asked, even when the model lists what it reads and no lever is on the list: made a note, that list
        # was wrong on the first unseen plan it met (a visitor forecast for staffing, seventeenth set), and
        # this code was right 1 time in 11 on the first looks before it (notes.ASKED_AS_QUESTIONS).
        ctx.add("modeler", "model_no_lever", f"{asked} {hint}", certain=certain)
    predicts = has_any(plan.modeler, MODEL_PREDICTIVE) or has_any(plan.objective, PREDICTION_WORDS)
    tuning_only = (
        not is_blank(plan.optimizer)
        and has_any(plan.optimizer, MODEL_TUNING)
        and not _decides(ctx, plan.optimizer)
    )
    # An optimizer that says it only hands the prediction over ("the scores are published on the map") is
    # the plan's own word that nothing is decided; a what-if question or a model of the levers elsewhere
    # does not outweigh it.
    # The prediction put into a report, a dashboard or an e-mail is shown too, unless a choice is named
    # beside it ("... and the manager sets the rota from it"). Lever words are no such sign: the prediction
    # itself names what the levers move ("the predicted loaves sold").
    # (a lever kept as it is, "as the planners set them each week", names no choice made from the report)
    unkept = " ".join(s for s in sentences(plan.optimizer) if not has_any(s, KEPT_AS_IS))
    reported = lands_in_a_report(plan.optimizer) and not has_any(unkept, DECISION_WORDS)
    shown_only = (
        has_any(plan.optimizer, RANKS_BY_PREDICTION) or has_any(plan.optimizer, HANDS_OVER) or reported
    ) and not has_any(_ORDER.sub("", plan.optimizer), OPTIMISING)
    # "Queue order and routing stay as they are": naming the levers only to keep them is no decision.
    # Nor does output put where people read it ("the ranked yields go onto the website, so members can see").
    acting = " ".join(
        s for s in sentences(plan.optimizer) if not has_any(s, KEPT_AS_IS) and not only_put_up_for_reading(s)
    )
    if acting != " ".join(sentences(plan.optimizer)) and not _decides(ctx, acting):
        # ("Bev builds the routes ... as now": what the kept sentences do is no search of the plan's)
        shown_only = not has_any(acting, OPTIMISING)
    # An optimizer that only hands over "the forecast of sticks sold" names the model's output a prediction
    # itself, however plainly the modeler field put it ("sticks sold per hour given ...").
    predicts = predicts or shown_only
    decided = _decides(ctx, acting) or _decides(ctx, plan.simulator, what_if=True)
    conditioned = linked and has_any(plan.modeler, CONDITIONED)
    # With no levers listed, an optimizer that searches for the best plan cannot name one: the gap is the
    # missing levers (levers_missing says so), not a model that stops at a prediction.
    searches_without_levers = not plan.levers and has_any(plan.optimizer, OPTIMISING) and not shown_only
    # "Nothing is chosen from the score": the plan's own word that the prediction decides nothing
    refused = refuses_to_optimise(plan.optimizer)
    if (
        predicts
        and not searches_without_levers
        and (tuning_only or shown_only or refused or not decided and not conditioned)
    ):
        message = _prediction_message(ctx, said, tuning_only, shown_only)
        ctx.add("modeler", "prediction_not_decision", message)
    elif linked and decided:
        ctx.strength("models", "models that lead to a decision")
    # "n/a" asks no what-if question either, nor a simulator declined as of no use that names no lever
    declined = simulator_declined(plan.simulator, ctx.controllable)
    # "Held-out 20% of last year, to check accuracy": the model's test, not a what-if
    if is_non_answer(plan.simulator) or declined or scores_the_model_only(plan.simulator):
        ctx.add(
            "simulator",
            "no_simulator",
            "Add the simulator: the what-if questions you will ask the models (what happens to the outcome "
            "if we set this lever to each possible value?).",
        )
    # "None, the forecast is enough"; "we will look at the numbers together" searches over nothing
    # "Adam, learning rate 0.001": the routine that trains the model, not one that sets the levers
    fitted = fits_the_model_only(plan.optimizer, mentions_lever_words(plan.optimizer, ctx.controllable))
    optimizer_unstated = is_blank(plan.optimizer) or is_non_answer(plan.optimizer) or deferred(plan.optimizer)
    # "I'm not going to let the model set anything": refused outright (one kept setting is a constraint)
    optimizer_unstated = optimizer_unstated or refused
    if optimizer_unstated or fitted or _only_looks(ctx, plan.optimizer):
        ctx.add(
            "optimizer",
            "no_optimizer",
            "Add the optimizer: which lever settings you will search over, to maximise which metric, under "
            "which constraints.",
        )


def _only_looks(ctx: Context, optimizer: str) -> bool:
    """Whether the optimizer only says someone will look at the numbers: a verb of looking, and no word of
    choosing, optimising or changing and no lever named. Looking is how a person starts to decide, not a
    search over lever settings, and nothing in it says what will be chosen."""
    if not has_any(optimizer, LOOK_VERBS) or mentions_lever_words(optimizer, ctx.controllable):
        return False
    return not any(has_any(optimizer, words) for words in (DECISION_WORDS, OPTIMISING, CHANGE_VERBS))


def _prediction_message(ctx: Context, said: str, tuning_only: bool, shown_only: bool = False) -> str:
    opening = (
        f"A prediction is not a decision. {said} says what is likely to happen, not what you will do about it"
    )
    if tuning_only:
        opening += f", and the optimizer ({quote_part(ctx.plan.optimizer)}) tunes the model, not a decision"
    elif shown_only:
        opening += f", and the optimizer ({quote_part(ctx.plan.optimizer)}) only passes the prediction on"
    if ctx.betting:
        return (
            f"{opening}. A win probability is not a bet: the optimizer decides which bets to place and how "
            "much to stake, given your probability, the odds offered and your bank."
        )
    if ctx.example_lever:
        return (
            f"{opening}. The optimizer would decide {quote(ctx.example_lever)} for each case, using the "
            "prediction together with what each action costs and gains."
        )
    return (
        f"{opening}. The optimizer would decide what you do for each case (who gets an action, how much, "
        "when), using the prediction together with what each action costs and gains."
    )


# --- the plan ----------------------------------------------------------------------------------------------
def check_objective(ctx: Context) -> None:
    plan = ctx.plan
    # "(ask Dennis what goes here)"; "Objective:", the field's own label typed back; "As discussed."
    unstated = (
        note_to_self(plan.objective)
        or label_typed_back(plan.objective, "Objective")
        or points_elsewhere(plan.objective)
        or filler_typed(plan.objective)  # "xxx", "TBD": typed to get past the field
        or deferred(plan.objective)  # "sorry, I'll fill this bit in later"
        or asks_back(plan.objective, "\n".join((plan.metric, *plan.levers)))  # "Ooh, where do I start?"
    )
    if is_blank(plan.objective) or unstated:
        ctx.add("objective", "objective_missing", "State the objective: the outcome you want, not the model.")
        return
    if wants_only_a_tool(plan.objective):  # "a web page where I can see the predicted depths": a screen
        ctx.add(
            "objective",
            "objective_missing",
            f"{quote_part(plan.objective)} describes a tool you want, not the outcome you want from it. "
            "State the objective: what should change in the world (more of what, fewer of what, for whom); "
            "the tool and the model are means to it.",
        )
        return
    foretold = has_any(plan.objective, PREDICTION_WORDS) or asks_about_the_future(plan.objective)
    if foretold and not has_any(without_ranked_by_likelihood(plan.objective), OUTCOME_WORDS):
        # the sentence that foretells: "OYEZ! ... TO FORETELL how many shall queue" quotes the second
        asking = [s for s in sentences(plan.objective) if asks_about_the_future(s)]
        said = quote(sentence_with(plan.objective, PREDICTION_WORDS) if not asking else asking[0])
        ctx.add(
            "objective",
            "objective_is_prediction",
            f"{said} describes a prediction, not an outcome. A prediction is a tool: what will you do "
            "differently with it, and what result do you want from that (more profit, fewer incidents, time "
            "saved)?",
        )
    elif states_only_the_method(plan.objective):  # "Train a model on the claims and plug it into payments"
        ctx.add(
            "objective",
            "objective_missing",
            f"{quote(plan.objective)} says what you will build, not the outcome you want from it. State the "
            "objective: what should change in the world (more of what, fewer of what, for whom); the model "
            "is a means to it.",
        )
    elif describes_the_work(plan.objective) or only_its_history(plan.objective):  # "we clean ducts"
        ctx.add(
            "objective",
            "objective_missing",
            f"{quote(plan.objective)} says what the work is or how it came about, not the outcome you want "
            "from it. State the objective: what should change (more of what, fewer of what, for whom), so "
            "the metric and the levers have something to aim at.",
        )


def check_bounds(ctx: Context) -> None:
    """Say so when only part of a very long list was read (the work per check is bounded)."""
    capped = [name for name in ("levers", "uncontrollables") if len(getattr(ctx.plan, name)) > MAX_COACHED]
    if not capped:
        return
    counts = " and ".join(
        f"{len(getattr(ctx.plan, name))} {'levers' if name == 'levers' else 'uncontrollable inputs'}"
        for name in capped
    )
    ctx.add(
        capped[0],
        "levers_capped",
        f"This plan lists {counts}; the coach read only the first {MAX_COACHED} of each. A plan acts through "
        "a few levers you can really vary: keep those, and merge or drop the rest.",
    )


_SAME_TEXT_BOXES = 4  # one sentence typed into this many boxes at least answers none of them


def _is_empty(plan: Plan) -> bool:
    texts = [getattr(plan, f.name) for f in fields(Plan) if f.name not in ("levers", "uncontrollables")]
    # a field read as blank or left with only placeholders ("tbd", "?") on each line says nothing
    lines = [line for v in texts for line in (v or "").split("\n")]
    filled = [line for line in (*lines, *plan.levers, *plan.uncontrollables) if not _unfilled(line)]
    # ... and so does one text pasted into every box ("(see my notebook - typing it up later)" in each):
    # the same words cannot answer the objective, the levers and the risks at once.
    # (a choice box's "yes" or "no" is a pick from the form, not something said)
    said = {" ".join(line.lower().split()) for line in filled} - {"yes", "no", "unsure"}
    return not filled or (len(said) == 1 and len(filled) >= _SAME_TEXT_BOXES)


_MIN_COPIED_ROWS = 2


# A row that sends the reader back to the levers: "(same as levers - we control the whole aeration side)".
_AS_THE_LEVERS = re.compile(r"\b(?:same as|see|as (?:in|for|with)|like) (?:the |my |our )?levers?\b", re.I)


def _levers_copied(plan: Plan) -> bool:
    """Whether every uncontrollable row (two or more) says again a lever row of the plan, or sends the
    reader back to the levers."""
    rows = plan.uncontrollables[:MAX_COACHED]
    return len(rows) >= _MIN_COPIED_ROWS and all(
        _AS_THE_LEVERS.search(row) or any(same_item(row, lever) for lever in plan.levers[:MAX_COACHED])
        for row in rows
    )


def _unfilled(line: str) -> bool:
    # a form never filled in may still show its template: "[lever 1]", "e.g. 6 months" copied from the help
    return is_non_answer(line) or template_text(line)


def coach(plan: Plan, semantics: Semantics | None = None, *, read: Plan | None = None) -> Feedback:
    # ``read``: as_read(read_unanswered_as_blank(plan)) where the caller made it already (to encode it).
    # "-", "TBD", "See objective." where the objective has no figure, "none that we can think of": a field
    # that says nothing is read as the empty field it stands for, so it gets the same note (and a form of
    # such fields only is empty).
    plan = read_unanswered_as_blank(plan)
    if _is_empty(plan):
        empty = make_note(
            "objective",
            "empty_plan",
            "The worksheet is empty. Start with the objective: what outcome do you want, and how would you "
            "measure it? Or start from one of the worked examples.",
        )
        return Feedback([empty], "", semantics is not None)
    plan = read if read is not None else as_read(plan)
    # The levers pasted again as the uncontrollable inputs ("5.1 route order ..." beside "4.1 route order
    # ..."): a slip of the form, not a list of what the plan cannot change, so it is read as no list at all.
    copied = _levers_copied(plan)
    if copied:
        plan = replace(plan, uncontrollables=[])
    ctx = Context(plan, semantics, levers=plan.levers[:MAX_COACHED])
    ctx.betting = has_any("\n".join((plan.objective, " ".join(ctx.levers), plan.metric)), OUTCOME_INDEPENDENT)
    check_objective(ctx)
    check_metric(ctx)
    check_levers(ctx)
    check_uncontrollables(ctx, copied=copied)
    check_data(ctx)
    check_models(ctx)
    check_baseline(ctx)
    check_rollout(ctx)
    check_risks(ctx)
    check_bounds(ctx)
    # The field judge speaks last, where no rule has (when the embedder and its weights are loaded).
    if (judged := getattr(semantics, "judged", None)) is not None:
        add_judged_notes(ctx, judged(ctx.plan))
    order = ("models", "levers", "experiment", "rollout", "risks", "baseline", "metric")
    strengths = [ctx.strengths[k] for k in order if k in ctx.strengths]
    return Feedback(ranked(ctx.notes), strengths_line(strengths), semantics is not None)


def check_plan(plan: Plan, semantics: Semantics | None = None) -> list[Note]:
    """What the rules find in a plan, notes and questions together, most important first."""
    return coach(plan, semantics).findings
