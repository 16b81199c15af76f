"""Classifier fixtures: the real built-in model, built once per test session into the test model folder."""

from pathlib import Path

import pytest
from django.conf import settings


@pytest.fixture(scope="session")
def builtin_manifest():
    """Build the real built-in model (EfficientNet-Lite0 from the PyPI wheel) once per session."""
    from classifier.build import BUILTIN_SLUG, build_builtin

    manifest, _ = build_builtin(Path(settings.CLASSIFIER_MODEL_DIR) / BUILTIN_SLUG, log=lambda m: None)
    return manifest


@pytest.fixture
def builtin_version(db, builtin_manifest):
    from classifier import services

    return services.model_version_register(manifest=builtin_manifest, activate=True)


@pytest.fixture(scope="session")
def builtin_runtime(builtin_manifest):
    from classifier.build import BUILTIN_SLUG
    from classifier.runtime import ClassifierRuntime

    return ClassifierRuntime(Path(settings.CLASSIFIER_MODEL_DIR) / BUILTIN_SLUG)


@pytest.fixture(scope="session")
def tiny_image_folder(tmp_path_factory):
    """A few solid-colour images per class: enough for a one-epoch training smoke test."""
    from tests.classifier.images import photo

    root = tmp_path_factory.mktemp("tiny-data")
    for name, color in (("grizzly", (140, 90, 50)), ("black", (25, 25, 30)), ("teddy", (200, 150, 90))):
        (root / name).mkdir()
        for i in range(6):
            photo(48, 40, seed=i, color=color).save(root / name / f"{name}_{i}.jpg", quality=90)
    return root


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Each test starts with unused rate limits: the tests of a run share one client address, and a browser
    test classifies several photos a minute on its own (tests/test_rate_limits.py checks the limits)."""
    from django.core.cache import caches

    caches["ratelimit"].clear()
