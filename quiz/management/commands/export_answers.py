"""Export a cohort's answers as CSV on standard output (spreadsheet-safe: formula-like cells are
neutralised)."""

from django.core.management.base import BaseCommand, CommandError

from quiz.review import export
from quiz.review.gradebook import export_rows
from studyguide.accounts.models import Cohort


class _Out:
    """File-like adapter writing to the command's stdout without extra line endings."""

    def __init__(self, stdout):
        self.stdout = stdout

    def write(self, text: str) -> int:
        self.stdout.write(text, ending="")
        return len(text)


class Command(BaseCommand):
    help = "One CSV row per answer of a cohort: student, item, attempt, text, scores, level, comment, times."

    def add_arguments(self, parser):
        parser.add_argument("--cohort", help="Cohort name (exact, case-insensitive).")
        parser.add_argument("--cohort-id", type=int, help="Cohort id (when several cohorts share a name).")
        parser.add_argument("--format", default="csv", choices=["csv"], help="Output format (csv).")

    def handle(self, *args, cohort=None, cohort_id=None, format="csv", **options):  # noqa: A002
        if cohort_id is not None:
            found = list(Cohort.objects.filter(pk=cohort_id))
        elif cohort:
            found = list(Cohort.objects.filter(name__iexact=cohort.strip()))
        else:
            raise CommandError("Name the cohort: --cohort NAME (or --cohort-id ID).")
        if not found:
            raise CommandError(f"No cohort {cohort or cohort_id!r}.")
        if len(found) > 1:
            ids = ", ".join(str(c.pk) for c in found)
            raise CommandError(f"Several cohorts are called {cohort!r} (ids {ids}): use --cohort-id.")
        n = export.write_csv(export_rows(found[0]), _Out(self.stdout))
        self.stderr.write(f"{n} answers exported from “{found[0].name}”.")
