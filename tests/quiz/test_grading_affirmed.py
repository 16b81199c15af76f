"""``affirmed``: a negative question the learner confirms ("Isn't it X? Yes.") or a tag question ("X, isn't
it?") states X; a question denied, left open or answered with sarcasm stays a question."""

import pytest

from quiz.grading.affirmed import affirm_questions


@pytest.mark.parametrize(
    "answer, reads",
    [
        (
            "Isn't it a table of true against predicted classes? Yes.",
            "It is a table of true against predicted",
        ),
        (
            "Doesn't it keep the weights, e.g. in export.pkl? Yep.",
            "It does keep the weights, e.g. in export.pkl.",
        ),
        ("Won't the frames be dark? And won't they be small? Yes - both.", "And they will be small."),
        ("Inference, isn't it?", "Inference."),
    ],
)
def test_confirmed_negative_questions_read_as_statements(answer, reads):
    assert reads in affirm_questions(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Isn't it a loss function? No, it is a table.",  # denied
        "Isn't it a loss function?",  # left open
        "Doesn't it just work? Yeah, because magic.",  # sarcasm
        "Right, because it never fails? Sure.",
        "Inference, isn't it? No.",
    ],
)
def test_other_questions_stay_questions(answer):
    assert affirm_questions(answer) == answer
