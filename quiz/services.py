"""Writes for quiz taking: attempts, answers, grading, flags, spaced review (views call these, never write).

Grading goes through ``quiz.grading.grade(answer, key, embedder)``. The embedder comes from ``get_embedder()``
below: the real MiniLM model (``studyguide.embeddings.get_embedder``) unless the setting or environment
variable ``QUIZ_EMBEDDER`` names a zero-argument factory (dotted path), which tests use to plug in a fast
stub.
"""

from __future__ import annotations

import os
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.text import slugify

from quiz import grading, holding, scheduling
from quiz.keys import item_key_from
from quiz.models import Answer, Attempt, Quiz, QuizItem, ReviewCard
from studyguide.accounts.usercache import pages_forget, user_forget
from studyguide.course.models import Item

# The longest answer a student can submit: longer ones are refused, never cut. The grader reads less of a very
# long answer (grading.MAX_GRADED_CHARS) and the result says so (GradeResult.graded_chars).
MAX_STORED_ANSWER_CHARS = 20_000
# A submission this long after the deadline is still on time (network, a slow click).
LATE_GRACE = timedelta(seconds=30)


class QuizError(Exception):
    """A request that cannot be honoured (exam already sat, attempt closed ...); the message is for users."""


class AttemptClosed(QuizError):
    pass


@dataclass
class AnswerData:
    """What a student submitted for one item, already validated by a form."""

    text: str = ""
    choice_ids: list[int] = field(default_factory=list)
    order: list[str] = field(default_factory=list)

    @property
    def is_blank(self) -> bool:
        return not self.text.strip() and not self.choice_ids and not self.order


# ----------------------------------------------------------------------------------------------------
# Grading
# ----------------------------------------------------------------------------------------------------


def get_embedder():
    """The sentence embedder used for free-text grading (see the module docstring for the test hook)."""
    factory = getattr(settings, "QUIZ_EMBEDDER", "") or os.environ.get("QUIZ_EMBEDDER", "")
    if factory:
        return import_string(factory)()
    from studyguide.embeddings import get_embedder as real_embedder

    return real_embedder()


def answer_grade(*, answer: Answer, item: Item, embedder=None, now: datetime | None = None) -> None:
    """Fill the automatic grade of an (unsaved or saved) answer; final_* follows unless a teacher decided."""
    now = now or timezone.now()
    kind = item.kind
    confidence: float | None = 1.0
    if kind == Item.Kind.FREE_TEXT:
        from quiz.review.selectors import active_cutoffs

        # One rule for live grading and teacher review: the item's cut-offs adapted to this site's teachers
        # when active, else the grader's own (the item's, fitted on a teacher's calibration labels).
        key = item_key_from(item)
        result = grading.grade(answer.text, key, embedder or get_embedder(), cutoffs=active_cutoffs(item))
        evidence = {"kind": kind, **result.to_dict()}
        score, level, confidence = float(result.score), result.level, float(result.confidence)
    elif kind == Item.Kind.MULTIPLE_CHOICE:
        choices = list(item.choices.all())
        selected = {int(c) for c in answer.choice_ids}
        score = float(grading.grade_choices(selected, [c.pk for c in choices if c.correct]))
        level = grading.exact_level(score)
        evidence = {
            "kind": kind,
            "score": score,
            "choices": [
                {"id": c.pk, "text": c.text, "correct": c.correct, "why": c.why, "selected": c.pk in selected}
                for c in choices
            ],
        }
    elif kind == Item.Kind.ORDERING:
        score = float(grading.grade_ordering(list(answer.order), list(item.steps)))
        level = grading.exact_level(score)
        evidence = {
            "kind": kind,
            "score": score,
            "submitted": list(answer.order),
            "correct": list(item.steps),
        }
    elif kind == Item.Kind.SHORT_EXACT:
        score = 1.0 if grading.grade_short_exact(answer.text, list(item.accepted)) else 0.0
        level = grading.exact_level(score)
        evidence = {"kind": kind, "score": score, "accepted": list(item.accepted)}
    else:  # reflection: the teacher grades it; a blank one is simply wrong
        evidence = {"kind": kind, "checklist": list(item.checklist)}
        if answer.text.strip():
            score, level, confidence = None, Answer.Level.PENDING, None
        else:
            score, level = 0.0, Answer.Level.INCORRECT
    answer.auto_score = None if score is None else round(score, 4)
    answer.auto_level = level
    answer.confidence = None if confidence is None else round(confidence, 4)
    answer.evidence = evidence
    answer.key_version = item.key_version
    answer.graded_at = now
    if not answer.teacher_decided:
        answer_final_from_auto(answer=answer, item=item)


