"""The field judge: a learned second reader for the slips the rules' word lists miss on plans never studied.

The rules read a plan phrase by phrase and catch what their lists and patterns name; on each new set of plans
written blind they caught about half the planted flaws at first sight, and each study of a set carried over
little to the next. The judge reads whole fields instead: for each code below, a logistic model over the
sentence embedder's vectors of the fields the code is about (the metric beside the objective for a proxy, the
modeler, optimizer and closing remarks for a prediction nobody acts on), and for codes about one statement
anywhere in a box, also the elementwise maximum over the box's sentence vectors (``_sentences_of``),
trained on every labelled worksheet in ``tests/worksheets`` by ``manage.py worksheet_coaching_train_judge``.
Each code's threshold is set above every strong plan's score with the code's model trained without that
plan's set (leave one set out), plus a margin, so a strong plan is very unlikely to be judged; codes whose
judge added catches at no false alarm on unseen sets are the only ones judged (the training command prints
the figures). A box that answers nothing in words the rules have not met ("will ask Ravi, not sure what goes
here") is judged by one model shared by the simulator, optimizer and rollout boxes (a pool), as each box
alone has too few such answers to learn from.

A code judged only where its box holds words (``answered_only``: the monitoring box, the rollout's pace, the
pooled boxes, a loop, a model's inputs) neither learns from nor judges a blank box: the rules name a blank.

The judge only adds: it speaks on a field when no rule has already spoken about it (a note or a question on
the same field, or on a code of the same family), one note per family, and it never judges an empty plan.
Pure: the scores come from the semantics (``semantic.PlanSemantics.judged``), which holds the weights.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .context import Context
from .judge_weights import SENTENCE_READ
from .lexicon import MEASURABLE
from .novelty import names_plainly_new, without_explained
from .plan import Plan
from .text import has_any, quote_part, quoted_aside


@dataclass(frozen=True)
class Judged:
    field: str  # the worksheet field the note is about (web form and JSON interface alike)
    reads: tuple[
        str, ...
    ]  # the judge's inputs: plan texts, or "a*b" for the product of two (a fit between them)
    family: str  # codes of one family are one question: the judge never adds a second answer to it
    strength: str  # the strength the note takes back ("" for none)
    message: Callable[[Plan], str]
    # A fact the judge cannot overrule: a model of whole fields can miss the one word that settles the code.
    applies: Callable[[Plan], bool] = lambda plan: True
    # Codes of one pool share one model, trained on all their fields at once (each reads one field): a box
    # that answers nothing ("will ask Ravi", "can't think of any") reads alike whichever box it is in, and
    # each code alone has too few such answers to learn from.
    pool: str = ""
    # The rules name a blank box ("Name a baseline ..."); a judge of what a box's words say reads, and learns
    # from, only boxes with words in them.
    answered_only: bool = False
    # What the rules credited that settles the code (a strength's key and a phrase in it): the judge does not
    # say a loop goes unnamed where the rules read one named.
    unless_credited: tuple[str, str] = ("", "")


# Whatever scores a model names it or its calls: a model, a prediction, a flag or warning, a tool that sorts
# or spots, or a score of fit ("accuracy", "AUC", "BLEU", "agreement with the tutor's call"). A metric naming
# none of them ("Lap time on our test autocross; lap-to-lap spread") cannot be the model's score, however
# its words lie near one.
_MODEL_SCORE_WORDS = re.compile(
    r"model|predict|forecast|estimat|flag|alert|alarm|warning|classif|detect|score|accura|precision|recall"
    r"|error|sensitiv|specific|agree|match|\bhits?\b|correct|right|wrong|\bcalls?\b|guess|\bauc\b|\broc\b"
    r"|area under|rmse|\bmae\b|mape|\bf1\b|\bloss\b|\bfit|\br2\b|r-squared|validation|held|test set|bleu"
    r"|\bter\b|\btool|\bapp\b|system|algorithm|\bai\b|\bspot|\bsort|\bpick|\brank|\btag|label|engine"
    r"|\bbot\b|chance|probab",
    re.IGNORECASE,
)


def _names_no_new_input(plan: Plan) -> bool:
    """Whether no listed risk names something new, rare or unseen that is not about money, our staff or our
    own choices ("tenants with heaters the model knows nothing about" is the very risk the code asks for), in
    words that cannot be about those: "a change of carer" or "shifts they like" leave the judge to speak."""
    return not names_plainly_new(without_explained(plan.risks, plan.levers))


def _names_a_model_score(plan: Plan) -> bool:
    return bool(_MODEL_SCORE_WORDS.search(plan.metric or ""))


def _counts_nothing(plan: Plan) -> bool:
    """No word of a count in the metric ("share of guests whose room is ready" is a number, however read)."""
    return not has_any(plan.metric, MEASURABLE)


# A word of what is to come or of knowing it: every objective labelled a prediction in the labelled sets has
# one ("which ... will", "how many", "ahead", "to know"). Without one the objective is an outcome, however
# much it sounds like a forecast to the embedder ("every student produces an accurate map by the end of the
# week").
_FORETELLING = re.compile(
    r"\b(?:predict\w*|forecast\w*|know\w*|tell|foresee\w*|anticipat\w*|expect\w*|estimat\w*|likel\w*"
    r"|chances?|will|'ll|how many|how much|which|who|when|whether|ahead|in advance|advance|guess\w*|figure"
    r"|picture|probabilit\w*|odds|risk|score|sabe\w*|saber)\b",
    re.IGNORECASE,
)


def _may_foretell(plan: Plan) -> bool:
    return bool(_FORETELLING.search(plan.objective or ""))


def _quoted(text: str) -> str:
    """The student's words (several fields' lines kept apart by a slash), or "The field" when blank."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return quote_part(" / ".join(lines)) if lines else "The field"


