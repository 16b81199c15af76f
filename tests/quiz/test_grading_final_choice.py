"""``final_choice``: listed options are not claims, the pick is; a summary its body reverses is not held."""

import pytest

from quiz.grading.final_choice import finally_held
from quiz.grading.levels import CORRECT


@pytest.mark.parametrize(
    ("answer", "held"),
    [
        (
            "Is it (a) a bakery, (b) a garage or (c) a school? I'd go with (c): children learn there.",
            "a school. children learn there.",
        ),
        ("Choices: 1) red, 2) blue, 3) green. Answer: (3).", "green."),
        ("Options: a) tea b) coffee. I pick b.", "coffee."),
        ("Between trains, buses and ferries, I'd pick ferries.", "ferries."),
        (
            "TL;DR: the bridge is safe. On second thought, the cables are rusted through, so it is not.",
            "On second thought, the cables are rusted through, so it is not.",
        ),
        (
            "Short answer: it rains. Longer answer: actually no, the sky stays clear all week.",
            "actually no, the sky stays clear all week.",
        ),
    ],
)
def test_the_pick_or_the_reversing_body_is_what_is_read(answer, held):
    assert finally_held(answer) == held


@pytest.mark.parametrize(
    "answer",
    [
        # a summary the body develops: the marker is inside the body, not opening it
        "Short answer: bake it longer. Longer answer: the crumb sets slowly, but a longer bake dries it out.",
        "Summary: start with the goal. Longer answer: first decide the outcome you actually want, then act.",
        # an enumeration of parts with no choice among them
        "The steps: (1) mix, (2) knead, (3) bake. Step (2) takes the longest.",
        # options listed, no pick: nothing to choose
        "Could be (a) the oven or (b) the flour; I can't tell which.",
        # two picks: no single choice
        "Either (a) salt or (b) sugar. I'd say (a), or maybe I'd go with (b).",
    ],
)
def test_a_summary_the_body_develops_and_a_list_without_one_pick_are_kept(answer):
    assert finally_held(answer) == answer


@pytest.mark.real_model
@pytest.mark.parametrize(
    ("item", "text"),
    [
        # the right option picked among wrong ones stays correct
        (
            "ch2-q20",
            "Is it (a) training, (b) inference or (c) validation? I'd go with (b): the trained model "
            "is only used to make predictions on new inputs.",
        ),
        (
            "ch2-q13",
            "Options: (1) restart the notebook, (2) give the splitter a fixed random seed, (3) rename the "
            "files. I pick (2), since the same seed gives the same validation split on every run.",
        ),
        (
            "ch2-q18",
            "Either (a) a plot of accuracy per epoch or (b) a grid of true classes against predicted "
            "classes. (b) sounds right: it shows which classes the model mixes up.",
        ),
        # a summary whose body develops it, even with "but" inside, stays correct
        (
            "ch2-q13",
            "Short answer: set a seed. Longer answer: the split is random, but passing the same seed to "
            "RandomSplitter each time gives back the identical validation set.",
        ),
    ],
)
def test_a_right_pick_and_a_developed_summary_stay_correct(grade_course_answer, item, text):
    r = grade_course_answer(item, text)
    assert r.level == CORRECT, (r.level, r.ceiling_reasons)


@pytest.mark.real_model
@pytest.mark.parametrize(
    ("item", "text"),
    [
        (
            "ch2-q20",
            "Is it (a) inference, (b) fine-tuning or (c) labelling? I'd go with (b): the model keeps "
            "learning while it is used.",
        ),
        (
            "ch2-q13",
            "TL;DR: fix the random seed. On second thought, the only way is to copy the validation images "
            "into a separate folder by hand before each run.",
        ),
    ],
)
def test_a_wrong_pick_and_a_reversed_summary_are_not_correct(grade_course_answer, item, text):
    r = grade_course_answer(item, text)
    assert r.level != CORRECT, (r.level, r.ceiling_reasons)