def answer_final_from_auto(*, answer: Answer, item: Item) -> None:
    """What the student sees of the automatic grade (``final_*``): an unsure exam grade waits for the teacher,
    and every score sits in its level's band (``quiz.holding``). The caller saves the answer."""
    attempt = answer.attempt if answer.attempt_id else None
    # Only an exam set for a cohort has a teacher to decide a held grade; the built-in exam, open to everyone,
    # shows its grades as they are.
    exam = attempt is not None and attempt.quiz.mode == Quiz.Mode.EXAM and attempt.quiz.cohort_id is not None
    cutoffs = holding.grade_cutoffs(answer.evidence, item.kind)
    held = holding.held_for_teacher(kind=item.kind, exam=exam, text=answer.text, confidence=answer.confidence)
    answer.final_score, answer.final_level = holding.final_from_auto(
        auto_score=answer.auto_score, auto_level=answer.auto_level, cutoffs=cutoffs, held=held
    )


def attempt_score_recompute(*, attempt: Attempt) -> float | None:
    """Mean final score over the attempt's items (latest answer per item; pending answers left out)."""
    latest: dict[int, Answer] = {}
    for a in attempt.answers.order_by("created_at", "pk"):
        latest[a.item_id] = a
    scores = [a.final_score for a in latest.values() if a.final_score is not None]
    attempt.score = round(sum(scores) / len(scores), 4) if scores else None
    Attempt.objects.filter(pk=attempt.pk).update(score=attempt.score)
    # update() sends no signal; callers that changed grades with update() (a teacher's decision, a regrade)
    # rely on this to drop the student's kept pages, which show the grades (studyguide.pagecache).
    pages_forget(attempt.student_id)
    return attempt.score


# ----------------------------------------------------------------------------------------------------
# Quizzes
# ----------------------------------------------------------------------------------------------------


def _set_items(quiz: Quiz, items: list[Item]) -> None:
    existing = {qi.item_id: qi for qi in QuizItem.objects.filter(quiz=quiz)}
    wanted = {item.pk for item in items}
    QuizItem.objects.filter(quiz=quiz).exclude(item_id__in=wanted).delete()
    for position, item in enumerate(items):
        qi = existing.get(item.pk)
        if qi is None:
            QuizItem.objects.create(quiz=quiz, item=item, order=position)
        elif qi.order != position:
            qi.order = position
            qi.save(update_fields=["order"])


@transaction.atomic
def builtin_quizzes_ensure() -> dict[str, Quiz]:
    """The two chapter quizzes open to everyone; idempotent (items follow the question bank)."""
    items = list(Item.objects.order_by("order", "item_id"))
    main = [i for i in items if i.variant_of_id is None]
    variants: dict[int, list[Item]] = defaultdict(list)
    for i in items:
        if i.variant_of_id is not None:
            variants[i.variant_of_id].append(i)
    practice_items = [x for m in main for x in [m, *variants.get(m.pk, [])]]

    practice, _ = Quiz.objects.get_or_create(
        slug=Quiz.PRACTICE_SLUG,
        defaults={
            "title": "Chapter 2 — practice",
            "description": "Every question and its quick-check variants, with feedback after each answer.",
            "mode": Quiz.Mode.PRACTICE,
        },
    )
    exam, _ = Quiz.objects.get_or_create(
        slug=Quiz.EXAM_SLUG,
        defaults={
            "title": "Chapter 2 — exam",
            "description": "All 31 main items in one sitting. Answers are saved as you type; submit once.",
            "mode": Quiz.Mode.EXAM,
            "review_policy": Quiz.ReviewPolicy.IMMEDIATE,
        },
    )
    _set_items(practice, practice_items)
    _set_items(exam, main)
    return {"practice": practice, "exam": exam}