def _sentences_of(*fields: str) -> tuple[str, ...]:
    """Pooled reads of the fields (``judge_weights.SENTENCE_READ``): a code about whether one statement
    appears anywhere in a box (a loop named, a risk of unlike cases, a decision taken from the model) reads
    each sentence's vector beside the whole box's. Measured leave one set out, they found more planted
    flaws with no more false alarms for the codes below, and did not help codes read from one short box
    (the metric's)."""
    return tuple(f"{SENTENCE_READ}{field}" for field in fields)


JUDGED: dict[str, Judged] = {
    "objective_is_prediction": Judged(
        "objective",
        ("objective",),
        "objective",
        "",
        lambda p: (
            f"{_quoted(p.objective)} reads as something to predict, not an outcome you want in the "
            "world. A forecast is a tool: what will you do differently with it, and what result should that "
            "bring (more sales, fewer accidents, hours saved)?"
        ),
        applies=_may_foretell,
    ),
    "metric_is_model_quality": Judged(
        "metric",
        ("metric",),
        "metric",
        "metric",
        lambda p: (
            f"{_quoted(p.metric)} reads as a score of the model, not of the objective"
            f"{quoted_aside(p.objective)}. A model can score well while nothing improves in the world: "
            "measure the outcome itself, and keep the model's score as a check on the model."
        ),
        applies=_names_a_model_score,
    ),
    "metric_proxy": Judged(
        "metric",
        ("objective", "metric", "objective*metric", *_sentences_of("objective", "metric")),
        "metric",
        "metric",
        lambda p: (
            f"{_quoted(p.metric)} seems to count something on the way to the objective"
            f"{quoted_aside(p.objective)} rather than the objective itself, and it can rise while the "
            "outcome you want stays flat. Count that outcome directly, and keep this figure as an early "
            "signal at most."
        ),
    ),
    "objective_no_metric": Judged(
        "metric",
        ("metric",),
        "metric",
        "metric",
        lambda p: (
            f"{_quoted(p.metric)} does not say how you will measure the objective. Give a number you can "
            "track over the horizon (money per month, the share of people who come back, incidents per "
            "season)."
        ),
        applies=_counts_nothing,
    ),
    "metric_no_number": Judged(
        "metric",
        ("metric",),
        "metric",
        "metric",
        lambda p: (
            f"{_quoted(p.metric)} describes how things should be, with no number to track. Say what you "
            "will count or ask, how often, and which change would count as success."
        ),
        applies=_counts_nothing,
    ),
    "model_missing": Judged(
        "modeler",
        ("modeler", *_sentences_of("modeler")),
        "models",
        "models",
        lambda p: (
            f"{_quoted(p.modeler)} does not describe a model. Say what it predicts, and from which of "
            "your levers and which inputs."
        ),
    ),
    "prediction_not_decision": Judged(
        "optimizer",
        (
            "modeler",
            "optimizer",
            "went_really_well",
            *_sentences_of("modeler", "optimizer", "went_really_well"),
        ),
        "models",
        "models",
        lambda p: (
            f"{_quoted(p.optimizer or p.modeler)} stops at a prediction: nothing in the plan turns the "
            "model's output into a choice of lever. Say what the optimizer decides from it (which "
            "setting, for whom, when) and what that decision should improve."
        ),
    ),
    "no_data": Judged(
        "data_have",
        ("records",),
        "data",
        "experiment",
        lambda p: (
            f"{_quoted(p.records or p.data)} names no records you hold or will gather. Say what data you "
            "have, what you must collect, and how it comes about."
        ),
    ),
    "no_ood_risk": Judged(
        "risks",
        ("risks", *_sentences_of("risks")),
        "risks",
        "risks",
        lambda p: (
            f"None of the risks listed ({_quoted(p.risks)}) is about the model meeting cases unlike its data "
            "(a new kind of customer, item or place, an unusual season, a change of rules) or the world "
            "drifting away from what it learned. Name those, and say how you will notice."
        ),
        applies=_names_no_new_input,
    ),
    "no_simulator": Judged(
        "simulator",
        ("simulator",),
        "simulator",
        "models",
        lambda p: (
            f"{_quoted(p.simulator)} does not say what the simulator would try. Name a what-if on your own "
            "levers (a price, a quantity, who is chosen) and what the model expects to happen to the "
            "objective's number if you made that change."
        ),
        answered_only=True,
        pool="unanswered",
    ),
    "no_optimizer": Judged(
        "optimizer",
        ("optimizer",),
        "models",
        "models",
        lambda p: (
            f"{_quoted(p.optimizer)} does not say how the best settings of the levers get chosen. In the "
            "Drivetrain Approach the optimizer searches the levers with the model's help: say which choices "
            "it makes, how often, and within which limits."
        ),
        answered_only=True,
        pool="unanswered",
    ),
    "no_rollout": Judged(
        "rollout",
        ("rollout",),
        "rollout",
        "rollout",
        lambda p: (
            f"{_quoted(p.rollout)} does not describe a rollout. Say where it starts small (one site, a few "
            "customers, advice only), who checks its choices and can stop it, and what has to hold before "
            "it goes wider."
        ),
        answered_only=True,
        pool="unanswered",
    ),
    # A rollout that goes wide at once in words the rules have not met ("the new rota starts for everyone on
    # the 1st"): judged on the rollout box alone, when the rules said nothing about the rollout.
    "rollout_not_gradual": Judged(
        "rollout",
        ("rollout", *_sentences_of("rollout")),
        "rollout",
        "rollout",
        lambda p: (
            f"{_quoted(p.rollout)} seems to start everywhere at once. Start small (one site, one team, a few "
            "weeks, or advice only), compare with the old way, and say what has to hold before it goes wider."
        ),
        answered_only=True,
    ),
    # A decision that shapes what the system later sees, never named as a loop anywhere: read from what the
    # optimizer decides beside the risks and the last box together (a loop is one wherever it is written).
    "no_feedback_loop": Judged(
        "went_really_well",
        ("optimizer", "risks", "went_really_well", *_sentences_of("optimizer", "risks", "went_really_well")),
        "loops",
        "",
        lambda p: (
            f"What the optimizer decides ({_quoted(p.optimizer)}) will shape the data the model learns from "
            "next: the cases it passes over are never seen, and people react to what it does. Nothing in the "
            "plan says so. Name that loop, and keep a small share of decisions made the old way or at random "
            "so you still see what happens to the rest."
        ),
        answered_only=True,
        unless_credited=("risks", "feedback loops"),
    ),
    # A model whose inputs leave every lever out, in words the rules have not met: read from the model beside
    # the levers (and their product, how far the one speaks of the other).
    "model_no_lever": Judged(
        "modeler",
        ("modeler", "levers", "modeler*levers", *_sentences_of("modeler", "levers")),
        "models",
        "models",
        lambda p: (
            f"{_quoted(p.modeler)} seems to learn only from things you do not decide: none of your levers is "
            "among its inputs, so it cannot say what a different decision would bring. Add the levers (and "
            "the times they were set differently) to what it learns from."
        ),
        answered_only=True,
    ),
    # Watching that is not watching, in words the rules have not met ("signed off by the supplier", "the
    # pilot proved it, so no need"): judged on the monitoring box alone.
    "no_monitoring": Judged(
        "monitoring",
        ("monitoring", *_sentences_of("monitoring")),
        "monitoring",
        "rollout",
        lambda p: (
            f"{_quoted(p.monitoring)} does not say how you will keep watching once it runs. Name what is "
            "counted (its inputs, its decisions and the metric), how often, and who looks at it."
        ),
        answered_only=True,
    ),
    # Codes the rules name by their words and the judge reads by meaning, where those words are missing ("the
    # council runs three depots" as an objective; "we'll see how it compares" as a baseline). Not lever rows
    # that are results: judged, its only note on the first unseen set after it was a false alarm on a strong
    # plan whose levers were settings ("the threshold for a warning (now +1.0 C)"), which read to the embedder
    # much as results do; the rules name such rows by their words.
    "objective_missing": Judged(
        "objective",
        ("objective",),
        "objective",
        "",
        lambda p: (
            f"{_quoted(p.objective)} describes the situation or the project, not the result you want. Say "
            "what should be different in the world when this works (more of what, less of what, for whom)."
        ),
    ),
    "no_baseline": Judged(
        "baseline",
        ("baseline", "metric", "baseline*metric"),
        "baseline",
        "baseline",
        lambda p: (
            f"{_quoted(p.baseline)} does not name what the new plan is compared with. Say what is done "
            "today (or the simplest rule anyone could apply) and the figure it gets on your metric, so you "
            "can tell whether the model's choices do better."
        ),
    ),
    "rollout_no_human_oversight": Judged(
        "rollout",
        ("rollout", *_sentences_of("rollout")),
        "rollout",
        "rollout",
        lambda p: (
            f"{_quoted(p.rollout)} does not say who checks the system's choices while it goes live, or who "
            "can stop it. Name the person who reviews its decisions at first and can switch back to the old "
            "way."
        ),
        answered_only=True,
    ),
    "no_risks": Judged(
        "risks",
        ("risks",),
        "risks",
        "risks",
        lambda p: (
            f"{_quoted(p.risks)} names no real risk. Say what could go wrong: cases unlike your data, the "
            "world changing after launch, people reacting to the decisions, and which mistakes cost most."
        ),
    ),
}

