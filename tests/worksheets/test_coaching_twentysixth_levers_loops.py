"""What the twenty-sixth held-out set taught about levers, metrics, predictions, baselines and loops
(tests/worksheets/holdout/twentysixth, study 65): a guessed figure or the new system itself is no baseline; a
ranking by a predicted quantity or a forecast dashboard decides nothing; leaflets taken count our handout; a
model trained only on the people our decision picked builds the loop in, and a "virtuous circle" of the model
improving does not name it; a bare "humidity" is a setting when the optimiser sets the settings of the room
another lever names. Pure: the rules alone, no model. Our own wording, not the set's."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.baseline_stand_ins import stands_in
from studyguide.worksheets.coaching.picked_training import trains_on_its_picks, without_self_improvement
from studyguide.worksheets.coaching.place_settings import set_as_place_setting
from studyguide.worksheets.coaching.proxies import counted_activity
from tests.worksheets.test_coaching_evidence import BASE, codes_of


# --- baseline: a guess at today's level, or the new system against itself ---
@pytest.mark.parametrize(
    "baseline",
    [
        "Probably around a fifth of orders arrive late, I'd guess.",
        "At a rough guess 30 to 40 a week go unsold.",
        "We'll compare the optimiser with itself from one quarter to the next.",
        "The new schedule is judged against its own earlier weeks.",
    ],
)
def test_a_guess_or_the_system_itself_is_no_baseline(baseline):
    assert stands_in(baseline)
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "The head baker's own guess each evening, which is how we do it now.",
        "About 12% late, we'd guess from the dispatch log of 2024.",
        "What I do today: look at the shelf and guess; 40 unsold a week (till records).",
        "Last season's fixed schedule, compared with the new one week by week.",
    ],
)
def test_a_guess_that_is_todays_method_or_has_a_source_is_a_baseline(baseline):
    assert not stands_in(baseline)
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- prediction handed on ---
@pytest.mark.parametrize(
    "optimizer",
    [
        "Sorts next week's slots by predicted demand and emails the list round.",
        "Week 9: demand forecast dashboard goes live in the office.",
    ],
)
def test_a_ranking_by_a_predicted_amount_or_a_forecast_dashboard_decides_nothing(optimizer):
    modeler = "Forecasts demand per slot next week from weather and bookings."
    assert "prediction_not_decision" in codes_of(modeler=modeler, optimizer=optimizer, simulator="")


def test_a_ranking_with_a_budget_to_choose_within_is_a_decision():
    optimizer = (
        "Ranks bookings by predicted no-show chance and asks a deposit of the top 20 within the week's limit."
    )
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)


# --- metric: our handout taken ---
def test_leaflets_taken_per_visitor_counts_our_handout():
    objective = "More visitors becoming season-ticket holders."
    assert counted_activity("Brochures taken per 100 visitors at the gate", objective)
    assert "metric_proxy" in codes_of(objective=objective, metric="Brochures taken per 100 visitors (now 8).")


def test_samples_collected_in_a_lab_are_no_handout():
    assert counted_activity("Samples collected per ward per day", "Faster results for wards.") is None


# --- loops ---
_CALLED = ["whom the coordinator rings among new enquirers", "the mileage allowance"]


def test_training_only_on_those_our_decision_picked_builds_the_loop_in():
    data = "Call logs 2 years. We will fit the model on those the coordinator rang and who then signed up."
    assert trains_on_its_picks(data, "", _CALLED)
    assert not trains_on_its_picks("We will fit the model on three years of weather and sales.", "", _CALLED)


def test_the_model_improving_is_no_loop_unless_the_data_is_said_to_lean():
    assert without_self_improvement("Better picks make the model better: a virtuous circle.") == ""
    kept = "A virtuous circle, but the model only sees the people we ring."
    assert without_self_improvement(kept) == kept


def test_a_plan_that_trains_on_its_picks_and_names_only_a_virtuous_circle_gets_the_loop_note():
    plan = {
        **BASE,
        "levers": ["which lapsed clients we phone", "the deposit we ask per booking"],
        "data": "Three years of bookings. We train on those we phoned and who then booked.",
        "risks": "Summer tourists unlike our regulars.",
        "went_really_well": "Better calls make the model better, and a better model makes better calls: a "
        "virtuous circle.",
    }
    assert "no_feedback_loop" in {n.code for n in check_plan(Plan(**plan))}


# --- levers: a room's settings ---
def test_humidity_is_a_setting_when_the_optimiser_sets_the_rooms_settings():
    levers = ["proving room temperature", "humidity", "proving time"]
    assert set_as_place_setting("humidity", "Sets the room settings per batch to fewest failures.", levers)
    assert not set_as_place_setting("humidity", "Sets the settings per batch.", levers)
    assert not set_as_place_setting("humidity", "Sets the oven settings per batch.", levers)
    assert not set_as_place_setting("customer mood", "Sets the room settings per batch.", levers)
