"""A change the key puts on the data, put on the model's own internals (``quiz.grading.model_internals``):
written in our own words."""

import pytest

from quiz.grading.model_internals import changed_internals

KEY = "Photos of birds are flipped and rotated at random, so the classifier sees more variety."


@pytest.mark.parametrize(
    "text",
    [
        "It means randomly changing the network's weights so that it becomes more robust.",
        "Over time the model's weights slowly drift away from where they started.",
        "The classifier alters its own layers after each batch.",
        "Flipping removes layers and rotating compresses the parameters.",
    ],
)
def test_a_change_to_the_models_internals_the_key_does_not_name_is_found(text):
    assert changed_internals(text, KEY)


@pytest.mark.parametrize(
    "text",
    [
        "It changes the photos, not the weights.",  # the change is denied for the weights
        "The photos are altered without changing the model's weights.",
        "Rather than changing the layers, it rotates the photos.",
        "The birds' shapes shift a little, so the weights learn general features.",  # no change to them
        "Domain shift is when the model's inputs move away from the training photos.",
        "Pass a splitter parameter to choose the validation photos.",  # a noun, no change
    ],
)
def test_no_change_to_the_internals_when_denied_or_only_mentioned(text):
    assert not changed_internals(text, KEY)


def test_a_key_that_names_the_internals_backs_a_change_to_them():
    assert not changed_internals(
        "Training adjusts the model's weights.", KEY + " Training adjusts the weights."
    )
