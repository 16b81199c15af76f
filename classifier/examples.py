"""Synthetic example images for the gallery, drawn with PIL (no photos are shipped). No Django.

``python -c "from classifier.examples import write_examples; write_examples('static/classifier/examples')"``
regenerates the files in ``static/classifier/examples/``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

EXAMPLES = {
    "drawn-teddy": "A drawn teddy bear (circles)",
    "brown-blob": "A brown blob in a green field",
    "night-sky": "Stars at night",
    "stripes": "Stripes",
    "sunset": "A sunset gradient",
    "checkerboard": "A checkerboard",
}


def _noise(rng, shape, scale):
    return rng.normal(0, scale, shape)


def draw_example(name: str, size: int = 256) -> Image.Image:
    rng = np.random.default_rng(len(name))
    if name == "drawn-teddy":
        img = Image.new("RGB", (size, size), (236, 232, 222))
        d = ImageDraw.Draw(img)
        fur, light, dark = (150, 100, 55), (205, 160, 110), (40, 25, 15)
        d.ellipse((58, 120, 198, 250), fill=fur)  # body
        d.ellipse((88, 150, 168, 230), fill=light)  # tummy
        d.ellipse((60, 30, 100, 70), fill=fur)  # ears
        d.ellipse((156, 30, 196, 70), fill=fur)
        d.ellipse((70, 40, 90, 60), fill=light)
        d.ellipse((166, 40, 186, 60), fill=light)
        d.ellipse((68, 40, 188, 150), fill=fur)  # head
        d.ellipse((103, 90, 153, 135), fill=light)  # muzzle
        d.ellipse((98, 72, 110, 84), fill=dark)  # eyes
        d.ellipse((146, 72, 158, 84), fill=dark)
        d.ellipse((118, 96, 138, 110), fill=dark)  # nose
        d.ellipse((30, 140, 80, 190), fill=fur)  # arms
        d.ellipse((176, 140, 226, 190), fill=fur)
        return img.filter(ImageFilter.GaussianBlur(1.2))
    if name == "brown-blob":
        arr = np.zeros((size, size, 3)) + np.array([70, 120, 50]) + _noise(rng, (size, size, 3), 18)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        d = ImageDraw.Draw(img)
        d.ellipse((60, 90, 200, 190), fill=(90, 60, 35))
        d.ellipse((170, 80, 225, 130), fill=(90, 60, 35))
        return img.filter(ImageFilter.GaussianBlur(2))
    if name == "night-sky":
        arr = np.zeros((size, size, 3)) + np.array([10, 12, 30])
        img = Image.fromarray(arr.astype(np.uint8))
        d = ImageDraw.Draw(img)
        for _ in range(120):
            x, y = rng.integers(0, size, 2)
            r = int(rng.integers(1, 3))
            d.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 230))
        return img
    if name == "stripes":
        yy, xx = np.mgrid[0:size, 0:size]
        on = ((xx + yy) // 16) % 2 == 0
        arr = np.where(on[..., None], np.array([220, 40, 40]), np.array([245, 245, 245]))
        return Image.fromarray(arr.astype(np.uint8))
    if name == "sunset":
        yy = np.linspace(0, 1, size)[:, None, None]
        top, bottom = np.array([40, 60, 150]), np.array([250, 140, 40])
        arr = top * (1 - yy) + bottom * yy + np.zeros((size, size, 3))
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        ImageDraw.Draw(img).ellipse((98, 150, 158, 210), fill=(255, 220, 120))
        return img
    if name == "checkerboard":
        yy, xx = np.mgrid[0:size, 0:size]
        on = ((xx // 32) + (yy // 32)) % 2 == 0
        return Image.fromarray(np.where(on, 20, 235).astype(np.uint8)).convert("RGB")
    raise KeyError(name)


def write_examples(folder) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in EXAMPLES:
        path = folder / f"{name}.jpg"
        draw_example(name).save(path, "JPEG", quality=85)
        out.append(path)
    return out
