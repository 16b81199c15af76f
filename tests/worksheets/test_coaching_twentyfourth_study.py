"""Coaching study 59 (the twenty-fourth set's lever and model questions on strong plans and its two missed
levers the planner cannot set), by general cause. Pure: the rules alone, no model. Our own sentences, not any
set's."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.others_counted import counts_others_doing
from studyguide.worksheets.coaching.rules import check_plan
from studyguide.worksheets.coaching.settings_tally import levers_called_settings, tallies_levers


def _plan(**fields):
    return plan_from_mapping(fields)


# --- a count of the clients' own choices, or of what the process yields ---
@pytest.mark.parametrize(
    "lever",
    [
        "how many visitors book the guided tour",
        "the share of members who renew online",
        "the proportion of seedlings that survive the frost",
    ],
)
def test_a_count_of_others_acting_is_no_lever(lever):
    plan = _plan(objective="Healthier seedlings and more visitors.", metric="Tours sold per week.")
    assert counts_others_doing(lever, plan)


@pytest.mark.parametrize(
    "lever",
    [
        "how many visitors we admit per slot",  # our own act on them
        "the share of members who get a reminder call",  # what they receive from us
        "how many volunteers knock on doors",  # our own people
        "how many riders go out on each shift",  # a motion: our dispatch, whoever rides
        "the share of budget that goes to posters",  # not the plan's subject, not a client
        "the proportion of trays that survive the move",  # the trays are not what the plan is about
    ],
)
def test_a_count_of_what_we_do_stays_a_lever(lever):
    plan = _plan(objective="Healthier seedlings and more visitors.", metric="Tours sold per week.")
    assert not counts_others_doing(lever, plan)


def test_the_count_of_client_bookings_is_said_as_a_note():
    plan = _plan(
        objective="More rooms sold in spring.",
        metric="Room nights sold per month.",
        levers=["weekday price", "how many guests order the breakfast box"],
        uncontrollables=["weather"],
    )
    notes = [n for n in check_plan(plan) if n.code == "lever_not_controllable"]
    assert notes and not notes[0].question and "breakfast box" in notes[0].message


# --- the plan counting its own levers as its settings ---
def test_the_exact_tally_of_settings_names_every_lever():
    levers = ["oven heat", "bake minutes", "proof hours"]
    assert tallies_levers("Loaf volume given flour and the three settings.", levers)
    assert tallies_levers("Crumb score given all 3 levers.", levers)
    assert not tallies_levers("Loaf volume given the two settings.", levers)
    assert not tallies_levers("Loaf volume given the settings.", levers)


def test_a_plan_calling_its_levers_settings_keeps_a_state_noun_as_its_own():
    plan = _plan(
        levers=["kiln air humidity", "firing hours"],
        uncontrollables=["outside humidity"],
        modeler="Cracked pots given clay batch and the two settings.",
    )
    assert levers_called_settings(plan)
    codes = {n.code for n in check_plan(plan)}
    assert "model_no_lever" not in codes
