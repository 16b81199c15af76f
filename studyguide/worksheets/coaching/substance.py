"""Checks of substance rather than wording: does the metric measure the objective, is the baseline a real
comparison, does the rollout start small with a person who can stop it and someone watching (the risks of new
inputs and of feedback loops: ``risk_checks``). Pure: no Django, no torch.

Each check reads a ``Context`` (``rules.py``) and adds notes or strengths to it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .answer_lead_ins import after_leading_question
from .baseline_stand_ins import stands_in
from .before_launch import only_upkeep
from .capacity_rates import busy_rates
from .complaints_watch import only_complaints_watched, waits_for_trouble
from .counted_share import counted_part_of_whole
from .counted_stage import counted_first_stage
from .denials import figures_missing, no_comparison, watching_ends, without_list_label
from .first_stage_watch import watched_in_first_stage_only
from .held_outputs import left_alone_for_a_while
from .lexicon import (
    ALL_AT_ONCE,
    FEELING_WORDS,
    GRADUAL_WORDS,
    HUMAN_WORDS,
    LOOK_VERBS,
    MEASURABLE,
    MEASURE_OF_MODEL,
    MODEL_QUALITY_ALWAYS,
    MODEL_QUALITY_AMBIGUOUS,
    MODEL_SCORES,
    MODEL_WORDS,
    MONITOR_WORDS,
    OUR_ACTIVITY,
    OUTPUT_NOUNS,
    PROXY_WORDS,
    RECURRING,
    RESULT_NOUNS,
    SOLD_VERBS,
)
from .loops import loop_stated
from .metric_fit import (
    prediction_scoring_sentences,
    states_a_condition,
    wishes_a_quality,
    within_scored,
    without_who_numbers,
)
from .metric_parts import own_measures, without_dashed_figures
from .metric_unchosen import metric_unchosen, objective_sets_a_level
from .metric_wording import (
    declines_to_measure,
    kept_from_any_figure,
    names_a_count,
    only_a_date,
    only_when_and_who,
    without_non_counts,
)
from .money_count import counts_for_money, counts_money_for_acts
from .non_answers import COMPARISON_WORDS, is_non_answer  # also read from here by rules and tests
from .on_the_way import counted_on_the_way, on_the_way_message
from .one_launch import first_stage_everywhere, one_launch
from .one_off import looks_once
from .partial_start_declined import partial_start_declined
from .power_denied import in_charge_of_automation
from .proposals_only import only_proposals_checked
from .rollout import (
    automation_stated,
    gives_power,
    lines_run_on,
    numbered_stages,
    old_way_discarded,
    overseen_text,
    period_stages,
    scope_clauses,
    single_switch_over,
)
from .rollout_unplanned import bare_start, only_pays, only_prepares, stages_offered, waved_off_as_small
from .score_continuation import continues_model_score
from .stayers_only import counts_only_stayers
from .system_upkeep_watch import only_system_running_watched
from .target_clauses import only_a_target
from .text import (
    content_stems,
    find_any,
    has_any,
    quote,
    quote_part,
    quoted_aside,
    sentence_with,
    sentences,
    words,
)
from .told_afterwards import before_the_fact, no_oversight_message, told_only_afterwards
from .whole_scope import stage_words, starts_all_at_once, without_scope_words

if TYPE_CHECKING:
    from .context import Context

# ("and then" joins two acts of the same people, "click the link and then buy", not two measures)
_CLAUSE = re.compile(
    r";|\n|(?<!\d),|,(?!\d{3}\b)|(?<!\bc)(?<!\bapprox)\.\s|\band\b(?! then\b)|\balso\b|\bplus\b"
    r"|\bas well as\b"
)
_PROXY_LEAD = re.compile(
    r"^(?:the |our |a |total |average |weekly |daily |monthly |number of |count of |how many )*"
)
# An objective about attention itself ("more people read our articles") is measured by visits or views; more
# visitors at a show or a shop is attendance, which they do not measure. (An engagement to marry, "more
# engagement rings", is goods sold, not attention; nor are "more readers paying for the weekday edition": a
# reader who pays is a customer.)
ATTENTION_GOALS = (
    r"(more|increase|grow|raise|boost|double)\b.{0,40}\b(read|traffic|audience|reach|follow|listen|watch"
    r"|engag(?!ements? (?:rings?|part(?:y|ies)|presents?|gifts?)))"
    r"(?!\w* (?:who |that )?(?:pay|paid|subscrib|buy|bought|purchas))",
    r"(more|increase|grow|raise|boost|double)\b.{0,40}\b(visits?|views?|clicks?|visitors)\b.{0,30}\b(site|website|"
    r"page|pages|app|articles?|posts?|channel|online|stories|videos?|podcast)",
    r"(visits|views|traffic|clicks) (to|on) (our|the) (site|website|page|pages|app|articles?)",
)


# "facility by facility", "district by district": one at a time.
_ONE_BY_ONE = re.compile(r"\b([a-z]{3,}) by \1\b")


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


def _model_quality(clause: str) -> bool:
    if has_any(clause, MODEL_QUALITY_ALWAYS) or has_any(clause, MEASURE_OF_MODEL):
        return True
    if not has_any(clause, MODEL_QUALITY_AMBIGUOUS):
        return False
    # "Accuracy" alone is a model's score; "blossom loss %" or "orders packed correctly" is the world's.
    return has_any(clause, MODEL_WORDS) or (len(words(clause)) <= 3 and has_any(clause, MODEL_SCORES))


def _proxy(clause: str) -> bool:
    """Whether the clause's measure is an activity on the way (it leads with visits, clicks, texts sent)."""
    lead = _PROXY_LEAD.sub("", clause.lower().strip(" -•*"))
    match = find_any(lead, PROXY_WORDS)
    if match is None or len(words(lead[: match.start()])) > 1:
        return False
    # "sessions booked", "visits paid for": the activity is the sale itself.
    return not has_any(" ".join(words(lead[match.end() :])[:2]), SOLD_VERBS)


