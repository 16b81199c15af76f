"""``outdated`` and ``open_questions``: a claim the answer declares superseded is denied, a key word asked in
a question the answer leaves open states nothing; a contrast of old and new practice, a question answered
right after and a classmate's claim turned down (``foils``) are read as the writer means them."""

import pytest

from quiz.grading.foils import rejected_views
from quiz.grading.negation import negation_map
from quiz.grading.open_questions import open_questions, without_open_questions
from quiz.grading.outdated import outdated_views


def _retired(text: str) -> list[str]:
    return [text[start:end] for _, start, end in outdated_views(text)]


@pytest.mark.parametrize(
    ("text", "retired"),
    [
        (
            "Bakers used to proof dough overnight, but modern yeast rises in an hour.",
            "Bakers used to proof dough overnight",
        ),
        (
            "Kneading by hand was old advice from before mixers; nowadays a machine does it.",
            "Kneading by hand",
        ),
        (
            "Older versions of the recipe needed a long preheat, but since the 2019 ovens ten minutes do.",
            "Older versions of the recipe needed a long preheat",
        ),
        (
            "Rye needs a sour starter, but that only mattered for old recipes; any yeast works now.",
            "Rye needs a sour starter",
        ),
        ("Salt slows the yeast, but bakers dropped that rule long ago.", "Salt slows the yeast"),
        (
            "A few years ago the problem was dense loaves. Steam ovens fixed that, so crust is the issue.",
            "A few years ago the problem was dense loaves",
        ),
        (
            "The manual knead was meant for old-fashioned flour; today you mix once and wait.",
            "The manual knead",
        ),
        (
            "Ovens let you bake at night, but nobody uses them anymore because bread is bought ready-made.",
            "Ovens let you bake at night",
        ),
    ],
)
def test_a_claim_the_answer_retires_is_found(text, retired):
    assert _retired(text) == [retired]


@pytest.mark.parametrize(
    "text",
    [
        # the present claim contrasted with an old practice the writer does not hold
        "A recipe now costs nothing to share, at a scale that used to need a printing press.",
        # a state that changed: no claim dated
        "The flour no longer matches the recipe, so the loaves come out flat.",
        "Think of an oven bought years ago. Today's recipes assume more heat than it gives.",
        # the passive "is used to"
        "Yeast is used to raise the dough, but baking soda works now and then.",
        "The old starter smells sour.",
    ],
)
def test_no_claim_retired_without_a_date_and_a_turn_to_the_present(text):
    assert _retired(text) == []


def test_the_words_of_a_retired_claim_are_denied_and_the_replacement_is_not():
    text = "Bakers used to proof dough overnight, but modern yeast rises in an hour."
    depth = {w.word: w.depth for w in negation_map(text).words}
    assert depth["dough"] % 2 == 1 and depth["overnight"] % 2 == 1
    assert depth["yeast"] == 0 and depth["rises"] == 0


def test_a_subject_said_to_be_no_longer_needed_is_denied_as_not_needed_is():
    depth = {w.word: w.depth for w in negation_map("The starter is no longer needed.").words}
    assert depth["starter"] == 1 and depth["needed"] == 1
    depth = {w.word: w.depth for w in negation_map("The flour no longer matches the recipe.").words}
    assert depth["flour"] == 0 and depth["matches"] == 1


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Flour? Water? Salt? I always mix up which is which.", ["Flour? Water? Salt?"]),
        ("Is it the yeast? Or the heat?", ["Is it the yeast? Or the heat?"]),
        ("Does the dough rise? Does it fall? Who knows.", ["Does the dough rise? Does it fall?"]),
        ("Is it rye? I'd have to reread that part. Not sure.", ["Is it rye?"]),
    ],
)
def test_questions_the_answer_leaves_open_are_found(text, asked):
    assert [text[a:b].strip() for a, b in open_questions(text)] == asked


@pytest.mark.parametrize(
    "text",
    [
        "Why does it rise? Because the yeast makes gas.",
        "What goes in first? (flour) What next? (water)",
        "A dense loaf? Too little proofing.",
        "Is it the yeast? Not sure. I think it's the heat.",  # the writer commits after the doubt
        "The yeast makes gas, so the dough rises.",
    ],
)
def test_a_question_answered_after_it_is_not_open(text):
    assert open_questions(text) == []


def test_open_questions_are_blanked_in_place():
    text = "Flour? Water? Not sure."
    assert without_open_questions(text) == " " * len("Flour? Water?") + " Not sure."
    assert without_open_questions("Flour and water.") is None


@pytest.mark.parametrize(
    ("text", "view"),
    [
        (
            "Lena wrote that ovens bake faster when full. Nah. A full oven heats unevenly.",
            "that ovens bake faster when full",
        ),
        (
            "Tom's notes say 'knead for an hour'. You can't count on that: ten minutes does it.",
            "knead for an hour'",
        ),
        ("Ravi listed salt first. Other way round: flour goes in first.", "salt first"),
        ("Mia says any flour works. Too broad: rye needs a sour starter.", "any flour works"),
    ],
)
def test_a_classmates_claim_turned_down_is_a_foil(text, view):
    assert [text[start:end] for _, start, end in rejected_views(text)] == [view]


@pytest.mark.parametrize(
    "text",
    [
        "Lena says ovens bake faster when full, and she's right.",
        "Lena says ovens bake faster when full. That's right.",
        "Export used to store the loaves. The bakery changed that.",  # a capitalised noun, no classmate
        "Bread could be baked at night. Nah.",  # no verb of saying: no view reported
    ],
)
def test_no_classmates_foil_when_endorsed_or_no_one_reports_it(text):
    assert rejected_views(text) == ()
