"""Evaluate a model version on a folder laid out like the shared data, and calibrate the OOD gate.

No Django. Layout: ``bears/<class>/``, ``shifted/<class>/``, ``ood/near/``, ``ood/far/`` and a
``MANIFEST.csv`` with columns ``file``, ``label``, ``split_hint`` (calib | test). Without a manifest,
every image found in those folders counts as ``test``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from classifier import ood

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif"}


def read_rows(data_dir: Path) -> list[dict]:
    data_dir = Path(data_dir)
    manifest = data_dir / "MANIFEST.csv"
    if manifest.is_file():
        with open(manifest, newline="") as fh:
            return [
                {"file": r["file"], "label": r["label"], "split": r.get("split_hint") or "test"}
                for r in csv.DictReader(fh)
            ]
    rows = []
    for group in ("bears", "shifted"):
        for cls_dir in sorted((data_dir / group).glob("*")):
            if cls_dir.is_dir():
                for f in sorted(cls_dir.iterdir()):
                    if f.suffix.lower() in IMAGE_SUFFIXES:
                        rows.append(
                            {"file": str(f.relative_to(data_dir)), "label": cls_dir.name, "split": "test"}
                        )
    for kind in ("near", "far"):
        for f in sorted((data_dir / "ood" / kind).glob("*")):
            if f.suffix.lower() in IMAGE_SUFFIXES:
                rows.append({"file": str(f.relative_to(data_dir)), "label": f"ood_{kind}", "split": "test"})
    return rows


def group_of(row: dict) -> str:
    top = row["file"].split("/", 1)[0]
    if row["label"] == "ood_near":
        return "near"
    if row["label"] == "ood_far":
        return "far"
    return "shifted" if top == "shifted" else "bears"


def score_rows(runtime, data_dir: Path, rows: list[dict], batch_size: int = 16) -> dict:
    """Run every row through the runtime; returns arrays of groups, labels, predictions, bear mass."""
    from PIL import Image

    data_dir = Path(data_dir)
    preds, masses, top_probs = [], [], []
    for i in range(0, len(rows), batch_size):
        chunk = rows[i : i + batch_size]
        images = []
        for r in chunk:
            with Image.open(data_dir / r["file"]) as im:
                images.append(im.convert("RGB"))
        for p in runtime.predict_images(images, batch_size=batch_size):
            preds.append(p.label)
            masses.append(p.bear_mass)
            top_probs.append(p.top_prob)
    return {
        "group": np.array([group_of(r) for r in rows]),
        "label": np.array([r["label"] for r in rows]),
        "pred": np.array(preds),
        "mass": np.array(masses, dtype=np.float64),
        "top_prob": np.array(top_probs, dtype=np.float64),
    }


def calibrate(scored: dict) -> dict:
    """Choose the default thresholds from calib rows only.

    - ``threshold`` (the gate): the largest value that rejects at most 2 % of calib bears.
    - ``sure_threshold``: a fixed, round 0.5: "confident" needs the backbone to put at least half of
      its belief on the bear classes (and the head >= 75 % on its label); in between it is "not sure".
    """
    bears = scored["mass"][scored["group"] == "bears"]
    near = scored["mass"][scored["group"] == "near"]
    far = scored["mass"][scored["group"] == "far"]
    threshold = ood.choose_threshold(bears, 0.02)
    sure = 0.5
    return {
        "score": "bear_mass",
        "rule": "threshold = 2nd percentile of calib bear mass; sure_threshold = 0.5 (fixed)",
        "threshold": round(threshold, 4),
        "sure_threshold": round(max(sure, threshold), 4),
        "calib_counts": {"bears": int(len(bears)), "near": int(len(near)), "far": int(len(far))},
        "calib_at_threshold": ood.tradeoff(threshold, bears, near, far),
        "scores": {
            "bears": [round(float(x), 4) for x in sorted(bears)],
            "near": [round(float(x), 4) for x in sorted(near)],
            "far": [round(float(x), 4) for x in sorted(far)],
        },
    }


def metrics(scored: dict, vocab: list[str], threshold: float) -> dict:
    g, lab, pred, mass = scored["group"], scored["label"], scored["pred"], scored["mass"]
    bears = g == "bears"
    shifted = g == "shifted"
    in_vocab = np.isin(lab, vocab)
    id_mask = bears & in_vocab
    near, far = mass[g == "near"], mass[g == "far"]
    id_mass = mass[bears]
    per_class = {}
    for c in vocab:
        m = bears & (lab == c)
        per_class[c] = float((pred[m] == c).mean()) if m.any() else float("nan")
    confusion = [[int(((lab == a) & (pred == b) & bears).sum()) for b in vocab] for a in vocab]

    def nan_none(x):
        return None if x != x else round(float(x), 4)

    return {
        "accuracy": nan_none(
            float((pred[id_mask] == lab[id_mask]).mean()) if id_mask.any() else float("nan")
        ),
        "per_class_accuracy": {k: nan_none(v) for k, v in per_class.items()},
        "shifted_accuracy": nan_none(
            float((pred[shifted & in_vocab] == lab[shifted & in_vocab]).mean())
            if (shifted & in_vocab).any()
            else float("nan")
        ),
        "auroc_near": nan_none(ood.auroc(id_mass, near)),
        "auroc_far": nan_none(ood.auroc(id_mass, far)),
        "fpr95_near": nan_none(ood.fpr_at_tpr(id_mass, near)),
        "fpr95_far": nan_none(ood.fpr_at_tpr(id_mass, far)),
        "id_rejected": nan_none(ood.rate_rejected(id_mass, threshold)),
        "far_accepted": nan_none(ood.rate_accepted(far, threshold)),
        "near_accepted": nan_none(ood.rate_accepted(near, threshold)),
        "threshold": threshold,
        "n_images": int(len(g)),
        "counts": {k: int((g == k).sum()) for k in ("bears", "shifted", "near", "far")},
        "confusion": {"labels": list(vocab), "matrix": confusion},
    }


def evaluate(runtime, data_dir: Path, split: str = "test", threshold: float | None = None) -> dict:
    rows = [r for r in read_rows(data_dir) if split in ("all", r["split"])]
    if not rows:
        raise ValueError(f"no rows with split {split!r} under {data_dir}")
    scored = score_rows(runtime, data_dir, rows)
    thr = runtime.threshold if threshold is None else threshold
    out = metrics(scored, runtime.vocab, thr)
    out["split"] = split
    return out


def confusion_png(confusion: dict, path: Path, title: str = "Confusion matrix") -> None:
    """Render a confusion matrix to PNG with matplotlib's Agg backend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels, m = confusion["labels"], np.array(confusion["matrix"])
    fig, ax = plt.subplots(figsize=(3.6, 3.2), dpi=100)
    ax.imshow(m, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=30)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("actual")
    ax.set_title(title, fontsize=10)
    for i in range(len(labels)):
        for j in range(len(labels)):
            ax.text(
                j,
                i,
                str(m[i, j]),
                ha="center",
                va="center",
                color="white" if m[i, j] > m.max() / 2 else "black",
            )
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)
