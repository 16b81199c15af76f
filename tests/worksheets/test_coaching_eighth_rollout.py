"""What the eighth held-out set taught about rollout and monitoring: a person
given the power to stop, refuse or undo is in charge whatever the verb and however they are named; a
question the plan answers "no" to states nobody; watching said to end is not outweighed by a word such as
"monitoring" used elsewhere for something else, and the time may come before the denial. Pure: the rules
alone, no model. Our own wording, not the set's."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.denials import watching_ends
from studyguide.worksheets.coaching.rollout import (
    old_way_discarded,
    person_in_charge,
    power_given,
    single_switch_over,
)
from tests.worksheets.test_coaching_evidence import BASE


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


# --- a person with the power to stop, refuse or undo ------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Two salons in May, the rest in June; my sister (she keeps the accounts) can tell us to halt.",
        "Half the rounds use it at first, and our foreman Dev must agree to every route and can say no.",
        "Priya can set the old timetable back whenever she likes.",
        "The COO has the kill switch for the whole thing.",
    ],
)
def test_a_person_with_the_power_to_stop_or_refuse_is_in_charge(sentence):
    assert power_given(sentence)
    assert "rollout_no_human_oversight" not in codes_of(rollout=sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The app can stop sending reminders at night.",
        "Customers can say no to the offer at the till.",
        "Nothing can stop it once the settings are pushed.",
        "The heating can switch itself off.",
        "The wardens can't change it once it is set.",
    ],
)
def test_the_system_its_customers_or_a_denied_power_are_no_one_in_charge(sentence):
    assert not power_given(sentence)


def test_a_question_answered_no_states_nobody_in_charge():
    rollout = (
        "One depot in March, then all of them. Can anyone undo it after launch? No, the supplier fixes the "
        "settings for a year and our planners cannot touch them."
    )
    assert not person_in_charge(rollout)
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


def test_a_question_answered_otherwise_still_names_the_person():
    assert person_in_charge("Automatic pricing in one shop. Who can stop it? Omar can, any day.")


# --- watching that ends -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "monitoring",
    ["* after the first month: nothing, no time", "Once it runs, none.", "From go-live — nobody."],
)
def test_the_time_before_the_denial_ends_the_watching(monitoring):
    assert watching_ends(monitoring)
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize("monitoring", ["After each week: nothing odd so far, we compare sales.", "Weekly."])
def test_a_look_that_goes_on_is_not_an_end(monitoring):
    assert not watching_ends(monitoring)


def test_a_monitoring_word_elsewhere_does_not_outweigh_watching_said_to_end():
    codes = codes_of(
        monitoring="We set it up and then leave it; nobody will look at the no-show hours afterwards.",
        risks="Clients whose blood-pressure monitoring visits cluster in winter book unlike our regulars.",
    )
    assert "no_monitoring" in codes


def test_a_stated_look_elsewhere_still_counts_when_the_field_ends_it():
    codes = codes_of(
        monitoring="Nothing after the first month.",
        risks="The owner checks no-show hours every month anyway; tourists are unlike our regulars.",
    )
    assert "no_monitoring" not in codes


# --- the old way thrown out on the switch-over day --------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "The desk uses it from Tuesday after the trial, and we shred the old paper diaries that morning.",
        "Friday the 9th every artist uses it and we scrap the current rota; Mia can switch back.",
    ],
)
def test_the_old_way_thrown_out_on_one_day_goes_everywhere_at_once(rollout):
    assert old_way_discarded(rollout)
    assert single_switch_over(rollout)
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "Mia's bookings from Monday; the old rota is scrapped only once all four artists use it.",
        "Mia's bookings for a month, then all four artists; we keep the paper diary as a fallback.",
    ],
)
def test_a_staged_rollout_or_a_kept_old_way_is_not_a_single_switch_over(rollout):
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)