def _restates(metric: str, objective: str) -> bool:
    """Whether the metric only says the objective again (most of its content words are the objective's)."""
    ms, os_ = content_stems(metric), content_stems(objective)
    return bool(ms) and len(ms & os_) >= 0.6 * len(ms)


# "Year 8 pupils", "Ward 7", "Route 66": a number inside a name (after a capitalised word in mid-sentence)
# counts nothing, so it is no target.
_NAME_NUMBER = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+ \d+\b(?!\s*%)")


def _line_with(text: str, part: str) -> str:
    """The whole line of the text holding the part, quoted ("Avg no. of saves per listing", not "Avg no")."""
    return quote(next((line for line in text.splitlines() if part.strip() in line), text))


def check_metric(ctx: Context) -> None:
    plan = ctx.plan
    metric = plan.metric
    # "the general sense among nurses ... We will not put a figure on it": an impression, counting nothing
    kept_from_figures = kept_from_any_figure(metric)
    # "I'm not going to turn understudy work into figures" (an impression described first is read below)
    if declines_to_measure(metric) and not kept_from_figures:
        ctx.add(
            "metric",
            "objective_no_metric",
            f"{quote_part(metric)} turns measuring down, so nothing will show whether the objective is met. "
            "Name a number you can track, even a rough one (for example a score from a short survey each "
            "month, the share of sessions that went well, or minutes lost).",
        )
        return
    # "Haven't decided - we'll pick something to track after the scanner comes": no measure yet, as blank
    if is_non_answer(metric) or metric_unchosen(metric):
        # An objective that carries its number ("cut no-shows by 20 %") stands in for the metric; one that
        # only names a measurable thing ("more profit per van day") or a figure that sets no level ("our
        # club has 20 members paying £50 a week") must still say how it is counted.
        if not plan.objective.strip() or objective_sets_a_level(
            without_who_numbers(_NAME_NUMBER.sub("", plan.objective))
        ):
            ctx.strength("metric", "an outcome with a number to track")
            return
        ctx.add(
            "metric",
            "objective_no_metric",
            "The objective has no metric. Say how you will measure success with a number you can track "
            "(for example profit per month, the share of users who return, incidents per season).",
        )
        return
    # "Could be measured by smiles", "the warm feeling of the old days": words that only look like a count
    # are dropped, so that what the metric measures is read from the rest.
    measured = without_non_counts(without_list_label(metric))  # "Item 2." counts nothing
    clauses = own_measures(measured, _clauses(measured)) or [measured]
    # Our output, a light touch, people who look or sign up, or what people think of us ("leaflets given
    # out", "showroom visitors" for kitchens sold, "rating us good value" for more journeys), by the clause's
    # structure: a proxy unless the objective asks for that act.
    handed = counted_on_the_way(clauses, plan.objective)
    # a money aim measured by one count, or people's acts wanted and only the money they leave counted
    paid = counts_for_money(metric, plan.objective, len(clauses)) or counts_money_for_acts(
        metric, plan.objective
    )
    handed = handed or (clauses if paid else [])
    # our units kept busy ("hours flown per aircraft per week"), for an outcome the baseline counts elsewhere
    handed = handed or busy_rates(clauses, plan.objective, plan.baseline)
    found_by = (*MODEL_QUALITY_ALWAYS, *MEASURE_OF_MODEL, *MODEL_QUALITY_AMBIGUOUS, *PROXY_WORDS)
    quoted = quote(sentence_with(metric, found_by))
    goal = quoted_aside(plan.objective)
    # "The error between our estimate and the sale price": every clause of that sentence scores the model.
    scored = prediction_scoring_sentences(measured)
    business = [
        c
        for c in clauses
        if not _model_quality(c)
        and not continues_model_score(c, clauses, _model_quality)  # "..., and recall above 0.80"
        and not within_scored(c, scored)
        and not _proxy(c)
        and c not in handed
        and has_any(
            without_dashed_figures(c), MEASURABLE
        )  # "phone line - 35 a month now -": no count of its own
        and not only_a_target(c)
    ]
    if (scored or any(_model_quality(c) for c in clauses)) and not business:
        shown = quote(scored[0]) if scored else quoted
        ctx.add(
            "metric",
            "metric_is_model_quality",
            f"{shown} measures the model, not the objective{goal}. A model can score well while nothing "
            "improves in the world. Measure the outcome itself (money, people kept, time saved, waste) and "
            "keep the model's score as a check on the model only.",
        )
        return
    if counts_only_stayers(metric, plan.objective):  # "among juniors still enrolled", for fewer quitting
        ctx.add(
            "metric",
            "metric_proxy",
            f"{quote_part(metric)} is taken only among those still with you, so it cannot see the people "
            f"who leave{goal}: it can rise while more of them go. Count the leavers themselves, for example "
            "the share of those who started who are still coming a term later.",
        )
        return
    ours = any(has_any(c, OUR_ACTIVITY) for c in clauses)  # "reminders sent": our own work, never the outcome
    # An activity the word lists do not name ("brochure PDF downloads"): the model's resemblance to one, for
    # a clause that shares nothing with the objective (else it counts the objective itself).
    objective_stems = content_stems(plan.objective)
    seen = [
        c
        for c in business
        if ctx.sem is not None and not content_stems(c) & objective_stems and ctx.sem.means_any(c, "proxy")
    ]
    if seen and len(seen) == len(business):
        business = []
    # a figure in someone's quoted words or a cadence alone counts nothing (see ``names_a_count``)
    counted = not kept_from_figures and names_a_count(measured)
    # A feeling in words the lists lack ("go home proud"): the model's resemblance, when nothing is counted.
    feeling = (
        has_any(metric, FEELING_WORDS)
        or kept_from_figures
        or (not counted and ctx.sem is not None and ctx.sem.means_any(metric, "feeling"))
    )
    if (
        (any(_proxy(c) for c in clauses) or seen or handed)
        and not business
        and (counted or not feeling)  # a feeling with nothing counted is no number (below), not a proxy
        and (ours or not has_any(plan.objective, ATTENTION_GOALS))
    ):
        ctx.add(
            "metric",
            "metric_proxy",
            on_the_way_message(
                _line_with(metric, handed[0]) if handed else quoted, goal, handed, plan.objective
            ),
        )
        return
    condition = states_a_condition(metric) or wishes_a_quality(metric)  # "that it runs", "a fuller shed"
    if not counted and (feeling or _restates(metric, plan.objective) or condition):
        # Only a feeling, the objective said again or a state of affairs is clearly no number: "falls at
        # night" or "colonies alive in spring" count something, however plainly they are put.
        kind = "is a feeling, not a number" if feeling else "names no number"
        ctx.add(
            "metric",
            "metric_no_number",
            f"{quote_part(metric)} {kind} you can track. Say what you will count or ask, how often, and what "
            "change would count as success (for example a score from a short monthly survey, or the share "
            "of people who come back).",
        )
        return
    if (not counted and only_when_and_who(metric)) or only_a_date(metric):  # "By Christmas, ideally"
        ctx.add(
            "metric",
            "objective_no_metric",
            f"{quote_part(metric)} says when, or by whom it is checked, not what is measured. Name the "
            "number that shows the objective is met (for example the share of sessions finished, or "
            "minutes lost), with today's figure if you have it.",
        )
        return
    ctx.strength("metric", "an outcome with a number to track")


