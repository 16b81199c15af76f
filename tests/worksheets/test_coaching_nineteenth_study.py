"""Coaching study 49 (the nineteenth set's missed objective, metric, lever, data and model flaws, and its
lever questions on plans that did not need them), by general cause. Pure: the rules alone, no model. Our own
sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.future_questions import asks_about_the_future
from studyguide.worksheets.coaching.lexicon import MEASURABLE
from studyguide.worksheets.coaching.metric_parts import own_measures
from studyguide.worksheets.coaching.metric_wording import without_non_counts
from studyguide.worksheets.coaching.model_handoff import model_left_to_a_tool
from studyguide.worksheets.coaching.ownership import set_by_another
from studyguide.worksheets.coaching.placeholders import points_elsewhere
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.staff_pronouns import own_person_by_pronoun
from studyguide.worksheets.coaching.substance import _clauses
from studyguide.worksheets.coaching.text import has_any
from studyguide.worksheets.coaching.variation import lever_never_varied
from studyguide.worksheets.coaching.world_amounts import amount_of_world


# --- words that only look like a count ---
@pytest.mark.parametrize(
    "metric",
    [
        "Success will be measured by the grins on the children's faces.",
        "It shall be measured thus: a cheerful workshop.",
        "The buzz of the good old days back in the club room.",
    ],
)
def test_a_lead_in_or_an_era_is_no_count(metric):
    assert not has_any(without_non_counts(metric), MEASURABLE)


@pytest.mark.parametrize(
    "metric",
    ["Net takings, measured weekly", "Measured by the share of members who renew", "Days lost to sickness"],
)
def test_a_real_count_stays(metric):
    assert has_any(without_non_counts(metric), MEASURABLE)


def test_the_lead_in_leaves_the_model_score_alone():
    cleaned = without_non_counts("This will be measured thus: the recall of the fault detector")
    assert cleaned.startswith("the recall")


# --- a pause at what we show, and who keeps the count ---
def test_a_pause_at_our_display_is_a_proxy():
    assert counted_activity("shoppers who linger at the bakery window", "sell more celebration cakes")
    assert counted_activity("people that glance at our stall each hour", "more jars of honey sold")
    assert not counted_activity("drivers who stop at the crossing", "fewer pedestrians hurt")


def test_the_keeper_of_the_count_is_no_measure():
    metric = "Walkers who pause at the farm-shop board, as the gate counter records them"
    assert own_measures(metric, _clauses(metric)) == ["Walkers who pause at the farm-shop board"]


# --- an objective that only points elsewhere, a future put formally ---
@pytest.mark.parametrize(
    "objective", ["As agreed.", "as we discussed on Monday", "Per our meeting", "See email"]
)
def test_a_pointer_elsewhere_states_no_objective(objective):
    assert points_elsewhere(objective)


@pytest.mark.parametrize(
    "objective",
    ["As many diners as the room holds, every night", "As agreed with the board: 20 % more members"],
)
def test_an_objective_that_says_something_is_kept(objective):
    assert not points_elsewhere(objective)


def test_a_formal_future_is_a_forecast():
    assert asks_about_the_future("Our purpose: to know how many guests shall attend each recital.")
    assert not asks_about_the_future("To decide how many guests shall be seated at each table.")


# --- a model left to a tool ---
def test_a_tool_that_takes_care_of_it_is_no_model():
    assert model_left_to_a_tool("The new till software will take care of all this.")
    assert model_left_to_a_tool("Our vendor's planner module can handle that part.")
    assert not model_left_to_a_tool(
        "Predicts covers from the weather and the price; the app handles the rest."
    )


# --- a setting held over the whole record ---
def test_a_setting_held_throughout_never_varied():
    assert lever_never_varied("The room rate has been 80 a night throughout, with the same breakfast.")
    assert not lever_never_varied("Rates have been set by the manager each month.")


# --- whose act a lever is ---
def _plan(levers):
    return plan_from_mapping(
        {
            "levers": levers,
            "uncontrollables": ["rain"],
            "baseline": "Ruth's own choices: 40 loaves a day.",
            "rollout": "Ruth sees the suggestion and can ignore it.",
        }
    )


def test_a_pronoun_after_our_named_person_is_ours():
    plan = _plan(["how many loaves Ruth (baker) bakes each morning", "how long she proves the dough"])
    assert own_person_by_pronoun("how long she proves the dough", plan)


def test_a_pronoun_after_a_customer_is_not_ours():
    plan = _plan(
        ["how many loaves Ruth (baker) bakes each morning", "whether the customer pays when she orders"]
    )
    assert not own_person_by_pronoun("whether the customer pays when she orders", plan)
    alone = _plan(["how long she proves the dough"])
    assert not own_person_by_pronoun("how long she proves the dough", alone)


def test_an_amount_of_weather_is_the_worlds():
    assert amount_of_world("the hours of sunshine in July")
    assert amount_of_world("the amount of rain")
    assert not amount_of_world("the number of staff on each shift")
    assert not amount_of_world("the hours of heating in the hall")


def test_a_rival_named_with_its_place_sets_its_own_price():
    assert set_by_another("the fee the riding school down the lane charges for a lesson")
