"""The grader's key of a course item: the course describes items, the quiz side turns them into grader keys.

``quiz.grading`` is pure and never touches the ORM, so the item's key points and misconceptions are copied
into its plain dataclasses here.
"""

from __future__ import annotations

from quiz.grading import ItemKey, KeyPoint, Misconception
from studyguide.course.models import Item
from studyguide.course.selectors import items_with_key


def item_key_from(item: Item) -> ItemKey:
    """The grader's view of an item (its key points and misconceptions prefetched, see ``items_with_key``)."""
    return ItemKey(
        item_id=item.item_id,
        question=item.prompt,
        reference_answer=item.reference_answer,
        # Optional points are worth knowing but not asked for: never graded (the same rule as
        # quiz.grading.tools.course_keys, which builds keys straight from the content file) ...
        key_points=tuple(
            KeyPoint(label=p.label, detail=p.detail, phrasings=tuple(p.phrasings or ()))
            for p in item.key_points.all()
            if not p.optional
        ),
        # ... but a sentence stating one is a supported claim, not noise (the grader's shotgun rule).
        optional_points=tuple(
            KeyPoint(label=p.label, detail=p.detail, phrasings=tuple(p.phrasings or ()))
            for p in item.key_points.all()
            if p.optional
        ),
        misconceptions=tuple(
            Misconception(
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


def get_item_key(item_id: str) -> ItemKey:
    """ItemKey for a free-text item; LookupError when the id is unknown or the item is not free text."""
    item = items_with_key().filter(item_id=item_id).first()
    if item is None:
        raise LookupError(f"unknown item {item_id!r}")
    if item.kind == Item.Kind.REFLECTION:
        raise LookupError(f"item {item_id!r} is a reflection task: a teacher grades it against its checklist")
    if item.kind != Item.Kind.FREE_TEXT:
        raise LookupError(f"item {item_id!r} is {item.kind}, not free text: it is graded exactly in the quiz")
    return item_key_from(item)
