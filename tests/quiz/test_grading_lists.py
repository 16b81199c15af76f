"""``lists``: the closing item of a list of key points that the key does not back."""

from quiz.grading.features import UnitSupport
from quiz.grading.lists import unbacked_closing_items
from quiz.grading.text import split_units


def _scored(text: str, states: dict[int, float], stated: set[int], ref_cos: float = 0.3) -> list[UnitSupport]:
    return [
        UnitSupport(u, states.get(i, 0.0), ref_cos, 0.0, False, i in stated)
        for i, u in enumerate(split_units(text))
    ]


def _index(units: list[UnitSupport], text: str) -> int:
    return next(i for i, u in enumerate(units) if u.unit.kind == "clause" and u.unit.text.startswith(text))


def test_a_closing_item_that_states_nothing_after_listed_points_is_unbacked():
    text = "Keep a person checking, let it rank the cases, and switch the people off after one quiet week."
    units = _scored(text, {}, set())
    first = _index(units, "Keep a person")
    units = _scored(text, {first: 1.0}, {first})
    assert unbacked_closing_items(units) == [units[_index(units, "switch")].unit.text]


def test_no_list_a_short_item_or_a_point_stated_is_left_alone():
    # two halves joined by "and": no list of three
    text = "Keep a person checking the outputs, and switch the people off after one quiet week."
    units = _scored(text, {1: 1.0}, {1})
    assert unbacked_closing_items(units) == []
    # a short true item names a thing
    text = "Flips of the images, rotations of the images, and zoom."
    units = _scored(text, {1: 1.0}, {1})
    assert unbacked_closing_items(units) == []
    # the closing item rewords the reference
    text = "Keep a person checking, let it rank the cases, and widen its use step by step over months."
    units = _scored(text, {1: 1.0}, {1}, ref_cos=0.7)
    assert unbacked_closing_items(units) == []
    # no earlier item states a point
    units = _scored(text, {}, set())
    assert unbacked_closing_items(units) == []


def test_a_closing_clause_that_sums_up_is_no_item():
    text = (
        "The frames are dark, grainy and cropped, while it learned from clear photos, "
        "and that difference in style is what hurts the model."
    )
    units = _scored(text, {1: 1.0}, {1})
    assert unbacked_closing_items(units) == []
