"""The quiz app's models: quiz taking (``attempts``) and teacher review (``quiz.review.models``)."""

from quiz.review.models import CohortQuizSettings, GradeDecision, ItemCutoffs, RegradeRequest, RegradeRun

from .attempts import Answer, Attempt, Quiz, QuizItem, ReviewCard

__all__ = [
    "Answer",
    "Attempt",
    "CohortQuizSettings",
    "GradeDecision",
    "ItemCutoffs",
    "Quiz",
    "QuizItem",
    "RegradeRequest",
    "RegradeRun",
    "ReviewCard",
]
