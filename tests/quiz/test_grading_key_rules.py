"""The rules for authored key points: credit for covering them, 'any k of n', and pattern misconceptions."""

import pytest

from quiz import grading
from quiz.grading import GraderModel, ItemKey, KeyPoint, Misconception, PointEvidence, grade, key_point_credit

from .test_grading import BagEmbedder


def constant_model(score: float) -> GraderModel:
    """A model that ignores the features and always predicts `score` (cut-offs 0.5 / 0.8)."""
    return GraderModel(
        feature_names=grading.FEATURE_NAMES,
        coef=tuple(0.0 for _ in grading.FEATURE_NAMES),
        intercept=score,
        cutoffs=(0.5, 0.8),
    )


def evidence(*statuses: str) -> list[PointEvidence]:
    return [PointEvidence(f"p{i}", "", s, 0.0, None) for i, s in enumerate(statuses)]


@pytest.mark.parametrize(
    ("statuses", "needed", "expected"),
    [
        (("covered", "covered"), None, 1.0),
        (("covered", "missing"), None, 0.5),
        (("covered", "unclear"), None, 0.75),
        (("covered", "covered", "covered", "missing", "missing"), 3, 1.0),
        (("covered", "unclear", "missing", "missing", "missing"), 3, 0.5),
        (("missing", "missing"), None, 0.0),
        (("covered",), 5, 1.0),  # never asks for more points than exist
    ],
)
def test_key_point_credit(statuses, needed, expected):
    assert key_point_credit(evidence(*statuses), needed) == pytest.approx(expected)


LETTERS = ItemKey(
    item_id="t-letters",
    question="Which letters stand for the independent and the dependent variable?",
    reference_answer="The independent variable (the input) is x; the dependent variable (the target) is y.",
    key_points=(
        KeyPoint("x for the independent variable", "x is the input.", ("x is independent", "independent x")),
        KeyPoint("y for the dependent variable", "y is the target.", ("y is dependent", "dependent y")),
    ),
    misconceptions=(
        Misconception(
            "Letters swapped",
            "It is the other way round.",
            patterns=(r"\by\b(?:(?!\b(?:x|dependent|and)\b)[^.;,\n()|]){0,15}\bindependent\b",),
            penalty=1.0,
        ),
    ),
    credit_key_points=True,
)


def test_covering_every_key_point_is_full_credit_even_when_the_model_disagrees():
    result = grade("x is independent, y is dependent", LETTERS, BagEmbedder(), constant_model(0.3))
    assert result.score == 1.0
    assert result.level == "correct"


def test_without_key_points_found_an_answer_cannot_be_correct():
    result = grade("something vague about statistics", LETTERS, BagEmbedder(), constant_model(0.95))
    assert result.score <= (1 - grading.KEY_POINT_WEIGHT) + 1e-9  # the holistic part alone
    assert result.level != "correct"


def test_mohler_style_keys_are_scored_by_the_model_alone():
    plain = ItemKey(**{**LETTERS.__dict__, "credit_key_points": False, "misconceptions": ()})
    result = grade("something vague about statistics", plain, BagEmbedder(), constant_model(0.95))
    assert result.score == pytest.approx(0.95)


def test_a_pattern_misconception_is_a_certain_hit_with_its_own_penalty():
    result = grade("y is independent and x is dependent", LETTERS, BagEmbedder(), constant_model(0.3))
    assert [h.label for h in result.misconceptions] == ["Letters swapped"]
    assert result.misconceptions[0].quote.startswith("y is independent")
    assert result.score == 0.0
    assert result.level == "incorrect"


def test_pattern_does_not_fire_on_the_right_order():
    result = grade("independent is x and dependent is y", LETTERS, BagEmbedder(), constant_model(0.3))
    assert result.misconceptions == []


def test_any_three_of_five():
    key = ItemKey(
        item_id="t-three",
        question="Name three problems.",
        reference_answer="Any three of: video, night, low resolution, hidden bears, speed.",
        key_points=tuple(
            KeyPoint(label, label, (label,))
            for label in ("video", "night", "low resolution", "hidden", "speed")
        ),
        credit_key_points=True,
        points_needed=3,
    )
    result = grade("video; night; low resolution", key, BagEmbedder(), constant_model(0.2))
    assert result.score == 1.0


def _course_patterns(item: str, label: str) -> list[str]:
    from quiz.grading.tools.course_keys import course_item_keys

    key = course_item_keys()[item]
    return list(next(mc for mc in key.misconceptions if mc.label == label).patterns)


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Padding stretches the picture to fit.", True),
        ("Squishing adds black borders around it.", True),
        # "or" names alternatives: the words after it are another method's, not padding's
        ("Trim the sides (crop), put borders around it (pad), or squeeze it in (squish).", False),
        ("You can pad or squeeze the image.", False),
    ],
)
def test_padding_and_squishing_swapped_is_not_read_across_or(text, hit):
    import re

    patterns = _course_patterns("ch2-q15", "Padding stretches and squishing adds borders")
    assert any(re.search(p, text, re.IGNORECASE) for p in patterns) is hit


