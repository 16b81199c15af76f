"""Measure a training job the size of a student's: wall time and the worker's peak memory.

Prints figures only; nothing is registered and the model is deleted afterwards. Use evaluation photos
(``SHARED_DATA_DIR``) for the measurement only: they are never copied into the repository.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Train N photos per class for E epochs exactly as the task worker does, then print the wall time, "
        "the peak RSS of this process and how the project's gate treats photos it never saw."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--data", default="", help="folder with one sub-folder per class (default: bears)"
        )
        parser.add_argument("--classes", default="grizzly,black")
        parser.add_argument("--per-class", type=int, default=50)
        parser.add_argument("--epochs", type=int, default=3)
        parser.add_argument("--image-size", type=int, default=settings.CLASSIFIER_TRAINING_IMAGE_SIZE)
        parser.add_argument("--threads", type=int, default=settings.CLASSIFIER_TRAINING_THREADS)
        parser.add_argument("--ood", default="", help="out-of-domain folder (default: SHARED_DATA_DIR/ood)")
        parser.add_argument("--json", action="store_true", help="print one JSON object on the last line")

    def handle(self, *args, **opts):
        from classifier.projects.bench import run

        shared = Path(settings.SHARED_DATA_DIR)
        data = Path(opts["data"]).expanduser() if opts["data"] else shared / "bears"
        classes = [c.strip() for c in opts["classes"].split(",") if c.strip()]
        missing = [c for c in classes if not (data / c).is_dir()]
        if len(classes) < 2 or missing:
            raise CommandError(f"need at least two class folders in {data} (missing: {', '.join(missing)})")
        ood = Path(opts["ood"]).expanduser() if opts["ood"] else shared / "ood"
        figures = run(
            data=data,
            classes=classes,
            per_class=opts["per_class"],
            epochs=opts["epochs"],
            image_size=opts["image_size"],
            batch_size=settings.CLASSIFIER_TRAINING_BATCH_SIZE,
            threads=opts["threads"],
            max_bytes=settings.CLASSIFIER_MAX_UPLOAD_BYTES,
            max_pixels=settings.CLASSIFIER_MAX_PIXELS,
            max_side=settings.CLASSIFIER_PROJECT_IMAGE_MAX_SIDE,
            ood=ood if ood.is_dir() else None,
            log=lambda m: self.stdout.write(m) if opts["verbosity"] else None,
        )
        for key, value in figures.items():
            self.stdout.write(f"{key:>28}: {value}")
        if opts["json"]:
            self.stdout.write(json.dumps(figures))
