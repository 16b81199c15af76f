"""``python manage.py grader_probe_eval --input FILE.jsonl``: grade a probe set (answers written to test the
grader, each with the level a teacher expects) and report, by kind, how many met it and how many were graded
correct. ``--misses`` lists the answers that did not meet it (item, student, expected, given); ``--json``
prints the whole report as the last line."""

import json

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Grade a probe set ({item, student, kind, expect, answer} per line) and report it by kind."

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, help="JSON-lines probe file")
        parser.add_argument(
            "--misses", action="store_true", help="list the answers graded against expectation"
        )
        parser.add_argument("--json", action="store_true", help="print the report as JSON on the last line")

    def handle(self, *args, **options):
        from quiz.grading import grade, load_grader_model
        from quiz.grading.tools.probes import ProbeFormatError, format_report, read_probes, score_probes
        from quiz.keys import get_item_key
        from studyguide.embeddings import get_embedder

        try:
            probes = read_probes(options["input"])
        except ProbeFormatError as exc:
            raise CommandError(str(exc)) from exc
        try:
            keys = {item: get_item_key(item) for item in {p.item for p in probes}}
        except LookupError as exc:
            raise CommandError(f"unknown item in {options['input']}: {exc}") from exc
        embedder, model = get_embedder(), load_grader_model()
        report = score_probes(probes, lambda p: grade(p.answer, keys[p.item], embedder, model).level)
        self.stdout.write(format_report(report, options["input"]))
        if options["misses"]:
            for miss in report["misses"]:
                self.stdout.write(
                    f"  {miss['item']} {miss['student']}: expected {miss['expect']}, got {miss['level']}"
                )
        if options["json"]:
            self.stdout.write(json.dumps(report))
