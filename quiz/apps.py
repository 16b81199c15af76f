from django.apps import AppConfig


class QuizConfig(AppConfig):
    name = "quiz"
    verbose_name = "Quizzes"

    def ready(self) -> None:
        # The study pages show a question's key only after the student answered it and never during an exam
        # that contains it; only the quiz app knows about answers and exams, so it supplies that rule.
        from studyguide.course.access import key_access_provide

        from .selectors import key_access_for_student

        key_access_provide(key_access_for_student)

        from . import cache

        cache.connect()
