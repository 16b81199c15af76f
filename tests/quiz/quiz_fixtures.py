"""Fixtures for the quiz-taking tests: a small question bank of every item kind and the stub embedder.

Imported by name into the test modules (other teams own tests/quiz/conftest.py-level fixtures).
"""

import pytest

STUB = "tests.quiz.stubs.stub_embedder"


@pytest.fixture
def stub_embedder(settings, monkeypatch, tmp_path):
    """The hashed bag-of-words embedder; and a stand-in grader model while grader_model.json is absent."""
    from tests.quiz.stubs import stub_embedder as factory
    from tests.quiz.stubs import use_fallback_model_if_absent

    settings.QUIZ_EMBEDDER = STUB
    use_fallback_model_if_absent(monkeypatch, tmp_path)
    return factory()


@pytest.fixture
def bank(db):
    """Six items, one per kind (two multiple choice), with a study note; the built-in quizzes over them."""
    from quiz.services import builtin_quizzes_ensure
    from studyguide.course.models import Choice, Item, KeyPoint, Misconception, StudyNote

    note = StudyNote.objects.create(slug="deployment", title="Deployment", body="Notes on deployment.")
    free = Item.objects.create(
        item_id="ch2-q1",
        source_ref="Q1",
        kind=Item.Kind.FREE_TEXT,
        order=1,
        note=note,
        prompt="Why should a model be deployed gradually rather than all at once?",
        reference_answer=(
            "Start with manual operation alongside people, then a limited scope trial with careful "
            "supervision, "
            "then expand gradually with good reporting so that problems are caught before they spread."
        ),
    )
    KeyPoint.objects.create(
        item=free,
        order=0,
        label="run it in parallel with people",
        detail="Manual process first: humans check every prediction while the model runs alongside.",
        phrasings=["in parallel", "humans check", "manual process", "alongside people"],
    )
    KeyPoint.objects.create(
        item=free,
        order=1,
        label="limited scope trial",
        detail="A time- or region-limited trial with careful supervision.",
        phrasings=["limited scope", "small trial", "one region", "limited trial"],
    )
    KeyPoint.objects.create(
        item=free,
        order=2,
        label="expand gradually with reporting",
        detail="Roll out step by step, with good reporting to spot problems.",
        phrasings=["expand gradually", "good reporting", "step by step"],
    )
    Misconception.objects.create(
        item=free,
        order=0,
        label="validation accuracy is enough",
        feedback="A good validation score does not show how the model behaves on live data.",
        phrasings=["validation accuracy is enough", "high accuracy means it is safe"],
    )
    mc = Item.objects.create(
        item_id="ch2-q1-mc",
        source_ref="Q1 quick check",
        kind=Item.Kind.MULTIPLE_CHOICE,
        order=2,
        variant_of=free,
        prompt="Which step comes first in a careful rollout?",
        reference_answer="Manual operation alongside people.",
    )
    Choice.objects.create(
        item=mc, order=0, text="Manual operation alongside people", correct=True, why="Safest."
    )
    Choice.objects.create(
        item=mc, order=1, text="Full rollout to every user", correct=False, why="Too risky."
    )
    multi = Item.objects.create(
        item_id="ch2-q2",
        source_ref="Q2",
        kind=Item.Kind.MULTIPLE_CHOICE,
        order=3,
        multiple=True,
        prompt="Which of these are data augmentations?",
        reference_answer="Flips and rotations.",
    )
    Choice.objects.create(item=multi, order=0, text="Flip", correct=True)
    Choice.objects.create(item=multi, order=1, text="Rotate", correct=True)
    Choice.objects.create(item=multi, order=2, text="Delete labels", correct=False)
    Item.objects.create(
        item_id="ch2-q3",
        source_ref="Q3",
        kind=Item.Kind.ORDERING,
        order=4,
        prompt="Order the rollout steps.",
        reference_answer="Manual, limited, gradual.",
        steps=["Manual process", "Limited scope", "Gradual expansion"],
        distractors=["Skip monitoring"],
    )
    Item.objects.create(
        item_id="ch2-q4",
        source_ref="Q4",
        kind=Item.Kind.SHORT_EXACT,
        order=5,
        prompt="Which fastai method exports a learner?",
        reference_answer="export",
        accepted=["export", "learn.export"],
    )
    Item.objects.create(
        item_id="ch2-fr1",
        source_ref="Further research 1",
        kind=Item.Kind.REFLECTION,
        order=6,
        prompt="Write a short plan for deploying a model you care about.",
        reference_answer="A plan that follows a gradual rollout.",
        checklist=["names the users", "describes a gradual rollout"],
    )
    return builtin_quizzes_ensure()


GOOD_ANSWER = (
    "First run the model in parallel with people so humans check every prediction. "
    "Then do a limited scope trial in one region. Finally expand gradually with good reporting."
)
