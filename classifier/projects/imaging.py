"""Re-encode a decoded upload for storage, and make its thumbnail (pure: PIL only).

The raw upload bytes are never stored: ``safe_image.load_image`` decodes them to plain RGB pixels and
this module writes new JPEG files from those pixels, so metadata, trailing data and anything else a
crafted file might carry is left behind.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

THUMB_SIDE = 160
JPEG_QUALITY = 90


@dataclass(frozen=True)
class Encoded:
    image: bytes
    thumb: bytes
    width: int
    height: int


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def encode_for_storage(img: Image.Image, *, max_side: int) -> Encoded:
    """A JPEG no larger than ``max_side`` on its longest side (training never needs more) and a thumbnail."""
    img = img.convert("RGB")
    if max(img.size) > max_side:
        img = img.copy()
        img.thumbnail((max_side, max_side), Image.LANCZOS)
    thumb = img.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.BILINEAR)
    return Encoded(image=_jpeg(img, JPEG_QUALITY), thumb=_jpeg(thumb, 82), width=img.width, height=img.height)
