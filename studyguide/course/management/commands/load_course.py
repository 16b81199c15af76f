"""Load the chapter 2 question bank and study notes from the versioned content file (idempotent)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from studyguide.course.schema import ContentError
from studyguide.course.services import CONTENT_FILE, course_load


class Command(BaseCommand):
    help = "Load (or update) the question bank and study notes from studyguide/course/content/chapter02.yaml."

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, default=CONTENT_FILE, help="Content file (YAML).")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Overwrite admin edits even where the file entry is unchanged.",
        )

    def handle(self, *args, file: Path, force: bool, verbosity: int, **options):
        try:
            report = course_load(path=file, force=force)
        except ContentError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Course loaded: {len(report.created)} created, {len(report.updated)} updated, "
                f"{len(report.unchanged)} unchanged."
            )
        )
        if report.key_changed:
            self.stdout.write(
                f"Key changed for {', '.join(report.key_changed)}: teachers may want to regrade these items."
            )
        if report.not_in_file and verbosity:
            self.stdout.write(f"In the database but not in the file (kept): {', '.join(report.not_in_file)}")
