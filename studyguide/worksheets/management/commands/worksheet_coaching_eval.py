"""python manage.py worksheet_coaching_eval [--cases DIR ...] [--rules-only] [--json]

Runs the coaching on the labelled example worksheets and prints how many planted flaws are caught and how
many notes are false alarms (overall and per code). By default two sets: ``cases`` (used while writing the
rules) and ``holdout`` (written afterwards, to measure on worksheets the rules were not tuned on)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from studyguide.worksheets.evaluation import evaluate, load_cases


class Command(BaseCommand):
    help = "Measure the worksheet coaching on labelled example worksheets."

    def add_arguments(self, parser):
        root = Path(settings.BASE_DIR) / "tests" / "worksheets"
        parser.add_argument(
            "--cases",
            nargs="+",
            default=[str(root / "cases"), str(root / "holdout")],
            help="Folders of *.json case files (default: tests/worksheets/cases and "
            "tests/worksheets/holdout).",
        )
        parser.add_argument("--rules-only", action="store_true", help="Skip the sentence-embedding model.")
        parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")

    def handle(self, *args, **options):
        from studyguide.worksheets.coaching import check_plan
        from studyguide.worksheets.coaching.semantic import get_semantics

        sem = None if options["rules_only"] else get_semantics()
        mode = "rules + embeddings" if sem is not None else "rules only"
        results = {}
        for name in options["cases"]:
            folder = Path(name)
            if not folder.is_dir():
                raise CommandError(f"{folder}: no such folder")
            cases = load_cases(folder)
            if not cases:
                raise CommandError(f"{folder}: no cases")
            report = evaluate(cases, lambda plan: check_plan(plan, sem))
            results[folder.name] = report
            if not options["json"]:
                self.stdout.write(f"== {folder.name} [{mode}] {report.summary()}")
                self.stdout.write(report.table())
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "mode": mode,
                        "sets": {
                            name: {
                                "cases": len(r.cases),
                                "planted": r.planted,
                                "caught": r.caught,
                                "notes": r.notes,
                                "false_alarms": r.false_alarms,
                                "per_code": {
                                    k: dict(zip(("planted", "caught", "false_alarms"), v, strict=True))
                                    for k, v in r.per_code().items()
                                },
                            }
                            for name, r in results.items()
                        },
                    },
                    indent=2,
                )
            )
