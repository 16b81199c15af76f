"""Key points named only to be dismissed (``quiz.grading.dismissed``): written in our own words, off the
course. Each case gives the answer and the clause a matcher would credit (covered, and so credited)."""

import pytest

from quiz.grading.dismissed import DEMOTED, DENIED, dismissal, without_equations

BAKING = "Why does bread dough need time to rise?"


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # a false equation holds the key's words
        (
            "Proving and baking are basically the same step, so the yeast works in the oven.",
            "Proving and baking",
        ),
        (
            "Yeast and baking powder are just two names for the same raising agent. So any will do.",
            "Yeast and baking powder",
        ),
        ("Kneading and resting are the same thing under two names; the gluten forms either way.", "Kneading"),
        # a list of don'ts holds them
        ("Never let it rest, never keep it warm, avoid waiting: bake at once.", "never keep it warm"),
        ("Steps to skip: resting, proving, a warm room. Just bake it.", "Steps to skip: resting, proving"),
        ("Don'ts: a long rest, a warm spot, a covered bowl. It wastes the morning.", "Don'ts: a long rest"),
        ("Never give it time, warmth or moisture: bake it straight away.", "Never give it time, warmth"),
    ],
)
def test_a_key_named_only_in_an_equation_or_a_list_of_donts_is_denied(text, covered):
    assert dismissal(text, [covered], [covered], BAKING) == DENIED


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Mainly so the baker gets a break. The yeast making gas is a minor thing.", "The yeast making gas"),
        (
            "The main reason is tradition. That the gas lifts the dough is a small side effect.",
            "the gas lifts",
        ),
        ("Mostly for the flavour of the crust. The rise itself matters a bit, but that's secondary.", "rise"),
    ],
)
def test_a_key_called_minor_beside_another_main_point_is_demoted(text, covered):
    assert dismissal(text, [covered], [covered], BAKING) == DEMOTED


@pytest.mark.parametrize(
    ("text", "covered", "question"),
    [
        # the key stated outside the dismissal
        (
            "The yeast makes gas that lifts it. Proving and rising are basically the same here.",
            "The yeast",
            BAKING,
        ),
        ("The main point is that yeast makes gas; the flavour is a minor extra.", "yeast makes gas", BAKING),
        # an equation in passing, or in a later clause than the key
        ("Gas lifts it. Proving and rising are basically the same thing here.", "Proving and rising", BAKING),
        (
            "It's called proving, which is basically the same as rising in some books.",
            "It's called proving",
            BAKING,
        ),
        (
            "The yeast makes gas; proving and rising are basically the same, so either word will do.",
            "yeast",
            BAKING,
        ),
        # the distinction the key rests on, said right
        (
            "Proving and baking are not the same step: the yeast works before the oven.",
            "the yeast works",
            BAKING,
        ),
        ("Proving and baking aren't really the same, since the yeast needs time first.", "the yeast", BAKING),
        # a purpose, then the key; a single "avoid"
        ("To avoid a flat loaf, give the yeast time to make gas.", "give the yeast time", BAKING),
        ("Let the yeast make gas and avoid a cold kitchen.", "Let the yeast make gas", BAKING),
        # a demotion with no other main point named
        ("The yeast makes gas; the exact time is a minor detail.", "The yeast makes gas", BAKING),
        # the question asks what to avoid: the don'ts are the answer
        (
            "Never knead rye hard, never let sourdough over-prove, avoid a hot oven for a soft crust.",
            "never let sourdough over-prove",
            "When is it better not to follow the usual method?",
        ),
    ],
)
def test_a_key_stated_or_a_prohibition_asked_for_is_not_dismissed(text, covered, question):
    assert dismissal(text, [covered], [covered], question) is None


def test_without_equations_keeps_the_defined_term_and_what_a_colon_explains():
    text = "Proving is basically the same as resting: the dough sits while the yeast makes gas."
    kept = without_equations(text)
    assert kept is not None and kept.split() == [
        "Proving",
        "the",
        "dough",
        "sits",
        "while",
        "the",
        "yeast",
        "makes",
        "gas.",
    ]


def test_without_equations_blanks_a_symmetric_equation_and_what_is_drawn_from_it():
    kept = without_equations(
        "Proving and baking are basically the same step, so the yeast works in the oven."
    )
    assert kept is not None and not kept.strip()
    assert without_equations("Proving lets the yeast make gas that lifts the dough.") is None
