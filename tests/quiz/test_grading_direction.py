"""``direction``: a clause that gives the key point's subject the opposite direction ("few" for "many", "a
new value each time" for "a fixed value") is reversed; the same direction, or another subject, is not."""

from quiz.grading.direction import reverses

DETAIL_QTY = "Tables with a huge number of distinct shop codes, like branch identifiers."
DETAIL_SAME = "Keep the thermostat at a fixed temperature setting overnight."


def test_the_opposite_quantity_on_the_same_subject_is_reversed():
    assert reverses("It wins when the tables have very few distinct shop codes", DETAIL_QTY)


def test_the_same_direction_is_not_reversed():
    assert not reverses("It wins with many distinct shop codes", DETAIL_QTY)


def test_a_negated_direction_word_is_no_direction():
    assert not reverses("It wins when the tables do not have few distinct shop codes", DETAIL_QTY)


def test_sameness_reversed_only_on_a_shared_subject():
    assert reverses("Choose a different temperature setting every night", DETAIL_SAME)
    # "different" qualifies something the detail does not talk about
    assert not reverses("Different rooms can share the heater", DETAIL_SAME)


def test_a_clause_using_both_sides_states_no_direction():
    assert not reverses("Few codes or a huge number of shop codes both work", DETAIL_QTY)
