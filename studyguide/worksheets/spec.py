"""The worksheet's fields, defined once: names, labels, help, kinds, limits, sections and the coaching plan
key each field feeds. Pure (no Django). Everything else is derived from ``FIELDS``: the model's columns, the
parsing of saves, the edit and read-only pages, the Markdown export, the revision diffs, the coaching plan,
and the keys coaching's JSON interface accepts (every field by its name, ``coaching/plan.py``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

TEXT_LIMIT = 20_000  # characters per text field
TITLE_LIMIT = 200
LIST_MAX_ITEMS = 500  # levers / uncontrollable inputs per worksheet
LIST_ITEM_LIMIT = 1_000  # characters per lever
COMMENT_LIMIT = 5_000

UNTITLED = "Untitled plan"  # the title of a worksheet whose title is left blank

FIELD_KINDS = ("text", "list", "choice", "line")

EXPERIMENT_CHOICES = (("", "Not decided yet"), ("yes", "Yes"), ("no", "No"), ("unsure", "Not sure"))


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    help: str
    kind: str = "text"  # text | list | choice | line
    note_slug: str = "drivetrain-approach"
    rows: int = 3
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) pairs of a "choice" field
    # Coaching reads a coarser plan: the key this field feeds there. Fields that share a key are joined (the
    # three data fields become "data"); None means the field's own name; "" keeps the field out of coaching.
    plan_key: str | None = None

    def __post_init__(self) -> None:
        # A positional slip (a note slug passed as the kind) once sent seven fields' study-note links to the
        # wrong note: refuse anything that is not a known kind.
        if self.kind not in FIELD_KINDS:
            raise ValueError(f"field {self.name!r}: unknown kind {self.kind!r}")

    @property
    def coached_as(self) -> str:
        return self.name if self.plan_key is None else self.plan_key

    @property
    def empty(self) -> list | str:
        """The value of a field nobody has written in."""
        return [] if self.kind == "list" else ""

    def display(self, value) -> object:
        """The value as a reader sees it: a choice's label rather than its code."""
        if self.kind == "choice":
            return dict(self.choices).get(value or "", value or "")
        return value


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "title",
        "Title",
        "A short name for the product you are planning.",
        kind="line",
        note_slug="",
        plan_key="",
    ),
    FieldSpec("objective", "Objective", "The outcome you want in the world (not a prediction).", rows=3),
    FieldSpec("metric", "Metric", "How you will measure that outcome: a number you can track.", rows=2),
    FieldSpec(
        "horizon",
        "Horizon",
        "Over what time span the outcome counts (a week, a season, a year).",
        rows=1,
    ),
    FieldSpec(
        "constraints",
        "Constraints",
        "Budget, law, fairness, safety, what must never happen.",
        rows=2,
    ),
    FieldSpec(
        "levers",
        "Levers",
        "What you yourself can change or decide. One lever per row.",
        kind="list",
    ),
    FieldSpec(
        "uncontrollables",
        "Uncontrollable inputs",
        "What matters for the outcome but you cannot change. One per row.",
        kind="list",
    ),
    FieldSpec(
        "data_have",
        "Data you have",
        "What is already collected, and how it was produced.",
        note_slug="gathering-data",
        plan_key="data",
    ),
    FieldSpec(
        "data_collect",
        "Data to collect",
        "What is missing and how you will get it.",
        note_slug="gathering-data",
        plan_key="data",
    ),
    FieldSpec(
        "experiment_needed",
        "Is an experiment needed?",
        "Past data only shows the effect of past choices: to learn what a lever does you may have to vary "
        "it.",
        kind="choice",
        choices=EXPERIMENT_CHOICES,
        plan_key="experiment",
    ),
    FieldSpec(
        "experiment_notes",
        "Experiment notes",
        "Which lever you will vary, for whom, and for how long.",
        plan_key="data",
    ),
    FieldSpec(
        "modeler",
        "Modeler",
        "What each model predicts, from which levers and inputs (e.g. chance of a purchase given a ranking).",
        rows=4,
    ),
    FieldSpec("simulator", "Simulator", "The what-if questions you will ask the models.", rows=3),
    FieldSpec(
        "optimizer", "Optimizer", "What you will tune, to maximise what, under which constraints.", rows=3
    ),
    FieldSpec(
        "baseline",
        "Baseline",
        "How it is done today, or a simple rule the model must beat.",
        note_slug="avoiding-disaster",
    ),
    FieldSpec(
        "rollout",
        "Rollout",
        "Manual process with human oversight first, then a limited-scope deployment, then gradual expansion.",
        note_slug="avoiding-disaster",
        rows=4,
    ),
    FieldSpec(
        "monitoring",
        "Monitoring",
        "What you will watch once it runs, and who looks.",
        note_slug="avoiding-disaster",
    ),
    FieldSpec(
        "risks",
        "Risks (out-of-domain data)",
        "Inputs in use that differ from the data the model learned from; what could go wrong.",
        note_slug="out-of-domain-and-domain-shift",
    ),
    FieldSpec(
        "went_really_well",
        "What if it went really, really well?",
        "Feedback loops: how success could change the data, the users or the world.",
        note_slug="avoiding-disaster",
    ),
)