# The rules' codes of each family: a family the rules already answered is left to them.
FAMILIES: dict[str, frozenset[str]] = {
    "objective": frozenset({"objective_missing", "objective_is_prediction"}),
    "metric": frozenset(
        {"metric_proxy", "metric_no_number", "objective_no_metric", "metric_is_model_quality"}
    ),
    "models": frozenset({"model_missing", "prediction_not_decision", "model_no_lever", "no_optimizer"}),
    "data": frozenset({"no_data", "lever_no_data_experiment"}),
    "risks": frozenset({"no_risks", "no_ood_risk"}),
    "baseline": frozenset({"no_baseline"}),
    "simulator": frozenset({"no_simulator"}),
    "rollout": frozenset({"no_rollout", "rollout_no_human_oversight", "rollout_not_gradual"}),
    "monitoring": frozenset({"no_monitoring"}),
    "loops": frozenset({"no_feedback_loop"}),
}


@dataclass(frozen=True)
class SentenceReader:
    """A per-sentence model the rules ask (``Context.every_sentence_reads_as``), not a note of its own: it is
    trained on the sentences of ``field`` in plans where ``planted`` is planted (its kind) against those of
    every plan that neither plants nor allows it, and reads a box as its kind only when every sentence's
    score is over the threshold, which sits above every strong plan's lowest sentence score from a model
    that never saw that plan's set (``judge_training``)."""

    field: str
    planted: str


