"""Turn untrusted upload bytes into a plain RGB PIL image, or a clear error message.

Pure module (PIL and numpy only). Never unpickles anything; only raster formats Pillow decodes are
accepted. Every failure is an ``ImageRejected`` whose message is safe to show to the user.
"""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF")
# A photo is never a thin strip: a long side more than this many times the short one is refused (a 143-byte
# 20 000 x 1 PNG is a denial-of-service probe, not a bear).
MAX_ASPECT_RATIO = 20

# Text-based formats that sometimes arrive with an image extension or content type.
_MARKUP_PREFIXES = (b"<?xml", b"<svg", b"<!doctype", b"<html", b"<head", b"<body", b"<!--", b"<script")


class ImageRejected(ValueError):
    """The upload is not something we will run through the model. ``str(exc)`` is user-facing."""


def _looks_like_markup(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(_MARKUP_PREFIXES):
        return True
    return b"<svg" in text[:1024] or b"<html" in text[:1024]


def _to_rgb(img: Image.Image) -> Image.Image:
    """Flatten any Pillow mode (CMYK, 16-bit, alpha, palette, 1-bit) to 8-bit RGB."""
    mode = img.mode
    if mode == "RGB":
        return img
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        arr = np.asarray(img, dtype=np.float64)
        hi = 65535.0 if mode.startswith("I;16") or arr.max() > 255 else 255.0
        arr = np.clip(arr / hi * 255.0, 0, 255).astype(np.uint8)
        return Image.fromarray(arr).convert("RGB")
    if mode == "F":
        arr = np.asarray(img, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        arr = (arr - lo) / (hi - lo or 1.0) * 255.0
        return Image.fromarray(arr.astype(np.uint8)).convert("RGB")
    if mode == "P" and "transparency" in img.info:
        img = img.convert("RGBA")
        mode = "RGBA"
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = img.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return img.convert("RGB")


def _refuse_if_too_large(n_bytes: int, max_bytes: int) -> None:
    """The one upload size rule and its message."""
    if n_bytes > max_bytes:
        raise ImageRejected(
            f"The file is {n_bytes / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB."
        )


def load_upload(upload, *, max_bytes: int, max_pixels: int) -> Image.Image:
    """Decode an uploaded file (anything with ``read()``, ideally ``size``) like ``load_image``.

    A file whose declared size is over the limit is refused before it is read, with its real size in the
    message; otherwise at most ``max_bytes + 1`` bytes are read, so a file that lies about its size is
    still refused without being read whole.
    """
    size = getattr(upload, "size", None)
    if size is not None:
        _refuse_if_too_large(size, max_bytes)
    return load_image(upload.read(max_bytes + 1), max_bytes=max_bytes, max_pixels=max_pixels)


def load_image(data: bytes, *, max_bytes: int, max_pixels: int) -> Image.Image:
    """Decode upload bytes safely and return an RGB image with EXIF orientation applied.

    The limits come from settings (``CLASSIFIER_MAX_UPLOAD_BYTES``, ``CLASSIFIER_MAX_PIXELS``); callers pass
    them so this module stays free of Django.
    """
    if not data:
        raise ImageRejected("The file is empty (0 bytes). Please choose a photo.")
    _refuse_if_too_large(len(data), max_bytes)
    if _looks_like_markup(data[:2048]):
        raise ImageRejected(
            "This looks like SVG or HTML (text), not a photo. Please upload a JPEG, PNG, GIF or WebP."
        )
    with warnings.catch_warnings():
        # Pillow only *warns* between MAX_IMAGE_PIXELS and 2x that; we treat the warning as an error.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
        except UnidentifiedImageError:
            raise ImageRejected(
                "This file is not an image we can read. Please upload a JPEG, PNG, GIF or WebP."
            ) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRejected("The image has too many pixels to be processed safely.") from None
        except Exception:  # noqa: BLE001 - any decoder failure is a bad upload, never a 500
            raise ImageRejected("This file could not be read as an image.") from None
        w, h = img.size
        if w < 1 or h < 1:
            raise ImageRejected("The image has no pixels.")
        if max(w, h) > MAX_ASPECT_RATIO * min(w, h):
            raise ImageRejected(
                f"The image is {w} x {h} pixels: one side is more than {MAX_ASPECT_RATIO} times the other. "
                "That is a strip, not a photo; please crop it closer to a normal shape and try again."
            )
        if w * h > max_pixels:
            raise ImageRejected(
                f"The image is {w} x {h} = {w * h / 1e6:.0f} megapixels; the limit is "
                f"{max_pixels / 1e6:.0f} megapixels (this protects the server from decompression bombs)."
            )
        try:
            if getattr(img, "is_animated", False):
                img.seek(0)  # animated GIF / WebP: classify the first frame
            img.load()
            img = ImageOps.exif_transpose(img)
            img = _to_rgb(img)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRejected("The image has too many pixels to be processed safely.") from None
        except OSError as exc:
            if "truncated" in str(exc).lower():
                raise ImageRejected(
                    "The image file is truncated (incomplete). Please upload it again."
                ) from None
            raise ImageRejected("The image data is damaged and could not be decoded.") from None
        except Exception:  # noqa: BLE001
            raise ImageRejected("The image data is damaged and could not be decoded.") from None
    return img


def thumbnail_jpeg(img: Image.Image, short_side: int = 256, quality: int = 88) -> bytes:
    """Shrink so the shorter side is at most ``short_side`` and encode as JPEG (for the session)."""
    w, h = img.size
    scale = short_side / min(w, h)
    if scale < 1:
        img = img.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.BILINEAR)
    # Very elongated images would still be big: cap the long side too.
    if max(img.size) > short_side * 3:
        img = img.copy()
        img.thumbnail((short_side * 3, short_side * 3), Image.BILINEAR)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()
