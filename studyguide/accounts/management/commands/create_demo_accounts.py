"""Create the demo teacher, three students and the demo cohort (idempotent: re-running resets passwords)."""

from django.core.management.base import BaseCommand, CommandError

from studyguide.accounts.services import demo_accounts_create


class Command(BaseCommand):
    help = "Create (or refresh) the demo accounts: teacher, student1..student3 and the 'Demo cohort'."

    def add_arguments(self, parser):
        parser.add_argument("--password", required=True, help="Password for every demo account.")

    def handle(self, *args, password: str, **options):
        if len(password) < 8:
            raise CommandError("Use a password of at least 8 characters.")
        demo = demo_accounts_create(password=password)
        names = ", ".join(s.username for s in demo["students"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo accounts ready: teacher, {names} (cohort “{demo['cohort'].name}”, "
                f"join code {demo['cohort'].join_code})."
            )
        )
