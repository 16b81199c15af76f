"""The fifteenth set's study (issue 11): false alarms and misses, by general cause. Pure: the rules alone, no
model. Our own sentences, not any set's."""

from types import SimpleNamespace

import pytest

from studyguide.worksheets.coaching.sensors import new_inputs_named


def _plan(data="Till logs for three years.", modeler="Sales per hour given weather and staff."):
    return SimpleNamespace(data=data, modeler=modeler)


# --- inputs beyond the record, or a new kind of thing, named in other words --------------------------------
@pytest.mark.parametrize(
    "risk",
    [
        "An autumn wetter than the seven years recorded.",
        "A winter busier than all our logs.",
        "A new apple variety arrives at the press.",
        "A new bus line past the shop.",
        "A new type of scanner at the door.",
        "A new breed of hen in the flock.",
    ],
)
def test_beyond_the_record_or_a_new_kind_is_a_new_input(risk):
    assert new_inputs_named(_plan(), risk)


@pytest.mark.parametrize(
    "risk",
    [
        "Staff may ignore the advice.",
        "A new box at the exit startles the animals.",
        "The new line manager may not trust it.",
        "The new model could be wrong at first.",
        "Rents higher than the bank expects.",
    ],
)
def test_one_new_thing_or_a_role_is_no_new_kind(risk):
    assert not new_inputs_named(_plan(), risk)


# --- a lever that narrows an uncontrollable with a word of its own is no twin ------------------------------
def test_a_narrower_lever_is_no_twin_of_the_uncontrollable():
    from studyguide.worksheets.coaching.rules import _twin

    assert not _twin("cold store air temperature", "air temperature")
    assert _twin("frost in early spring", "frost in early spring")
    assert _twin("air temperature", "the air temperature")
