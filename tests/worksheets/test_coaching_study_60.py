"""Misses and false alarms of the sixtieth blind set's first look, fixed for their general cause and tested
here in another trade (the orchard's packhouse): risks that say the record holds little of what they name,
"none that matter" as the uncontrollables, someone else keeping the records, a metric the committee has not
agreed, the past refused as a yardstick, the gap between a quoted figure and the actual one, a long story in
place of the objective, players turning up as a lever, a trial said to be needless, and success that crowds
our own people out."""

import pytest

from studyguide.worksheets.coaching.sensors import _input_condition
from studyguide.worksheets.coaching.served_acting import read_with_served_acts
from tests.worksheets.orchard import orchard_codes

# Three risks with no word of novelty: the orchard's risks field, less its own novelty
_FAMILIAR = "The cold-store compressor failing in August. Maya off sick at peak. The buyer paying late."


@pytest.mark.parametrize(
    "risk",
    [
        "Pickers from the agency's new Romanian crews, which our logs show few of.",
        "Heritage varieties our picking logs barely cover.",
        "A supermarket grade much stricter than what's in our history.",
        "Selling to a cider maker, which none of our buyers do.",
        "Frost on trees we've had no fruit from before.",
        "Export buyers much fussier than our usual ones.",
    ],
)
def test_a_risk_the_record_holds_little_of_is_an_input_unlike_the_data(risk):
    assert "no_ood_risk" not in orchard_codes(risks=f"{_FAMILIAR} {risk}")


def test_familiar_risks_alone_still_get_the_note():
    assert "no_ood_risk" in orchard_codes(risks=_FAMILIAR, went_really_well="Less waste, more grade one.")


def test_an_event_night_is_no_dark_to_read_inputs_in():
    assert not _input_condition("the buyer pulling out of our open night")
    assert _input_condition("picking at night under lamps")


def test_success_that_crowds_our_own_people_out_is_a_loop_not_a_new_input():
    went_well = (
        "If the early variety sells out, the packhouse will fill with agency pickers, and our regular crew "
        "may feel squeezed out, so the pickers who know the rows could drift away."
    )
    codes = orchard_codes(risks=_FAMILIAR, went_really_well=went_well)
    assert "no_feedback_loop" not in codes
    assert "no_ood_risk" in codes  # the loop's "drift away" is our doing, not an input unlike the data


@pytest.mark.parametrize(
    "uncontrollables",
    [["None that matter - which rows we pick and when is all our decision."], ["Nothing really."]],
)
def test_none_that_matter_is_no_uncontrollables(uncontrollables):
    assert "uncontrollables_missing" in orchard_codes(uncontrollables=uncontrollables)


def test_none_but_the_weather_names_one():
    assert "uncontrollables_missing" not in orchard_codes(uncontrollables=["None that matter but the frost."])


def test_records_kept_by_the_one_we_trained_under_are_no_data():
    data_have = "nothing - the grower I trained under kept the picking book and the buyers stay with him."
    data_collect = "not really, I'll have my receipts for the tax return."
    assert "no_data" in orchard_codes(data_have=data_have, data_collect=data_collect, experiment_notes="")


def test_a_metric_the_committee_has_not_agreed_is_no_metric():
    metric = (
        "Item 2. The committee has not agreed anything to count yet. We will pick through the season, get a "
        "feel for it, and decide at the October meeting what is worth tracking."
    )
    assert "objective_no_metric" in orchard_codes(metric=metric)
    counted = "Item 2. The committee has not agreed a target yet, but we count tonnes thrown away each week."
    assert "objective_no_metric" not in orchard_codes(metric=counted)


def test_the_past_refused_with_the_new_way_as_the_yardstick_is_no_baseline():
    baseline = (
        "There is no fair comparison. The buyer changed the grading last year, and every week is different. "
        "We will take the first month of the new split as our starting point and compare from there."
    )
    assert "no_baseline" in orchard_codes(baseline=baseline)
    with_figure = (
        "There is no fair comparison with the old grading, so we use last season under it: 41 tonnes of 900 "
        "thrown away, and take the first month of the new split beside it."
    )
    assert "no_baseline" not in orchard_codes(baseline=with_figure)


def test_the_gap_between_a_quoted_and_an_actual_figure_measures_the_model():
    metric = "Mean absolute difference between the quoted tonnage and the actual tonnage per week: 3.2 t."
    assert "metric_is_model_quality" in orchard_codes(metric=metric)
    assert "metric_is_model_quality" not in orchard_codes(
        metric="Tonnes of picked fruit thrown away per season (now 41 of 900)."
    )


def test_a_long_story_with_no_wish_is_no_objective():
    story = (
        "My grandfather planted the first rows in 1961, and the packhouse went up in 1984 when the council "
        "sold us the old barn. There is a cold store at the back full of crates from the old co-op. Buyers "
        "come and go. Last autumn a buyer told me he had never seen fruit like ours from a farm this size."
    )
    assert "objective_missing" in orchard_codes(objective=story)
    wished = story + " I want less of it thrown away before it reaches them."
    assert "objective_missing" not in orchard_codes(objective=wished)


@pytest.mark.parametrize(
    "lever",
    [
        "teams turning up on time and ready to throw",
        "players arriving warmed up",
        "entrants bringing their own kit",
        "runners finishing before dark",
    ],
)
def test_who_takes_part_doing_something_is_their_act_not_a_lever(lever):
    reading = read_with_served_acts(lever, "")
    assert reading.verdict == "world" and reading.firm and reading.reason == "picked"


def test_our_choice_of_who_takes_part_stays_ours():
    assert read_with_served_acts("which players we pick for the first team", "").verdict != "world"


def test_a_trial_said_to_be_needless_is_no_experiment():
    codes = orchard_codes(
        experiment_needed="no",
        experiment_notes="We don't need to test it first. The co-op's figures say a third less waste; we'll "
        "use those as our own.",
        data_have="Five seasons of picking logs and waste per week, always sent half and half.",
    )
    assert "lever_no_data_experiment" in codes
