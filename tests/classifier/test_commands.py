import csv
import json
import re
import shutil
from io import StringIO
from pathlib import Path

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from classifier import selectors
from classifier.models import ModelVersion
from tests.classifier.images import photo

pytestmark = [pytest.mark.django_db, pytest.mark.real_model]

EVAL_KEYS = {
    "accuracy",
    "shifted_accuracy",
    "auroc_near",
    "auroc_far",
    "fpr95_near",
    "fpr95_far",
    "id_rejected",
    "far_accepted",
    "near_accepted",
    "n_images",
}
BENCH_KEYS = {
    "service_p50_ms",
    "predict_p50_ms",
    "forward_p50_ms",
    "speedup_vs_predict",
    "overhead_vs_forward",
    "batch16_img_per_s",
    "rss_mb",
}


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_build_classifier_registers_and_is_idempotent(builtin_manifest):
    first = run("build_classifier")
    assert "unchanged" in first  # the session fixture already built the files
    version = ModelVersion.objects.get(slug="builtin")
    assert version.is_active and version.learner_sha256 == builtin_manifest["sha256"]["learner"]
    assert "unchanged" in run("build_classifier")


def test_build_classifier_force_rebuilds(builtin_manifest, settings, tmp_path):
    shutil.copytree(Path(settings.CLASSIFIER_MODEL_DIR) / "builtin", tmp_path / "builtin")
    settings.CLASSIFIER_MODEL_DIR = tmp_path
    run("build_classifier")
    assert "built;" in run("build_classifier", "--force")
    version = ModelVersion.objects.get(slug="builtin")
    from studyguide.modelfiles import sha256_file

    assert version.onnx_sha256 == sha256_file(tmp_path / "builtin" / "model.onnx")


@pytest.fixture
def fake_shared_data(tmp_path):
    """A folder laid out like ../shared/data, with generated images."""
    root = tmp_path / "data"
    rows = []
    for i, (group, label) in enumerate(
        [
            ("bears/black", "black"),
            ("bears/grizzly", "grizzly"),
            ("bears/teddy", "teddy"),
            ("shifted/grizzly", "grizzly"),
            ("ood/near", "ood_near"),
            ("ood/far", "ood_far"),
        ]
    ):
        (root / group).mkdir(parents=True)
        for j in range(2):
            name = f"{group}/{label}_{j}.jpg"
            photo(120, 90, seed=10 * i + j).save(root / name)
            rows.append({"file": name, "label": label, "split_hint": "calib" if j == 0 else "test"})
    with open(root / "MANIFEST.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "label", "split_hint"])
        w.writeheader()
        w.writerows(rows)
    return root


def test_evaluate_classifier_json_keys(builtin_version, fake_shared_data, tmp_path):
    out = run(
        "evaluate_classifier",
        "--data",
        str(fake_shared_data),
        "--split",
        "test",
        "--json",
        "--write-calibration",
        str(tmp_path / "cal.json"),
    )
    result = json.loads(out.strip().splitlines()[-1])
    assert set(result) == EVAL_KEYS
    assert result["n_images"] == 6
    assert 0 <= result["auroc_near"] <= 1 and "AUROC" in out
    cal = json.loads((tmp_path / "cal.json").read_text())
    assert cal["calib_counts"] == {"bears": 3, "near": 1, "far": 1}
    builtin_version.refresh_from_db()
    assert builtin_version.evaluation["n_images"] == 6
    assert (selectors.model_dir(builtin_version) / "confusion.png").is_file()


def test_evaluate_without_manifest_and_bad_folder(builtin_version, fake_shared_data):
    (fake_shared_data / "MANIFEST.csv").unlink()
    result = json.loads(
        run("evaluate_classifier", "--data", str(fake_shared_data), "--json", "--no-save")
        .strip()
        .splitlines()[-1]
    )
    assert result["n_images"] == 12
    with pytest.raises(CommandError):
        run("evaluate_classifier", "--data", str(fake_shared_data / "missing"))


def test_bench_classifier_json_keys(builtin_version):
    out = run("bench_classifier", "-n", "4", "--json")
    result = json.loads(out.strip().splitlines()[-1])
    assert set(result) == BENCH_KEYS
    assert result["forward_p50_ms"] > 0 and result["speedup_vs_predict"] > 0


def test_train_classifier_on_a_tiny_folder_and_activate(builtin_version, tiny_image_folder, client):
    out = run(
        "train_classifier",
        str(tiny_image_folder),
        "--epochs",
        "1",
        "--bs",
        "4",
        "--name",
        "tiny",
        "--activate",
    )
    assert "valid accuracy" in out
    version = ModelVersion.objects.get(slug="tiny")
    assert version.is_active and version.kind == "trained"
    assert not ModelVersion.objects.get(slug="builtin").is_active
    m = version.manifest["metrics"]
    assert m["n_valid"] >= 1 and m["top_losses"] and len(m["confusion"]["matrix"]) == 3
    assert version.manifest["head_imagenet_rows"] == [295, 294, 850]  # class names mapped to ImageNet rows

    # the trained learner and its ONNX twin agree (plain path squishes to 256, centre-crops 224)
    from fastai.vision.core import PILImage

    from classifier.build import load_learner_checked

    rt = selectors.get_runtime(version)
    learn = load_learner_checked(selectors.model_dir(version), version.learner_sha256)
    img = photo(200, 120, seed=42)
    with learn.no_bar():
        probs = learn.predict(PILImage.create(img))[2].numpy()
    assert np.allclose(rt.predict_image(img).probs, probs, atol=1e-4)

    # the page and the model card follow the active model, with the gate still in front
    card = client.get("/classifier/model-card/").content.decode()
    assert "tiny" in card and "Top losses" in card
    with pytest.raises(CommandError):
        run("train_classifier", str(tiny_image_folder), "--name", "tiny")


def _folder(root: Path, spec: dict[str, int]) -> Path:
    root.mkdir(parents=True)
    for name, n in spec.items():
        (root / name).mkdir()
        for i in range(n):
            photo(48, 40, seed=i).save(root / name / f"{i}.jpg", quality=90)
    return root


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda root: root / "missing", "is not a folder"),
        (lambda root: _folder(root, {}), "at least two sub-folders"),
        (lambda root: _folder(root, {"grizzly": 3}), "at least two sub-folders"),
        (lambda root: _folder(root, {"grizzly": 3, "black": 1}), "'black' has 1 image(s)"),
    ],
)
def test_train_classifier_refuses_unusable_folders(tmp_path, prepare, message):
    with pytest.raises(CommandError, match=re.escape(message)):
        run("train_classifier", str(prepare(tmp_path / "data")), "--name", "bad")


def test_train_classifier_reports_files_that_are_not_images(tmp_path):
    root = _folder(tmp_path / "data", {"grizzly": 3, "black": 3})
    (root / "black" / "notes.jpg").write_text("<html>not a picture</html>")
    (root / "grizzly" / "cut.jpg").write_bytes((root / "grizzly" / "0.jpg").read_bytes()[:200])
    with pytest.raises(
        CommandError, match="2 file\\(s\\) are not readable images: black/notes.jpg, grizzly/cut.jpg"
    ):
        run("train_classifier", str(root), "--name", "bad")
