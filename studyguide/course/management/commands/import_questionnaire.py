"""Store a class's own copy of the book's questionnaire wording beside the matching items.

The repository never contains the book's text; a class that owns the book can import its copy so students
see the original wording next to ours. Items are matched by number; nothing is created.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from studyguide.course.questionnaire import parse_questionnaire
from studyguide.course.services import book_wording_store

MAX_BYTES = 2 * 1024 * 1024


class Command(BaseCommand):
    help = "Import the book's question wording from a numbered Markdown questionnaire (FILE)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        try:
            if file.stat().st_size > MAX_BYTES:
                raise CommandError(
                    f"{file} is larger than {MAX_BYTES // 1024} KiB; is it really a questionnaire?"
                )
            text = file.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise CommandError(f"No such file: {file}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{file} is not UTF-8 text.") from None
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc}") from exc
        questions, skipped = parse_questionnaire(text)
        if not questions:
            raise CommandError("No numbered questions found (expected lines like '1. What is …?').")
        report = book_wording_store(questions=questions)
        for item_id, wording in report.matched:
            self.stdout.write(f"matched  {item_id:10} {wording[:70]}")
        for line in report.unmatched + [f"(skipped) {s}" for s in skipped]:
            self.stdout.write(self.style.WARNING(f"no match {line[:80]}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(report.matched)} matched, {len(report.unmatched) + len(skipped)} not matched."
            )
        )
