"""``bench_training``: time a student-sized training job and measure the worker's memory (no Django).

The photos go through the same intake as an upload (safe loader, re-encoded JPEG) into a temporary folder,
then ``trainer.train`` runs exactly as the task worker runs it. Photos are taken in name order, so a
re-run trains on the same ones. The gate is then tried on photos the model never saw: the rest of each
class (in domain) and the out-of-domain folders, cats counted on their own when NOTES.csv marks them.
"""

from __future__ import annotations

import csv
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

from classifier.projects import gate, imaging, trainer
from classifier.safe_image import ImageRejected, load_image

SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _photos(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)


def _intake(path: Path, *, max_bytes: int, max_pixels: int, max_side: int) -> bytes | None:
    try:
        img = load_image(path.read_bytes(), max_bytes=max_bytes, max_pixels=max_pixels)
    except ImageRejected:
        return None
    return imaging.encode_for_storage(img, max_side=max_side).image


def _cats(data_root: Path) -> set[str]:
    notes = data_root / "NOTES.csv"
    if not notes.is_file():
        return set()
    with open(notes, newline="") as fh:
        return {row["file"] for row in csv.DictReader(fh) if "cat photo" in row.get("note", "")}


def run(
    *,
    data: Path,
    classes: list[str],
    per_class: int,
    epochs: int,
    image_size: int,
    batch_size: int,
    threads: int,
    max_bytes: int,
    max_pixels: int,
    max_side: int,
    ood: Path | None,
    log=print,
) -> dict:
    rss_start = _rss_mb()
    with tempfile.TemporaryDirectory(prefix="bench-training-") as tmp:
        tmp = Path(tmp)
        data_dir, held_out = tmp / "data", {}
        for name in classes:
            (data_dir / name).mkdir(parents=True)
            files = _photos(data / name)
            kept = 0
            for i, path in enumerate(files):
                if kept == per_class:
                    held_out[name] = files[i:]
                    break
                jpeg = _intake(path, max_bytes=max_bytes, max_pixels=max_pixels, max_side=max_side)
                if jpeg is not None:
                    (data_dir / name / f"{len(classes) * kept + classes.index(name)}.jpg").write_bytes(jpeg)
                    kept += 1
            held_out.setdefault(name, [])
        spec = trainer.TrainSpec(
            data_dir=data_dir,
            epochs=epochs,
            image_size=image_size,
            batch_size=batch_size,
            threads=threads,
            max_bytes=max_bytes,
            max_pixels=max_pixels,
        )
        t0 = time.monotonic()
        manifest = trainer.train(spec, out_parent=tmp / "models", folder="job-0", report=lambda p: False)
        wall = time.monotonic() - t0
        rss_peak = _rss_mb()
        log(f"trained in {wall:.1f} s; peak RSS {rss_peak:.0f} MB")
        figures = {
            "photos": {c: len(list((data_dir / c).iterdir())) for c in classes},
            "epochs": epochs,
            "image_size": image_size,
            "threads": threads,
            "wall_seconds": round(wall, 1),
            "fit_seconds": round(sum(h["seconds"] for h in manifest["metrics"]["history"]), 1),
            "rss_start_mb": round(rss_start, 0),
            "rss_peak_mb": round(rss_peak, 0),
            "valid_error_rate": manifest["metrics"]["error_rate"],
            "n_valid": manifest["card"]["n_valid"],
            "gate_rows": len(manifest["gate"]["rows"]),
            "gate_threshold": manifest["gate"]["threshold"],
        }
        figures.update(_gate_figures(tmp / "models" / "job-0", manifest, held_out, ood, data.parent))
    return figures


def _predict(session, manifest: dict, paths: list[Path]) -> tuple[np.ndarray, np.ndarray]:
    from PIL import Image

    from classifier import ood
    from classifier.preprocess import batch_from_images

    heads, masses = [], []
    for i in range(0, len(paths), 16):
        images = []
        for p in paths[i : i + 16]:
            with Image.open(p) as im:
                images.append(im.convert("RGB"))
        head, imagenet = session.run(
            None, {"input": batch_from_images(images, "squish", manifest["image_size"])}
        )
        heads.append(ood.softmax(head))
        masses.append(gate.domain_mass(ood.softmax(imagenet), manifest["gate"]["rows"]))
    if not heads:
        return np.zeros((0, len(manifest["vocab"]))), np.zeros(0)
    return np.concatenate(heads), np.concatenate(masses)


def _gate_figures(model_dir: Path, manifest: dict, held_out: dict, ood_dir: Path | None, root: Path) -> dict:
    from classifier import ood
    from studyguide.modelfiles import onnx_session

    session = onnx_session(model_dir / trainer.ONNX)
    thr = manifest["gate"]["threshold"]
    out: dict = {}
    ids = [(c, p) for c, paths in held_out.items() for p in paths]
    if ids:
        probs, mass = _predict(session, manifest, [p for _, p in ids])
        truth = np.array([manifest["vocab"].index(c) for c, _ in ids])
        out["held_out_photos"] = len(ids)
        out["held_out_accuracy"] = round(float((probs.argmax(1) == truth).mean()), 4)
        out["held_out_rejected_by_gate"] = round(float((~ood.in_domain(mass, thr)).mean()), 4)
    if ood_dir is not None and ood_dir.is_dir():
        cats = _cats(root)
        for group in sorted(d for d in ood_dir.iterdir() if d.is_dir()):
            paths = _photos(group)
            probs, mass = _predict(session, manifest, paths)
            out[f"ood_{group.name}_photos"] = len(paths)
            out[f"ood_{group.name}_accepted_by_gate"] = round(float(ood.in_domain(mass, thr).mean()), 4)
            is_cat = np.array([f"{ood_dir.name}/{group.name}/{p.name}" in cats for p in paths], dtype=bool)
            if is_cat.any():
                sure = probs.max(1) >= 0.9
                out["cats"] = int(is_cat.sum())
                out["cats_head_at_least_90pct"] = int((is_cat & sure).sum())
                out["cats_accepted_by_gate"] = int((is_cat & ood.in_domain(mass, thr)).sum())
    return out