def check_baseline(ctx: Context) -> None:
    baseline = ctx.plan.baseline
    if not baseline.strip():
        ctx.add(
            "baseline",
            "no_baseline",
            "Name a baseline: how it is done today, or a simple rule. Without one you cannot tell whether "
            "the model helps.",
        )
    elif is_non_answer(baseline) or no_comparison(baseline, COMPARISON_WORDS) or stands_in(baseline):
        ctx.add(
            "baseline",
            "no_baseline",
            f"{quote_part(without_list_label(baseline))} is not a baseline yet. Name what the model must "
            "beat: how it is done today (the current rule, last year's figure) or a simple rule anyone could "
            "apply.",
        )
    elif figures_missing(baseline, ctx.plan.metric):
        ctx.add(
            "baseline",
            "no_baseline",
            f"{quote_part(baseline)} names the old way but gives it no figure, and the metric has none "
            "either: there is nothing to beat. Count the metric under the old way for a few weeks before the "
            "new one starts, so the two can be compared.",
        )
    else:
        ctx.strength("baseline", "a baseline to beat")


_NAMES_A_THING = re.compile(r"\b(?:a|an|the)(?: [\w-]+)? [\w-]+ing$")


def _watches_results(ctx: Context, text: str) -> bool:
    """A sentence where someone looks at results: a verb of looking followed by the metric's own words or
    by results ("the owner checks no-show hours each month", "quarterly review by the team: kWh, accidents").
    Checking the system's proposals before they are used is oversight, not monitoring."""
    metric = content_stems(ctx.plan.metric)
    for sentence in sentences(text):
        found = find_any(sentence, LOOK_VERBS)
        # "so we stop getting measured fittings to learn from" tells what the data will lack (a loop), no look
        if found is None or loop_stated(ctx, sentence):
            continue
        after = sentence.lower()[found.end() :]
        if _NAMES_A_THING.search(sentence.lower()[: found.end()]) and not after.lstrip().startswith("of "):
            continue  # "an online checking service": a thing named, nobody looking
        if has_any(after, RESULT_NOUNS) or content_stems(after) & metric:
            return True
        if has_any(sentence, RECURRING) and not has_any(after, OUTPUT_NOUNS):
            return True
    return False