def practice_quiz_ensure() -> Quiz:
    return Quiz.objects.filter(slug=Quiz.PRACTICE_SLUG).first() or builtin_quizzes_ensure()["practice"]


@transaction.atomic
def quiz_create(
    *,
    teacher,
    title: str,
    items: list[Item],
    mode: str = Quiz.Mode.PRACTICE,
    cohort=None,
    description: str = "",
    time_limit_minutes: int | None = None,
    review_policy: str = Quiz.ReviewPolicy.IMMEDIATE,
    anonymous_grading: bool = False,
) -> Quiz:
    base = slugify(title)[:60] or "quiz"
    slug = f"{base}-{secrets.token_hex(3)}"
    while Quiz.objects.filter(slug=slug).exists():
        slug = f"{base}-{secrets.token_hex(3)}"
    quiz = Quiz.objects.create(
        title=title.strip(),
        slug=slug,
        description=description.strip(),
        mode=mode,
        cohort=cohort,
        time_limit_minutes=time_limit_minutes or None,
        review_policy=review_policy,
        anonymous_grading=anonymous_grading,
        created_by=teacher,
    )
    _set_items(quiz, sorted(items, key=lambda i: (i.order, i.item_id)))
    return quiz


# ----------------------------------------------------------------------------------------------------
# Attempts
# ----------------------------------------------------------------------------------------------------


@transaction.atomic
def attempt_start(*, quiz: Quiz, student, now: datetime | None = None) -> Attempt:
    """Resume the student's unfinished attempt at this quiz, or start a new one (with its deadline)."""
    now = now or timezone.now()
    current = (
        Attempt.objects.select_for_update()
        .filter(quiz=quiz, student=student, status=Attempt.Status.IN_PROGRESS)
        .order_by("-started_at")
        .first()
    )
    if current is not None:
        return current
    if quiz.once_only:
        previous = Attempt.objects.filter(quiz=quiz, student=student).order_by("-started_at").first()
        if previous is not None and previous.status == Attempt.Status.IN_PROGRESS:
            return previous  # started a moment ago by a simultaneous request
        if previous is not None:
            raise QuizError("You have already sat this exam; it can be taken once.")
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    try:
        with (
            transaction.atomic()
        ):  # a savepoint: a simultaneous start may win the race for the one open attempt
            return Attempt.objects.create(quiz=quiz, student=student, deadline=deadline)
    except IntegrityError:
        # The other request committed its attempt first (one_open_attempt_per_student_and_quiz): resume it.
        winner = Attempt.objects.filter(quiz=quiz, student=student, status=Attempt.Status.IN_PROGRESS).first()
        if winner is None:
            raise QuizError(
                "This quiz was just started and finished in another tab; reload the page."
            ) from None
        return winner


def practice_attempt_start(*, student) -> Attempt:
    """The student's open attempt at the built-in practice quiz (used by single-item practice and review)."""
    return attempt_start(quiz=practice_quiz_ensure(), student=student)


def practice_answer_submit(
    *,
    attempt: Attempt,
    item: Item,
    data: AnswerData,
    submission_key,
    embedder=None,
    now: datetime | None = None,
) -> tuple[Answer, bool]:
    """Grade and store one practice answer. The same submission key twice returns the first answer.

    Returns (answer, created). Every try is its own row, so "try again" keeps the history.
    """
    now = now or timezone.now()
    existing = Answer.objects.filter(attempt=attempt, submission_key=submission_key).first()
    if existing is not None:
        return existing, False
    if attempt.status != Attempt.Status.IN_PROGRESS:
        raise AttemptClosed("This attempt is finished; start a new one to keep practising.")
    answer = Answer(
        attempt=attempt,
        item=item,
        text=data.text,
        choice_ids=list(data.choice_ids),
        order=list(data.order),
        submission_key=submission_key,
        flagged=item.item_id in (attempt.flagged_items or []),
    )
    # Outside the transaction: no lock is held while grading.
    answer_grade(answer=answer, item=item, embedder=embedder, now=now)
    try:
        with transaction.atomic():
            answer.save()
    except IntegrityError:
        # Either the same submission was saved meanwhile (a double submit), or the attempt was removed since
        # it was read (a foreign key that no longer holds): the second is no reason for a server error.
        existing = Answer.objects.filter(attempt=attempt, submission_key=submission_key).first()
        if existing is None:
            raise AttemptClosed(
                "This attempt no longer exists; start a new one to keep practising."
            ) from None
        return existing, False
    attempt_score_recompute(attempt=attempt)
    review_card_enqueue(student=attempt.student, item=item, level=answer.final_level, now=now)
    return answer, True


