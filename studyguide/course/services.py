"""Writes to the question bank (keyword-only ``<entity>_<action>`` functions): loading the content file and
importing a teacher's own questionnaire."""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from .models import Choice, Item, KeyPoint, Misconception, StudyNote
from .schema import read_content

CONTENT_FILE = Path(__file__).resolve().parent / "content" / "chapter02.yaml"


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    key_changed: list[str] = field(default_factory=list)
    not_in_file: list[str] = field(default_factory=list)


def _entry_hash(entry: dict) -> str:
    return hashlib.sha256(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _sync_rows(model, item: Item, rows: list[dict]) -> bool:
    """Make the item's child rows equal `rows`, updating in place by position so row ids stay stable.

    Returns True when anything changed.
    """
    existing = list(model.objects.filter(item=item).order_by("order", "id"))
    changed = False
    for position, values in enumerate(rows):
        if position < len(existing):
            row = existing[position]
            if any(getattr(row, k) != v for k, v in values.items()) or row.order != position:
                for k, v in values.items():
                    setattr(row, k, v)
                row.order = position
                row.save()
                changed = True
        else:
            model.objects.create(item=item, order=position, **values)
            changed = True
    for row in existing[len(rows) :]:
        row.delete()
        changed = True
    return changed


def _item_fields(entry: dict, order: int, notes: dict[str, StudyNote]) -> dict:
    return {
        "source_ref": entry["source_ref"].strip(),
        "kind": entry["kind"],
        "prompt": entry["prompt"].strip(),
        "reference_answer": entry["reference_answer"].strip(),
        "note": notes.get(entry.get("note") or ""),
        "order": order,
        "points_needed": entry.get("points_needed"),
        "multiple": bool(entry.get("multiple", False)),
        "steps": list(entry.get("steps") or []),
        "distractors": list(entry.get("distractors") or []),
        "accepted": list(entry.get("accepted") or []),
        "checklist": list(entry.get("checklist") or []),
    }


@transaction.atomic
def course_load(*, path: Path = CONTENT_FILE, force: bool = False) -> LoadReport:
    """Load the content file into the database; idempotent.

    An entry whose text has not changed since the last load is skipped, so edits made in the admin survive
    re-running `make run`; when the file's entry changes, the file wins (or always, with force=True).
    """
    data = read_content(path)
    report = LoadReport()

    notes: dict[str, StudyNote] = {}
    for order, entry in enumerate(data["notes"]):
        digest = _entry_hash(entry)
        note = StudyNote.objects.filter(slug=entry["slug"]).first()
        if note is not None and note.source_hash == digest and not force:
            notes[note.slug] = note
            continue
        note = note or StudyNote(slug=entry["slug"])
        note.title = entry["title"].strip()
        note.summary = (entry.get("summary") or "").strip()
        note.body = entry["body"].strip()
        note.order = entry.get("order", order)
        note.source_hash = digest
        note.save()
        notes[note.slug] = note

    items: dict[str, Item] = {}
    for order, entry in enumerate(data["items"]):
        item_id = entry["id"]
        digest = _entry_hash(entry)
        item = Item.objects.filter(item_id=item_id).first()
        if item is not None and item.source_hash == digest and not force:
            items[item_id] = item
            report.unchanged.append(item_id)
            continue
        created = item is None
        item = item or Item(item_id=item_id)
        grading_rule_before = (item.points_needed, item.kind)
        for key, value in _item_fields(entry, order, notes).items():
            setattr(item, key, value)
        item.source_hash = digest
        item.save()
        key_changed = _sync_rows(
            KeyPoint,
            item,
            [
                {
                    "label": p["label"].strip(),
                    "detail": p["detail"].strip(),
                    "phrasings": list(p.get("phrasings") or []),
                    "optional": bool(p.get("optional", False)),
                }
                for p in entry.get("key_points") or []
            ],
        )
        key_changed |= _sync_rows(
            Misconception,
            item,
            [
                {
                    "label": m["label"].strip(),
                    "feedback": m["feedback"].strip(),
                    "phrasings": list(m.get("phrasings") or []),
                    "patterns": list(m.get("patterns") or []),
                    "penalty": m.get("penalty"),
                }
                for m in entry.get("misconceptions") or []
            ],
        )
        key_changed |= _sync_rows(
            Choice,
            item,
            [
                {
                    "text": c["text"].strip(),
                    "correct": bool(c.get("correct")),
                    "why": (c.get("why") or "").strip(),
                }
                for c in entry.get("choices") or []
            ],
        )
        key_changed |= grading_rule_before != (item.points_needed, item.kind)
        if key_changed and not created:
            item.key_version += 1
            item.save(update_fields=["key_version"])
            report.key_changed.append(item_id)
        (report.created if created else report.updated).append(item_id)
        items[item_id] = item

    for entry in data["items"]:
        parent = items.get(entry.get("variant_of") or "")
        item = items[entry["id"]]
        if item.variant_of_id != (parent.pk if parent else None):
            item.variant_of = parent
            item.save(update_fields=["variant_of"])

    report.not_in_file = sorted(set(Item.objects.values_list("item_id", flat=True)) - set(items))
    return report


@dataclass
class ImportReport:
    matched: list[tuple[str, str]] = field(default_factory=list)  # (item id, wording)
    unmatched: list[str] = field(default_factory=list)  # lines that looked like questions but match no item


@transaction.atomic
def book_wording_store(*, questions: dict[str, str]) -> ImportReport:
    """Store the teacher's own copy of each question beside the matching item; never creates items."""
    report = ImportReport()
    existing = {item.item_id: item for item in Item.objects.filter(item_id__in=list(questions))}
    for item_id, wording in questions.items():
        item = existing.get(item_id)
        if item is None:
            report.unmatched.append(f"{item_id}: {wording}")
            continue
        item.book_wording = wording
        item.save(update_fields=["book_wording"])
        report.matched.append((item_id, wording))
    return report
