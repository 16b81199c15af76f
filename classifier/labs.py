"""Domain-shift lab (corruptions at severity 1-5) and resize lab (fastai's resize methods).

No Django, no torch.

Corruptions are applied to the 224 x 224 crop the network sees. Most come from the PyPI package
``corrupt-tta`` (ImageNet-C style); darken/night, grayscale, rotation, occlusion and low resolution are
our own few lines of numpy / PIL.
"""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageEnhance, ImageOps

SEVERITIES = (1, 2, 3, 4, 5)


def _night(img: Image.Image, s: int) -> Image.Image:
    factor = (0.6, 0.45, 0.3, 0.2, 0.12)[s - 1]
    arr = np.asarray(ImageEnhance.Brightness(img).enhance(factor), dtype=np.float32)
    arr = arr * np.array([0.85, 0.9, 1.1], dtype=np.float32)  # a cold, bluish cast
    rng = np.random.default_rng(s)
    arr = arr + rng.normal(0, 3 + 2 * s, arr.shape)  # sensor noise in the dark
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _grayscale(img: Image.Image, s: int) -> Image.Image:
    amount = (0.2, 0.4, 0.6, 0.8, 1.0)[s - 1]
    gray = ImageOps.grayscale(img).convert("RGB")
    return Image.blend(img, gray, amount)


def _rotation(img: Image.Image, s: int) -> Image.Image:
    return img.rotate((15, 30, 45, 90, 180)[s - 1], resample=Image.BILINEAR, fillcolor=(0, 0, 0))


def _occlusion(img: Image.Image, s: int) -> Image.Image:
    frac = (0.1, 0.2, 0.3, 0.45, 0.6)[s - 1]  # share of the area hidden
    w, h = img.size
    side = int((frac * w * h) ** 0.5)
    out = img.copy()
    out.paste((0, 0, 0), ((w - side) // 2, (h - side) // 2, (w + side) // 2, (h + side) // 2))
    return out


def _low_res(img: Image.Image, s: int) -> Image.Image:
    px = (96, 64, 40, 24, 14)[s - 1]
    return img.resize((px, px), Image.BILINEAR).resize(img.size, Image.NEAREST)


def _from_corrupt_tta(name: str):
    def apply(img: Image.Image, s: int) -> Image.Image:
        from corrupt_tta import corrupt

        arr = np.asarray(corrupt(np.asarray(img), severity=s, corruption_name=name))
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))

    return apply


# name -> (label, function)
CORRUPTIONS = {
    "night": ("Darken / night", _night),
    "blur": ("Blur (Gaussian)", _from_corrupt_tta("gaussian_blur")),
    "motion_blur": ("Motion blur", _from_corrupt_tta("motion_blur")),
    "noise": ("Noise (Gaussian)", _from_corrupt_tta("gaussian_noise")),
    "jpeg": ("JPEG artefacts", _from_corrupt_tta("jpeg_compression")),
    "grayscale": ("Grayscale", _grayscale),
    "rotation": ("Rotation", _rotation),
    "occlusion": ("Occlusion (black square)", _occlusion),
    "low_res": ("Low resolution", _low_res),
    "fog": ("Fog", _from_corrupt_tta("fog")),
    "snow": ("Snow", _from_corrupt_tta("snow")),
    "contrast": ("Low contrast", _from_corrupt_tta("contrast")),
}


def corrupt(img224: Image.Image, name: str, severity: int) -> Image.Image:
    if name not in CORRUPTIONS:
        raise ValueError(f"unknown corruption {name!r}")
    if severity not in SEVERITIES:
        raise ValueError("severity must be 1-5")
    return CORRUPTIONS[name][1](img224.convert("RGB"), severity)


