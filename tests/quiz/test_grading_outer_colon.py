"""An outer negation ("It is false that X: Y") and a colon, through the real model.

What follows the colon may be the writer's own reason ("It is false that you need a GPU: a CPU is enough") or
the denied claim's own list ("It is not true that there are three phases: manual, limited, gradual"). The
grader does not tell them apart yet: the negation covers the whole sentence, so wrong answers of this shape
stay wrong and right ones whose reason follows the colon are known misses (strict xfail: a fix must flip
them). A colon stop was tried and reverted: it let the bank's automatic negations of references with a colon
pass."""

import pytest

_REASON_AFTER_COLON = "the outer negation covers the reason after the colon too"

OUTER_NEGATION_ANSWERS = [
    pytest.param(
        "ch2-q22",
        "It is false that you always need a GPU: a CPU is enough when predictions come one at a time, and "
        "a GPU helps only when many requests can be batched.",
        "correct",
        marks=pytest.mark.xfail(strict=True, reason=_REASON_AFTER_COLON),
    ),
    pytest.param(
        "ch2-q22",
        "It is not true that a GPU is always needed; a CPU is fine for one prediction at a time, while "
        "a GPU pays off with large batches.",
        "correct",
        marks=pytest.mark.xfail(strict=True, reason=_REASON_AFTER_COLON),
    ),
    pytest.param(
        "ch2-q4",
        "It's false that the model should run on its own: keep a human in the loop who checks its outputs, "
        "at least at first.",
        "correct",
        marks=pytest.mark.xfail(strict=True, reason=_REASON_AFTER_COLON),
    ),
    ("ch2-q20", "It's a myth that it's called inference: it's called training.", "not correct"),
    (
        "ch2-q4",
        "It is not true that a human should check the model's outputs; let it automate everything.",
        "not correct",
    ),
    (
        "ch2-q26",
        "It is false that domain shift means the data in production changes over time: it means moving "
        "the model to a new server.",
        "not correct",
    ),
    # a wrong clause about the seed is a misconception of its own, wherever it stands
    (
        "ch2-q13",
        "It is not true that fixing the random seed gives the same validation set: the seed only changes the "
        "weights.",
        "not correct",
    ),
    ("ch2-q13", "The seed only affects weight initialisation, not the split.", "not correct"),
    (
        "ch2-q13",
        "Fix the seed: it not only sets the starting weights but also fixes which items go to validation.",
        "correct",
    ),
]


@pytest.mark.real_model
@pytest.mark.parametrize(("item", "answer", "level"), OUTER_NEGATION_ANSWERS)
def test_outer_negation_answers_through_the_real_model(grade_course_answer, item, answer, level):
    result = grade_course_answer(item, answer)
    if level == "correct":
        assert result.level == "correct", result.ceiling_reasons
    else:
        assert result.level != "correct", result.points
