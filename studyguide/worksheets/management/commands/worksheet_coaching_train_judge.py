"""python manage.py worksheet_coaching_train_judge [--sets DIR ...] [--without DIR ...] [--out PATH]
[--margin M] [--dry-run]

Trains the coaching field judge (``studyguide/worksheets/coaching/field_judge.py``) on the labelled worksheets
(every folder of ``tests/worksheets`` by default) and writes its weights (``field_judge.npz``). Prints, per
judged code, what the judge does on a set it never saw (each set scored by models trained on the others, with
the threshold the others' strong plans give): planted flaws over the threshold, strong plans over it (false
alarms) and flawed plans over it that neither expect nor allow the code. ``--without`` leaves sets out, to
measure a new set's first look with the judge; ``--dry-run`` prints the figures and writes nothing."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from studyguide.worksheets import judge_training
from studyguide.worksheets.coaching.judge_weights import JUDGE_PATH, save_judge


class Command(BaseCommand):
    help = "Train the coaching field judge on the labelled worksheets and save its weights."

    def add_arguments(self, parser):
        parser.add_argument("--sets", nargs="*", type=Path, help="folders of labelled worksheets")
        parser.add_argument("--without", nargs="*", type=Path, default=[], help="folders to leave out")
        parser.add_argument("--out", type=Path, default=JUDGE_PATH)
        parser.add_argument("--margin", type=float, default=judge_training.MARGIN)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        from studyguide.embeddings import get_embedder

        root = Path(settings.BASE_DIR) / "tests" / "worksheets"
        folders = options["sets"] or judge_training.labelled_sets(root)
        left_out = {p.resolve() for p in options["without"]}
        folders = [f for f in folders if f.resolve() not in left_out]
        if not folders:
            raise CommandError("no labelled worksheets to train on")
        try:
            plans = judge_training.load_labelled(folders)
        except (ValueError, KeyError, TypeError) as exc:  # bad JSON, a worksheet the form would refuse
            raise CommandError(f"cannot read the labelled worksheets: {exc}") from exc
        if not any(p.expected for p in plans) or all(p.expected for p in plans):
            raise CommandError(
                "the labelled worksheets need both strong plans and planted flaws to learn from"
            )
        embedder = get_embedder()
        vectors = judge_training.encode_all(embedder, plans)
        models, reports = judge_training.train(plans, vectors, margin=options["margin"])
        strong = sum(1 for p in plans if not p.expected)
        self.stdout.write(
            f"{len(plans)} labelled worksheets ({strong} strong) from {len(folders)} sets; each set judged "
            "by models trained on the others"
        )
        for r in reports:
            self.stdout.write(
                f"  {r.code:26s} planted {r.planted:3d}  over the threshold {r.recalled:3d}  "
                f"false alarms: {len(r.strong_over)} on strong plans {r.strong_over[:3]}, "
                f"{len(r.flawed_over)} on flawed {r.flawed_over[:3]}"
            )
        if options["dry_run"]:
            return
        save_judge(options["out"], models, judge_training.probe_vector(embedder))
        self.stdout.write(self.style.SUCCESS(f"wrote {options['out']}"))
