"""The sixty-third set's misses and false alarms, each read for its general cause and tested in the orchard's
packhouse in wordings of our own, with sound answers beside them (the set's own plans are measured by
``test_coaching.py``)."""

import pytest

from studyguide.worksheets.coaching.input_options import names_option
from studyguide.worksheets.coaching.novelty import names_novelty
from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.rollout_unplanned import bare_start
from studyguide.worksheets.coaching.text import content_stems
from tests.worksheets.orchard import orchard_codes


@pytest.mark.parametrize(
    "simulator",
    [
        "We won't be asking it any what-ifs; we take what it gives.",
        "No what-ifs. The numbers are the numbers.",
    ],
)
def test_what_ifs_turned_down_in_so_many_words_are_no_simulator(simulator):
    assert "no_simulator" in orchard_codes(simulator=simulator)


def test_a_what_if_that_only_contains_a_negation_is_still_asked():
    simulator = "What if we did not send any crates straight to the buyer in a hot week?"
    assert "no_simulator" not in orchard_codes(simulator=simulator)


@pytest.mark.parametrize(
    "metric",
    [
        "Our measure is how the pickers and the buyer feel about the fruit. We won't put a number on it.",
        "The general mood in the packhouse at the end of the season; I don't want to put a figure on it.",
    ],
)
def test_an_impression_kept_from_any_figure_is_no_number(metric):
    assert "metric_no_number" in orchard_codes(metric=metric)


def test_a_count_with_a_target_left_unset_is_still_a_metric():
    metric = "Tonnes thrown away per season (41 now). We won't put a target on it until the cold store is in."
    assert "metric_no_number" not in orchard_codes(metric=metric)


@pytest.mark.parametrize(
    "data",
    [
        "Nothing. The packhouse opened two months ago and the scales aren't set up yet.",
        "None: we only started in the spring and the grader isn't installed.",
    ],
)
def test_a_place_just_opened_with_nothing_recording_holds_no_records(data):
    assert no_records_kept(data)


def test_a_new_place_that_keeps_logs_holds_records():
    assert not no_records_kept("The packhouse opened two months ago; the scales log every crate since then.")


@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        ("More profit from each tonne we pick.", "Lorries leaving the yard per week: 31."),
        (
            "Fewer bruised apples reaching the buyer.",
            "Leaflets on handling given out by supervisors and team leaders per season: 40.",
        ),
    ],
)
def test_a_count_on_the_way_is_a_proxy_whoever_hands_it_out(objective, metric):
    assert "metric_proxy" in orchard_codes(objective=objective, metric=metric)


def test_money_counted_as_a_return_is_no_count_on_the_way():
    assert "metric_proxy" not in orchard_codes(
        objective="More profit from each tonne we pick.", metric="Return on picking wages per week."
    )


@pytest.mark.parametrize(
    "rollout",
    [
        "Once the new grader is installed we'll start using it. That's about it.",
        "When the cold-store sensors are up and running we switch the model on.",
    ],
)
def test_a_start_once_the_build_is_done_is_no_rollout(rollout):
    assert bare_start(rollout)
    assert "no_rollout" in orchard_codes(rollout=rollout)


def test_a_start_once_ready_with_a_first_stage_is_a_rollout():
    rollout = "Once the grader is installed we'll start with the early variety only; Maya can switch it off."
    assert not bare_start(rollout)


def test_a_thing_named_by_a_looking_word_is_nobody_looking():
    monitoring = "Maya looks at waste each week for the first month; after that we won't be reviewing it."
    risks = "A new variety; a buyer's online checking service for grades."
    assert "no_monitoring" in orchard_codes(monitoring=monitoring, risks=risks)


@pytest.mark.parametrize(
    "levers",
    [
        [
            "fewer bruised-fruit rejections",
            "more tonnes reaching the buyer",
            "the cold store using less power",
        ],
    ],
)
def test_rows_of_results_are_no_levers(levers):
    assert "levers_missing" in orchard_codes(levers=levers)


@pytest.mark.parametrize(
    "lever",
    [
        "shoppers arriving early at the farm gate",
        "a dry, calm spell for picking",
        "visitors queuing politely",
    ],
)
def test_people_served_acting_or_weather_for_the_work_is_not_a_lever(lever):
    assert "lever_not_controllable" in orchard_codes(
        levers=["how many crates go straight to the buyer vs our own cold store", lever]
    )


def test_our_staff_switching_tasks_stays_a_lever():
    assert "lever_not_controllable" not in orchard_codes(
        levers=[
            "how many crates go straight to the buyer vs our own cold store",
            "packers switching to picking",
        ]
    )


@pytest.mark.parametrize(
    "went_really_well",
    [
        "Waste halves, the buyer tells us they love the fruit and we win a county award.",
        "Less thrown away, the pickers thank us and we buy a second cold store.",
    ],
)
def test_praise_among_the_gains_is_still_only_gains(went_really_well):
    assert "no_feedback_loop" in orchard_codes(went_really_well=went_really_well)


@pytest.mark.parametrize(
    "risks",
    [
        "A buyer bringing in a new grading rule; frost; staff sickness.",
        "Varieties we've never stored; a move to online ordering; the van.",
    ],
)
def test_others_introducing_things_or_work_not_done_yet_name_new_inputs(risks):
    assert names_novelty(risks)
    assert "no_ood_risk" not in orchard_codes(risks=risks)


def test_a_one_word_option_names_an_input_only_at_its_head():
    hospital = content_stems("hospital")
    assert names_option(hospital, "cases at the hospital")
    assert not names_option(hospital, "local hospital bed occupancy")
    assert names_option(content_stems("night shift"), "calls on the night shift each week")


def test_the_outcome_after_a_model_of_links_no_lever():
    modeler = (
        "A model of crates picked per week from the frost dates, the buyer's order and the weather. "
        "The optimizer then sets the split."
    )
    codes = orchard_codes(
        modeler=modeler,
        levers=["how many crates go straight to the buyer vs our own cold store", "which rows we pick first"],
        optimizer="Sets each week's split of crates and the picking order for the least waste.",
    )
    assert "model_no_lever" in codes
