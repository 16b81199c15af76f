"""The plan that coaching reads, derived from the worksheet's fields (``spec.FIELDS``), and its parsing from
JSON. Pure: no Django, no torch.

The plan is coarser than the worksheet: fields that feed the same plan key are joined (the three data fields
become ``data``), and ``experiment`` is the yes/no/unsure choice. The JSON interface takes every field of the
web form by its own name (``JSON_KEYS``, derived from the spec), so a note about any field can be acted on in
either interface. The coarse keys ``data`` and ``experiment`` that older JSON files use are still accepted
(``ALIASES``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import field, make_dataclass, replace

from .. import spec
from .bullet_lines import as_paragraph
from .full_stops import common_words, with_full_stops
from .list_labels import without_numbering
from .restored_capitals import with_capitals_restored
from .text import content_stems


def _sources() -> dict[str, tuple[spec.FieldSpec, ...]]:
    out: dict[str, tuple[spec.FieldSpec, ...]] = {}
    for f in spec.FIELDS:
        if f.coached_as:
            out[f.coached_as] = (*out.get(f.coached_as, ()), f)
    return out


SOURCES = _sources()  # plan key -> the worksheet fields that feed it, in worksheet order

LIST_KEYS = frozenset(key for key, sources in SOURCES.items() if sources[0].kind == "list")
JSON_KEYS: tuple[str, ...] = tuple(f.name for f in spec.FIELDS)  # every field of the web form
# Plan keys that are not a field's name: older JSON worksheets use them (one "data" text, one "experiment").
ALIASES: tuple[str, ...] = tuple(key for key in SOURCES if key not in spec.BY_NAME)

# The fields of records held or to be gathered. They share the "data" key with the experiment's notes, but an
# experiment still to run is no data yet: ``Plan.records`` keeps them apart (None when not known: a plan built
# by hand, whose "data" is taken as records).
RECORDS_FIELDS = ("data_have", "data_collect")


def _typed(key: str) -> tuple:
    return (list[str], field(default_factory=list)) if key in LIST_KEYS else (str, field(default=""))


Plan = make_dataclass(
    "Plan",
    [
        *((key, *_typed(key)) for key in SOURCES),
        ("records", str | None, field(default=None)),
    ],
)
Plan.__module__ = __name__
Plan.__doc__ = "A worksheet as coaching reads it: one attribute per plan key (strings; lists of strings)."


class PlanError(ValueError):
    pass


def _kind(key: str) -> str:
    return spec.BY_NAME[key].kind if key in spec.BY_NAME else SOURCES[key][0].kind


def plan_from_mapping(data: Mapping) -> Plan:
    """Validate a decoded JSON object and build a Plan. Unknown keys are an error (a typo would otherwise
    silently produce notes about an 'empty' field); values over the web form's limits are refused with the
    web form's message."""
    if not isinstance(data, Mapping):
        raise PlanError(f"the worksheet must be a JSON object, not {type(data).__name__}")
    unknown = sorted(set(data) - set(JSON_KEYS) - set(ALIASES))
    if unknown:
        raise PlanError(f"unknown key(s): {', '.join(unknown)}; expected some of: {', '.join(JSON_KEYS)}")
    values: dict = {}
    aliased: dict = {}
    for key in (*JSON_KEYS, *ALIASES):  # a fixed order, so a file with several bad values hears the same one
        value = data.get(key)
        if value is None:
            continue
        if _kind(key) == "list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PlanError(f"'{key}' must be a list of strings")
            value = spec.clean_list(value)
        else:
            if not isinstance(value, str):
                raise PlanError(f"'{key}' must be a string")
            value = spec.normalise_text(value).strip()
            if _kind(key) == "choice":
                value = value.lower()
        name = SOURCES[key][0].name if key in ALIASES and _kind(key) == "choice" else key
        if name in spec.BY_NAME:
            problem = spec.validate(name, value)
            if problem:
                raise PlanError(f"'{key}': {problem}")
        if key in ALIASES and _kind(key) != "choice":
            aliased[key] = value
        else:
            values.setdefault(name, value)
    plan = plan_from_values(values)
    for key, value in aliased.items():  # an old "data" text comes before the fields that feed the same key
        old_text = as_paragraph(with_apostrophes(value))
        setattr(plan, key, "\n".join(p for p in (old_text, getattr(plan, key)) if p))
        if key == "data":  # one old text: records and experiment cannot be told apart
            plan.records = None
    return plan


