"""Checks of substance rather than wording: does the metric measure the objective, is the baseline a real
comparison, does the rollout start small with a person who can stop it and someone watching, are the risks
of new inputs and of feedback loops named anywhere in the plan. Pure: no Django, no torch.

Each check reads a ``Context`` (``rules.py``) and adds notes or strengths to it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import (
    FEEDBACK_WORDS,
    FEELING_WORDS,
    GRADUAL_WORDS,
    HUMAN_WORDS,
    MEASURABLE,
    MODEL_QUALITY_ALWAYS,
    MODEL_QUALITY_AMBIGUOUS,
    MODEL_WORDS,
    MONITOR_WORDS,
    OOD_CONDITIONS,
    OOD_WORDS,
    OUR_ACTIVITY,
    PROXY_WORDS,
    SENSOR_WORDS,
)
from .text import find_any, has_any, quote, quote_part, sentence_with, words

if TYPE_CHECKING:
    from .rules import Context

_CLAUSE = re.compile(r";|\n|,|\.\s|\band\b|\balso\b|\bplus\b|\bas well as\b")
_FIRST_CLAUSE = re.compile(r"[,.;:(\n]|\s-\s")
_NON_ANSWER_FULL = re.compile(
    r"(?:(?:n/?a|none|nothing|nil|tbd|tba|todo|unknown|not sure|don'?t know"
    r"|not (?:yet|applicable|decided|known)|no (?:baseline|comparison|idea|plan|monitoring|rollout)"
    r"|later|we'?ll see"
    r"|to be (?:decided|defined|done|confirmed))(?: (?:yet|later|soon|so far|for now))?|-+|\?+|x)[\s.!]*"
)
_NON_ANSWER_START = re.compile(
    r"(?:we |i )?(?:have ?n[o']t|did ?n[o']t|do ?n[o']t|not) (?:yet |really )?(?:compared|decided|thought|"
    r"checked|got|have|looked|measured)"
)
# Words that name a comparison after all ("none yet; today the manager decides by feel").
COMPARISON_WORDS = (
    r"today",
    r"current",
    r"now\b",
    r"at present",
    r"last (year|month|season|week|term|quarter)",
    r"always",
    r"usual",
    r"same as",
    r"manual",
    r"by hand",
    r"rule",
    r"fixed",
    r"flat",
    r"existing",
    r"previous",
    r"standard",
    r"everyone",
    r"\d",
    r"random",
)
_PROXY_LEAD = re.compile(
    r"^(?:the |our |a |total |average |weekly |daily |monthly |number of |count of |how many )*"
)
# An objective about attention itself ("more people read our articles") is measured by visits or views.
ATTENTION_GOALS = (
    r"(more|increase|grow|raise|boost|double)\b.{0,40}\b(visit|view|read|click|traffic|audience|engag|reach|"
    r"follow|listen|watch)",
    r"(visits|views|traffic|clicks) (to|on) (our|the) (site|website|page|pages|app|articles?)",
)


# "facility by facility", "district by district": one at a time.
_ONE_BY_ONE = re.compile(r"\b([a-z]{3,}) by \1\b")


def is_non_answer(text: str) -> bool:
    """Blank, or a placeholder ("N/A", "none yet", "we haven't compared with anything") naming nothing."""
    t = " ".join((text or "").lower().replace("’", "'").split()).strip(" -•*")
    if not t:
        return True
    first = _FIRST_CLAUSE.split(t, maxsplit=1)[0].strip()
    if _NON_ANSWER_FULL.fullmatch(first) or _NON_ANSWER_START.match(first):
        return not has_any(t[len(first) :], COMPARISON_WORDS)
    return False


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


def _model_quality(clause: str) -> bool:
    if has_any(clause, MODEL_QUALITY_ALWAYS):
        return True
    return has_any(clause, MODEL_QUALITY_AMBIGUOUS) and (
        has_any(clause, MODEL_WORDS) or len(words(clause)) <= 3
    )


def _proxy(clause: str) -> bool:
    """Whether the clause's measure is an activity on the way (it leads with visits, clicks, texts sent)."""
    lead = _PROXY_LEAD.sub("", clause.lower().strip(" -•*"))
    match = find_any(lead, PROXY_WORDS)
    return match is not None and len(words(lead[: match.start()])) <= 1


