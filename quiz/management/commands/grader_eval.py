"""``manage.py grader_eval``: measure the free-text grader.

- ``--answers FILE.jsonl --labels FILE.jsonl [--json]``: against a teacher's labels, with the keys of the
  course file: accuracy, QWK on the three levels, dangerous errors, per-item accuracy, with per-item cut-offs
  fitted out of fold (leave one learner out); also the cut-offs the site ships.
- ``--data DIR [--folds K] [--json]``: grouped cross-validation on Mohler-format data (folds by question).
"""

import json

from django.core.management.base import BaseCommand, CommandError

from quiz.grading.tools import DEFAULT_FOLDS, MohlerFormatError, format_table, read_mohler, run_eval, summary


class Command(BaseCommand):
    help = (
        "Measure the short-answer grader: against a teacher's labels (--answers and --labels: accuracy, QWK, "
        "dangerous errors, per-item accuracy, cut-offs fitted out of fold by learner) or by grouped "
        "cross-validation on a Mohler-format folder (--data). With --json the last line is one JSON object."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data", help="Mohler-format folder (its root or its data/ folder)")
        parser.add_argument(
            "--folds", type=int, default=DEFAULT_FOLDS, help="number of grouped folds (Mohler)"
        )
        parser.add_argument("--answers", help='JSON lines {"student", "item", "answer"}')
        parser.add_argument("--labels", help='JSON lines {"student", "item", "label"} with label 1, 0.5 or 0')
        parser.add_argument("--content", help="course content file with the keys (default: the repository's)")
        parser.add_argument("--json", action="store_true", help="print a JSON summary as the last line")

    def handle(self, *args, **options):
        teacher = options["answers"] or options["labels"]
        if teacher and options["data"]:
            raise CommandError(
                "give either --data (Mohler) or --answers and --labels (teacher labels), not both"
            )
        if teacher:
            if not (options["answers"] and options["labels"]):
                raise CommandError("--answers and --labels go together")
            self._teacher(options)
            return
        if not options["data"]:
            raise CommandError("give --data DIR (Mohler) or --answers FILE --labels FILE (teacher labels)")
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

    def _teacher(self, options) -> None:
        from quiz.grading import load_grader_model
        from quiz.grading.tools import teacher
        from quiz.grading.tools.course_keys import CONTENT_FILE, course_item_keys
        from studyguide.course.schema import ContentError

        try:
            rows = teacher.read_labelled(options["answers"], options["labels"])
            keys = course_item_keys(options["content"] or CONTENT_FILE)
        except (teacher.TeacherDataError, ContentError) as exc:
            raise CommandError(str(exc)) from exc
        if len({r.student for r in rows}) < 2:
            raise CommandError("out-of-fold cut-offs need the answers of at least 2 learners")
        from quiz.services import get_embedder

        try:
            report = teacher.evaluate(rows, keys, get_embedder(), load_grader_model())
        except teacher.TeacherDataError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(teacher.format_report(report))
        if options["json"]:
            self.stdout.write(json.dumps(teacher.summary(report)))
