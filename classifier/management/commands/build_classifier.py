from django.core.management.base import BaseCommand

from classifier import services


class Command(BaseCommand):
    help = (
        "Build the built-in bear classifier (EfficientNet-Lite0 ImageNet rows) into "
        "CLASSIFIER_MODEL_DIR/builtin: fastai learner export + ONNX file, SHA-256 recorded. "
        "Skips when the files match the recorded checksums."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="rebuild even when the files are up to date")
        parser.add_argument(
            "--no-tta", action="store_true", help="no horizontal-flip averaging (faster, 99.4 %%)"
        )

    def handle(self, *args, **opts):
        version, built = services.model_version_ensure_builtin(
            force=opts["force"], tta=not opts["no_tta"], log=lambda m: self.stdout.write(m)
        )
        state = "built" if built else "unchanged"
        self.stdout.write(
            self.style.SUCCESS(
                f"{version.slug}: {state}; learner sha256 {version.learner_sha256}; "
                f"onnx sha256 {version.onnx_sha256}; active={version.is_active}"
            )
        )
