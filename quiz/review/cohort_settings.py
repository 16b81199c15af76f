"""Reads: how one cohort's teachers have set a quiz (released? anonymous grading?).

A cohort's own quiz carries its settings itself. A quiz shared by every cohort (the built-in chapter quizzes)
gets them per cohort (``CohortQuizSettings``), so one teacher's release or anonymity never changes what
another cohort's teachers see. Students' access to their grades does not depend on these for a shared quiz:
its review policy is immediate (``Quiz.clean``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from quiz.models import Quiz
from studyguide.accounts.models import Cohort

from .models import CohortQuizSettings


@dataclass(frozen=True)
class CohortView:
    anonymous_grading: bool = False
    released_at: datetime | None = None

    @property
    def names_hidden(self) -> bool:
        """Anonymous grading hides names in the queue and the export until grades are released."""
        return self.anonymous_grading and self.released_at is None


def _of_quiz(quiz: Quiz) -> CohortView:
    return CohortView(anonymous_grading=quiz.anonymous_grading, released_at=quiz.released_at)


def _of_row(row: CohortQuizSettings | None) -> CohortView:
    return CohortView() if row is None else CohortView(row.anonymous_grading, row.released_at)


def view_for(quiz: Quiz, cohort: Cohort) -> CohortView:
    if quiz.cohort_id is not None:
        return _of_quiz(quiz)
    return _of_row(CohortQuizSettings.objects.filter(quiz=quiz, cohort=cohort).first())


def views_for(quizzes: Iterable[Quiz], cohort: Cohort) -> dict[int, CohortView]:
    """``view_for`` of several quizzes in one query, by quiz id."""
    quizzes = list(quizzes)
    rows = {
        r.quiz_id: r
        for r in CohortQuizSettings.objects.filter(
            cohort=cohort, quiz_id__in=[q.pk for q in quizzes if q.cohort_id is None]
        )
    }
    return {q.pk: _of_quiz(q) if q.cohort_id is not None else _of_row(rows.get(q.pk)) for q in quizzes}
