"""Image preprocessing shared by the fastai learner and the plain ONNX Runtime path.

Pure module: PIL and numpy only (no Django, no torch). Both paths call these functions, so the
probabilities of `learn.predict` and of the page's service path agree.

Two modes:

- ``short_side`` (built-in model): resize so the shorter side is 256 px, then centre-crop 224 x 224.
- ``squish`` (models trained with ``train_classifier``): squish the whole image to 256 x 256, then
  centre-crop 224 x 224. This is what fastai's ``RandomResizedCrop(224)`` does on the validation set.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

RESIZE = 256
CROP = 224
MEAN = 0.5
STD = 0.5
MODES = ("short_side", "squish")


def resize_for_model(img: Image.Image, mode: str = "short_side") -> Image.Image:
    """Return the 224 x 224 RGB crop the network sees.

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
        if (w, h) != (RESIZE, RESIZE):
            img = img.resize((RESIZE, RESIZE), Image.BILINEAR)  # bounded: always 256 x 256
        left = top = (RESIZE - CROP) // 2
        return img.crop((left, top, left + CROP, top + CROP))
    if w <= h:
        size = (RESIZE, max(RESIZE, round(h * RESIZE / w)))
    else:
        size = (max(RESIZE, round(w * RESIZE / h)), RESIZE)
    left, top = (size[0] - CROP) // 2, (size[1] - CROP) // 2
    if size == (w, h):
        return img.crop((left, top, left + CROP, top + CROP))
    # The crop window of the resized image, in source coordinates.
    sx, sy = w / size[0], h / size[1]
    box = (left * sx, top * sy, (left + CROP) * sx, (top + CROP) * sy)
    return img.resize((CROP, CROP), Image.BILINEAR, box=box)


def to_array(img: Image.Image) -> np.ndarray:
    """A 224 x 224 RGB image -> float32 array (3, H, W) normalised with mean = std = 0.5."""
    arr = np.asarray(img.convert("RGB"), dtype=np.float32)
    arr = (arr * (1.0 / 255.0) - MEAN) / STD
    return np.ascontiguousarray(arr.transpose(2, 0, 1))


def batch_from_images(images: list[Image.Image], mode: str = "short_side") -> np.ndarray:
    """Preprocess a list of images into one (N, 3, 224, 224) float32 batch."""
    return np.stack([to_array(resize_for_model(im, mode)) for im in images])
