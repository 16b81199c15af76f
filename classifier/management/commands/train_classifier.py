import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from classifier import services


class Command(BaseCommand):
    help = (
        "Train your own classifier head on DATA_DIR (one sub-folder of images per class) with fastai and "
        "write it as a new model version (learner export + ONNX + metrics, confusion matrix, top losses)."
    )

    def add_arguments(self, parser):
        parser.add_argument("data_dir")
        parser.add_argument("--epochs", type=int, default=1)
        parser.add_argument("--bs", type=int, default=16)
        parser.add_argument("--lr", type=float, default=2e-3)
        parser.add_argument("--valid-pct", type=float, default=0.2)
        parser.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
        parser.add_argument(
            "--train-backbone",
            action="store_true",
            help="fine-tune the whole network (slower); an untouched backbone copy keeps the OOD gate valid",
        )
        parser.add_argument(
            "--name", default="", help="folder name of the new version (default trained-<time>)"
        )
        parser.add_argument("--activate", action="store_true", help="make the new version the live model")

    def handle(self, *args, **opts):
        from classifier.training import train

        data_dir = Path(opts["data_dir"]).expanduser().resolve()
        if not data_dir.is_dir():
            raise CommandError(f"{data_dir} is not a folder")
        slug = opts["name"] or time.strftime("trained-%Y%m%d-%H%M%S")
        model_dir = Path(settings.CLASSIFIER_MODEL_DIR) / slug
        if model_dir.exists():
            raise CommandError(f"{model_dir} already exists; choose another --name")
        try:
            manifest = train(
                data_dir,
                model_dir,
                max_pixels=settings.CLASSIFIER_MAX_PIXELS,
                epochs=opts["epochs"],
                bs=opts["bs"],
                lr=opts["lr"],
                valid_pct=opts["valid_pct"],
                train_backbone=opts["train_backbone"],
                threads=opts["threads"],
                log=lambda m: self.stdout.write(m),
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        version = services.model_version_register(manifest=manifest, activate=opts["activate"])
        m = manifest["metrics"]
        self.stdout.write(
            self.style.SUCCESS(
                f"{version.slug}: valid accuracy {m['valid_accuracy']:.4f} on {m['n_valid']} images; "
                f"active={version.is_active}"
            )
        )
        for row in m["top_losses"][:5]:
            self.stdout.write(
                f"  top loss {row['loss']:.3f}: {row['file']} "
                f"actual={row['actual']} predicted={row['predicted']}"
            )
