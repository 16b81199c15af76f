"""Image preprocessing shared by the fastai learner and the plain ONNX Runtime path.

Pure module: PIL and numpy only (no Django, no torch). Both paths call these functions, so the
probabilities of `learn.predict` and of the page's service path agree.

Two modes:

- ``short_side`` (built-in model): resize so the shorter side is 256 px, then centre-crop 224 x 224.
- ``squish`` (models trained with ``train_classifier``): squish the whole image to 256 x 256, then
  centre-crop 224 x 224. This is what fastai's ``RandomResizedCrop(224)`` does on the validation set.

A student's project can be trained at another ``size``; ``squish`` then follows fastai's rule for the
extra margin (``val_xtra=0.14`` of the size, rounded up to a multiple of 8: 224 -> 256, 64 -> 72).
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

RESIZE = 256
CROP = 224
MEAN = 0.5
STD = 0.5
MODES = ("short_side", "squish")


def squish_size(crop: int) -> int:
    """The side fastai's validation ``RandomResizedCrop(crop)`` squishes to before its centre crop."""
    return crop + math.ceil(crop * 0.14 / 8) * 8


def resize_for_model(img: Image.Image, mode: str = "short_side", crop: int = CROP) -> Image.Image:
    """Return the ``crop`` x ``crop`` RGB image the network sees (224 x 224 unless a project says so).

    Memory stays bounded whatever the upload's shape: ``short_side`` resizes only the source region that ends
    up in the crop (Pillow's ``box``), never the whole image. Without that, a 20 000 x 1 PNG was first scaled
    up to 5 120 000 x 256 pixels (about 4 GB). The pixels are the same as resizing everything and then
    cropping: Pillow samples the source at the same positions with the same filter.
    """
    if mode not in MODES:
        raise ValueError(f"unknown preprocessing mode {mode!r}")
    img = img.convert("RGB") if img.mode != "RGB" else img
    w, h = img.size
    if mode == "squish":
        side = squish_size(crop)
        if (w, h) != (side, side):
            img = img.resize((side, side), Image.BILINEAR)  # bounded: always side x side
        left = top = (side - crop) // 2
        return img.crop((left, top, left + crop, top + crop))
    if w <= h:
        size = (RESIZE, max(RESIZE, round(h * RESIZE / w)))
    else:
        size = (max(RESIZE, round(w * RESIZE / h)), RESIZE)
    left, top = (size[0] - crop) // 2, (size[1] - crop) // 2
    if size == (w, h):
        return img.crop((left, top, left + crop, top + crop))
    # The crop window of the resized image, in source coordinates.
    sx, sy = w / size[0], h / size[1]
    box = (left * sx, top * sy, (left + crop) * sx, (top + crop) * sy)
    return img.resize((crop, crop), Image.BILINEAR, box=box)


def to_array(img: Image.Image) -> np.ndarray:
    """A 224 x 224 RGB image -> float32 array (3, H, W) normalised with mean = std = 0.5."""
    arr = np.asarray(img.convert("RGB"), dtype=np.float32)
    arr = (arr * (1.0 / 255.0) - MEAN) / STD
    return np.ascontiguousarray(arr.transpose(2, 0, 1))


def batch_from_images(images: list[Image.Image], mode: str = "short_side", crop: int = CROP) -> np.ndarray:
    """Preprocess a list of images into one (N, 3, crop, crop) float32 batch."""
    return np.stack([to_array(resize_for_model(im, mode, crop)) for im in images])
