"""What the quiz pages keep in caches: the ``quizzes`` version namespace (quizzes, their items and each
cohort's release settings), and the small facts about a student kept beside the logged-in user
(``studyguide.accounts.usercache``): their review cards (when each is due), quizzes visible to them, their
progress in each, their open practice attempt, the items locked by an exam they are sitting, and released
results not yet seen.

Rows saved or deleted through the ORM drop what depends on them by signal; a saved or deleted answer drops its
student's kept pages (they show their tries). The services that change these rows
with ``update()`` call ``QUIZZES.bump()`` (a quiz's release or anonymity) or ``user_forget`` (a result seen)
themselves.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from studyguide.course.cache import COURSE
from studyguide.versioned import Versioned

QUIZZES = Versioned("quizzes")


def _quizzes_changed(sender, **kwargs) -> None:
    QUIZZES.bump()


def _answer_changed(sender, instance, **kwargs) -> None:
    """An answer saved or deleted: its student's kept pages show their tries (``studyguide.pagecache``); no
    cached fact is built from answers."""
    from studyguide.accounts.usercache import pages_forget

    from .models import Attempt

    attempt = instance._state.fields_cache.get("attempt")  # loaded with the answer, or by the writer
    if attempt is not None:
        student_id = attempt.student_id
    else:
        student_id = (
            Attempt.objects.filter(pk=instance.attempt_id).values_list("student_id", flat=True).first()
        )
    if student_id is not None:
        pages_forget(student_id)


def connect() -> None:
    """Called once by the quiz app."""
    from studyguide.accounts import usercache
    from studyguide.accounts.models import Membership

    from . import selectors
    from .models import Answer, Attempt, Quiz, QuizItem, ReviewCard
    from .review.models import CohortQuizSettings

    for model in (Quiz, QuizItem, CohortQuizSettings):
        uid = f"quiz-cache-{model.__name__}"
        post_save.connect(_quizzes_changed, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(_quizzes_changed, sender=model, dispatch_uid=uid + "-delete")
    # Answers are saved by the services (grades given by a teacher or a regrade use update(): the attempt's
    # score is recomputed after them, which drops the student's pages, services.attempt_score_recompute).
    post_save.connect(_answer_changed, sender=Answer, dispatch_uid="quiz-cache-answer-save")
    post_delete.connect(_answer_changed, sender=Answer, dispatch_uid="quiz-cache-answer-delete")
    # Review cards change only through save() (answer_rate, review_card_enqueue); the item ids come from the
    # course (COURSE).
    usercache.register(
        "review_cards", selectors.review_cards_load, changed_by=[(ReviewCard, "student")], depends_on=[COURSE]
    )
    usercache.register(
        "visible_quizzes",
        lambda user: list(selectors.visible_quizzes(user)),
        changed_by=[(Membership, "student")],  # and a teacher's cohorts: usercache watches Cohort.teachers
        depends_on=[QUIZZES],
    )
    usercache.register("quiz_progress", selectors.quiz_progress, changed_by=[(Attempt, "student")])
    # The open practice attempt: started, flagged and finished through save(); which quiz is the practice quiz
    # is content (QUIZZES).
    usercache.register(
        "open_practice", selectors.open_practice_load, changed_by=[(Attempt, "student")], depends_on=[QUIZZES]
    )
    # An attempt's status changes only through save(); which items an exam holds (QUIZZES) and which item
    # is a variant of which (COURSE) are content.
    usercache.register(
        "exam_locked",
        selectors.exam_locked_families,
        changed_by=[(Attempt, "student")],
        depends_on=[QUIZZES, COURSE],
    )
    usercache.register(
        "released_unseen",
        lambda user: list(selectors.released_results_unseen(user)[: selectors.RELEASED_SHOWN]),
        changed_by=[(Attempt, "student")],
        depends_on=[QUIZZES],
    )
