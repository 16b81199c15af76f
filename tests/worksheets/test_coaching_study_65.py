"""The sixty-fifth set's misses, each read for its general cause and tested in the orchard's packhouse in
wordings of our own, with sound answers beside them (the set's own plans are measured by
``test_coaching.py``)."""

import pytest

from studyguide.worksheets.coaching.levers import read_lever
from studyguide.worksheets.coaching.novelty import names_novelty
from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.world_outright import names_market_price
from tests.worksheets.orchard import orchard_codes, orchard_plan

_CRATES = "how many crates go straight to the buyer vs our own cold store"


def test_records_never_put_away_in_order_are_no_data():
    assert no_records_kept("We don't keep anything on it. Pickers don't log rows and slips aren't filed.")
    assert not no_records_kept("Crate slips are filed by row each week; pickers log their rows.")


@pytest.mark.parametrize(
    ("rollout", "at_once"),
    [
        (
            "Every row, every picker, the whole packhouse from the first Monday of next month, since the "
            "buyer's contract covers the lot. Maya can stop it and go back to the fixed split.",
            True,
        ),
        (
            "Two rows from the first Monday of next month, the rest after the early variety if it goes well. "
            "Maya can stop it and go back to the fixed split.",
            False,
        ),
    ],
)
def test_a_start_on_a_day_counted_in_the_month_is_one_start_not_a_stage(rollout, at_once):
    assert ("rollout_not_gradual" in orchard_codes(rollout=rollout)) is at_once


def test_a_comparative_before_its_noun_names_something_new():
    assert names_novelty("Larger school groups than we've had on the tours.")
    assert not names_novelty("Larger crates on the early variety.")


def test_risks_naming_groups_bigger_than_before_are_no_people_only_list():
    risks = "Larger school groups than we've had on the tours. A hailstorm in May. A picker off sick."
    assert "no_ood_risk" not in orchard_codes(risks=risks)


@pytest.mark.parametrize(
    ("lever", "market"),
    [
        ("the price cider apples fetch at the autumn auction", True),
        ("what the juice pressings sell for", True),
        ("the market price of dessert apples", True),
        ("the price we ask for cider apples at the gate", False),
        ("the price of a pick-your-own basket", False),
    ],
)
def test_what_the_market_pays_is_no_lever(lever, market):
    assert names_market_price(lever) is market
    assert ("lever_not_controllable" in orchard_codes(levers=[_CRATES, lever])) is market


@pytest.mark.parametrize(
    ("uncontrollables", "denied"),
    [
        (["nothing outside our control: it's all down to how we run the picking"], True),
        (["Nothing beyond our control - it's all up to us"], True),
        (["nothing outside our control, except the frost"], False),
        (["Nothing beyond our control but the frost dates"], False),
    ],
)
def test_nothing_outside_our_control_is_no_list(uncontrollables, denied):
    assert ("uncontrollables_missing" in orchard_codes(uncontrollables=uncontrollables)) is denied


@pytest.mark.parametrize(
    ("rollout", "unchecked"),
    [
        (
            "Dessert apples first, cookers after a month. The software books the pickers itself each "
            "evening; neither I nor the packhouse lead can change or cancel a booking. The owner sees the "
            "wage bill each quarter.",
            True,
        ),
        (
            "Dessert apples first, cookers after a month. Neither the pickers nor the buyer see the plan; "
            "Maya checks each evening's bookings and can cancel any of them before 8pm.",
            False,
        ),
    ],
)
def test_neither_nor_denies_everyone_the_power_to_step_in(rollout, unchecked):
    assert ("rollout_no_human_oversight" in orchard_codes(rollout=rollout)) is unchecked


@pytest.mark.parametrize(
    ("risks", "none"),
    [
        ("There aren't really any; it's apples going into crates.", True),
        ("12. There are none to speak of, it's a packhouse.", True),
        ("There aren't many: a hailstorm, or a new variety we've never graded.", False),
    ],
)
def test_no_risks_said_to_be_there_is_no_risk_list(risks, none):
    assert ("no_risks" in orchard_codes(risks=risks)) is none


@pytest.mark.parametrize(
    "lever",
    [
        "whether pick-your-own visitors can collect from us after six",
        "whether pickers may take a crate home at the end of the day",
    ],
)
def test_whether_people_may_do_something_is_our_leave_to_give(lever):
    assert read_lever(lever).verdict == "control"
    assert "lever_not_controllable" not in orchard_codes(levers=[_CRATES, lever])


def test_a_verbless_pick_among_other_parties_is_ours():
    assert read_lever("which packer (two)").verdict == "control"
    feedback = coach(orchard_plan(levers=[_CRATES, "which packer (two)"]), None)
    assert "lever_not_controllable" not in {n.code for n in (*feedback.notes, *feedback.questions)}
