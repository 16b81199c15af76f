"""``examples``: an example announced after the rule that the key cannot tie to any of its points."""

from quiz.grading.examples import is_example, unplaced_examples
from quiz.grading.features import UnitSupport
from quiz.grading.text import split_units


def _scored(text: str, states: dict[int, float], stated: set[int]) -> list[UnitSupport]:
    return [
        UnitSupport(u, states.get(i, 0.0), 0.0, 0.0, False, i in stated)
        for i, u in enumerate(split_units(text))
    ]


def test_sentences_announced_as_examples():
    for s in (
        "For example, a hobby site should rent a GPU.",
        "For instance it saves the images.",
        "E.g. a model trained on web photos.",
        "An example is a spreadsheet function.",
        "One example of this would be a photo of a cat.",
        "As an example, the seed changes every run.",
    ):
        assert is_example(s), s
    for s in (
        "Imagine a bear at night.",  # a scenario that leads into the point is a story, not an example
        "Say your photo is too wide.",
        "Examples help the model.",
        "The example in the chapter is about bears.",
    ):
        assert not is_example(s), s


def test_an_example_the_key_cannot_place_is_flagged():
    text = "It divides the items into training and validation sets. For example, it resizes every image."
    assert unplaced_examples(_scored(text, {0: 1.0, 1: 0.5}, {0})) == ["For example, it resizes every image"]


def test_an_example_that_is_evidence_for_a_key_point_is_not_flagged():
    text = "It is data unlike the training data. For example, night frames from a trail camera."
    assert unplaced_examples(_scored(text, {0: 1.0, 1: 0.8}, {0})) == []


def test_an_example_without_a_stated_point_beside_it_is_left_to_the_other_rules():
    text = "It is data unlike the training data. For example, night frames from a trail camera."
    assert unplaced_examples(_scored(text, {0: 0.4, 1: 0.5}, set())) == []
