"""The ceilings added for answers bag-of-words matching cannot see through, through the real model: each is
capped for its own reason, and a right answer with a true addition or both role words is not."""

import pytest

from quiz.grading.levels import CORRECT, INCORRECT, PARTIAL
from quiz.grading.tools.course_keys import course_item_keys

pytestmark = pytest.mark.real_model

KEYS = course_item_keys()


def _grade(item: str, text: str, embedder):
    from quiz.grading import grade, load_grader_model

    return grade(text, KEYS[item], embedder, load_grader_model())


@pytest.mark.parametrize(
    ("item", "text", "reason"),
    [
        (
            "ch2-q12",
            "The splitter sends some items to the training set and the rest to the validation set. It also "
            "chooses the batch size and, on top of that, the learning rate.",
            "It adds claims about the subject that the key does not support.",
        ),
        ("ch2-q7", "Models, data, levers, objective.", "It names the steps in another order than the key."),
        (
            "ch2-q4",
            "A person sorts and flags the cases for the model, and the model then makes the final decision.",
            "It gives one role's part to the other.",
        ),
    ],
)
def test_capped_at_partial_for_its_reason(real_embedder, item, text, reason):
    r = _grade(item, text, real_embedder)
    assert r.level == PARTIAL and reason in r.ceiling_reasons, (r.level, r.ceiling_reasons)


def test_an_answer_in_the_topics_words_that_says_something_else_is_incorrect(real_embedder):
    r = _grade(
        "ch2-q21", "ipywidgets is a Python library for plotting charts, similar to matplotlib.", real_embedder
    )
    assert r.level == INCORRECT
    assert "It states none of the key points and reads unlike the reference." in r.ceiling_reasons


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (
            "ch2-q19",
            "export saves the architecture and the learned weights, plus how the DataLoaders were defined. "
            "It also writes everything into one pickle file called export.pkl.",
        ),
        ("ch2-q4", "Let the model flag and rank the cases, and have a doctor make the final decision."),
        (
            "ch2-q7",
            "Start with the objective, then the levers, then the data, and only then build the models.",
        ),
    ],
)
def test_right_answers_stay_correct(real_embedder, item, text):
    assert _grade(item, text, real_embedder).level == CORRECT


@pytest.mark.parametrize(
    ("item", "text"),
    [
        # an equation with a near-synonym beside an explanation that states the key in its own words
        (
            "ch2-q20",
            "Inference is basically the same as prediction: you use the trained model to get outputs for new "
            "inputs.",
        ),
        (
            "ch2-q26",
            "Domain shift and concept drift are basically the same idea: the data in production slowly "
            "becomes different from the data the model was trained on.",
        ),
        (
            "ch2-q26",
            "Domain shift is basically the same as data drift: over time the data the model sees in use "
            "changes and no longer looks like its training data.",
        ),
        (
            "ch2-q25",
            "OOD data and unfamiliar data are pretty much the same thing: inputs unlike anything in the "
            "training set, e.g. a photo of a cat given to a bear model.",
        ),
    ],
)
def test_an_equation_beside_a_right_explanation_takes_nothing_from_it(real_embedder, item, text):
    assert _grade(item, text, real_embedder).level == CORRECT


def test_an_equation_the_answer_builds_a_wrong_claim_on_is_incorrect(real_embedder):
    text = "Training and inference are basically the same word, so it's called training."
    assert _grade("ch2-q20", text, real_embedder).level == INCORRECT
