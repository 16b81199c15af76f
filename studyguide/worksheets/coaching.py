"""Coaching rules for a Drivetrain plan. Pure: no Django, no torch.

``check_plan(plan, semantics=None)`` returns notes, each tied to a worksheet field, a stable code and the
study note it comes from. ``semantics`` (optional) is an object with the methods of ``Semantics`` below; the
embedding-backed one lives in ``coaching_semantic.py``. Without it the rules use word lists only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Protocol

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


@dataclass
class Plan:
    """A plan in the shape of the JSON input; the web worksheet maps onto it (``data`` joins its three data
    fields, ``experiment`` is the yes/no/unsure choice)."""

    objective: str = ""
    metric: str = ""
    levers: list[str] = field(default_factory=list)
    uncontrollables: list[str] = field(default_factory=list)
    data: str = ""
    modeler: str = ""
    simulator: str = ""
    optimizer: str = ""
    baseline: str = ""
    rollout: str = ""
    risks: str = ""
    horizon: str = ""
    constraints: str = ""
    monitoring: str = ""
    went_really_well: str = ""
    experiment: str = ""


JSON_KEYS = (
    "objective",
    "metric",
    "levers",
    "uncontrollables",
    "data",
    "modeler",
    "simulator",
    "optimizer",
    "baseline",
    "rollout",
    "risks",
)
OPTIONAL_KEYS = ("horizon", "constraints", "monitoring", "went_really_well", "experiment", "title")


class PlanError(ValueError):
    pass


def plan_from_mapping(data: Mapping) -> Plan:
    """Validate a decoded JSON object and build a Plan. Unknown keys are an error (a typo would otherwise
    silently produce notes about an 'empty' field)."""
    if not isinstance(data, Mapping):
        raise PlanError(f"the worksheet must be a JSON object, not {type(data).__name__}")
    unknown = sorted(set(data) - set(JSON_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise PlanError(f"unknown key(s): {', '.join(unknown)}; expected some of: {', '.join(JSON_KEYS)}")
    kwargs: dict = {}
    for f in fields(Plan):
        value = data.get(f.name)
        if value is None:
            continue
        if f.name in ("levers", "uncontrollables"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PlanError(f"'{f.name}' must be a list of strings")
            kwargs[f.name] = [v.strip() for v in value if v.strip()]
        else:
            if not isinstance(value, str):
                raise PlanError(f"'{f.name}' must be a string")
            kwargs[f.name] = value.strip()
    return Plan(**kwargs)


@dataclass(frozen=True)
class Note:
    field: str
    code: str
    message: str
    note_slug: str = ""
    severity: str = "problem"

    def as_json(self) -> dict:
        return {"field": self.field, "code": self.code, "message": self.message}

    def as_dict(self) -> dict:
        return asdict(self)


class Semantics(Protocol):
    def lever_uncontrollable(self, lever: str, uncontrollables: Sequence[str]) -> bool: ...

    def means_any(self, text: str, concept: str) -> bool: ...

    def mentions_lever(self, text: str, levers: Sequence[str]) -> bool: ...


# --- text helpers ------------------------------------------------------------------------------------------
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
STOPWORDS = frozenset(
    """a an the and or of to in on for with by from at as is are be been being it its this that these
    those we our us you your i my me they them their he she his her who whom which what when where
    how why will would can could should may might must do does did done not no yes than then so if
    each every per into over under about more most less least very much many some any all one two
    also just only there here has have had get gets got using use used based make makes made""".split()
)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def stem(word: str) -> str:
    """A crude stemmer, enough to match 'drones'/'drone' and 'pricing'/'price'."""
    for suffix in ("ings", "ing", "ies", "ied", "ed", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


# Words too generic to link a model to a lever ("each day" in both does not make them about the same thing).
GENERIC = frozenset(
    """day days week weeks month months year years time times daily weekly monthly hour hours first next last
    new model models predict predicts data number amount""".split()
)


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w not in STOPWORDS and w not in GENERIC and len(w) > 2}


def has_any(text: str, patterns: Sequence[str]) -> bool:
    """True if any pattern (a regex fragment matched at a word start) occurs in the lower-cased text."""
    low = text.lower()
    return any(re.search(r"(?<![a-z0-9])" + p, low) for p in patterns)


def short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --- word lists (rules-only mode; the embedding model generalises beyond them) ---------------------------
METRIC_WORDS = (
    r"\d",
    "%",
    "percent",
    "rate",
    "revenue",
    "profit",
    "return on",
    "roi",
    "count",
    "number of",
    "per ",
    "measured",
    "measure",
    "average",
    "mean ",
    "median",
    "share of",
    "proportion",
    "minutes",
    "hours",
    "days",
    "dollars",
    "euros",
    "pounds",
    "cost",
    "margin",
    "score",
    "click",
)
PREDICTION_WORDS = (r"predict", r"classif", r"forecast", r"build (a|an) (model|classifier|system)", r"accura")
OUTCOME_WORDS = (
    "increase",
    "reduce",
    "raise",
    "lower",
    "maximi[sz]",
    "minimi[sz]",
    "more ",
    "fewer",
    "less ",
    "improve",
    "grow",
    "save",
    "profit",
    "revenue",
    "earn",
    "make money",
    "keep",
    "protect",
    "prevent",
    "avoid",
    "safe",
    "cut",
    "win money",
)
UNCONTROLLABLE_WORDS = (
    r"weather",
    r"climate",
    r"the market",
    r"markets?\b",
    r"stock (price|market)",
    r"competitor",
    r"rival",
    r"economy",
    r"economic",
    r"inflation",
    r"interest rate",
    r"exchange rate",
    r"season\b",
    r"seasonal",
    r"teams?\b",
    r"management\b",
    r"roster",
    r"players?\b",
    r"opponent",
    r"referee",
    r"injur",
    r"government",
    r"regulation",
    r"the law",
    r"traffic",
    r"luck",
    r"trends?\b",
    r"public opinion",
    r"holidays?\b",
    r"customers?'? (age|income|mood|taste)",
    r"demand\b",
    r"who wins",
    r"the outcome",
    r"the result",
    r"other people",
    r"animal behaviou?r",
    r"bears?\b",
)
DECISION_CUES = (
    r"our\b",
    r"\bwe\b",
    r"my\b",
    r"how much",
    r"how many",
    r"which\b",
    r"when to",
    r"whether to",
    r"where to",
    r"what to",
    r"choose",
    r"choice of",
    r"set\b",
    r"setting",
    r"send",
    r"show",
    r"offer",
    r"place",
    r"bet size",
    r"stake",
    r"allocat",
    r"schedul",
    r"order of",
    r"ranking",
    r"price we",
    r"the price",
    r"discount",
    r"hire",
    r"assign",
    r"trigger",
    r"alert",
    r"threshold",
)
EXPERIMENT_WORDS = (
    r"experiment",
    r"randomi[sz]",
    r"random(ly)?\b",
    r"alternat",
    r"(try|trial|test)(ing)? (two|three|several|different|new|cheaper|lower|higher)",
    r"a/b",
    r"ab test",
    r"split test",
    r"control group",
    r"test group",
    r"hold-?out",
    r"trial",
    r"vary",
    r"varied",
    r"varying",
)
MODEL_PREDICTIVE = (
    r"classif",
    r"predict",
    r"forecast",
    r"win/loss",
    r"win or lose",
    r"probabilit",
    r"regression",
    r"neural net",
    r"model of",
)
DECISION_WORDS = (
    r"decid",
    r"decision",
    r"choose",
    r"which\b",
    r"how much",
    r"how many",
    r"bet size",
    r"stake",
    r"action",
    r"what if",
    r"if we",
    r"lever",
    r"optimi[sz]",
    r"with and without",
    r"for each (possible|candidate|option)",
    r"under each",
    r"set the",
)
HUMAN_WORDS = (
    r"human",
    r"manual",
    r"person",
    r"people\b",
    r"staff",
    r"expert",
    r"review",
    r"oversight",
    r"supervis",
    r"check",
    r"approv",
    r"sign[- ]off",
    r"alongside",
    r"in parallel",
    r"shadow",
    r"ranger",
    r"operator",
    r"analyst",
    r"underwriter",
    r"in the loop",
    r"veto",
    r"override",
    r"confirm",
    r"suggest",
    r"advis",
    r"decides?\b",
    r"still (choose|decide)",
    r"manager",
    r"(radiologist|clinician|doctor|nurse|receptionist|editor|coordinator|inspector|agronomist|teacher)s?\b",
    r"moderator",
    r"by hand",
)
GRADUAL_WORDS = (
    r"limited",
    r"small",
    r"pilot",
    r"one "
    "(region|site|store|city|area|team|camera|park|country|state|market|branch|clinic|school|field|shop)",
    r"(in|on|at|for|with|to) (one|two|three|a single|a few) \w+",
    r"(are|is|get|will be) added",
    r"others? (follow|later)",
    r"subset",
    r"a few",
    r"gradual",
    r"expand",
    r"expansion",
    r"scale (up|out)",
    r"step by step",
    r"phase",
    r"stage",
    r"\d+ ?%",
    r"percent",
    r"share of",
    r"roll (it )?out to (more|all)",
    r"wider",
    r"then (to )?(the )?(whole|rest|all|every|other|more)",
)
MONITOR_WORDS = (
    r"monitor",
    r"track",
    r"dashboard",
    r"alert",
    r"watch",
    r"logs?\b",
    r"logging",
    r"audit",
    r"compare",
    r"weekly",
    r"daily",
)
SENSOR_WORDS = (
    r"image",
    r"camera",
    r"photo",
    r"picture",
    r"video",
    r"sensor",
    r"microphone",
    r"audio",
    r"x-?ray",
    r"scan\b",
    r"scans\b",
    r"lidar",
    r"satellite",
    r"radar",
    r"thermal",
    r"webcam",
)
OOD_WORDS = (
    r"out[- ]of[- ]domain",
    r"out[- ]of[- ]distribution",
    r"distribution",
    r"domain shift",
    r"shift",
    r"drift",
    r"different from (the )?training",
    r"unlike (the )?training",
    r"not in (the )?training",
    r"never seen",
    r"unseen",
    r"new (kind|type)s? of",
    r"night",
    r"dark",
    r"rain",
    r"snow",
    r"fog",
    r"light(ing)?\b",
    r"blur",
    r"angle",
    r"different (camera|sensor|device|lens|place|season)",
    r"new (camera|sensor|device|location|site)",
    r"conditions",
    r"over time",
)
FEEDBACK_WORDS = (
    r"feedback",
    r"loop",
    r"reinforc",
    r"self[- ]fulfil",
    r"amplif",
    r"went really",
    r"goes really well",
    r"if it works",
    r"success",
    r"echo chamber",
    r"behaviou?r changes?",
    r"change (their|the) behaviou?r",
    r"adapt to",
    r"game the",
)
LEVER_WORD = (r"lever",)


def _blank(text: str) -> bool:
    return not text or not text.strip()


def _mentions(text: str, words: Sequence[str], concept: str, sem) -> bool:
    """Whether the text states a concept: the word list first, the embedding model where the words miss."""
    if has_any(text, words):
        return True
    return sem is not None and not _blank(text) and sem.means_any(text, concept)


def _same_item(a: str, b: str) -> bool:
    sa, sb = content_stems(a), content_stems(b)
    if not sa or not sb:
        return a.strip().lower() == b.strip().lower()
    return len(sa & sb) / len(sa | sb) >= 0.6


def lexicon_uncontrollable(lever: str) -> bool:
    """Rules-only guess: the lever names a thing from the uncontrollable list and reads like no decision."""
    return has_any(lever, UNCONTROLLABLE_WORDS) and not has_any(lever, DECISION_CUES)


def _mentions_lever_words(text: str, levers: Sequence[str]) -> bool:
    stems = content_stems(text)
    return any(content_stems(lever) & stems for lever in levers)


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
        listed = next((u for u in plan.uncontrollables if _same_item(lever, u)), None)
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
        linked = has_any(plan.modeler, LEVER_WORD) or _mentions_lever_words(plan.modeler, controllable)
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
            and not _mentions_lever_words(downstream, controllable)
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
