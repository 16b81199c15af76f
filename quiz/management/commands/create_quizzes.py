"""Create or update the built-in chapter quizzes (idempotent; `make run` calls it after `load_course`)."""

from django.core.management.base import BaseCommand, CommandError

from quiz.services import builtin_quizzes_ensure
from studyguide.course.models import Item


class Command(BaseCommand):
    help = "Create the built-in 'Chapter 2 — practice' and 'Chapter 2 — exam' quizzes from the question bank."

    def handle(self, *args, **options):
        if not Item.objects.exists():
            raise CommandError("The question bank is empty: run `manage.py load_course` first.")
        quizzes = builtin_quizzes_ensure()
        for quiz in quizzes.values():
            self.stdout.write(
                f"{quiz.title}: {quiz.quiz_items.count()} items ({quiz.get_mode_display().lower()})"
            )