def check_rollout(ctx: Context) -> None:
    plan = ctx.plan
    if is_non_answer(plan.rollout):
        ctx.add(
            "rollout",
            "no_rollout",
            "Plan the rollout: run it first as a manual process with people checking every output, then in a "
            "limited scope, then expand gradually.",
        )
        human = gradual = False
    elif (pays := only_pays(plan.rollout)) or only_prepares(plan.rollout):  # "the grant pays for the set-up"
        said = "says how it is paid for" if pays else "gets the model ready"
        ctx.add(
            "rollout",
            "no_rollout",
            f"{quote(plan.rollout)} {said}; it does not say how it goes into use. Plan the "
            "rollout: run it first with a person checking every output, then in a limited scope, then "
            "expand gradually.",
        )
        human = gradual = False
    elif bare_start(plan.rollout) or waved_off_as_small(plan.rollout):
        waved = waved_off_as_small(plan.rollout)
        said = "waves the rollout off" if waved else "says when it starts, not how"
        ctx.add(
            "rollout",
            "no_rollout",
            f"{quote(plan.rollout)} {said}. Plan the rollout: run it first with a "
            "person checking every output, then in a limited scope, then expand gradually.",
        )
        human = gradual = False
    else:
        said = lines_run_on("\n".join((plan.rollout, plan.monitoring)))
        oversight = overseen_text(said)
        # Automation the plan states ("prices are set automatically; nobody approves them", "I can't pause
        # it") is evidence the model's loose resemblance cannot outweigh: only a person named in words with an
        # act that puts them in charge can. Without such evidence the note waits until neither the words nor
        # the model see anyone in charge.
        automated = automation_stated(said) or told_only_afterwards(plan.rollout)  # "told by email"
        named = in_charge_of_automation(said) if automated else has_any(oversight, HUMAN_WORDS)
        named = named and not (left_alone_for_a_while(said) and not gives_power(before_the_fact(said)))
        named = named or not automated and gives_power(oversight)
        human = named or ctx.mentions(oversight, HUMAN_WORDS, "human_oversight")
        if not named and (automated or not human and ctx.absent(oversight, HUMAN_WORDS, "human_oversight")):
            ctx.add(
                "rollout",
                "rollout_no_human_oversight",
                no_oversight_message(quote_part(plan.rollout, HUMAN_WORDS), plan.rollout),
                certain=automated,
            )
        offered = stages_offered(plan.rollout)  # "we can't pilot it on one ward" offers no stage
        stages = stage_words(offered)  # "from the next cycle" starts it; it is no later step
        staged = (
            bool(_ONE_BY_ONE.search(offered.lower()))
            or len(stages) >= 2
            or has_any(offered, GRADUAL_WORDS)
            or numbered_stages(offered)
            or period_stages(offered)
            or counted_first_stage(offered)  # "Twenty sites for the first six months; all sites if ..."
            or counted_part_of_whole(offered)  # "Two of the four bays this winter"
        ) and not one_launch(
            plan.rollout
        )  # "phases" that share one start day, or whose first is all, are one
        gradual = staged or ctx.mentions(offered, GRADUAL_WORDS, "gradual")
        # "Goes everywhere at once" needs the plan to say so (every store, all customers, from launch); a
        # limited start put in unusual words ("in building Lindenstrasse, then the second one") is left alone.
        # Against such words only stages in words count, not the model's resemblance. One day on which the new
        # way takes over is such words too, unless the model comes near a gradual start (the old way thrown
        # out that day, or every unit named from that one start with no step, outweighs the model).
        switch_day = single_switch_over(plan.rollout) and (
            old_way_discarded(plan.rollout)
            or starts_all_at_once(plan.rollout)
            or ctx.absent(plan.rollout, GRADUAL_WORDS, "gradual")
        )
        rest = without_scope_words(plan.rollout)  # "every stage" of a course is its scope, not a step
        at_once = starts_all_at_once(plan.rollout) and ctx.absent(rest, GRADUAL_WORDS, "gradual")
        blanket = at_once or switch_day or has_any(scope_clauses(plan.rollout), ALL_AT_ONCE)
        # "Phase 1: every till on the new prices"; "a split would confuse the crew"
        blanket = blanket or first_stage_everywhere(plan.rollout) or partial_start_declined(plan.rollout)
        if blanket and (not staged or at_once):
            ctx.add(
                "rollout",
                "rollout_not_gradual",
                f"{quote_part(plan.rollout, ALL_AT_ONCE)} goes everywhere at once. Start in a limited scope "
                "(one site, a small share of users, a short time) and widen it step by step while watching "
                "the results.",
            )
    # "after the pilot we stop tracking it"; "the engineer services the lamps each spring" watches nothing
    upkeep = only_upkeep(plan.monitoring) and not watching_ends(plan.monitoring)
    ends = upkeep or watching_ends(plan.monitoring) or looks_once(plan.monitoring)
    ends = ends or watched_in_first_stage_only(plan.monitoring, plan.metric)  # "Season 1: weekly. After: -"
    # "checks each week's settings before they go in": the outputs are overseen, the results never looked at
    proposals = not ends and only_proposals_checked(plan.monitoring, plan.metric)
    pipes = not ends and only_system_running_watched(plan.monitoring, plan.metric)  # "server uptime, by IT"
    heard = not ends and only_complaints_watched(plan.monitoring, plan.metric)  # "a complaints box"
    trouble = not ends and waits_for_trouble(plan.monitoring, plan.metric)  # "we'll look if it breaks"
    pipes = pipes or heard or trouble
    # Watching said to stop outweighs the checks the rollout makes while it is being tried out.
    # So does watching said to wait for trouble or for complaints: the checks of the trial are over by then.
    elsewhere = "\n".join(
        (
            *((plan.rollout,) if not (ends or trouble or heard) else ()),
            plan.risks,
            plan.went_really_well,
            *((plan.constraints,) if not ends else ()),  # "toilet checks on every train" is the work itself
        )
    )
    watched = (
        not is_non_answer(plan.monitoring)
        and not ends
        and not proposals
        and not pipes
        or not (ends or pipes)
        and has_any(elsewhere, MONITOR_WORDS)  # once stopped, only a stated look counts
        or _watches_results(ctx, elsewhere)
    )
    if not watched and (ends or proposals or pipes or ctx.absent(elsewhere, MONITOR_WORDS, "monitoring")):
        # Watching that stops: the world keeps changing after the pilot ("Who watches?" asked back is not
        # what stops, so the answer is quoted without it).
        answer = after_leading_question(plan.monitoring) or plan.monitoring
        said = f"{quote_part(answer)} stops watching while it still runs. " if ends else ""
        if upkeep:
            said = f"{quote_part(plan.monitoring)} looks after the equipment, not at what the system does. "
        if proposals:
            said = f"{quote_part(plan.monitoring)} checks what the system proposes, not how it turns out. "
        if pipes:
            said = f"{quote_part(plan.monitoring)} checks that the system runs, not what it does. "
        if heard:
            said = f"{quote_part(plan.monitoring)} waits to hear from people, not a count of what it does. "
        if trouble:
            said = f"{quote_part(plan.monitoring)} looks only once something has gone wrong. "
        ctx.add(
            "monitoring",
            "no_monitoring",
            f"{said}Say what you will monitor once it runs (its inputs, its decisions and the metric) "
            "and who looks at it.",
        )
    elif not watched:
        watched = ctx.mentions(elsewhere, MONITOR_WORDS, "monitoring")
    if human and gradual and watched:
        ctx.strength("rollout", "a careful rollout")
