import numpy as np
import pytest
from PIL import Image

from classifier.preprocess import batch_from_images, resize_for_model, to_array
from tests.classifier.images import photo


@pytest.mark.parametrize("size", [(640, 480), (480, 640), (100, 80), (256, 256), (1000, 200)])
@pytest.mark.parametrize("mode", ["short_side", "squish"])
def test_output_is_224_square(size, mode):
    assert resize_for_model(photo(*size), mode).size == (224, 224)


def test_short_side_keeps_the_aspect_ratio():
    # a 512 x 256 image with a red left half: short-side resize keeps the centre (boundary) in view
    img = Image.new("RGB", (512, 256), (0, 0, 255))
    img.paste((255, 0, 0), (0, 0, 256, 256))
    out = np.asarray(resize_for_model(img, "short_side"))
    assert out[100, 5, 0] > 200 and out[100, 220, 2] > 200


def test_normalisation_is_mean_std_half():
    arr = to_array(Image.new("RGB", (224, 224), (255, 0, 127)))
    assert arr.shape == (3, 224, 224) and arr.dtype == np.float32
    assert arr[0, 0, 0] == pytest.approx(1.0) and arr[1, 0, 0] == pytest.approx(-1.0)
    assert abs(arr[2, 0, 0]) < 0.01


def test_batch():
    assert batch_from_images([photo(), photo(seed=1)]).shape == (2, 3, 224, 224)


def test_unknown_mode():
    with pytest.raises(ValueError):
        resize_for_model(photo(), "stretch")


def test_squish_matches_fastai_validation_transform():
    """Models trained with RandomResizedCrop(224) see exactly this at validation/inference time."""
    from fastai.vision.augment import RandomResizedCrop
    from fastai.vision.core import PILImage

    img = photo(300, 180, seed=3)
    ours = np.asarray(resize_for_model(img, "squish"))
    theirs = np.asarray(RandomResizedCrop(224, min_scale=0.35)(PILImage.create(img), split_idx=1))
    assert np.array_equal(ours, theirs)