# "havent got one", "we dont track it": a negation typed without its apostrophe is still a negation. Only the
# "n't" forms are mended; "were", "well", "its" and "ill" are words of their own.
_BARE_NEGATION = re.compile(
    r"\b(do|does|did|is|are|was|were|has|have|had|wo|would|ca|could|should|must|need|ai)(nt)\b", re.IGNORECASE
)


def with_apostrophes(text: str) -> str:
    """The text with each negation typed without its apostrophe written with it ("Havent" -> "Haven't")."""
    return _BARE_NEGATION.sub(lambda m: f"{m.group(1)}{m.group(2)[0]}'{m.group(2)[1]}", text)


def _with_apostrophes_in(value):
    """A field's value (a text or a list of texts) with its negations' apostrophes; anything else as it is."""
    if isinstance(value, str):
        return with_apostrophes(value)
    if isinstance(value, list):
        return [with_apostrophes(row) if isinstance(row, str) else row for row in value]
    return value


def _as_paragraphs_in(value):
    """A field's value (a text or a list's rows) with its bulleted lines read as paragraphs
    (``bullet_lines``); anything else as it is."""
    if isinstance(value, str):
        return as_paragraph(value)
    if isinstance(value, list):
        return [as_paragraph(row) if isinstance(row, str) else row for row in value]
    return value


def plan_from_values(values: Mapping) -> Plan:
    """The coaching view of a worksheet's values; fields that share a plan key are joined, blank ones left
    out, and negations typed without an apostrophe read with it."""
    values = {name: _with_apostrophes_in(value) for name, value in values.items()}
    values = {name: _as_paragraphs_in(value) for name, value in values.items()}
    kwargs: dict = {}
    for key, sources in SOURCES.items():
        if key in LIST_KEYS:
            kwargs[key] = [row for f in sources for row in (values.get(f.name) or [])]
        elif len(sources) == 1:
            kwargs[key] = values.get(sources[0].name) or ""
        else:
            parts = (values.get(f.name, "") for f in sources)
            kwargs[key] = "\n".join(p for p in parts if p and p.strip())
    kwargs["records"] = "\n".join(p for p in (values.get(n, "") for n in RECORDS_FIELDS) if p and p.strip())
    return Plan(**kwargs)


# "see constraints, it's all in there", "I have set these down under the horizon", "Covered in the
# constraints box": a short field that sends the reader to another field. Only the plan's free-text keys are
# pointed to, by their name or form label, and only in so many words: "see" before the name, a verb of writing
# before "in" or "under" it, or the name called a box, field or heading. A field's name met in passing ("not
# in the data", "0.64 on 2025 data", "at the monitoring points") points nowhere: most names are plain words.
_POINTER_MAX_WORDS = 25
_FIELD_WORDS = r"(?:box|field|section|heading|column|question)"
_WRITTEN = (
    r"(?:covered|listed|written|wrote|put|set down|filed|noted|moved|given|answered|described|explained"
    r"|included|mentioned|dealt with|said)"
)


def _pointer_targets() -> dict[str, re.Pattern]:
    targets = {}
    for key, sources in SOURCES.items():
        if key in LIST_KEYS or sources[0].kind != "text":
            continue
        names = {key.replace("_", " "), *(f.label.split(" (")[0].lower() for f in sources)}
        name = "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
        # the name ends the phrase, or is followed by a word that calls it a field ("the constraints box")
        ended = rf"(?:\s+{_FIELD_WORDS}\b|\s+(?:above|below)\b|(?=\s*(?:[^\w\s']|$)))"
        targets[key] = re.compile(
            rf"\bsee\s+(?:(?:the|my|our)\s+)?(?:(?:above|below)\s+)?(?:under\s+)?{name}\b{ended}"
            rf"|\b{_WRITTEN}(?:\s+[\w']+){{0,3}}?\s+(?:in|under|into|at|on|with)\s+(?:(?:the|my|our)\s+)?"
            rf"{name}\b{ended}"
            rf"|\b(?:in|under|at|on)\s+(?:the|my|our)\s+{name}\s+{_FIELD_WORDS}\b"
        )
    return targets


