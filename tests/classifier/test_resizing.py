"""The resize lab's PIL transforms give fastai's own pixels (real fastai), and need no torch themselves."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from classifier import labs, resizing

# Wide, tall, square, tiny and odd-sized photos: each crop/pad branch and RandomResizedCrop's fallback.
SIZES = [(640, 480), (480, 640), (300, 300), (1001, 333), (97, 413), (40, 30), (224, 224), (225, 223)]


def photo(w: int, h: int, seed: int = 0) -> Image.Image:
    """Smooth gradients plus noise, so any shifted pixel shows up."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    arr = np.stack([x * 255 // max(w - 1, 1), y * 255 // max(h - 1, 1), (x + y) % 256], axis=-1)
    arr = np.clip(arr + rng.integers(-20, 20, arr.shape), 0, 255).astype(np.uint8)
    return Image.fromarray(arr, "RGB")


@pytest.fixture(scope="module")
def fastai_augment():
    pytest.importorskip("fastai")
    from fastai.vision import augment, core

    return augment, core


@pytest.mark.real_model
@pytest.mark.parametrize("size", SIZES)
def test_resize_methods_equal_fastai(fastai_augment, size):
    augment, core = fastai_augment
    img = photo(*size)
    pil = core.PILImage.create(img)
    expected = {
        "crop": augment.Resize(224, augment.ResizeMethod.Crop)(pil, split_idx=1),
        "pad": augment.Resize(224, augment.ResizeMethod.Pad, pad_mode=augment.PadMode.Zeros)(
            pil, split_idx=1
        ),
        "squish": augment.Resize(224, augment.ResizeMethod.Squish)(pil, split_idx=1),
    }
    for method, want in expected.items():
        got = resizing.resize(img, 224, method)
        assert got.size == want.size == (224, 224)
        assert np.array_equal(np.asarray(got), np.asarray(want.convert("RGB"))), (method, size)


@pytest.mark.real_model
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("min_scale", [0.35, 0.08, 0.9])
def test_random_resized_crop_equals_fastai_for_the_same_seed(fastai_augment, size, min_scale):
    augment, core = fastai_augment
    img = photo(*size, seed=3)
    pil = core.PILImage.create(img)
    state = random.getstate()
    try:
        for seed in range(6):
            random.seed(seed)
            want = augment.RandomResizedCrop(224, min_scale=min_scale)(pil, split_idx=0)
            got = resizing.random_resized_crop(img, 224, random.Random(seed), min_scale=min_scale)
            assert np.array_equal(np.asarray(got), np.asarray(want.convert("RGB"))), (size, seed)
    finally:
        random.setstate(state)


def test_fallback_window_when_no_random_area_fits():
    """A strip far outside the allowed ratios: ten draws fail, the centred widest window is used."""
    img = photo(2000, 20)
    out = resizing.random_resized_crop(img, 224, random.Random(0), min_scale=0.99, max_scale=1.0)
    assert out.size == (224, 224)


def test_unknown_method_is_refused():
    with pytest.raises(ValueError):
        resizing.resize(photo(50, 50), 224, "stretch")


def test_resize_lab_variants_are_seeded_and_torch_free():
    img = photo(640, 480)
    first = labs.resize_variants(img, seed=5)
    again = labs.resize_variants(img, seed=5)
    assert [k for k, _, _ in first] == list(labs.RESIZE_METHODS)
    for (_, _, a), (_, _, b) in zip(first, again, strict=True):
        assert a.size == (224, 224) and np.array_equal(np.asarray(a), np.asarray(b))
    code = (
        "import sys; from PIL import Image; from classifier import labs; "
        "labs.resize_variants(Image.new('RGB', (320, 200), (90, 60, 30)), seed=1); "
        "bad = [m for m in ('torch', 'fastai', 'torchvision') if m in sys.modules]; assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(Path(__file__).parents[2]))
