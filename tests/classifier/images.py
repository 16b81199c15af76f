"""Generated test images (no photos): helpers shared by the classifier tests."""

import io

import numpy as np
from PIL import Image


def encode(img: Image.Image, fmt: str = "JPEG", **kwargs) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kwargs)
    return buf.getvalue()


def photo(w: int = 320, h: int = 240, seed: int = 0, color=(120, 90, 60)) -> Image.Image:
    rng = np.random.default_rng(seed)
    arr = np.clip(np.array(color) + rng.normal(0, 25, (h, w, 3)), 0, 255).astype(np.uint8)
    return Image.fromarray(arr)


def jpeg(w: int = 320, h: int = 240, seed: int = 0, color=(120, 90, 60)) -> bytes:
    return encode(photo(w, h, seed, color), "JPEG", quality=90)


def truncated_jpeg() -> bytes:
    data = jpeg(400, 300)
    return data[: len(data) // 2]


def animated_gif() -> bytes:
    frames = [Image.new("RGB", (40, 30), (255, 0, 0)), Image.new("RGB", (40, 30), (0, 0, 255))]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


def cmyk_jpeg() -> bytes:
    return encode(Image.new("CMYK", (50, 40), (0, 255, 255, 0)), "JPEG")  # pure red in CMYK


def png_16bit() -> bytes:
    arr = np.full((30, 40), 65535 // 2, dtype=np.uint16)
    return encode(Image.fromarray(arr), "PNG")


def rgba_png() -> bytes:
    img = Image.new("RGBA", (40, 30), (255, 0, 0, 0))  # fully transparent red
    return encode(img, "PNG")


def exif_rotated_jpeg() -> bytes:
    """A 60 x 20 landscape image whose EXIF says 'rotate 90 degrees' (orientation 6)."""
    img = Image.new("RGB", (60, 20), (10, 200, 10))
    exif = Image.Exif()
    exif[0x0112] = 6
    return encode(img, "JPEG", exif=exif)


def bomb_png(side: int = 9000) -> bytes:
    """A small file that decodes to side*side pixels."""
    return encode(Image.new("1", (side, side)), "PNG")


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<rect width="10" height="10"/></svg>'
)
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
