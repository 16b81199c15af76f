"""Answers that commit to nothing (``quiz.grading.undecided``): written in our own words, off the course."""

import pytest

from quiz.grading.undecided import undecided


@pytest.mark.parametrize(
    "text",
    [
        "Could be flour, sugar, butter or eggs.",  # a possibility, then a list of guesses
        "Perhaps the oven, or the tin, or the recipe.",
        "Usually rye, or maybe spelt, or wheat.",  # one option offered as "or maybe"
        "Maybe the yeast, maybe the heat, maybe the flour.",  # the possibility said per option
        "Bakers name it in several ways. I can't say which one is meant.",
        "Each method has its fans, and both seem fine.",
        "People disagree, so there is no clear answer.",
        "It varies by kitchen; I don't think there's a single rule.",
        "Rising, proving or resting could all work here.",
        "The recipes differ too much; hard to pin down.",
    ],
)
def test_an_answer_that_chooses_nothing_is_undecided(text):
    assert undecided(text)


@pytest.mark.parametrize(
    "text",
    [
        # a hedge, then a choice
        "I'm not sure, but I think it is the yeast that makes the dough rise.",
        "Hard to say which, though I'd go with the yeast.",
        "Maybe the main ones are: too little yeast, a cold room or old flour.",
        # "it depends", then resolved: by a colon, a condition or the sentences that follow
        "There's no general rule: a cold room needs more time; a warm one less.",
        "There is no single rule. Rye needs a sourdough; wheat rises with baker's yeast.",
        "Either is fine if the loaf is small, and a hot oven suits a big one.",
        # the subject described, not a choice declined
        "It is hard to tell whether the dough has proved enough by looking at it.",
        "It is hard to tell which loaves are underbaked without cutting them.",
        "There's a clear answer here: the yeast feeds on the sugar.",
        # long options are statements, not guesses; "could be" as a passive is no possibility
        "Maybe yeast, the living fungus that feeds on the sugar in the dough, or a chemical raising agent.",
        "Bread could be baked faster, costs could be cut and waste could be reduced.",
        "It's the yeast, maybe in the fridge, maybe at room temperature, that slowly raises the dough.",
    ],
)
def test_a_hedged_or_resolved_answer_is_not_undecided(text):
    assert not undecided(text)