def check_metric(ctx: Context) -> None:
    plan = ctx.plan
    metric = plan.metric
    if is_non_answer(metric):
        if not plan.objective.strip() or has_any(plan.objective, MEASURABLE):
            ctx.strength("metric", "an outcome with a number to track")
            return
        ctx.add(
            "metric",
            "objective_no_metric",
            "The objective has no metric. Say how you will measure success with a number you can track "
            "(for example profit per month, the share of users who return, incidents per season).",
        )
        return
    clauses = _clauses(metric) or [metric]
    quoted = quote(sentence_with(metric, (*MODEL_QUALITY_ALWAYS, *MODEL_QUALITY_AMBIGUOUS, *PROXY_WORDS)))
    goal = f" ({quote_part(plan.objective)})" if plan.objective.strip() else ""
    business = [c for c in clauses if not _model_quality(c) and not _proxy(c) and has_any(c, MEASURABLE)]
    if any(_model_quality(c) for c in clauses) and not business:
        ctx.add(
            "metric",
            "metric_is_model_quality",
            f"{quoted} measures the model, not the objective{goal}. A model can score well while nothing "
            "improves in the world. Measure the outcome itself (money, people kept, time saved, waste) and "
            "keep the model's score as a check on the model only.",
        )
        return
    ours = any(has_any(c, OUR_ACTIVITY) for c in clauses)  # "reminders sent": our own work, never the outcome
    if (
        any(_proxy(c) for c in clauses)
        and not business
        and (ours or not has_any(plan.objective, ATTENTION_GOALS))
    ):
        ctx.add(
            "metric",
            "metric_proxy",
            f"{quoted} counts activity on the way, not the objective itself{goal}. It can rise while the "
            "outcome stays flat (people look but do not buy; messages go out but nobody comes). Measure the "
            "outcome you want, and keep this as an early signal at most.",
        )
        return
    if not has_any(metric, MEASURABLE):
        kind = "is a feeling, not a number" if has_any(metric, FEELING_WORDS) else "names no number"
        ctx.add(
            "metric",
            "metric_no_number",
            f"{quote_part(metric)} {kind} you can track. Say what you will count or ask, how often, and what "
            "change would count as success (for example a score from a short monthly survey, or the share "
            "of people who come back).",
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
    elif is_non_answer(baseline):
        ctx.add(
            "baseline",
            "no_baseline",
            f"{quote_part(baseline)} is not a baseline yet. Name what the model must beat: how it is done "
            "today (the current rule, last year's figure) or a simple rule anyone could apply.",
        )
    else:
        ctx.strength("baseline", "a baseline to beat")


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
    else:
        oversight = "\n".join((plan.rollout, plan.monitoring))
        human = ctx.mentions(oversight, HUMAN_WORDS, "human_oversight")
        if not human:
            ctx.add(
                "rollout",
                "rollout_no_human_oversight",
                f"In {quote_part(plan.rollout, HUMAN_WORDS)} nobody checks what the system does or can stop "
                "it. Start with a person who reviews its outputs (or runs it alongside the current way) and "
                "who can switch it off.",
            )
        gradual = bool(_ONE_BY_ONE.search(plan.rollout.lower())) or ctx.mentions(
            plan.rollout, GRADUAL_WORDS, "gradual"
        )
        if not gradual:
            ctx.add(
                "rollout",
                "rollout_not_gradual",
                f"{quote_part(plan.rollout)} goes everywhere at once. Start in a limited scope "
                "(one site, a small share of users, a short time) and widen it step by step while watching "
                "the results.",
            )
    watched = not is_non_answer(plan.monitoring) or ctx.mentions(
        "\n".join((plan.rollout, plan.risks, plan.went_really_well, plan.constraints)),
        MONITOR_WORDS,
        "monitoring",
    )
    if not watched:
        ctx.add(
            "monitoring",
            "no_monitoring",
            "Say what you will monitor once it runs (its inputs, its decisions and the metric) and who looks "
            "at it.",
        )
    if human and gradual and watched:
        ctx.strength("rollout", "a careful rollout")


def check_risks(ctx: Context) -> None:
    plan = ctx.plan
    risk_text = "\n".join(
        (plan.risks, plan.went_really_well, plan.monitoring, plan.rollout, plan.constraints)
    )
    sensor = has_any(
        "\n".join((plan.objective, *plan.levers[:40], plan.data, plan.modeler, plan.metric)), SENSOR_WORDS
    )
    no_risks = is_non_answer(plan.risks) and is_non_answer(plan.went_really_well)
    named = []
    said = "\n".join((plan.risks, plan.went_really_well, plan.monitoring))
    if sensor:
        if has_any(said, OOD_CONDITIONS) or ctx.mentions(
            risk_text, OOD_WORDS, "out_of_domain", model_text=said
        ):
            named.append("new kinds of input")
        else:
            ctx.add(
                "risks",
                "no_ood_risk",
                "This product works on images or sensor readings: name its out-of-domain risks. Inputs in "
                "use can differ from the training data (night, rain, a new camera, a different place) and "
                "drift over time; say how you will notice.",
            )
    elif no_risks:
        ctx.add(
            "risks",
            "no_risks",
            "List the risks: inputs unlike the training data, mistakes that would be costly, and how the "
            "world could change after launch.",
        )
    elif ctx.mentions(risk_text, OOD_WORDS, "out_of_domain", model_text=said):
        named.append("a changing world")
    thought = len(words(plan.went_really_well)) >= 5 and not is_non_answer(plan.went_really_well)
    if not no_risks:
        if thought or ctx.mentions(risk_text, FEEDBACK_WORDS, "feedback_loop", model_text=said):
            named.append("feedback loops")
        else:
            ctx.add(
                "went_really_well",
                "no_feedback_loop",
                "What if it went really, really well? Think about feedback loops: the system's decisions can "
                "change the data it later learns from, and how people (customers, competitors) behave.",
            )
    if named:
        ctx.strength("risks", "named risks (" + " and ".join(named) + ")")
