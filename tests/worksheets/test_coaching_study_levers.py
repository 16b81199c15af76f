"""A study of `lever_not_controllable` before the sixty-third set was read: over the last eight first looks it
was caught in two of eight plans, most rows being asked about rather than said. Tried here in the orchard's
packhouse in wordings of our own: another party named acting with no object ("the haulier turning up before
noon"), the weather judged or at its own work ("good weather in harvest week", "rain holding off during
picking"), nature's own growth in a manner ("apples ripening evenly") and a state of people or the market
("demand for cider apples", "the member's mood"). Levers the planner sets stay levers."""

import pytest

from studyguide.worksheets.coaching.gerund_parties import names_another_acting
from studyguide.worksheets.coaching.world_outright import names_world_outright
from tests.worksheets.orchard import orchard_codes

_CRATES = "how many crates go straight to the buyer vs our own cold store"


@pytest.mark.parametrize(
    "lever",
    [
        "the buyer accepting grade two fruit",
        "the haulier turning up before noon",
        "the buyer paying within 30 days",
        "frost-free nights in April",
        "good weather in harvest week",
        "rain holding off during picking",
        "apples ripening evenly",
        "demand for cider apples",
        "shoppers buying the wonky-fruit bags",
        "the buyer's willingness to take smaller apples",
    ],
)
def test_a_row_another_party_the_weather_or_the_market_decides_is_said(lever):
    assert "lever_not_controllable" in orchard_codes(levers=[_CRATES, lever])


@pytest.mark.parametrize(
    "lever",
    [
        "which rows we pick first each morning",
        "the price we ask the juice maker",
        "hiring two extra pickers in September",
        "asking the buyer for a Class II line",
        "the bonus we offer pickers who stay the season",
        "when we start picking each variety",
        "the haulier we book and the collection time we ask for",
        "training pickers to handle fruit by the stem",
        "whether we pay pickers by the hour or by the crate",
        "the heating on cold nights in the packing shed",
        "the advertising budget for the farm shop",
    ],
)
def test_a_row_the_planner_sets_stays_a_lever(lever):
    assert "lever_not_controllable" not in orchard_codes(levers=[_CRATES, lever])


def test_a_party_acting_needs_no_object_but_a_thing_running_does():
    assert names_another_acting("the haulier turning up before noon")
    assert not names_another_acting("the shuttle running every 10 minutes")
    assert not names_another_acting("the van leaving before seven")


@pytest.mark.parametrize(
    ("lever", "outright"),
    [
        ("the member's mood and motivation", True),
        ("staff morale", True),
        ("customer demand", True),
        ("the pupil's nerves on exam day", True),
        ("which customers get a demand letter", False),
        ("whether staff morale talks are held", False),
        ("our response to demand on Saturdays", False),
        ("the discount for nervous first-timers", False),
    ],
)
def test_a_state_of_people_or_the_market_is_read_only_at_the_rows_head(lever, outright):
    assert names_world_outright(lever) is outright
