"""The sixty-fourth set's misses, each read for its general cause and tested in the orchard's packhouse in
wordings of our own, with sound answers beside them (the set's own plans are measured by
``test_coaching.py``)."""

import pytest

from studyguide.worksheets.coaching.others_inputs import without_others_settings
from studyguide.worksheets.coaching.outcome_first import without_prediction
from studyguide.worksheets.coaching.records_none import no_records_kept
from tests.worksheets.orchard import orchard_codes

_CRATES = "how many crates go straight to the buyer vs our own cold store"


@pytest.mark.parametrize(
    "data",
    [
        "Nothing really. Picks were written on the whiteboard, which isn't kept after the week, and nobody "
        "noted which rows went first. We only know the income.",
        "Just the yearly takings figure for the accountant. Not planning to keep anything else, it's a small "
        "farm.",
    ],
)
def test_only_a_money_total_for_someone_elses_books_is_no_data(data):
    assert no_records_kept(data)


def test_a_total_beside_records_of_our_own_is_data():
    assert not no_records_kept("The yearly takings, and the picking log of every row and day since 2019.")


@pytest.mark.parametrize(
    "levers",
    [
        ["the packhouse getting tidier", "more money from the juice apples", "fewer crates rejected"],
        ["the cold store becoming cheaper to run", "the buyer happier", "fewer bruised apples"],
    ],
)
def test_states_the_plan_hopes_for_are_no_levers(levers):
    assert "levers_missing" in orchard_codes(levers=levers)


def test_an_outcome_said_as_how_many_is_no_input():
    assert without_prediction("predicts how many crates are rejected per week from the frost dates") == (
        "predicts per week from the frost dates"
    )


def test_another_partys_choice_among_the_inputs_reads_no_lever():
    assert "varieties" not in without_others_settings("the season and which varieties buyers are ordering")
    assert "varieties" in without_others_settings("the season and which varieties we plant")


@pytest.mark.parametrize(
    ("metric", "proxy"),
    [
        ("Pickers on duty each day: 24 now. Target: 30 by next season.", True),
        ("Tonnes thrown away per season, with the pickers on duty each day beside it.", False),
    ],
)
def test_our_own_people_or_kit_put_out_is_effort_not_the_outcome(metric, proxy):
    assert ("metric_proxy" in orchard_codes(metric=metric)) is proxy


@pytest.mark.parametrize(
    "went_really_well",
    [
        "Waste drops and rejections fall. Two more shops move their orders to us.",
        "Waste halves, the buyer tells us it's the best fruit they get, and we're shortlisted for an award.",
    ],
)
def test_outcomes_moving_and_business_won_are_gains_only(went_really_well):
    assert "no_feedback_loop" in orchard_codes(went_really_well=went_really_well)


def test_once_the_model_is_done_the_settings_changed_is_no_rollout():
    assert "no_rollout" in orchard_codes(
        rollout="Once the model's finished we'll set the split to its answer."
    )
