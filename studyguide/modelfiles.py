"""Model files the site loads: checksums, manifests and ONNX Runtime sessions (pure: no Django, no torch).

Every model a process loads (the bear classifier, students' trained models, the sentence embedder) lives in a
configured folder with a ``manifest.json`` recording each file's SHA-256; a file is loaded only after its
checksum matches, and web processes run it with ONNX Runtime at one thread.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_manifest(model_dir: Path) -> dict | None:
    """The folder's manifest, or None when it is missing or not valid JSON."""
    path = Path(model_dir) / MANIFEST
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text())
    except ValueError:
        return None


def write_manifest(model_dir: Path, manifest: dict) -> None:
    """Write the manifest atomically (a reader never sees half a file)."""
    path = Path(model_dir) / MANIFEST
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True))
    os.replace(tmp, path)


def onnx_session(path: Path) -> Any:
    """An ONNX Runtime session at one thread (the site's rule for every model a web process serves)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
