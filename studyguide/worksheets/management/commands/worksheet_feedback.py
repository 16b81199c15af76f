"""python manage.py worksheet_feedback FILE.json [--rules-only]

Prints one JSON object: {"notes": [{"field", "code", "message"}, ...]}."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from studyguide.worksheets.coaching import JSON_KEYS, PlanError, plan_from_mapping


class Command(BaseCommand):
    help = "Coaching notes for a worksheet given as JSON (keys: " + ", ".join(JSON_KEYS) + ")."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the worksheet JSON file ('-' for standard input).")
        parser.add_argument("--rules-only", action="store_true", help="Skip the sentence-embedding model.")

    def handle(self, *args, **options):
        path = options["file"]
        try:
            if path == "-":
                import sys

                raw = sys.stdin.read()
            else:
                raw = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise CommandError(f"{path}: no such file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{path}: cannot read it as UTF-8 text ({exc})") from exc
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise CommandError(
                f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
            ) from exc
        try:
            plan = plan_from_mapping(data)
        except PlanError as exc:
            raise CommandError(f"{path}: {exc}") from exc

        from studyguide.worksheets.coaching.semantic import check

        result = check(plan, use_model=not options["rules_only"])
        out = {"notes": [n.as_json() for n in result.notes]}
        self.stdout.write(json.dumps(out, ensure_ascii=False, indent=2))
