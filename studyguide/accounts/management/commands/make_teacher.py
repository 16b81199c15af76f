"""Give an existing user the teacher role (the same as the admin's "Make teachers" action)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from studyguide.accounts.services import user_make_teacher


class Command(BaseCommand):
    help = "Make USERNAME a teacher."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user called {username!r}.") from None
        user_make_teacher(user=user)
        self.stdout.write(self.style.SUCCESS(f"{username} is now a teacher."))
