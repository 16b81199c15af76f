"""``plain_likeness``: "looks nothing like" reads as "looks unlike"; other uses of "nothing like" stay."""

from quiz.grading.idioms import plain_likeness


def test_a_likeness_denied_after_a_verb_of_seeming_becomes_unlike():
    assert plain_likeness("Night frames look nothing like the web photos.") == (
        "Night frames look unlike the web photos."
    )
    assert plain_likeness("It is not at all like the training data") == "It is unlike the training data"


def test_other_uses_are_left_alone():
    for text in ("There's nothing like a big dataset.", "It looks like a bear.", ""):
        assert plain_likeness(text) == text
