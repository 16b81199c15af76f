"""python manage.py worksheet_feedback FILE.json [--rules-only]

Prints one JSON object: {"notes": [{"field", "code", "message"}, ...], "strengths": "..."}. The notes come
most important first; each names a worksheet field by the same name the JSON file uses for it. The file
takes every field of the web form by its name (and the older keys "data" and "experiment")."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from studyguide.worksheets.coaching import ALIASES, JSON_KEYS, PlanError, plan_from_mapping


class Command(BaseCommand):
    # A pure read of one file: Django's system checks (URLs, models, templates) add start-up time and have
    # nothing to say about it.
    requires_system_checks = []
    help = (
        "Coaching notes for a worksheet given as JSON (keys: "
        + ", ".join(JSON_KEYS)
        + "; older files may also use "
        + ", ".join(ALIASES)
        + ")."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the worksheet JSON file ('-' for standard input).")
        parser.add_argument("--rules-only", action="store_true", help="Skip the sentence-embedding model.")

    def handle(self, *args, **options):
        path = options["file"]
        try:
            raw = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
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

        feedback = check(plan, use_model=not options["rules_only"])
        self.stdout.write(json.dumps(feedback.as_json(), ensure_ascii=False, indent=2))
