"""Writes for grading a submitted exam's free-text answers in a task worker (``quiz.tasks.grade_exam``).

Submitting (``exam_services.exam_submit``) stores every answer, closes the attempt, grades the answers that
need no model (choices, ordering, exact answers, blanks) and sets ``Attempt.grading_queued_at``; the encoder
work runs here, outside the student's request. The result page waits while ``grading_queued_at`` is set.

Nothing is lost when a worker dies: the answers are stored before the job is queued, a job only fills answers
still ungraded (a second run of the same job changes nothing, a teacher's decision is never overwritten), and
a job pending for longer than ``QUIZ_GRADING_STALE_SECONDS`` is queued again by the next look at the result
(``exam_grading_resume_if_stale``) or by ``manage.py exam_grading_resume``.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from quiz.grading.batch import with_answers_encoded
from quiz.keys import item_key_from
from quiz.models import Answer, Attempt
from quiz.services import (
    answer_final_from_auto,
    answer_grade,
    attempt_score_recompute,
    get_embedder,
    review_card_enqueue,
)
from studyguide.accounts.usercache import user_forget
from studyguide.course.models import Item

log = logging.getLogger(__name__)

# What grading fills on an answer (``services.answer_grade``): copied onto the row under its lock.
AUTO_FIELDS = ["auto_score", "auto_level", "confidence", "evidence", "key_version", "graded_at"]
FINAL_FIELDS = ["final_score", "final_level"]


def needs_model(answer: Answer, item: Item) -> bool:
    """A free-text answer with words in it: graded by the sentence embedder, so in the task worker."""
    return item.kind == Item.Kind.FREE_TEXT and bool(answer.text.strip())


def stale_after() -> timedelta:
    return timedelta(seconds=settings.QUIZ_GRADING_STALE_SECONDS)


def exam_grading_enqueue(*, attempt: Attempt) -> None:
    """Queue the job that grades ``attempt``'s free-text answers (run at once by an immediate backend)."""
    from quiz.tasks import grade_exam

    grade_exam.using(backend=settings.QUIZ_GRADING_TASKS_BACKEND).enqueue(attempt_id=attempt.pk)


def exam_grading_resume_if_stale(*, attempt: Attempt, now: datetime | None = None) -> bool:
    """Queue the grading job again when it has been pending too long (a worker died, or none runs). Only one
    of several simultaneous callers does: the one whose conditional update moves ``grading_queued_at``."""
    queued = attempt.grading_queued_at
    now = now or timezone.now()
    if queued is None or now - queued < stale_after():
        return False
    claimed = Attempt.objects.filter(pk=attempt.pk, grading_queued_at=queued).update(grading_queued_at=now)
    if not claimed:
        return False
    attempt.grading_queued_at = now
    log.warning("exam grading of attempt %s pending since %s: queued again", attempt.pk, queued)
    exam_grading_enqueue(attempt=attempt)
    return True


def _grade_in_memory(answers: list[Answer], items: dict[int, Item], embedder, now: datetime) -> list[Answer]:
    """Grade ``answers`` (unsaved copies), every text encoded up front in batches. Returns those graded."""
    free_text = [a for a in answers if needs_model(a, items[a.item_id])]
    if free_text:
        try:  # one encoder call per batch of windows, not one per answer
            embedder = with_answers_encoded(
                embedder, [(a.text, item_key_from(items[a.item_id])) for a in free_text]
            )
        except Exception:  # grade answer by answer instead
            log.exception("batch encoding failed for attempt %s", answers[0].attempt_id)
    graded = []
    for answer in answers:
        try:
            answer_grade(answer=answer, item=items[answer.item_id], embedder=embedder, now=now)
        except Exception:  # keep the answer; the teacher sees it ungraded
            log.exception("grading failed for answer %s", answer.pk)
            continue
        graded.append(answer)
    return graded


def exam_grade(*, attempt_id: int, embedder=None, now: datetime | None = None) -> int:
    """Grade every still-ungraded answer of a submitted attempt, then mark its grading done. Returns how many
    answers this call graded. Without a usable embedder it raises and the attempt stays pending (re-queued
    once stale); an answer the grader fails on is left ungraded for the teacher, as before."""
    from studyguide.course.selectors import items_with_key

    attempt = Attempt.objects.select_related("quiz").filter(pk=attempt_id).first()
    if attempt is None or attempt.status != Attempt.Status.SUBMITTED:
        return 0
    now = now or timezone.now()
    answers = list(attempt.answers.filter(graded_at__isnull=True))
    items = {i.pk: i for i in items_with_key().filter(pk__in={a.item_id for a in answers})}
    for answer in answers:
        answer.attempt = attempt
    if any(needs_model(a, items[a.item_id]) for a in answers) and embedder is None:
        embedder = get_embedder()
    graded = _grade_in_memory(answers, items, embedder, now)

    stored = []
    with transaction.atomic():  # under the attempt's lock: a second run or a teacher may have been faster
        Attempt.objects.select_for_update().filter(pk=attempt.pk).first()
        fresh = {
            a.pk: a
            for a in Answer.objects.select_for_update().filter(
                pk__in=[g.pk for g in graded], graded_at__isnull=True
            )
        }
        for answer in graded:
            row = fresh.get(answer.pk)
            if row is None:
                continue
            row.attempt = attempt
            for name in AUTO_FIELDS:
                setattr(row, name, getattr(answer, name))
            fields = list(AUTO_FIELDS)
            if not row.teacher_decided:
                answer_final_from_auto(answer=row, item=items[row.item_id])
                fields += FINAL_FIELDS
            row.save(update_fields=fields)
            stored.append(row)
        Attempt.objects.filter(pk=attempt.pk).update(grading_queued_at=None)
        attempt.grading_queued_at = None
    if attempt.quiz.grades_visible:
        for row in stored:
            review_card_enqueue(
                student=attempt.student, item=items[row.item_id], level=row.final_level, now=now
            )
    attempt_score_recompute(attempt=attempt)
    user_forget(attempt.student_id)  # update() sends no signal: the student's cached facts follow the grades
    return len(stored)


def exam_grading_resume_all(*, now: datetime | None = None) -> list[int]:
    """Queue again every grading job pending for longer than the stale limit; the attempts' ids."""
    now = now or timezone.now()
    resumed = []
    for attempt in Attempt.objects.filter(grading_queued_at__lt=now - stale_after()):
        if exam_grading_resume_if_stale(attempt=attempt, now=now):
            resumed.append(attempt.pk)
    return resumed
