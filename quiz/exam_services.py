"""Writes for exam mode: drafts saved item by item with per-item versions, and submitting.

A tab sends, with each item's answer, the draft version it last loaded or saved (``base``) and a
fingerprint of what it showed (``orig``). An item whose stored draft is newer than the tab's base was
changed in another tab or device: its save is a conflict (both answers are kept and shown; nothing is
overwritten) unless the tab did not touch it, in which case it is left alone. So a stale second tab can
never erase what the first one wrote, neither by autosave nor by its final submit. The conflict panel's
"save mine over it" names the version the student has seen (``resolve``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from quiz import exam_grading
from quiz.exam_drafts import Draft, DraftConflict, answer_data_of, fingerprint, same_answer
from quiz.models import Answer, Attempt, QuizItem
from quiz.services import (
    LATE_GRACE,
    AnswerData,
    AttemptClosed,
    QuizError,
    answer_grade,
    attempt_score_recompute,
    review_card_enqueue,
)
from studyguide.course.models import Item

log = logging.getLogger(__name__)


@dataclass
class DraftsResult:
    saved: list[Item] = field(default_factory=list)
    conflicts: dict[int, DraftConflict] = field(default_factory=dict)  # by item pk
    rows: dict[int, Answer] = field(default_factory=dict)  # every stored draft after the save, by item pk


class DraftConflicts(QuizError):
    """The submit found answers changed in another tab after this one loaded them; nothing was submitted."""

    def __init__(self, result: DraftsResult):
        super().__init__("Some answers were changed in another tab or device; nothing was submitted yet.")
        self.result = result


def _apply_drafts(attempt: Attempt, drafts: dict, now: datetime) -> DraftsResult:
    """Store exam drafts (one row per item). Caller holds the attempt's row lock, so versions are exact."""
    late = attempt.deadline is not None and now > attempt.deadline + LATE_GRACE
    result = DraftsResult()
    for a in attempt.answers.order_by("created_at", "pk"):
        result.rows[a.item_id] = a
    flagged = set(attempt.flagged_items or [])
    for item, draft in drafts.items():
        if isinstance(draft, AnswerData):
            draft = Draft(data=draft)
        row = result.rows.get(item.pk)
        if row is None and draft.data.is_blank:
            continue
        if row is not None and same_answer(answer_data_of(row), draft.data):
            continue  # a no-op, never a conflict
        version = row.draft_version if row is not None else 0
        if draft.base is not None and version > draft.base:
            if draft.resolve is not None and draft.resolve >= version:
                pass  # the student saw this version in the conflict panel and chose theirs
            elif draft.orig and fingerprint(draft.data) == draft.orig:
                continue  # untouched in that tab: the newer draft stays
            else:
                result.conflicts[item.pk] = DraftConflict(item, draft.data, row, version)
                continue
        if row is None:
            row = Answer(attempt=attempt, item=item)
        data = draft.data
        row.text, row.choice_ids, row.order = data.text, list(data.choice_ids), list(data.order)
        row.flagged = item.item_id in flagged
        row.draft_version = version + 1
        if late:
            row.is_late = True
        row.save()
        result.rows[item.pk] = row
        result.saved.append(item)
    return result


def exam_drafts_save(*, attempt: Attempt, drafts: dict, now: datetime | None = None) -> DraftsResult:
    """Exam autosave of some items (``{item: Draft}``). Raises AttemptClosed once the attempt is submitted."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.status != Attempt.Status.IN_PROGRESS:
            raise AttemptClosed("This exam was already submitted; changes are no longer saved.")
        return _apply_drafts(locked, drafts, now)


def _close(
    locked: Attempt, result: DraftsResult, now: datetime
) -> tuple[list[Answer], dict[int, Item], bool]:
    """Close a locked attempt whose drafts are stored: a row for every item (blank ones too), submitted, its
    grading pending when a free-text answer needs the model. Returns (answers, items by pk, pending)."""
    from studyguide.course.selectors import items_with_key

    flagged = set(locked.flagged_items or [])
    for qi in QuizItem.objects.filter(quiz=locked.quiz).select_related("item"):
        if qi.item_id not in result.rows:
            result.rows[qi.item_id] = Answer.objects.create(
                attempt=locked, item=qi.item, flagged=qi.item.item_id in flagged
            )
    answers = list(result.rows.values())
    items = {i.pk: i for i in items_with_key().filter(pk__in=[a.item_id for a in answers])}
    pending = any(exam_grading.needs_model(a, items[a.item_id]) for a in answers)
    locked.status = Attempt.Status.SUBMITTED
    locked.submitted_at = now
    locked.is_late = locked.deadline is not None and now > locked.deadline + LATE_GRACE
    locked.grading_queued_at = now if pending else None
    locked.save(update_fields=["status", "submitted_at", "is_late", "grading_queued_at"])
    return answers, items, pending


def exam_submit(
    *, attempt: Attempt, drafts: dict, now: datetime | None = None, queue_grading: bool = True
) -> tuple[Attempt, bool]:
    """Store the final answers and close the attempt (late if past the deadline) at once; the free-text
    answers are graded by a task afterwards (``quiz.exam_grading``), the others right here.

    Returns (attempt, submitted_now); a second submit of the same attempt changes nothing. An answer changed
    in another tab since this one loaded it is never overwritten: the other answers are saved, the attempt
    stays open and ``DraftConflicts`` says which. The attempt is closed, with its grading marked pending,
    before the job is queued, so no answer is ever lost to a grading failure or a dead worker.
    ``queue_grading=False`` leaves the job to the caller (``exam_grading.exam_grade``: the demo data).
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().select_related("quiz").get(pk=attempt.pk)
        if locked.status != Attempt.Status.IN_PROGRESS:
            return locked, False
        result = _apply_drafts(locked, drafts, now)
        if result.conflicts:  # the other answers are saved (committed below); the attempt stays open
            conflicts = result
        else:
            conflicts = None
            answers, items, pending = _close(locked, result, now)
    if conflicts is not None:
        raise DraftConflicts(conflicts)
    for answer in answers:  # what needs no model is graded now: choices, ordering, exact answers, blanks
        if exam_grading.needs_model(answer, items[answer.item_id]):
            continue
        answer.attempt = locked
        answer_grade(answer=answer, item=items[answer.item_id])
        answer.save()
        if locked.quiz.grades_visible:
            review_card_enqueue(
                student=locked.student, item=items[answer.item_id], level=answer.final_level, now=now
            )
    attempt_score_recompute(attempt=locked)
    if pending and queue_grading:
        exam_grading.exam_grading_enqueue(attempt=locked)
        locked.refresh_from_db()  # an immediate backend has graded it already
    return locked, True
