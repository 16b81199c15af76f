"""fastai's resize transforms re-done with PIL: the resize lab runs in a web worker without torch or fastai.

The geometry follows fastai 2.8 (``fastai.vision.augment``): ``Resize`` with the crop, pad and squish
methods at validation time (centred), and ``RandomResizedCrop`` at training time (a random area and aspect
ratio drawn with Python's ``random``, in the same order as fastai, so a seed gives the same crop). Every
crop, pad and resize is one PIL call, as in fastai, so the pixels are the same too:
``tests/classifier/test_resizing.py`` compares them with fastai's own output. No Django, no torch.
"""

from __future__ import annotations

import math
import random

from PIL import Image


def _crop_pad(
    img: Image.Image,
    size: tuple[int, int],
    top_left: tuple[int, int],
    resize_to: tuple[int, int] | None = None,
) -> Image.Image:
    """Cut the ``size`` window at ``top_left`` (which may reach outside the image: that part becomes black),
    then resize it to ``resize_to`` with bilinear filtering (fastai's ``crop_pad`` with zero padding)."""
    w, h = img.size
    (cw, ch), (left, top) = size, top_left
    if left >= 0 or top >= 0 or left + cw <= w or top + ch <= h:  # at least one side lies inside
        img = img.crop((max(left, 0), max(top, 0), min(left + cw, w), min(top + ch, h)))
    pad_l, pad_t = max(-left, 0), max(-top, 0)
    pad_r, pad_b = max(cw - w + left, 0), max(ch - h + top, 0)
    if pad_l or pad_t or pad_r or pad_b:
        canvas = Image.new(img.mode, (img.width + pad_l + pad_r, img.height + pad_t + pad_b))
        canvas.paste(img, (pad_l, pad_t))
        img = canvas
    if resize_to is not None:
        img = img.resize(resize_to, Image.BILINEAR)
    return img


def resize(img: Image.Image, size: int, method: str) -> Image.Image:
    """``Resize(size, method)`` as fastai applies it to validation images: crop, pad (black) or squish."""
    if method == "squish":
        return _crop_pad(img, img.size, (0, 0), resize_to=(size, size))
    if method not in ("crop", "pad"):
        raise ValueError(f"unknown resize method {method!r}")
    w, h = img.size
    # crop: scale by the side that fits, so the window lies inside; pad: by the other, so the image fits.
    rw, rh = w / size, h / size
    m = (rw if rw < rh else rh) if method == "crop" else (rw if rw > rh else rh)
    cw, ch = int(m * size), int(m * size)
    top_left = (int(0.5 * (w - cw)), int(0.5 * (h - ch)))
    return _crop_pad(img, (cw, ch), top_left, resize_to=(size, size))


def random_resized_crop(
    img: Image.Image,
    size: int,
    rng: random.Random,
    min_scale: float = 0.08,
    max_scale: float = 1.0,
    ratio: tuple[float, float] = (3 / 4, 4 / 3),
) -> Image.Image:
    """``RandomResizedCrop(size, min_scale)`` at training time: a random share of the area with a random
    aspect ratio (ten tries), else the widest centred window of an allowed ratio; resized to ``size``."""
    w, h = img.size
    for _ in range(10):
        area = rng.uniform(min_scale, max_scale) * w * h
        r = math.exp(rng.uniform(math.log(ratio[0]), math.log(ratio[1])))
        nw, nh = int(round(math.sqrt(area * r))), int(round(math.sqrt(area / r)))
        if nw <= w and nh <= h:
            top_left = (rng.randint(0, w - nw), rng.randint(0, h - nh))
            return _crop_pad(img, (nw, nh), top_left, resize_to=(size, size))
    if w / h < ratio[0]:
        cw, ch = w, int(w / ratio[0])
    elif w / h > ratio[1]:
        cw, ch = int(h * ratio[1]), h
    else:
        cw, ch = w, h
    return _crop_pad(img, (cw, ch), ((w - cw) // 2, (h - ch) // 2), resize_to=(size, size))