@transaction.atomic
def practice_attempt_finish(*, attempt: Attempt, now: datetime | None = None) -> Attempt:
    locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if locked.status == Attempt.Status.IN_PROGRESS:
        locked.status = Attempt.Status.SUBMITTED
        locked.submitted_at = now or timezone.now()
        locked.save(update_fields=["status", "submitted_at"])
        attempt_score_recompute(attempt=locked)
    return locked


def attempt_result_seen(*, attempt: Attempt, now: datetime | None = None) -> None:
    """The student opened the result of released grades: it leaves the home page's list of new results."""
    released = attempt.quiz.released_at
    if released is None or (attempt.result_seen_at is not None and attempt.result_seen_at >= released):
        return
    attempt.result_seen_at = now or timezone.now()
    Attempt.objects.filter(pk=attempt.pk).update(result_seen_at=attempt.result_seen_at)
    user_forget(attempt.student_id)  # update() sends no signal: the home page's list is kept (quiz.cache)


@transaction.atomic
def attempt_flag_toggle(*, attempt: Attempt, item: Item) -> bool:
    """Flag or unflag an item to revisit; returns the new state."""
    locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
    flagged = list(locked.flagged_items or [])
    if item.item_id in flagged:
        flagged.remove(item.item_id)
        state = False
    else:
        flagged.append(item.item_id)
        state = True
    locked.flagged_items = flagged
    locked.save(update_fields=["flagged_items"])
    attempt.flagged_items = flagged
    if locked.quiz.mode == Quiz.Mode.EXAM:
        locked.answers.filter(item=item).update(flagged=state)
    return state


# ----------------------------------------------------------------------------------------------------
# Spaced review
# ----------------------------------------------------------------------------------------------------


def _card_id(student, item: Item) -> int:
    return int(student.pk) * 1_000_000 + int(item.pk)


def review_card_enqueue(*, student, item: Item, level: str, now: datetime | None = None) -> ReviewCard | None:
    """Items answered incorrect or partial enter the review queue (due now until the student rates them)."""
    if level not in scheduling.QUEUE_LEVELS:
        return None
    now = now or timezone.now()
    card, _ = ReviewCard.objects.get_or_create(
        student=student,
        item=item,
        defaults={"card": scheduling.new_card(_card_id(student, item), now), "due": now},
    )
    return card


@transaction.atomic
def answer_rate(*, answer: Answer, rating: str, now: datetime | None = None) -> ReviewCard:
    """Confirm the spaced-review rating of an answer (once per answer; a repeat leaves the card unchanged)."""
    if rating not in scheduling.RATINGS:
        raise QuizError("Pick one of Again, Hard, Good or Easy.")
    now = now or timezone.now()
    locked = Answer.objects.select_for_update().select_related("attempt", "item").get(pk=answer.pk)
    student, item = locked.attempt.student, locked.item
    card = ReviewCard.objects.select_for_update().filter(student=student, item=item).first()
    if locked.review_rating and card is not None:
        return card
    if card is None:
        card = ReviewCard(student=student, item=item, card={}, due=now)
    new_card, due = scheduling.review(card.card or None, rating, now, card_id=_card_id(student, item))
    card.card, card.due, card.last_rating = new_card, due, rating
    card.reps += 1
    card.save()
    locked.review_rating = rating
    locked.save(update_fields=["review_rating"])
    answer.review_rating = rating
    return card
