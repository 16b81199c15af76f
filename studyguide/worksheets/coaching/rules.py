"""Coaching rules for a Drivetrain plan. Pure: no Django, no torch.

``check_plan(plan, semantics=None)`` returns notes, each tied to a worksheet field, a stable code and the
study note it comes from. ``semantics`` (optional) is an object with the methods of ``Semantics`` below; the
embedding-backed one lives in ``semantic.py``. Without it the rules use word lists only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Protocol

from .lexicon import (
    DECISION_WORDS,
    EXPERIMENT_WORDS,
    FEEDBACK_WORDS,
    GRADUAL_WORDS,
    HUMAN_WORDS,
    LEVER_WORD,
    METRIC_WORDS,
    MODEL_PREDICTIVE,
    MONITOR_WORDS,
    OOD_WORDS,
    OUTCOME_WORDS,
    PREDICTION_WORDS,
    SENSOR_WORDS,
    has_any,
    lexicon_uncontrollable,
    mentions_lever_words,
    same_item,
    short,
)
from .plan import Plan

# code -> (study note slug, severity). Codes are a public, stable interface (JSON output, tests).
CODES: dict[str, tuple[str, str]] = {
    "empty_plan": ("drivetrain-approach", "problem"),
    "objective_missing": ("drivetrain-approach", "problem"),
    "objective_no_metric": ("drivetrain-approach", "problem"),
    "objective_is_prediction": ("drivetrain-approach", "problem"),
    "levers_missing": ("drivetrain-approach", "problem"),
    "lever_not_controllable": ("drivetrain-approach", "problem"),
    "uncontrollables_missing": ("drivetrain-approach", "suggestion"),
    "no_data": ("gathering-data", "problem"),
    "lever_no_data_experiment": ("drivetrain-approach", "problem"),
    "model_missing": ("drivetrain-approach", "problem"),
    "model_no_lever": ("drivetrain-approach", "problem"),
    "prediction_not_decision": ("drivetrain-approach", "problem"),
    "no_simulator": ("drivetrain-approach", "suggestion"),
    "no_optimizer": ("drivetrain-approach", "suggestion"),
    "no_baseline": ("avoiding-disaster", "suggestion"),
    "no_rollout": ("avoiding-disaster", "problem"),
    "rollout_no_human_oversight": ("avoiding-disaster", "problem"),
    "rollout_not_gradual": ("avoiding-disaster", "problem"),
    "no_monitoring": ("avoiding-disaster", "problem"),
    "no_ood_risk": ("out-of-domain-and-domain-shift", "problem"),
    "no_risks": ("avoiding-disaster", "problem"),
    "no_feedback_loop": ("avoiding-disaster", "suggestion"),
}


@dataclass(frozen=True)
class Note:
    field: str
    code: str
    message: str
    note_slug: str = ""
    severity: str = "problem"

    def as_json(self) -> dict:
        return {"field": self.field, "code": self.code, "message": self.message}


class Semantics(Protocol):
    def lever_uncontrollable(self, lever: str, uncontrollables: Sequence[str]) -> bool: ...

    def means_any(self, text: str, concept: str) -> bool: ...

    def mentions_lever(self, text: str, levers: Sequence[str]) -> bool: ...


def _blank(text: str) -> bool:
    return not text or not text.strip()


def _mentions(text: str, words: Sequence[str], concept: str, sem) -> bool:
    """Whether the text states a concept: the word list first, the embedding model where the words miss."""
    if has_any(text, words):
        return True
    return sem is not None and not _blank(text) and sem.means_any(text, concept)


# --- the rules ---------------------------------------------------------------------------------------------
def check_plan(plan: Plan, semantics: Semantics | None = None) -> list[Note]:
    notes: list[Note] = []

    def add(field_name: str, code: str, message: str) -> None:
        slug, severity = CODES[code]
        notes.append(Note(field_name, code, message, slug, severity))

    texts = {
        f.name: getattr(plan, f.name) for f in fields(Plan) if f.name not in ("levers", "uncontrollables")
    }
    if all(_blank(v) for v in texts.values()) and not plan.levers and not plan.uncontrollables:
        add(
            "objective",
            "empty_plan",
            "The worksheet is empty. Start with the objective: what outcome do you want, and how would you "
            "measure it? Or start from one of the worked examples.",
        )
        return notes

    sem = semantics

    # Objective -------------------------------------------------------------------------------------------
    if _blank(plan.objective):
        add("objective", "objective_missing", "State the objective: the outcome you want, not the model.")
    else:
        if has_any(plan.objective, PREDICTION_WORDS) and not has_any(plan.objective, OUTCOME_WORDS):
            add(
                "objective",
                "objective_is_prediction",
                f"“{short(plan.objective)}” describes a prediction, not an outcome. A prediction is a tool: "
                "what will you do differently with it, and what result do you want from that (more profit, "
                "fewer incidents, time saved)?",
            )
        if _blank(plan.metric) and not has_any(plan.objective, METRIC_WORDS):
            add(
                "metric",
                "objective_no_metric",
                "The objective has no metric. Say how you will measure success with a number you can track "
                "(for example profit per month, share of users who return, incidents per season).",
            )

    # Levers ----------------------------------------------------------------------------------------------
    if not plan.levers:
        add(
            "levers",
            "levers_missing",
            "List your levers: the things you yourself can change or decide (a price, a ranking, when an "
            "alert "
            "is sent). Without levers a model can only predict, not improve the outcome.",
        )
    controllable: list[str] = []
    for lever in plan.levers:
        listed = next((u for u in plan.uncontrollables if same_item(lever, u)), None)
        if listed is not None:
            add(
                "levers",
                "lever_not_controllable",
                f"“{short(lever)}” is listed both as a lever and as an uncontrollable input "
                f"(“{short(listed)}”). "
                "A lever is something you decide; keep it in one list only.",
            )
            continue
        flagged = lexicon_uncontrollable(lever)
        if sem is not None and not flagged:
            flagged = sem.lever_uncontrollable(lever, plan.uncontrollables)
        if not flagged:
            controllable.append(lever)
        else:
            add(
                "levers",
                "lever_not_controllable",
                f"Can you really change “{short(lever)}”? It reads like something that affects the outcome "
                "but "
                "that you do not decide. Move it to uncontrollable inputs, and ask what you do decide about "
                "it "
                "(a price, an order, who gets what, when; for a bettor: which games to bet on and how much).",
            )
    if not plan.uncontrollables:
        add(
            "uncontrollables",
            "uncontrollables_missing",
            "List the inputs that matter but that you cannot change (weather, competitors, what users "
            "already "
            "want). The models need them, and naming them keeps them out of the levers.",
        )

    # Data ------------------------------------------------------------------------------------------------
    if _blank(plan.data):
        add("data", "no_data", "Say what data you have, what you must collect, and how it was produced.")
    if plan.levers and plan.experiment.lower() not in ("yes",):
        experiment_text = plan.data
        mentioned = _mentions(experiment_text, EXPERIMENT_WORDS, "experiment", sem)
        if not mentioned:
            first = short(plan.levers[0], 40)
            add(
                "data",
                "lever_no_data_experiment",
                "Nothing in the data says how your levers change the outcome. Records of past choices "
                "rarely "
                f"show that; plan an experiment: for a small random share of cases, vary “{first}” and "
                "compare.",
            )

    # Models ----------------------------------------------------------------------------------------------
    if _blank(plan.modeler):
        add(
            "modeler",
            "model_missing",
            "Describe the modeler: what each model predicts, and from which levers and inputs.",
        )
    else:
        # Levers that look uncontrollable do not count: a model "about the teams" is still not about a lever.
        linked = has_any(plan.modeler, LEVER_WORD) or mentions_lever_words(plan.modeler, controllable)
        if not linked and sem is not None and controllable:
            linked = sem.mentions_lever(plan.modeler, controllable)
        if plan.levers:
            if not linked:
                add(
                    "modeler",
                    "model_no_lever",
                    "The model mentions none of your levers. To improve the outcome a model must predict how "
                    "the outcome changes when a lever changes (for example with and without "
                    f"“{short(plan.levers[0], 40)}”).",
                )
        downstream = " ".join((plan.simulator, plan.optimizer))
        if (
            has_any(plan.modeler, MODEL_PREDICTIVE)
            and not linked
            and not has_any(downstream, DECISION_WORDS)
            and not mentions_lever_words(downstream, controllable)
        ):
            add(
                "modeler",
                "prediction_not_decision",
                f"“{short(plan.modeler)}” is a prediction; the plan does not say how it turns into a "
                "decision. "
                "Link it to a lever: which action will you take for each prediction, and how will you pick "
                "the "
                "best one?",
            )
        if _blank(plan.simulator):
            add(
                "simulator",
                "no_simulator",
                "Add the simulator: the what-if questions you will ask the models (what happens to the "
                "outcome if we set this lever to each possible value?).",
            )
        if _blank(plan.optimizer):
            add(
                "optimizer",
                "no_optimizer",
                "Add the optimizer: which lever settings you will search over, to maximise which metric, "
                "under which constraints.",
            )

    # Baseline --------------------------------------------------------------------------------------------
    if _blank(plan.baseline):
        add(
            "baseline",
            "no_baseline",
            "Name a baseline: how it is done today, or a simple rule. Without one you cannot tell whether "
            "the model helps.",
        )

    # Rollout ---------------------------------------------------------------------------------------------
    rollout_all = " ".join((plan.rollout, plan.monitoring))
    if _blank(plan.rollout):
        add(
            "rollout",
            "no_rollout",
            "Plan the rollout: run it first as a manual process with people checking every output, then in a "
            "limited scope, then expand gradually.",
        )
    else:
        human = _mentions(plan.rollout, HUMAN_WORDS, "human_oversight", sem)
        if not human:
            add(
                "rollout",
                "rollout_no_human_oversight",
                "The rollout has no human oversight. Start with people checking the system's outputs (or "
                "running it alongside the current process) before it acts on its own.",
            )
        gradual = _mentions(plan.rollout, GRADUAL_WORDS, "gradual", sem)
        if not gradual:
            add(
                "rollout",
                "rollout_not_gradual",
                "The rollout goes everywhere at once. Start in a limited scope (one site, a small share of "
                "users, a short time) and expand gradually while watching the results.",
            )
    if _blank(plan.monitoring) and not has_any(rollout_all + " " + plan.risks, MONITOR_WORDS):
        add(
            "monitoring",
            "no_monitoring",
            "Say what you will monitor once it runs (inputs, outputs, the metric) and who looks at it.",
        )

    # Risks -----------------------------------------------------------------------------------------------
    risk_text = " ".join((plan.risks, plan.went_really_well, plan.monitoring))
    everything = " ".join(
        (plan.objective, " ".join(plan.levers), " ".join(plan.uncontrollables), plan.data, plan.modeler)
    )
    sensor = has_any(everything, SENSOR_WORDS)
    if sensor:
        ood = _mentions(risk_text, OOD_WORDS, "out_of_domain", sem)
        if not ood:
            add(
                "risks",
                "no_ood_risk",
                "This product works on images or sensor readings: name its out-of-domain risks. Inputs in "
                "use "
                "can differ from the training data (night, rain, a new camera, a different place) and drift "
                "over time; say how you will notice.",
            )
    elif _blank(plan.risks) and _blank(plan.went_really_well):
        add(
            "risks",
            "no_risks",
            "List the risks: inputs unlike the training data, mistakes that would be costly, and how the "
            "world could change after launch.",
        )
    # An answer to "what if it went really, really well?" counts as having thought about it.
    if not _blank(plan.risks) and _blank(plan.went_really_well) and not has_any(plan.risks, FEEDBACK_WORDS):
        add(
            "went_really_well",
            "no_feedback_loop",
            "What if it went really, really well? Think about feedback loops: the system's outputs can "
            "change "
            "the data it later learns from, or how people behave.",
        )
    return notes
