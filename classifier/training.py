"""Train your own head on a folder of images (one sub-folder per class), fastai style (no Django).

DataBlock: ``get_image_files`` + ``parent_label`` + ``RandomSplitter(seed=42)``; item transform
``RandomResizedCrop(224)`` (on the validation set fastai squishes to 256 and centre-crops 224, which
``classifier.preprocess`` mode ``squish`` reproduces for ONNX Runtime); ``aug_transforms`` on batches;
``fine_tune`` with fastai's progress bar. The head starts from the ImageNet classifier rows when a
class name maps to one (grizzly, black, teddy, panda, ...).

By default the backbone stays frozen (only the head learns), which keeps the backbone's ImageNet
logits, and therefore the OOD gate, exactly as calibrated. With ``train_backbone=True`` the whole
network is fine-tuned and an untouched copy of the backbone is kept for the gate.
"""

from __future__ import annotations

import time
from pathlib import Path

from classifier.build import save_version


def class_folders(data_dir: Path) -> list[str]:
    from classifier.evaluation import IMAGE_SUFFIXES

    names = []
    for d in sorted(Path(data_dir).iterdir()):
        if d.is_dir() and any(f.suffix.lower() in IMAGE_SUFFIXES for f in d.rglob("*")):
            names.append(d.name)
    return names


def check_training_folder(data_dir: Path, *, max_pixels: int, min_per_class: int = 2) -> None:
    """Refuse a folder fastai would choke on halfway through training, with a message that says what to fix.

    Like the chapter's `verify_images`, but it reports instead of deleting: the files are the user's.
    """
    import warnings

    from PIL import Image

    from classifier.evaluation import IMAGE_SUFFIXES

    classes = class_folders(data_dir)
    if len(classes) < 2:
        raise ValueError(f"{data_dir} needs at least two sub-folders of images (one per class)")
    broken: list[str] = []
    for name in classes:
        files = [f for f in sorted((Path(data_dir) / name).rglob("*")) if f.suffix.lower() in IMAGE_SUFFIXES]
        if len(files) < min_per_class:
            raise ValueError(
                f"class {name!r} has {len(files)} image(s); give each class at least {min_per_class}"
            )
        for f in files:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error", Image.DecompressionBombWarning)
                    with Image.open(f) as img:
                        if img.width * img.height > max_pixels:
                            raise ValueError("too many pixels")
                        img.verify()
            except Exception:  # any unreadable, truncated or oversized file
                broken.append(str(f.relative_to(data_dir)))
    if broken:
        shown = ", ".join(broken[:5]) + (f" and {len(broken) - 5} more" if len(broken) > 5 else "")
        raise ValueError(f"{len(broken)} file(s) are not readable images: {shown}. Remove or fix them first.")


def train(
    data_dir: Path,
    model_dir: Path,
    *,
    max_pixels: int,
    epochs: int = 1,
    bs: int = 16,
    lr: float = 2e-3,
    valid_pct: float = 0.2,
    train_backbone: bool = False,
    threads: int = 1,
    progress: bool = True,
    log=print,
) -> dict:
    import torch

    torch.set_num_threads(threads)
    from fastai.vision.all import (
        CategoryBlock,
        CrossEntropyLossFlat,
        DataBlock,
        ImageBlock,
        Learner,
        Normalize,
        RandomResizedCrop,
        RandomSplitter,
        accuracy,
        aug_transforms,
        get_image_files,
        parent_label,
    )

    from classifier.arch import (
        BearNet,
        bear_splitter,
        efficientnet_lite0_imagenet,
        head_from_imagenet,
        imagenet_row_for,
    )
    from classifier.evaluation import confusion_png
    from classifier.preprocess import MEAN, STD
    from classifier.runtime import imagenet_classes

    data_dir, model_dir = Path(data_dir), Path(model_dir)
    check_training_folder(data_dir, max_pixels=max_pixels)
    block = DataBlock(
        blocks=(ImageBlock, CategoryBlock),
        get_items=get_image_files,
        get_y=parent_label,
        splitter=RandomSplitter(valid_pct=valid_pct, seed=42),
        item_tfms=RandomResizedCrop(224, min_scale=0.35),
        batch_tfms=[*aug_transforms(), Normalize.from_stats([MEAN] * 3, [STD] * 3)],
    )
    dls = block.dataloaders(data_dir, bs=bs, num_workers=0)
    vocab = list(dls.vocab)
    names = list(imagenet_classes())
    rows = [imagenet_row_for(c, names) for c in vocab]
    backbone = efficientnet_lite0_imagenet()
    head = head_from_imagenet(backbone, rows)
    net = BearNet(backbone, head, train_backbone=train_backbone, tta_flip=True)
    learn = Learner(dls, net, loss_func=CrossEntropyLossFlat(), metrics=accuracy, splitter=bear_splitter)
    if not progress:
        learn.remove_cb(learn.progress) if hasattr(learn, "progress") else None
    t0 = time.time()
    learn.fine_tune(epochs, base_lr=lr)
    seconds = time.time() - t0
    loss, acc = learn.validate()
    preds, targs, losses = learn.get_preds(with_loss=True)
    pred_idx = preds.argmax(dim=1)
    n = len(vocab)
    cm = [[int(((targs == a) & (pred_idx == b)).sum()) for b in range(n)] for a in range(n)]
    top_losses = []
    for i in losses.argsort(descending=True)[: min(8, len(losses))].tolist():
        item = dls.valid_ds.items[i]
        top_losses.append(
            {
                "file": str(Path(item).relative_to(data_dir)),
                "actual": vocab[int(targs[i])],
                "predicted": vocab[int(pred_idx[i])],
                "loss": round(float(losses[i]), 4),
            }
        )
    confusion = {"labels": vocab, "matrix": cm}
    model_dir.mkdir(parents=True, exist_ok=True)
    confusion_png(confusion, model_dir / "confusion.png", "Validation confusion matrix")
    manifest = save_version(
        learn,
        model_dir,
        {
            "slug": model_dir.name,
            "kind": "trained",
            "name": f"Trained on {data_dir.name} ({', '.join(vocab)})",
            "vocab": vocab,
            "head_imagenet_rows": rows,
            "preprocess": "squish",
            "tta_flip": True,
            "train_backbone": train_backbone,
            "trained_on": (
                f"{len(dls.train_ds)} training and {len(dls.valid_ds)} validation images from {data_dir} "
                f"(RandomSplitter(valid_pct={valid_pct}, seed=42)), {epochs} epoch(s) of fine_tune, "
                + ("whole network fine-tuned" if train_backbone else "backbone frozen, head only")
            ),
            "metrics": {
                "valid_accuracy": round(float(acc), 4),
                "valid_loss": round(float(loss), 4),
                "train_seconds": round(seconds, 1),
                "n_train": len(dls.train_ds),
                "n_valid": len(dls.valid_ds),
                "confusion": confusion,
                "top_losses": top_losses,
            },
        },
    )
    log(f"trained in {seconds:.1f} s: valid accuracy {acc:.4f}, written to {model_dir}")
    return manifest
