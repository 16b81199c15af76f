"""Reads from the question bank."""

import copy

from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import Http404

from .cache import COURSE
from .models import Item, KeyPoint, Misconception, StudyNote


def items_with_key() -> QuerySet[Item]:
    return Item.objects.select_related("note", "variant_of").prefetch_related(
        Prefetch("key_points", queryset=KeyPoint.objects.order_by("order")),
        Prefetch("misconceptions", queryset=Misconception.objects.order_by("order")),
        "choices",
    )


def get_item(item_id: str) -> Item:
    """The item with its key (note, key points, misconceptions, choices), or 404.

    Kept in the worker's memory until the course changes (``cache.COURSE``); each call gets its own copy of
    the item, whose key rows are shared and must not be modified."""
    item = COURSE.get(("item", item_id), lambda: items_with_key().filter(item_id=item_id).first())
    if item is None:
        raise Http404("No such item.")
    return copy.copy(item)


def notes_with_items() -> QuerySet[StudyNote]:
    return StudyNote.objects.prefetch_related(
        Prefetch("items", queryset=Item.objects.filter(variant_of__isnull=True).order_by("order"))
    )


def note_page(slug: str) -> tuple[StudyNote, StudyNote | None, StudyNote | None]:
    """(note with its items, previous note, next note) in two queries; 404 for an unknown slug."""
    notes = list(StudyNote.objects.all())
    position = next((i for i, n in enumerate(notes) if n.slug == slug), None)
    if position is None:
        raise Http404("No such study note.")
    note = notes[position]
    prefetch_related_objects(
        [note], Prefetch("items", queryset=Item.objects.filter(variant_of__isnull=True).order_by("order"))
    )
    previous = notes[position - 1] if position > 0 else None
    return note, previous, notes[position + 1] if position + 1 < len(notes) else None


def export_bank() -> list[dict]:
    """The whole bank as plain data, in file order (used by export_questionnaire)."""
    out = []
    for item in items_with_key().order_by("order"):
        entry = {
            "id": item.item_id,
            "source_ref": item.source_ref,
            "kind": item.kind,
            "prompt": item.prompt,
            "reference_answer": item.reference_answer,
            "note": item.note.slug if item.note else None,
            "variant_of": item.variant_of.item_id if item.variant_of else None,
            "points_needed": item.points_needed,
            "key_points": [
                {
                    "label": p.label,
                    "detail": p.detail,
                    "phrasings": p.phrasings,
                    **({"optional": True} if p.optional else {}),
                }
                for p in item.key_points.all()
            ],
            "misconceptions": [
                {
                    "label": m.label,
                    "feedback": m.feedback,
                    "phrasings": m.phrasings,
                    **({"patterns": m.patterns} if m.patterns else {}),
                    **({"penalty": m.penalty} if m.penalty is not None else {}),
                }
                for m in item.misconceptions.all()
            ],
        }
        if item.kind == Item.Kind.MULTIPLE_CHOICE:
            entry["multiple"] = item.multiple
            entry["choices"] = [
                {"text": c.text, "correct": c.correct, "why": c.why} for c in item.choices.all()
            ]
        if item.kind == Item.Kind.ORDERING:
            entry["steps"] = item.steps
            entry["distractors"] = item.distractors
        if item.kind == Item.Kind.SHORT_EXACT:
            entry["accepted"] = item.accepted
        if item.kind == Item.Kind.REFLECTION:
            entry["checklist"] = item.checklist
        out.append(entry)
    return out
