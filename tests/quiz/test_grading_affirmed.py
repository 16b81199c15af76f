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


def test_a_long_hostile_answer_full_of_abbreviations_is_read_at_once():
    # Each dot inside a question may match one branch only: with overlapping branches, 60 "e.g." and no
    # question mark to end the question took the regular expression hours (2^60 ways to read the dots).
    # Run apart so that a regression fails on the timeout instead of hanging the test run.
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from quiz.grading.affirmed import affirm_questions; "
        "affirm_questions(\"Isn't it \" + 'e.g.x ' * 60 + '! Yes?')"
    )
    repo = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60, cwd=repo)
    assert affirm_questions("Isn't it e.g. a loader that keeps both? Yes.") == (
        "It is e.g. a loader that keeps both. Yes."
    )
