"""``manage.py grader_eval --data DIR [--json] [--folds K]``: grouped CV on Mohler-format data."""

import json

from django.core.management.base import BaseCommand, CommandError

from quiz.grading.tools import DEFAULT_FOLDS, MohlerFormatError, format_table, read_mohler, run_eval, summary


class Command(BaseCommand):
    help = (
        "Cross-validate the short-answer grader on a Mohler-format folder (folds grouped by question). "
        "With --json the last line is one JSON object: pearson, spearman, rmse, acc3, qwk3, p50_ms, p90_ms, "
        "n_answers."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--data", required=True, help="Mohler-format folder (its root or its data/ folder)"
        )
        parser.add_argument("--folds", type=int, default=DEFAULT_FOLDS, help="number of grouped folds")
        parser.add_argument("--json", action="store_true", help="print a JSON summary as the last line")

    def handle(self, *args, **options):
        if options["folds"] < 2:
            raise CommandError("--folds must be at least 2")
        try:
            data = read_mohler(options["data"])
        except MohlerFormatError as exc:
            raise CommandError(str(exc)) from exc
        if len(data.qids) < 2:
            raise CommandError(f"{options['data']}: cross-validation needs at least 2 questions")
        report = run_eval(data, options["folds"])
        self.stdout.write(format_table(report))
        if options["json"]:
            self.stdout.write(json.dumps(summary(report)))
