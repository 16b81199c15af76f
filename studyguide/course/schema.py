"""Validation of the course content file (pure: no Django).

The loader refuses a malformed file as a whole and lists every problem it found, so a content author fixes
them in one pass instead of one error per run.
"""

import re
from pathlib import Path
from typing import Any

import yaml

KINDS = {"free_text", "multiple_choice", "ordering", "short_exact", "reflection"}
ITEM_ID = re.compile(r"^ch2-(q([1-9]|1[0-9]|2[0-7])|fr[1-4])(-[a-z0-9]+)?$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAIN_IDS = [f"ch2-q{n}" for n in range(1, 28)] + [f"ch2-fr{n}" for n in range(1, 5)]


class ContentError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("Invalid course content:\n" + "\n".join(f"  - {p}" for p in problems))


def read_content(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ContentError([f"{path}: not valid YAML ({exc})"]) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError([f"{path}: cannot read ({exc})"]) from exc
    validate_content(data)
    return data


def _text(entry: dict, key: str, where: str, problems: list[str], *, required: bool = True) -> None:
    value = entry.get(key)
    if value is None:
        if required:
            problems.append(f"{where}: missing '{key}'")
    elif not isinstance(value, str) or (required and not value.strip()):
        problems.append(f"{where}: '{key}' must be a non-empty string")


def _string_list(value: Any, where: str, key: str, problems: list[str], *, minimum: int = 0) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: '{key}' must be a list of non-empty strings")
    elif len(value) < minimum:
        problems.append(f"{where}: '{key}' needs at least {minimum} entries")


def validate_content(data: Any) -> None:
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ContentError(["the file must be a mapping with 'notes' and 'items'"])
    if data.get("version") != 1:
        problems.append("'version' must be 1")
    notes = data.get("notes")
    items = data.get("items")
    if not isinstance(notes, list) or not notes:
        problems.append("'notes' must be a non-empty list")
        notes = []
    if not isinstance(items, list) or not items:
        problems.append("'items' must be a non-empty list")
        items = []

    slugs: set[str] = set()
    for i, note in enumerate(notes):
        where = f"notes[{i}]"
        if not isinstance(note, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        slug = note.get("slug")
        where = f"note {slug!r}"
        if not isinstance(slug, str) or not SLUG.match(slug):
            problems.append(f"{where}: 'slug' must be kebab-case")
        elif slug in slugs:
            problems.append(f"{where}: duplicate slug")
        else:
            slugs.add(slug)
        _text(note, "title", where, problems)
        _text(note, "body", where, problems)

    ids: set[str] = set()
    variants: list[tuple[str, str]] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(f"items[{i}]: must be a mapping")
            continue
        item_id = item.get("id")
        where = f"item {item_id!r}" if item_id else f"items[{i}]"
        if not isinstance(item_id, str) or not ITEM_ID.match(item_id):
            problems.append(
                f"{where}: 'id' must look like ch2-q1 … ch2-q27 or ch2-fr1 … ch2-fr4 (+ '-suffix')"
            )
        elif item_id in ids:
            problems.append(f"{where}: duplicate id")
        else:
            ids.add(item_id)
        for key in ("source_ref", "prompt", "reference_answer"):
            _text(item, key, where, problems)
        kind = item.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}: unknown kind {kind!r} (expected one of {', '.join(sorted(KINDS))})")
        note = item.get("note")
        if note is not None and note not in slugs:
            problems.append(f"{where}: note {note!r} is not defined in 'notes'")
        if item.get("variant_of"):
            variants.append((where, item["variant_of"]))
        _validate_kind(item, kind, where, problems)

    for where, parent in variants:
        if parent not in ids:
            problems.append(f"{where}: variant_of {parent!r} is not an item id")
        elif parent not in MAIN_IDS:
            problems.append(f"{where}: variant_of must name a main item, not {parent!r}")
    missing = [m for m in MAIN_IDS if m not in ids]
    if missing:
        problems.append(f"missing main items: {', '.join(missing)}")
    if problems:
        raise ContentError(problems)


def _validate_kind(item: dict, kind: Any, where: str, problems: list[str]) -> None:
    if kind == "free_text":
        points = item.get("key_points")
        if not isinstance(points, list) or not 2 <= len(points) <= 5:
            problems.append(f"{where}: free_text needs 2–5 key_points")
            points = points if isinstance(points, list) else []
        # Optional points are shown to students but never graded, so the grading rule counts the others.
        graded = [p for p in points if not (isinstance(p, dict) and p.get("optional") is True)]
        if points and not graded:
            problems.append(f"{where}: every key point is optional; at least one must be graded")
        needed = item.get("points_needed")
        if needed is not None and (not isinstance(needed, int) or not 1 <= needed <= len(graded)):
            problems.append(
                f"{where}: points_needed must be a whole number between 1 and the number of graded "
                "(non-optional) key points"
            )
        for j, point in enumerate(points):
            pw = f"{where} key_points[{j}]"
            if not isinstance(point, dict):
                problems.append(f"{pw}: must be a mapping")
                continue
            _text(point, "label", pw, problems)
            _text(point, "detail", pw, problems)
            _string_list(point.get("phrasings", []), pw, "phrasings", problems)
            if not isinstance(point.get("optional", False), bool):
                problems.append(f"{pw}: 'optional' must be true or false")
        for j, mis in enumerate(item.get("misconceptions") or []):
            mw = f"{where} misconceptions[{j}]"
            if not isinstance(mis, dict):
                problems.append(f"{mw}: must be a mapping")
                continue
            _text(mis, "label", mw, problems)
            _text(mis, "feedback", mw, problems)
            patterns = mis.get("patterns") or []
            _string_list(mis.get("phrasings", []), mw, "phrasings", problems, minimum=0 if patterns else 1)
            _string_list(patterns, mw, "patterns", problems)
            for pattern in patterns if isinstance(patterns, list) else []:
                try:
                    re.compile(pattern)
                except (re.error, TypeError) as exc:
                    problems.append(f"{mw}: pattern {pattern!r} is not a valid regular expression ({exc})")
            penalty = mis.get("penalty")
            if penalty is not None and not (isinstance(penalty, int | float) and 0 <= penalty <= 1):
                problems.append(f"{mw}: penalty must be a number between 0 and 1")
    elif kind == "multiple_choice":
        choices = item.get("choices")
        if not isinstance(choices, list) or not 2 <= len(choices) <= 8:
            problems.append(f"{where}: multiple_choice needs 2–8 choices")
            return
        n_correct = 0
        for j, choice in enumerate(choices):
            if not isinstance(choice, dict) or not isinstance(choice.get("text"), str):
                problems.append(f"{where} choices[{j}]: needs 'text'")
                continue
            n_correct += bool(choice.get("correct"))
        if n_correct == 0:
            problems.append(f"{where}: no choice is marked correct")
        elif n_correct > 1 and not item.get("multiple"):
            problems.append(f"{where}: several choices are correct but 'multiple' is not true")
    elif kind == "ordering":
        _string_list(item.get("steps"), where, "steps", problems, minimum=2)
        _string_list(item.get("distractors", []), where, "distractors", problems)
    elif kind == "short_exact":
        _string_list(item.get("accepted"), where, "accepted", problems, minimum=1)
    elif kind == "reflection":
        _string_list(item.get("checklist"), where, "checklist", problems, minimum=2)
