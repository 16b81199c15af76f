"""``foils`` and told stories: a view the answer reports as others' and rejects ("Some say A. No: B") is no
claim of the answer, and a story told before the general point is no claim about the subject."""

import pytest

from quiz.grading.asides import story_sentences
from quiz.grading.features import UnitSupport
from quiz.grading.foils import rejected_views
from quiz.grading.negation import negation_map
from quiz.grading.pipeline import _without_asides
from quiz.grading.text import split_units


def _views(text: str) -> list[str]:
    return [text[start:end] for _, start, end in rejected_views(text)]


@pytest.mark.parametrize(
    ("text", "view"),
    [
        (
            "Some think the oven bakes faster when full. No: a full oven heats unevenly.",
            "the oven bakes faster when full",
        ),
        ("Many people assume rust needs salt. Actually plain water and air are enough.", "rust needs salt"),
        ("Some would call it a drizzle, but that much rain is a downpour.", "it a drizzle"),
        ("Some say bees sleep in flowers. That was true back in the old books.", "bees sleep in flowers"),
        ("Some describe yeast as a chemical. That's a living fungus, not a chemical.", "yeast as a chemical"),
        ("Some say tides come from wind. It isn't: the moon's pull moves them.", "tides come from wind"),
        (
            "A friend insisted that glass is a liquid. Cute, but no: it is an amorphous solid.",
            "that glass is a liquid",
        ),
        (
            "Some engineers say: build the roof first. The usual order runs the other way.",
            "build the roof first",
        ),
    ],
)
def test_a_view_the_writer_rejects_is_a_foil(text, view):
    assert _views(text) == [view]


@pytest.mark.parametrize(
    "text",
    [
        "Some call it a downpour, and they're right.",  # agreed with
        "Some call it a downpour. It is heavy rain over a short time.",  # no rejection follows
        "Some say bees sleep in flowers.",  # nothing follows
        "Most uses aren't harmful. The rest are rare.",  # "uses" is a noun, no one holds a view
        "Some cakes sink in the middle. But most rise evenly.",  # "some cakes" are no holders of a view
        "People wrongly think rust needs salt, but water is enough.",  # already denied by ``negation``
    ],
)
def test_no_foil_without_a_holder_and_a_rejection(text):
    assert _views(text) == []


def test_the_words_of_a_foil_are_denied_and_the_answer_after_it_is_not():
    text = "Some say tides come from wind. No: the moon's pull moves them."
    depth = {w.word: w.depth for w in negation_map(text).words}
    assert depth["wind"] % 2 == 1 and depth["tides"] % 2 == 1
    assert depth["moon's"] == 0 and depth["pull"] == 0


def test_a_negation_inside_a_foil_is_denied_again():
    text = "Some say ovens can't bake bread. That's outdated: they bake it well."
    bake = [w for w in negation_map(text).words if w.word == "bake"]
    assert bake[0].depth == 2 and bake[1].depth == 0


def _units(text: str, stated: tuple[str, ...] = ()) -> list[UnitSupport]:
    return [
        UnitSupport(u, 0.1, 0.3, 0.3, False, any(u.text.startswith(s) for s in stated))
        for u in split_units(text)
    ]


def test_a_foil_sentence_is_set_aside():
    text = "Some say tides come from wind. No: the moon's pull moves them."
    kept = [u.unit.text for u in _without_asides(_units(text, ("No:",)), rejected_views(text))]
    assert not any("wind" in t for t in kept)
    assert any("moon" in t for t in kept)


STORY = (
    "Last spring our bakery tried a new flour. The loaves came out flat and the crust burned twice. "
    "That's the lesson: a flour with less protein holds less gas, so the dough cannot rise."
)


def test_a_story_told_before_the_general_point_is_set_aside():
    units = _units(STORY, ("That's the lesson",))
    told = [u.unit.text for u in story_sentences(units)]
    assert told == [
        "Last spring our bakery tried a new flour",
        "The loaves came out flat and the crust burned twice",
    ]
    kept = [u.unit.text for u in _without_asides(units)]
    assert not any("loaves" in t for t in kept)


def test_no_story_when_the_closing_sentence_states_no_point():
    assert story_sentences(_units(STORY)) == []


@pytest.mark.parametrize(
    "opening",
    [
        "Flour with less protein is cheaper and can be bought anywhere.",  # a general claim, not a telling
        "The bakery down the road tried a new flour.",  # nobody's own story: no writer in it
    ],
)
def test_no_story_without_the_writers_own_telling(opening):
    text = opening + " That's the lesson: a flour with less protein holds less gas."
    assert story_sentences(_units(text, ("That's the lesson",))) == []


@pytest.mark.parametrize(
    ("text", "view"),
    [
        (
            "Not the oven itself, the heating coil: a thermostat switches the heat on and off.",
            "the oven itself, the heating coil",
        ),
        (
            "It's not plain water (tap or bottled): brine means water with a lot of salt in it.",
            "plain water (tap or bottled)",
        ),
        ("Not a cake but a bread: it rises with yeast and has no sugar at all.", "a cake"),
    ],
)
def test_a_term_set_apart_before_a_colon_is_a_foil(text, view):
    assert _views(text) == [view]


@pytest.mark.parametrize(
    "text",
    [
        "Not only flour: yeast, water and salt go into the dough.",  # keeps flour
        "Not really: the dough rises because of the yeast.",  # a bare denial, no term
        "The oven is not hot enough: the bread stays pale.",  # a claim, not an opening set-apart
    ],
)
def test_no_term_set_apart_without_an_opening_denial_of_one(text):
    assert _views(text) == []
