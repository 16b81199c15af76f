import io
import warnings

import numpy as np
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from classifier import safe_image
from classifier.safe_image import ImageRejected, load_upload, thumbnail_jpeg
from tests.classifier import images


def load_image(data: bytes, **limits):
    """``safe_image.load_image`` with the configured limits, as the site calls it (a test may set one)."""
    limits = {
        "max_bytes": settings.CLASSIFIER_MAX_UPLOAD_BYTES,
        "max_pixels": settings.CLASSIFIER_MAX_PIXELS,
        **limits,
    }
    return safe_image.load_image(data, **limits)


def test_plain_jpeg_loads_as_rgb():
    img = load_image(images.jpeg(320, 240))
    assert img.mode == "RGB" and img.size == (320, 240)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"hello, I am a text file, not a picture at all", "not an image"),
        (images.truncated_jpeg(), "truncated"),
        (images.SVG, "SVG or HTML"),
        (images.HTML, "SVG or HTML"),
        (b"\xef\xbb\xbf  <svg xmlns='http://www.w3.org/2000/svg'/>", "SVG or HTML"),
    ],
    ids=["zero-bytes", "not-an-image", "truncated-jpeg", "svg", "html", "svg-with-bom"],
)
def test_bad_files_get_a_clear_message(data, message):
    with pytest.raises(ImageRejected, match=message):
        load_image(data)


def test_over_the_size_limit():
    with pytest.raises(ImageRejected, match="limit is 1 MB"):
        load_image(b"\xff\xd8" + b"0" * (1024 * 1024 + 10), max_bytes=1024 * 1024)


class _Unreadable:
    """An upload that declares its size and must not be read."""

    size = 3 * 1024 * 1024

    def read(self, *args):
        raise AssertionError("an upload over the limit was read")


def test_an_upload_over_the_limit_is_refused_with_its_real_size_before_it_is_read():
    with pytest.raises(ImageRejected, match=r"The file is 3\.0 MB; the limit is 1 MB"):
        load_upload(_Unreadable(), max_bytes=1024 * 1024, max_pixels=40_000_000)


def test_an_upload_that_hides_its_size_is_read_only_up_to_the_limit():
    upload = SimpleUploadedFile("big.jpg", b"\xff\xd8" + b"0" * (2 * 1024 * 1024))
    upload.size = None
    with pytest.raises(ImageRejected, match="limit is 1 MB"):
        load_upload(upload, max_bytes=1024 * 1024, max_pixels=40_000_000)
    assert upload.tell() == 1024 * 1024 + 1


def test_an_upload_within_the_limits_decodes_like_its_bytes():
    data = images.jpeg(320, 240)
    img = load_upload(SimpleUploadedFile("ok.jpg", data), max_bytes=len(data), max_pixels=320 * 240)
    assert img.size == (320, 240) and img.tobytes() == load_image(data).tobytes()


def test_decompression_bomb_is_refused_before_decoding():
    data = images.bomb_png(9000)  # 81 megapixels in a few kB
    assert len(data) < 200_000
    with pytest.raises(ImageRejected, match="megapixels"):
        load_image(data, max_pixels=40_000_000)


def test_pillow_bomb_warning_is_an_error(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # 60*40 = 2400 > 1000 -> Pillow would only warn
    data = images.encode(Image.new("RGB", (60, 40)), "PNG")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ImageRejected, match="too many pixels"):
            load_image(data)


def test_animated_gif_uses_the_first_frame():
    img = load_image(images.animated_gif())
    assert img.mode == "RGB"
    r, g, b = img.getpixel((5, 5))
    assert r > 200 and b < 50


def test_cmyk_is_converted_to_rgb():
    img = load_image(images.cmyk_jpeg())
    r, g, b = img.getpixel((10, 10))
    assert img.mode == "RGB" and r > 200 and g < 60 and b < 60


def test_16_bit_png_is_scaled_not_clipped():
    img = load_image(images.png_16bit())
    value = img.getpixel((3, 3))
    assert img.mode == "RGB" and 120 <= value[0] <= 135


def test_alpha_is_composited_on_white():
    img = load_image(images.rgba_png())
    assert img.mode == "RGB" and img.getpixel((1, 1)) == (255, 255, 255)


def test_palette_with_transparency():
    pal = Image.new("P", (20, 20), 0)
    pal.info["transparency"] = 0
    img = load_image(images.encode(pal, "PNG", transparency=0))
    assert img.mode == "RGB" and img.getpixel((0, 0)) == (255, 255, 255)


def test_exif_rotation_is_respected():
    img = load_image(images.exif_rotated_jpeg())
    assert img.size == (20, 60)


def test_thumbnail_is_small():
    big = images.photo(1200, 900)
    data = thumbnail_jpeg(big, 256)
    with Image.open(io.BytesIO(data)) as im:
        assert min(im.size) == 256
    assert len(data) < 120_000
    assert np.asarray(Image.open(io.BytesIO(data))).shape[2] == 3