BY_NAME: dict[str, FieldSpec] = {f.name: f for f in FIELDS}
EDITABLE: tuple[str, ...] = tuple(f.name for f in FIELDS)
LIST_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.kind == "list")

SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("objective", "1. Objective", ("objective", "metric", "horizon", "constraints")),
    ("levers", "2. Levers", ("levers",)),
    ("uncontrollables", "3. Uncontrollable inputs", ("uncontrollables",)),
    ("data", "4. Data", ("data_have", "data_collect", "experiment_needed", "experiment_notes")),
    ("models", "5. Models", ("modeler", "simulator", "optimizer")),
    ("baseline", "6. Baseline", ("baseline",)),
    ("rollout", "7. Rollout", ("rollout", "monitoring", "risks", "went_really_well")),
)


def empty_values() -> dict:
    return {f.name: f.empty for f in FIELDS}


def fingerprint(value) -> str:
    """A short stable hash of a field value: the edit form sends it back so an untouched field is never
    written (and never reported as a conflict)."""
    raw = json.dumps(value, ensure_ascii=False) if isinstance(value, list) else str(value)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def normalise_text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def clean_list(items) -> list[str]:
    """Rows as typed, minus blank rows; order kept."""
    out = []
    for item in items:
        text = normalise_text(str(item)).strip()
        if text:
            out.append(text)
    return out


def validate(name: str, value) -> str | None:
    """An error message for a value over the limits, else None. The caller keeps the text either way."""
    spec = BY_NAME[name]
    if spec.kind == "list":
        if len(value) > LIST_MAX_ITEMS:
            return (
                f"{spec.label}: {len(value)} rows; the limit is {LIST_MAX_ITEMS}. Nothing was lost: "
                "merge some rows."
            )
        longest = max((len(v) for v in value), default=0)
        if longest > LIST_ITEM_LIMIT:
            return (
                f"{spec.label}: one row has {longest:,} characters; the limit is {LIST_ITEM_LIMIT:,} "
                "per row. Your text is kept in the box: shorten it or move detail to another field."
            )
        return None
    if spec.kind == "choice":
        if value not in {c for c, _ in spec.choices}:
            return f"{spec.label}: choose one of the options."
        return None
    limit = TITLE_LIMIT if spec.kind == "line" else TEXT_LIMIT
    if len(value) > limit:
        return (
            f"{spec.label} is {len(value):,} characters; the limit is {limit:,}. Not saved yet: your text is "
            "still in the box, shorten it (or keep a copy elsewhere) and it will save."
        )
    return None
