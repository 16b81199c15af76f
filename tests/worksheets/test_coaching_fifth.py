"""What the fifth held-out set taught (tests/worksheets/holdout/fifth): the coach reads a plan's structure,
not the words it was shown. Each test changes one part of a complete plan, in words of its own. Pure: the
rules alone, no model."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from tests.worksheets.test_coaching_evidence import BASE  # one complete plan; each test changes a part


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


# --- levers: what is counted decides, not the verb -----------------------------------------------------
@pytest.mark.parametrize(
    "phrase", ["how many trays of seedlings we make up each week", "how much soup we make before noon"]
)
def test_a_counted_product_we_make_is_a_decision(phrase):
    reading = read_lever(phrase)
    assert (reading.verdict, reading.firm) == (CONTROL, True)


@pytest.mark.parametrize("phrase", ["how much we make on a market day", "how much profit we make per stall"])
def test_counted_money_we_make_is_an_outcome(phrase):
    assert read_lever(phrase).verdict == WORLD


# --- levers: a team named by its work may be ours --------------------------------------------------------
@pytest.mark.parametrize(
    "phrase", ["which packing team takes which order", "which night team covers which ward corridor"]
)
def test_a_team_named_by_its_work_is_not_another_party(phrase):
    reading = read_lever(phrase)
    assert not (reading.verdict == WORLD and reading.firm)


@pytest.mark.parametrize("phrase", ["which team wins the derby", "the rival team's line-up"])
def test_a_team_in_a_contest_is_still_another_party(phrase):
    assert (read_lever(phrase).verdict, read_lever(phrase).firm) == (WORLD, True)


def test_another_party_acting_on_us_is_not_our_lever():
    reading = read_lever("how many pallets the wholesaler chooses to buy from us")
    assert (reading.verdict, reading.firm) == (WORLD, True)
    assert "lever_not_controllable" in codes_of(
        levers=[*BASE["levers"], "how many pallets the wholesaler chooses to buy from us"]
    )


def test_what_people_hear_from_us_is_not_called_their_act_firmly():
    assert not read_lever("how often members hear from us").firm


# --- rollout: a person who can go back to the old way ----------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Two chairs for a month; I keep the paper diary on the desk and go back to it if bookings drop. "
        "Then the rest.",
        "Mia's bookings first, then all; either of us can set the old deposits back in a minute.",
    ],
)
def test_a_person_who_can_return_to_the_old_way_is_in_charge(rollout):
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout, monitoring="")


def test_a_return_without_a_person_is_no_oversight():
    rollout = "Mia's bookings first, then all; deposits are set automatically and go back down in winter."
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring="")


# --- rollout: an opening on a few units is a first stage -------------------------------------------------
def test_a_rollout_opening_on_a_few_units_then_widening_later_is_gradual():
    rollout = "Three vans, one summer: the dispatcher approves each route; fleet-wide after the review."
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


def test_a_count_of_units_switched_in_one_go_is_still_everywhere_at_once():
    rollout = "40 vans move to the new routes on the same Monday, in one go; the dispatcher can revert."
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


# --- rollout: once it runs by itself, only an act puts a person in charge --------------------------------
@pytest.mark.parametrize(
    "rollout, monitoring",
    [
        (
            "Mia's bookings first, then all; deposits then change automatically each night.",
            "A monthly deposit report goes to the owner.",
        ),
        (
            "The booking system sets deposits by itself, Mia's bookings first, then all. The artists are not "
            "to change them, and there is no manual override.",
            "",
        ),
    ],
)
def test_a_role_named_beside_stated_automation_is_no_one_in_charge(rollout, monitoring):
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring=monitoring)


def test_automation_with_a_person_who_acts_on_it_is_overseen():
    rollout = "Advice only for a month; then deposits change automatically, Mia can stop it any day."
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


# --- a prediction passed on, whatever the simulator asks ------------------------------------------------
@pytest.mark.parametrize(
    "optimizer",
    [
        "Each booking's no-show chance is printed on the morning sheet for the artists to see.",
        "The risk table of bookings is uploaded to the studio's shared drive every Monday.",
    ],
)
def test_an_optimizer_that_only_passes_the_prediction_on_decides_nothing(optimizer):
    notes = check_plan(Plan(**{**BASE, "optimizer": optimizer}))
    found = [n for n in notes if n.code == "prediction_not_decision"]
    assert found and "only passes the prediction on" in found[0].message


def test_a_prediction_passed_on_and_used_within_a_limit_is_a_decision():
    optimizer = "The no-show chances are printed each morning; the 5 riskiest bookings get a deposit call."
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)


# --- a filled field that states its own gap -------------------------------------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "The owner checks no-show hours while Mia tries it; once all artists use it we stop tracking.",
        "Nothing planned later: the deposits sort themselves out, so nobody will need to check the figures.",
    ],
)
def test_monitoring_that_stops_while_the_system_runs_is_no_monitoring(monitoring):
    notes = [n for n in check_plan(Plan(**{**BASE, "monitoring": monitoring})) if n.code == "no_monitoring"]
    assert notes and "stops watching" in notes[0].message


def test_monitoring_that_does_not_only_look_at_one_figure_still_watches():
    monitoring = "We don't only look at no-show hours: the owner also reads complaints each month."
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "baseline",
    [
        "There is nothing worth measuring it against; the results will speak for themselves.",
        "Comparing the new deposits with anything would not be meaningful for a studio like ours.",
    ],
)
def test_a_baseline_that_declines_to_compare_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


def test_a_declined_benchmark_that_still_names_todays_practice_is_a_baseline():
    baseline = "No formal benchmark; we compare with the flat deposit of 50 we use today."
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- metrics: whose measure, what is counted, a feeling, a number ---------------------------------------
def test_a_score_the_model_owns_is_model_quality():
    metric = "The no-show model's hit rate among the top five bookings, target 0.6."
    assert "metric_is_model_quality" in codes_of(metric=metric)


def test_todays_level_beside_a_measure_measures_nothing_of_its_own():
    metric = "The no-show model's recall on the test bookings, now 0.4."
    assert "metric_is_model_quality" in codes_of(metric=metric)


def test_our_content_consumed_is_activity_on_the_way():
    metric = "Aftercare clips watched in the studio app per client per month (currently 0.8)."
    assert "metric_proxy" in codes_of(metric=metric)


def test_clients_more_content_is_a_feeling():
    assert "metric_no_number" in codes_of(metric="Calmer afternoons at the studio and clients more content.")


def test_a_blank_metric_beside_an_objective_with_no_number_is_noted():
    changes = dict(metric="", objective="More chair hours paid for and fewer wasted afternoons.")
    assert "objective_no_metric" in codes_of(**changes)


def test_a_blank_metric_beside_an_objective_with_its_number_is_fine():
    changes = dict(metric="", objective="Cut chair hours lost to no-shows by 30 % within a year.")
    assert "objective_no_metric" not in codes_of(**changes)