# Wrong claims written as narrow patterns (the ninth blind set's contradictions and near misses): each is
# claimed by the claim, not by the right statement, a denial of the claim or a neighbouring true remark
# (read as the grader reads patterns: per unit, a match under a negation from outside it is no claim).
@pytest.mark.parametrize(
    ("item", "label", "text", "hit"),
    [
        (
            "ch2-q16",
            "Augmentation is applied to the validation set",
            "It makes altered copies of the test images.",
            True,
        ),
        (
            "ch2-q16",
            "Augmentation is applied to the validation set",
            "It makes altered copies of the training images.",
            False,
        ),
        (
            "ch2-q16",
            "Augmentation is meant to fit the training images more tightly",
            "The aim is to fit the training data perfectly.",
            True,
        ),
        (
            "ch2-q16",
            "Augmentation is meant to fit the training images more tightly",
            "It stops the model from memorising the training images.",
            False,
        ),
        (
            "ch2-q25",
            "Validation or test data counts as out-of-domain",
            "The test set is clearly out-of-domain data.",
            True,
        ),
        (
            "ch2-q25",
            "Validation or test data counts as out-of-domain",
            "The validation set is not out-of-domain.",
            False,
        ),
        (
            "ch2-q26",
            "Production data drifts towards the training data",
            "Over time the inputs grow more similar to the training set.",
            True,
        ),
        (
            "ch2-q26",
            "Production data drifts towards the training data",
            "Over time the inputs look less and less like the training set.",
            False,
        ),
        (
            "ch2-q1",
            "The field accuracy will equal the validation score",
            "It will do just as well as on the validation set.",
            True,
        ),
        (
            "ch2-q1",
            "The field accuracy will equal the validation score",
            "It will not do as well as on the validation set.",
            False,
        ),
        (
            "ch2-q24",
            "The system will just work since the model is accurate",
            "The accuracy will match the validation score.",
            True,
        ),
        (
            "ch2-q21",
            "Widgets cannot be shown in a notebook",
            "They cannot be displayed inside a Jupyter notebook.",
            True,
        ),
        (
            "ch2-q21",
            "Widgets cannot be shown in a notebook",
            "They are displayed inside a Jupyter notebook.",
            False,
        ),
        ("ch2-q23", "With a server the data stays on the device", "So privacy is not a concern.", True),
        (
            "ch2-q23",
            "With a server the data stays on the device",
            "The data must leave the phone, so privacy is a concern.",
            False,
        ),
        ("ch2-q13", "Keep the same percentage or turn off shuffling", "Just turn off shuffling.", True),
        (
            "ch2-q13",
            "Keep the same percentage or turn off shuffling",
            "Fix the seed; shuffling still happens.",
            False,
        ),
        (
            "ch2-q3",
            "Machine-written text is easy to spot or filter out",
            "People spot them immediately.",
            True,
        ),
        (
            "ch2-q3",
            "Machine-written text is easy to spot or filter out",
            "People cannot tell the posts from human ones.",
            False,
        ),
        ("ch2-q22", "Always use a GPU", "A GPU makes each prediction much faster.", True),
        (
            "ch2-q22",
            "Always use a GPU",
            "A GPU only pays off when batching makes each prediction faster.",
            False,
        ),
        (
            "ch2-q4",
            "People only help while the model is trained",
            "Have a human in the loop during training.",
            True,
        ),
        (
            "ch2-q10",
            "DataLoaders holds a training and a test loader",
            "It keeps one for training and one for testing.",
            True,
        ),
        (
            "ch2-q10",
            "DataLoaders holds a training and a test loader",
            "It keeps one for training and one for validation.",
            False,
        ),
        ("ch2-q15", "Squishing keeps the proportions", "Squishing keeps the aspect ratio.", True),
        ("ch2-q15", "Squishing keeps the proportions", "Squishing changes the aspect ratio.", False),
        (
            "ch2-q24",
            "The system will just work since the model is accurate",
            "Accuracy will not match the validation score.",
            False,
        ),
        ("ch2-q22", "Always use a GPU", "A GPU does not make each prediction faster.", False),
        (
            "ch2-q3",
            "Machine-written text is easy to spot or filter out",
            "People do not spot them right away.",
            False,
        ),
    ],
)
def test_wrong_claim_patterns(item, label, text, hit):
    from quiz.grading.clauses import unit_words
    from quiz.grading.features import _pattern_hit
    from quiz.grading.text import clean_answer, split_units

    clean = clean_answer(text)
    units = unit_words(clean, split_units(clean), frozenset())
    assert (_pattern_hit(_course_patterns(item, label), units) is not None) is hit
