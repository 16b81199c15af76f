"""Reads from the question bank."""

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from .models import Item, KeyPoint, Misconception, StudyNote


def items_with_key() -> QuerySet[Item]:
    return Item.objects.select_related("note", "variant_of").prefetch_related(
        Prefetch("key_points", queryset=KeyPoint.objects.order_by("order")),
        Prefetch("misconceptions", queryset=Misconception.objects.order_by("order")),
        "choices",
    )


def get_item(item_id: str) -> Item:
    return get_object_or_404(items_with_key(), item_id=item_id)


def notes_with_items() -> QuerySet[StudyNote]:
    return StudyNote.objects.prefetch_related(
        Prefetch("items", queryset=Item.objects.filter(variant_of__isnull=True).order_by("order"))
    )


def item_key_from(item: Item):
    """The grader's view of an item (a pure dataclass: the grader never touches the ORM)."""
    from quiz.grading import ItemKey
    from quiz.grading import KeyPoint as GKeyPoint
    from quiz.grading import Misconception as GMisconception

    return ItemKey(
        item_id=item.item_id,
        question=item.prompt,
        reference_answer=item.reference_answer,
        key_points=tuple(
            GKeyPoint(label=p.label, detail=p.detail, phrasings=tuple(p.phrasings or ()))
            for p in item.key_points.all()
        ),
        misconceptions=tuple(
            GMisconception(
                label=m.label,
                feedback=m.feedback,
                phrasings=tuple(m.phrasings or ()),
                patterns=tuple(m.patterns or ()),
                penalty=m.penalty,
            )
            for m in item.misconceptions.all()
        ),
        credit_key_points=True,
        points_needed=item.points_needed,
    )


def get_item_key(item_id: str):
    """ItemKey for a free-text item; LookupError when the id is unknown or the item is not free text."""
    item = items_with_key().filter(item_id=item_id).first()
    if item is None:
        raise LookupError(f"unknown item {item_id!r}")
    if item.kind == Item.Kind.REFLECTION:
        raise LookupError(f"item {item_id!r} is a reflection task: a teacher grades it against its checklist")
    if item.kind != Item.Kind.FREE_TEXT:
        raise LookupError(f"item {item_id!r} is {item.kind}, not free text: it is graded exactly in the quiz")
    return item_key_from(item)


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
                {"label": p.label, "detail": p.detail, "phrasings": p.phrasings}
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
