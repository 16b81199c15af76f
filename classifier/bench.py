"""Latency benchmark of one model version, all in one process at one thread (no Django).

(a) service path: JPEG bytes -> safe decode -> preprocess -> ONNX Runtime forward -> softmax + OOD verdict
(b) fastai ``learn.predict`` on the exported learner (same bytes, decoded by fastai)
(c) the bare ONNX Runtime forward on an already preprocessed (1, 3, 224, 224) array
plus images/s for a batch of 16 through the ONNX forward, and the peak RSS of the process.
"""

from __future__ import annotations

import io
import resource
import statistics
import time
from pathlib import Path

import numpy as np


def sample_jpeg(size: int = 224, seed: int = 0) -> bytes:
    """A deterministic synthetic 224 x 224 photo-like JPEG (gradients + noise + a dark blob)."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:size, 0:size]
    arr = np.stack([90 + xx * 0.5, 120 + yy * 0.3, 60 + (xx + yy) * 0.2], axis=-1)
    arr = np.clip(arr + rng.normal(0, 12, arr.shape), 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    draw = ImageDraw.Draw(img)
    draw.ellipse((50, 60, 170, 190), fill=(70, 45, 25))
    draw.ellipse((60, 30, 110, 80), fill=(70, 45, 25))
    draw.ellipse((120, 30, 170, 80), fill=(70, 45, 25))
    img = img.filter(ImageFilter.GaussianBlur(1.5))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def _timeit(fn, n: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000.0)
    return out


def _pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def run_bench(
    model_dir: Path,
    *,
    max_bytes: int,
    max_pixels: int,
    learner_sha256: str | None = None,
    onnx_sha256: str | None = None,
    n: int = 40,
    warmup: int = 5,
    threshold: float = 0.25,
    sure_threshold: float = 0.8,
) -> dict:
    import torch

    torch.set_num_threads(1)
    torch.set_num_interop_threads(1) if torch.get_num_interop_threads() != 1 else None
    from classifier.build import load_learner_checked
    from classifier.preprocess import resize_for_model, to_array
    from classifier.runtime import ClassifierRuntime
    from classifier.safe_image import load_image

    rt = ClassifierRuntime(model_dir, onnx_sha256, threshold, sure_threshold)
    learn = load_learner_checked(model_dir, learner_sha256)
    data = sample_jpeg()

    def service():
        img = load_image(data, max_bytes=max_bytes, max_pixels=max_pixels)
        return rt.predict_image(img)

    x = to_array(resize_for_model(load_image(data, max_bytes=max_bytes, max_pixels=max_pixels), rt.mode))[
        None
    ]

    def forward():
        return rt.forward(x)

    from fastai.vision.core import PILImage

    def predict():
        with learn.no_bar(), learn.no_logging():
            return learn.predict(PILImage.create(data))

    # Interleave the three paths in rounds so background load affects them alike.
    service_t, forward_t, predict_t = [], [], []
    for _ in range(warmup):
        service(), forward(), predict()
    rounds = 4
    for _ in range(rounds):
        service_t += _timeit(service, n // rounds, 0)
        forward_t += _timeit(forward, n // rounds, 0)
        predict_t += _timeit(predict, max(2, n // (2 * rounds)), 0)

    batch = np.repeat(x, 16, axis=0)
    batch_t = _timeit(lambda: rt.forward(batch), 5, 1)
    s50, f50, p50 = _pct(service_t, 50), _pct(forward_t, 50), _pct(predict_t, 50)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "service_p50_ms": round(s50, 2),
        "service_p90_ms": round(_pct(service_t, 90), 2),
        "predict_p50_ms": round(p50, 2),
        "predict_p90_ms": round(_pct(predict_t, 90), 2),
        "forward_p50_ms": round(f50, 2),
        "forward_p90_ms": round(_pct(forward_t, 90), 2),
        "speedup_vs_predict": round(p50 / s50, 2),
        "overhead_vs_forward": round(s50 / f50, 3),
        "batch16_img_per_s": round(16 / (statistics.median(batch_t) / 1000.0), 1),
        "rss_mb": round(rss_kb / 1024.0, 1),
        "runtime": "onnxruntime (intra_op_num_threads=1)",
        "tta_flip": bool(rt.manifest.get("tta_flip")),
    }
