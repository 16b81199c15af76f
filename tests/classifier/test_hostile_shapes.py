"""Issue 12, finding 1: a tiny PNG of 20 000 x 1 pixels made a worker allocate over 5 GB (the short side was
scaled up to 256 with no cap on the long side). Every image the preprocessing builds must stay small, and
strips are refused with a message.

The spy below refuses (raises) any resize whose output would be larger than a bound *before* Pillow
allocates it, so the unfixed code fails these tests instead of exhausting the machine's memory.
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from classifier import preprocess
from classifier.safe_image import MAX_ASPECT_RATIO, ImageRejected, load_image, thumbnail_jpeg

BOUND = preprocess.RESIZE * preprocess.RESIZE * 4  # a generous fixed bound: 262 144 pixels, about 0.8 MB RGB


def strip_png(w: int, h: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (w, h), (90, 60, 30)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def resize_spy(monkeypatch):
    """Record the output size of every ``Image.resize``/``thumbnail`` and refuse one over ``BOUND``."""
    sizes: list[tuple[int, int]] = []
    real_resize = Image.Image.resize

    def resize(self, size, *args, **kwargs):
        w, h = int(size[0]), int(size[1])
        sizes.append((w, h))
        if w * h > BOUND:
            raise AssertionError(f"resize of {self.size} to {w} x {h} = {w * h:,} pixels")
        return real_resize(self, size, *args, **kwargs)

    monkeypatch.setattr(Image.Image, "resize", resize)
    return sizes


@pytest.mark.parametrize("size", [(20_000, 1), (100_000, 1), (1, 20_000), (4000, 200), (200, 4000)])
@pytest.mark.parametrize("mode", preprocess.MODES)
def test_preprocessing_builds_nothing_larger_than_a_fixed_bound(resize_spy, size, mode):
    img = Image.open(io.BytesIO(strip_png(*size)))  # decoded from a real PNG, as an upload would be
    out = preprocess.resize_for_model(img, mode)
    assert out.size == (preprocess.CROP, preprocess.CROP)
    assert resize_spy and all(w * h <= BOUND for w, h in resize_spy)
    assert preprocess.to_array(out).shape == (3, preprocess.CROP, preprocess.CROP)


@pytest.mark.parametrize("size", [(20_000, 1), (100_000, 1)])
def test_the_session_thumbnail_of_a_strip_is_small(resize_spy, size):
    jpeg = thumbnail_jpeg(Image.new("RGB", size, (1, 2, 3)))
    w, h = Image.open(io.BytesIO(jpeg)).size
    assert w * h <= BOUND


@pytest.mark.parametrize("size", [(20_000, 1), (100_000, 1), (1, 21), (2101, 100)])
def test_strips_are_refused_with_a_clear_message(size):
    data = strip_png(*size)
    assert len(data) < 2_000  # a tiny file: the attack costs the sender nothing
    with pytest.raises(ImageRejected, match=f"more than {MAX_ASPECT_RATIO} times the other"):
        load_image(data, max_bytes=8 << 20, max_pixels=40_000_000)


def test_twenty_to_one_is_still_a_photo():
    assert load_image(strip_png(2000, 100), max_bytes=8 << 20, max_pixels=40_000_000).size == (2000, 100)


@pytest.mark.django_db
@pytest.mark.parametrize("size", [(20_000, 1), (100_000, 1)])
def test_an_anonymous_strip_upload_is_a_422_and_allocates_nothing_big(
    client, builtin_version, resize_spy, size
):
    upload = SimpleUploadedFile("strip.png", strip_png(*size), content_type="image/png")
    response = client.post(reverse("classifier:index"), {"image": upload}, HTTP_HX_REQUEST="true")
    assert response.status_code == 422
    assert "That is a strip, not a photo" in response.content.decode()
    assert all(w * h <= BOUND for w, h in resize_spy)
