from .attempts import Answer, Attempt, Quiz, QuizItem, ReviewCard
from .review import *  # noqa: F403 (teacher-review models, owned by the review feature)

__all__ = ["Answer", "Attempt", "Quiz", "QuizItem", "ReviewCard"]