def severity_sweep(runtime, img: Image.Image, name: str):
    """Predictions at severity 0 (clean) to 5 for one corruption; returns (rows, images, clean label)."""
    from classifier.preprocess import resize_for_model

    base = resize_for_model(img, runtime.mode)
    images = [base] + [corrupt(base, name, s) for s in SEVERITIES]
    preds = [runtime.predict_prepared(im) for im in images]
    label = preds[0].label
    idx = runtime.vocab.index(label) if label in runtime.vocab else 0
    rows = [
        {
            "severity": s,
            "label": p.label,
            "prob_label": p.probs[idx],
            "top_prob": p.top_prob,
            "bear_mass": p.bear_mass,
            "verdict": p.verdict,
            "top1_imagenet": p.top5[0][0],
        }
        for s, p in zip((0, *SEVERITIES), preds, strict=True)
    ]
    return rows, images, label


def sweep_svg(rows: list[dict], threshold: float, width: int = 320, height: int = 160) -> str:
    """A small inline SVG line chart: head probability of the clean label and bear mass vs severity."""
    pad_l, pad_r, pad_t, pad_b = 34, 10, 10, 26
    iw, ih = width - pad_l - pad_r, height - pad_t - pad_b

    def x(s):
        return pad_l + iw * s / 5

    def y(v):
        return pad_t + ih * (1 - v)

    def path(key):
        return " ".join(
            f"{'M' if i == 0 else 'L'}{x(r['severity']):.1f},{y(r[key]):.1f}" for i, r in enumerate(rows)
        )

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" class="sweep-chart" '
        'aria-label="Confidence versus corruption severity">',
        f'<rect x="{pad_l}" y="{pad_t}" width="{iw}" height="{ih}" fill="none" stroke="#bbb"/>',
        f'<line x1="{pad_l}" x2="{pad_l + iw}" y1="{y(threshold):.1f}" y2="{y(threshold):.1f}" '
        'stroke="#c0392b" stroke-dasharray="4 3"/>',
    ]
    for v in (0, 0.5, 1):
        parts.append(
            f'<text x="{pad_l - 4}" y="{y(v) + 4:.1f}" font-size="10" text-anchor="end">{v:g}</text>'
        )
    for s in range(6):
        parts.append(f'<text x="{x(s):.1f}" y="{height - 10}" font-size="10" text-anchor="middle">{s}</text>')
    parts.append(
        f'<text x="{pad_l + iw / 2}" y="{height - 1}" font-size="9" text-anchor="middle">severity</text>'
    )
    parts.append(f'<path d="{path("prob_label")}" fill="none" stroke="#2458c6" stroke-width="2"/>')
    parts.append(
        f'<path d="{path("bear_mass")}" fill="none" stroke="#9c4f00" stroke-width="2" '
        'stroke-dasharray="5 2"/>'
    )
    for r in rows:
        parts.append(
            f'<circle cx="{x(r["severity"]):.1f}" cy="{y(r["prob_label"]):.1f}" r="2.5" fill="#2458c6"/>'
        )
        parts.append(
            f'<circle cx="{x(r["severity"]):.1f}" cy="{y(r["bear_mass"]):.1f}" r="2.5" fill="#9c4f00"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


RESIZE_METHODS = {
    "crop": "Resize(224, method='crop'): centre square, the edges are cut off",
    "pad": "Resize(224, method='pad', pad_mode='zeros'): whole image, black bars added",
    "squish": "Resize(224, method='squish'): whole image, aspect ratio distorted",
    "random_resized_crop": "RandomResizedCrop(224, min_scale=0.35): a random part, as in training",
}


def resize_variants(img: Image.Image, seed: int | None = None) -> list[tuple[str, str, Image.Image]]:
    """The same image through fastai's resize transforms (training-time behaviour for the random one), done
    with PIL by ``classifier.resizing`` so the lab needs neither torch nor fastai in the web worker."""
    from classifier import resizing

    rgb = img.convert("RGB")
    rng = random.Random(seed)  # noqa: S311 - a picture's crop, not a secret
    variants = {
        "crop": resizing.resize(rgb, 224, "crop"),
        "pad": resizing.resize(rgb, 224, "pad"),
        "squish": resizing.resize(rgb, 224, "squish"),
        "random_resized_crop": resizing.random_resized_crop(rgb, 224, rng, min_scale=0.35),
    }
    return [(key, RESIZE_METHODS[key], im.convert("RGB")) for key, im in variants.items()]


def to_jpeg_bytes(img: Image.Image, quality: int = 85) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()
