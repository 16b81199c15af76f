"""``retractions``: a wrong start taken back in so many words is cut out; anything less explicit is kept."""

import pytest

from quiz.grading.retractions import corrected_answer


@pytest.mark.parametrize(
    ("answer", "corrected"),
    [
        (
            "Augmentation means downloading more photos. Hmm, no: it's making altered copies of the photos.",
            "It's making altered copies of the photos.",
        ),
        (
            "It saves the training images. No, not those. It saves the architecture and the trained weights.",
            "It saves the architecture and the trained weights.",
        ),
        (
            "Train, validate, test. Sorry, that's evaluation. The phases are manual, limited, gradual.",
            "The phases are manual, limited, gradual.",
        ),
        (
            "y for independent, x for the... wait, that's backwards. x is the input variable, y the target.",
            "X is the input variable, y the target.",
        ),
        (
            "It's one accuracy number... no, it's more than that: a grid of actual against predicted.",
            "It's more than that: a grid of actual against predicted.",
        ),
        (
            "Problem one: bears too big for the frame. Not sure that's a thing, scrap it. Night, blur, bush.",
            "Night, blur, bush.",
        ),
        (
            "Validation. No wait, validation scores the model on held-out data. Predicting is inference.",
            "Validation scores the model on held-out data. Predicting is inference.",
        ),
    ],
)
def test_an_explicit_retraction_cuts_the_wrong_start_out(answer, corrected):
    assert corrected_answer(answer) == corrected


@pytest.mark.parametrize(
    "answer",
    [
        # a bare "No," answers a question; "Actually" corrects someone else
        "Does it need a GPU? No, a CPU is enough for one image at a time.",
        "People say it needs a GPU. Actually a CPU is enough for one image at a time.",
        # the writer confirms the start after all
        "Inference. No wait, that's right: it is inference.",
        # nothing of substance follows the retraction
        "It is validation. Hmm, no.",
        "It might be the seed... no wait.",
    ],
)
def test_anything_less_than_an_explicit_retraction_followed_by_an_answer_is_kept(answer):
    assert corrected_answer(answer) is None


def test_a_first_impression_the_writer_left_behind_is_cut_out_wherever_it_stands():
    answer = "Input unlike the training data, e.g. sketches. The word made me think of websites at first."
    assert corrected_answer(answer) == "Input unlike the training data, e.g. sketches."
    turned = "Input unlike the training data. At first I thought it meant websites, but it means sketches."
    assert corrected_answer(turned) == "Input unlike the training data. it means sketches."