SENTENCE_READERS = {
    # "we'd buy a second van and take my nephew on": asked what happens if the plan goes really well, the
    # answer names only the writer's own gains and growth. The word lists (``waved_off.only_success``) were
    # written from the plans studied and caught 1 of 20 such answers on the last ten sets never studied; the
    # embedder tells "our own gains" from "what our choices make people do" by meaning, sentence by sentence.
    "gains_only": SentenceReader("went_really_well", "no_feedback_loop"),
}


def judged_texts(plan: Plan) -> dict[str, str]:
    """The texts the judge reads, by name (what training and checking both encode)."""
    return {
        "objective": plan.objective,
        "metric": plan.metric,
        "modeler": plan.modeler,
        "simulator": plan.simulator,
        "optimizer": plan.optimizer,
        "rollout": plan.rollout,
        "went_really_well": plan.went_really_well,
        "records": plan.records if plan.records is not None else plan.data,
        "risks": plan.risks,
        "monitoring": plan.monitoring,
        "levers": "\n".join(plan.levers),
        "baseline": plan.baseline,
    }


def add_judged_notes(ctx: Context, verdicts: Mapping[str, float]) -> None:
    """Add a note for each judged code (``verdicts``: code -> how far over its threshold) whose field and
    family the rules left alone; within a family, the code furthest over its threshold."""
    fields = {n.field for n in ctx.notes}  # questions included: the rules' doubt is left as it is
    codes = {n.code for n in ctx.notes}
    texts = judged_texts(ctx.plan)
    best: dict[str, tuple[float, str]] = {}
    for code, over in verdicts.items():
        judged = JUDGED.get(code)
        if judged is None or over <= 0 or not judged.applies(ctx.plan):
            continue
        if judged.answered_only and not texts[judged.reads[0]].strip():
            continue
        key, phrase = judged.unless_credited
        if phrase and phrase in ctx.strengths.get(key, ""):
            continue
        if judged.field in fields or FAMILIES[judged.family] & codes:
            continue
        if over > best.get(judged.family, (0.0, ""))[0]:
            best[judged.family] = (over, code)
    for _, code in sorted(best.values(), reverse=True):
        judged = JUDGED[code]
        # Said, not asked (``notes.ASKED_AS_QUESTIONS``): its threshold is above every strong plan's score
        # from a model that never saw that plan's set.
        ctx.add(judged.field, code, judged.message(ctx.plan), certain=True)
        if judged.strength:
            ctx.strengths.pop(judged.strength, None)
