"""The thirteenth set's study (issue 11): misses and questions that did not apply, by general cause. Pure: the
rules alone, no model. Our own sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.loop_phrases import loop_in_other_words
from studyguide.worksheets.coaching.model_measures import measures_a_model
from studyguide.worksheets.coaching.proxies import counted_activity

LEVERS = ["which estates our driver calls at each week", "which cakes the counter staff recommend"]


# --- a loop stated by what our omissions or choices leave in the record ------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Estates we stop calling at never show orders again in the ledger, so they get dropped.",
        "Cakes never recommended stop being bought and then seem unwanted.",
        "Quiet Mondays partly reflect our past habit of running out of milk by noon.",
        "Queue patterns at the hatch follow our printed timetable.",
        "Pupils held back lose heart because of it, which then looks as if the forecast was right.",
        "Tenants moving out means we lose sight of what rent they would have paid.",
    ],
)
def test_loop_in_other_words_is_found(sentence):
    assert loop_in_other_words(sentence, LEVERS)


@pytest.mark.parametrize(
    "sentence",
    [
        "A frost harder than any in our records could crack the pipes.",
        "Customers may not follow our advice on storage.",
        "Prices at the wholesaler reflect the exchange rate.",
        "Ovens never serviced stop working sooner.",  # an omission, but no act of ours on what we observe
        "Hens that stop laying are sold at the market.",
    ],
)
def test_other_risks_state_no_loop(sentence):
    assert not loop_in_other_words(sentence, LEVERS)


# --- an error of the model's output, whatever the output is called -----------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Mean absolute error of our delivery-time estimate under 15 minutes on last winter's rounds.",
        "Accuracy of the weekly demand forecast above 90%.",
        "Hit rate of our gate predictions within two per day.",
    ],
)
def test_error_of_an_estimate_measures_the_model(metric):
    assert measures_a_model(metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Cost of our forecasts per month.",
        "Sales of the forecast period against last year.",
        "Number of estimates sent to customers each week.",
    ],
)
def test_counts_beside_an_estimate_are_the_worlds(metric):
    assert not measures_a_model(metric)


# --- a verb's root matched in the objective only by a money noun in -ings ----------------------------------
def test_takings_in_the_objective_do_not_make_a_handed_out_count_the_goal():
    objective = "More bookings on our river cruises and higher takings per boat."
    assert counted_activity("Flyers taken from the tourist office stand each week", objective)


def test_an_objective_that_asks_for_the_act_still_is_measured_by_it():
    objective = "Get more of our flyers taken from the stands at the station."
    assert counted_activity("Flyers taken from the station stands each week", objective) is None