_POINTER_TARGETS = _pointer_targets()
# "We'll hold it to the targets in the metric box": what is pointed to is only the levels the other field
# aims for, not its text. Followed, that field's measures and figures would read as this field's own answer
# (a baseline of targets would pass for today's figures); unfollowed, the field says what it holds: targets.
_TO_ITS_TARGETS = re.compile(
    r"\b(?:targets?|goals?|aims?|kpis?|ambitions?)\s+(?:(?:set|given|named|stated|written|listed)\s+)?"
    r"(?:in|under|on|at|from)\s+(?:the|my|our)\s+"
)


def with_pointers_followed(plan: Plan) -> Plan:
    """The plan with each short field that points to another field ("rollout: see constraints") followed by
    that field's text, so what a student wrote under another heading still counts where it belongs."""
    changes = {}
    for key in _POINTER_TARGETS:
        text = getattr(plan, key)
        if not text or len(text.split()) > _POINTER_MAX_WORDS:
            continue
        lowered = text.lower()
        if _TO_ITS_TARGETS.search(lowered):
            continue
        for target, pattern in _POINTER_TARGETS.items():
            if target != key and getattr(plan, target) and pattern.search(lowered):
                changes[key] = f"{text}\n{getattr(plan, target)}"
                break
    return replace(plan, **changes) if changes else plan


# "Q: What does the model predict? A: Haven't got that far": a field answered as question and answer. The
# question is the form's, not the student's; left in, its words ("predict", "who checks") read as the answer.
_QUESTION_FIRST = re.compile(r"^\s*Q\s*:[^\n]*?\bA\s*:\s*", re.IGNORECASE)
# "A: Chance a quote is accepted, from ...": the answer's label alone, the question left to the form; left in,
# its colon cuts what follows as if "A" were the answer's subject.
_ANSWER_LABEL = re.compile(r"^\s*(?:A|Ans|Answer)\s*:\s*(?=\S)", re.IGNORECASE)


# "How it is done today / a rule to beat: we'll think about it later": the form's own prompt copied before
# the answer. A lead-in before a colon that is mostly the form's label and help words is the form speaking.
_LEAD_IN = re.compile(r"^\s*([^:.\n]{8,120}):\s+(?=\S)")
_FORM_STEMS = frozenset(
    stem for field in spec.FIELDS for stem in content_stems(f"{field.label} {field.help}")
)
_LEAD_IN_MIN_STEMS = 3  # "Today: the manager decides" is the student's own word, not the form's prompt
_LEAD_IN_SHARE = 0.75


def _without_form_prompt(line: str) -> str:
    line = _ANSWER_LABEL.sub("", line, count=1)
    found = _LEAD_IN.match(line)
    if found is None:
        return _QUESTION_FIRST.sub("", line)
    said = content_stems(found.group(1))
    if len(said) >= _LEAD_IN_MIN_STEMS and len(said & _FORM_STEMS) >= _LEAD_IN_SHARE * len(said):
        return line[found.end() :]
    return _QUESTION_FIRST.sub("", line)


def _texts(value) -> list:
    return value if isinstance(value, list) else [value]


def answers_only(plan: Plan) -> Plan:
    """The plan with the document's numbering (``list_labels``) and a leading "Q: ... A:" or the form's own
    prompt dropped from each free-text field, and the numbering from each list row: the answer is what is
    read."""
    changes: dict = {}
    common = common_words(
        text for key in SOURCES for text in _texts(getattr(plan, key)) if isinstance(text, str)
    )
    for key in (*_POINTER_TARGETS, "records"):  # the records fields are read as their answers too
        text = getattr(plan, key)
        if not text:
            continue
        read = with_full_stops(
            "\n".join(_without_form_prompt(line) for line in without_numbering(text.split("\n"))), common
        )
        if read != text:
            changes[key] = read
    for key in LIST_KEYS:
        rows = [with_full_stops(row, common) for row in without_numbering(getattr(plan, key))]
        if rows != getattr(plan, key):
            changes[key] = rows
    return replace(plan, **changes) if changes else plan


def as_read(plan: Plan) -> Plan:
    """The plan as the rules read it (and as the embedding model encodes it): answers without the form's
    questions, each field that points to another read with the field it points to, and a plan typed wholly in
    lower case read with the capitals its writer left out (``restored_capitals``)."""
    return with_pointers_followed(answers_only(with_capitals_restored(plan)))


def field_label(name: str) -> str:
    """How the page and the notes name a worksheet field: its label in the web form."""
    return spec.BY_NAME[name].label if name in spec.BY_NAME else name
