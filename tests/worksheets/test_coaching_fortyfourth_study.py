"""What the forty-fourth blind set's first look taught, each as a general reading (the set's plans are in
tests/worksheets/holdout/fortyfourth; these are other words for the same slips, beside near misses that must
stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from tests.worksheets.test_coaching_evidence import BASE, codes_of


def notes_of(**changes):
    return {n.code: n for n in check_plan(Plan(**{**BASE, **changes}))}


# --- its false alarm: a first stage kept to one part --------------------------------------------------------
def test_every_case_of_one_part_only_is_a_limited_first_stage():
    rollout = (
        "Weeks 1-6: the model's deposits are used for every booking at the Leith studio only. Mia approves "
        "each week's deposits and can switch back. The other studios follow only if no-shows fall."
    )
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


def test_every_store_from_the_first_weeks_on_one_channel_only_is_still_everywhere_at_once():
    rollout = (
        "- weeks 1-2: new deposits in all our studios, on the website only\n- weeks 3+: also at the desk\n"
        "- Mia can pull any deposit at any time"
    )
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


def test_every_unit_from_the_first_week_is_still_everywhere_at_once():
    rollout = (
        "Week 1: every booking in all four studios switches to the model's prices. Then Mia reviews them."
    )
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


# --- boxes that deny their element --------------------------------------------------------------------------
def test_a_minuted_no_model_is_a_missing_model():
    modeler = (
        "Item 6. Agreed: no model. The partners will carry on sharing out the cases at Monday's meeting."
    )
    assert "model_missing" in codes_of(modeler=modeler)


def test_a_minuted_model_is_a_model():
    modeler = "Item 6. Agreed: a model of the chance of a no-show from the deposit and the lead time."
    assert "model_missing" not in codes_of(modeler=modeler)


def test_a_simulator_declined_as_a_preference_is_none():
    assert "no_simulator" in codes_of(simulator="We'd rather not speculate - we'll see once it runs.")


@pytest.mark.parametrize(
    "baseline",
    [
        "The model will be the baseline: each new version has to beat the first one.",
        "Whatever the version we launch with scores becomes the bar.",
    ],
)
def test_the_model_as_its_own_baseline_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


def test_todays_way_beside_the_model_is_a_baseline():
    baseline = "Today a flat deposit of 50; the model will be the baseline for later versions after that."
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- lists that hold aims or rules --------------------------------------------------------------------------
def test_uncontrollables_that_are_aims_name_no_input():
    found = notes_of(
        uncontrollables=["keep waste down", "no complaints", "clients happy", "stay within the law"]
    )
    assert "uncontrollables_missing" in found
    assert "keep true" in found["uncontrollables_missing"].message


def test_states_of_the_world_are_uncontrollables():
    rows = ["no-shows after bank holidays", "clients who are happy to travel", "tourist season"]
    assert "uncontrollables_missing" not in codes_of(uncontrollables=rows)


def test_lever_rows_that_are_others_rules_are_no_levers():
    levers = ["the Licensing Act 2003 rules", "the council's street trading policy", "£300 fee cap"]
    found = notes_of(levers=levers)
    assert "levers_missing" in found
    assert "rule or a limit" in found["levers_missing"].message


def test_levers_set_inside_the_rules_are_levers():
    levers = ["how fast we act on a complaint", "the deposit we ask per booking", "when we send the reminder"]
    assert "levers_missing" not in codes_of(levers=levers)


# --- a lever never switched on, beside levers that varied ---------------------------------------------------
def test_a_feature_never_switched_on_needs_an_experiment_even_if_other_levers_varied():
    data = (
        "Bookings since 2022 with the deposit in force. The deposit went from 30 to 50 last spring, so that "
        "is in the data. The reminder text has never been switched on; the supplier says it cuts no-shows by "
        "a fifth."
    )
    levers = ["the deposit we ask per booking", "the reminder text the day before"]
    found = notes_of(data=data, levers=levers, experiment="no")
    assert "lever_no_data_experiment" in found
    assert "the reminder text the day before" in found["lever_no_data_experiment"].message


def test_a_feature_never_switched_on_with_a_trial_planned_needs_no_note():
    data = "The reminder text has never been switched on; for a month half the bookings get it at random."
    levers = ["the deposit we ask per booking", "the reminder text the day before"]
    assert "lever_no_data_experiment" not in codes_of(data=data, levers=levers, experiment="yes")


# --- oversight ----------------------------------------------------------------------------------------------
def test_people_copied_in_for_information_are_not_in_charge():
    rollout = (
        "One studio first for a month, then all four. Deposits are set automatically by the booking system; "
        "the studio managers are copied in for information."
    )
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring="")


def test_a_bookings_final_under_an_organisations_terms_is_past_changing():
    rollout = (
        "One studio first for a month, then all four. Under the studio's booking terms a confirmed deposit "
        "is final and is not changed for anyone; the front desk's job is checking clients in."
    )
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


def test_reviewers_named_in_the_monitoring_are_no_oversight_but_a_reviewer_who_approves_is():
    rollout = (
        "One studio first, then all four. Deposits are set automatically; a reviewer approves each week's."
    )
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


# --- objective and rollout that describe something else -----------------------------------------------------
def test_an_objective_that_describes_the_agency_names_no_outcome():
    objective = (
        "We're a tattoo studio in Leith, set up in 2015. We represent 6 artists - fine line, e-learning "
        "courses for apprentices and some cover-ups - and we have a private room for clients without a car."
    )
    assert "objective_missing" in codes_of(objective=objective)


def test_a_rollout_box_that_presents_the_results_plans_no_rollout():
    rollout = "I'll present the results to the owners in June, with slides on how well the model did."
    assert "no_rollout" in codes_of(rollout=rollout)
