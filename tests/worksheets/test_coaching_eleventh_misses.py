"""What the eleventh held-out set's misses taught, by their general cause: any statistic taken of a model is
a measure of the model, whatever it is called; a figure in brackets is no second measure; messages our own
people send, and leaflets people take from a stand, are activity on the way; an objective asking what will
happen is a prediction; success left to someone's eye is no number; a lever's unit is not its setting; "every
one we ever sent" says a lever never varied; a comparison called unfair declines the baseline; labelled
footage is what a camera model learns from, even from a trial. Pure: the rules alone, our own sentences."""

import pytest

from studyguide.worksheets.coaching import Plan
from studyguide.worksheets.coaching.future_questions import asks_about_the_future
from studyguide.worksheets.coaching.lever_units import setting_part
from studyguide.worksheets.coaching.model_measures import measures_a_model, outside_figures
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.sensors import reads_images
from tests.worksheets.test_coaching_evidence import BASE, codes_of


# --- a statistic of a model, whatever its name --------------------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "The Somers' D of our arrears model on the spring test accounts, to reach 0.6.",
        "Concordance of the new risk scorecard on held-back customers, at least 0.7 (now 0.62).",
        "The Q² of my fitting-time model over the last 90 kitchens, above 0.75.",
    ],
)
def test_any_statistic_taken_of_a_model_scores_the_model(metric):
    assert measures_a_model(metric)
    assert "metric_is_model_quality" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Profit of the pricing model's picks each month.",
        "The share of orders the model flags that turn out late.",
        "Takings for the forecast period, against last year.",
        "Cost of running the model per month.",
        "Concordance of the arrears model and arrears written off per quarter.",
    ],
)
def test_the_world_measured_beside_a_model_is_not_a_model_score(metric):
    assert not measures_a_model(metric)


# --- a figure in brackets is the measure's own figure ------------------------------------------------------
def test_a_clause_inside_a_figures_aside_is_dropped_but_one_that_opens_before_it_is_kept():
    metric = "Posters stuck up each week (last year 120 posters, about 2,000 flyers)"
    clauses = ["Posters stuck up each week (last year 120 posters", "about 2,000 flyers)"]
    assert outside_figures(metric, clauses) == clauses[:1]


def test_an_outcome_whose_only_figure_is_in_brackets_is_still_a_measure():
    metric = "Meals served per evening (about 80) and meals thrown away (last month 6 %)."
    assert "metric_proxy" not in codes_of(metric=metric, objective="Feed more guests and bin less food.")


# --- activity on the way --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "clause",
    [
        "average location updates per visit sent by carers from the phone",
        "brochures taken from the reception rack",
    ],
)
def test_messages_our_people_send_and_leaflets_taken_from_a_stand_are_activity(clause):
    assert counted_activity(clause, "Fewer missed home visits to elderly clients.")


def test_things_sent_that_the_objective_names_are_the_outcome():
    objective = "Get more parcels to customers on time."
    assert counted_activity("parcels per day sent by courier", objective) is None


def test_a_figures_aside_never_reads_as_a_sale_after_the_act():
    assert counted_activity("banners put up in the square (last year 40 signs)", "Raise more for the appeal.")


def test_a_metric_of_messages_sent_by_staff_is_a_proxy():
    metric = "Average check-in texts per shift sent by wardens from the app (now 1.5, target 3)."
    assert "metric_proxy" in codes_of(metric=metric)


# --- an objective asking what will happen -------------------------------------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "A dependable view, by May, of how many plants each nursery bed will yield this summer.",
        "To understand which volunteers will drop out before the autumn.",
    ],
)
def test_an_objective_that_asks_what_will_happen_is_a_prediction(objective):
    assert asks_about_the_future(objective)
    assert "objective_is_prediction" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Have enough buses for the pupils who will travel each morning.",
        "Decide which tenants will get a repair visit first.",
        "Cut wasted bread by knowing how many loaves will sell.",
    ],
)
def test_a_relative_clause_a_choice_or_an_outcome_is_no_prediction_objective(objective):
    assert "objective_is_prediction" not in codes_of(objective=objective)


# --- success left to someone's eye -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "The trustees will judge success by a livelier choir, which should be obvious to them by June.",
        "It will be plain to the whole board whether the shop is thriving.",
    ],
)
def test_success_left_to_someones_eye_names_no_number(metric):
    assert "metric_no_number" in codes_of(metric=metric)


def test_a_plain_count_is_still_a_number():
    assert "metric_no_number" not in codes_of(metric="Chair hours lost to no-shows per month.")


# --- a lever's unit is not its setting --------------------------------------------------------------------
def test_the_unit_a_lever_is_set_over_is_not_the_setting():
    assert setting_part("the ticket price per concert") == "the ticket price"
    assert setting_part("which band we book for each night") == "which band we book"
    assert setting_part("per head") == "per head"
    # only the unit goes: the act written after it stays part of the setting
    assert setting_part("how many loaves of each kind we bake each morning") == "how many loaves of we bake"


def test_a_model_sharing_only_the_levers_unit_uses_no_lever():
    levers = ["the ticket price per concert", "which band we book for each night"]
    modeler = "Audience per concert from the weather forecast and the day of the week."
    assert "model_no_lever" in codes_of(levers=levers, modeler=modeler)


def test_a_model_that_reads_the_setting_uses_the_lever():
    levers = ["the ticket price per concert", "which band we book for each night"]
    modeler = "Audience per concert from the ticket price, the band and the weather forecast."
    assert "model_no_lever" not in codes_of(levers=levers, modeler=modeler)


# --- a lever never varied, said of every past case ----------------------------------------------------------
def test_every_past_case_done_one_way_needs_an_experiment():
    data = "Five years of bookings. Every deposit we ever asked was 50, the same for all clients."
    assert "lever_no_data_experiment" in codes_of(data=data, experiment="no")


# --- a baseline declined because a comparison is called unfair ---------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "The scheme stands on its own; each season is new.",
        "A comparison would be pointless: every season is new.",
    ],
)
def test_a_comparison_called_unfair_or_needless_declines_the_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


def test_a_named_baseline_with_a_caveat_is_still_a_baseline():
    baseline = "Last year's flat deposit of 50; the comparison is rough because the season was wet."
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- labelled footage from a trial is what a camera model learns from -------------------------------------
def test_labelled_footage_from_a_trial_camera_is_the_models_input():
    plan = Plan(
        **{
            **BASE,
            "data": "Two months of footage from the trial camera on the packing line, labelled by the "
            "supervisor as jammed or clear.",
            "modeler": "Score each frame for the chance of a jam.",
        }
    )
    assert reads_images(plan)


def test_a_photo_tried_in_an_experiment_is_not_what_the_model_reads():
    plan = Plan(
        **{
            **BASE,
            "data": "For a month, a random half of the letters carry a photo of the garden.",
            "modeler": "The chance a client books given the letter type.",
        }
    )
    assert not reads_images(plan)
