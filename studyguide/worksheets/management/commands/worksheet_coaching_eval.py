"""python manage.py worksheet_coaching_eval [--cases DIR ...] [--rules-only] [--restyle STYLE]
[--json [--per-plan]]

Runs the coaching on the labelled example worksheets and prints, per set and per flaw type (code): planted
flaws caught, false alarms on strong plans and on flawed plans, and how many strong plans got no note at all.
By default three sets: ``cases`` (used while writing the rules), ``holdout`` (written after the first rules,
and used while revising them) and ``holdout/final`` (written before issue 11's rules and measured once, at
the end). ``--restyle`` rewrites every worksheet in one writing style first
(``studyguide/worksheets/restyle.py``: lowercase, bullets, numbered paragraphs, no full stops), to compare
with the plans as written."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from studyguide.worksheets.evaluation import evaluate, load_cases
from studyguide.worksheets.restyle import STYLES, restyle


class Command(BaseCommand):
    help = "Measure the worksheet coaching on labelled example worksheets."

    def add_arguments(self, parser):
        root = Path(settings.BASE_DIR) / "tests" / "worksheets"
        parser.add_argument(
            "--cases",
            nargs="+",
            default=[str(root / "cases"), str(root / "holdout"), str(root / "holdout" / "final")],
            help="Folders of *.json case files (default: tests/worksheets/cases, tests/worksheets/holdout "
            "and tests/worksheets/holdout/final).",
        )
        parser.add_argument("--rules-only", action="store_true", help="Skip the sentence-embedding model.")
        parser.add_argument(
            "--restyle",
            choices=sorted(STYLES),
            help="Rewrite every worksheet in this writing style before coaching it.",
        )
        parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
        parser.add_argument(
            "--per-plan",
            action="store_true",
            help="With --json: also list each plan's name, expected and allowed codes and the codes it got "
            "(the input of worksheet_coaching_first_look).",
        )

    def handle(self, *args, **options):
        from studyguide.worksheets.coaching.semantic import check, get_semantics

        sem = None if options["rules_only"] else get_semantics()
        mode = "rules + embeddings" if sem is not None else "rules only"
        if options["restyle"]:
            mode += f", restyled: {options['restyle']}"
        results = {}
        for name in options["cases"]:
            folder = Path(name)
            if not folder.is_dir():
                raise CommandError(f"{folder}: no such folder")
            cases = load_cases(folder)
            if not cases:
                raise CommandError(f"{folder}: no cases")
            if options["restyle"]:
                cases = [{**c, "worksheet": restyle(c["worksheet"], options["restyle"])} for c in cases]
            report = evaluate(cases, lambda plan: check(plan, use_model=sem is not None, semantics=sem))
            label = folder.name if folder.parent.name != "holdout" else f"holdout/{folder.name}"
            results[label] = report
            if not options["json"]:
                self.stdout.write(f"== {label} [{mode}] {report.summary()}")
                self.stdout.write(report.table())
        if options["json"]:
            sets = {name: r.as_json(per_plan=options["per_plan"]) for name, r in results.items()}
            self.stdout.write(json.dumps({"mode": mode, "sets": sets}, indent=2))
