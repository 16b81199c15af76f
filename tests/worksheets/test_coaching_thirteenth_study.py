"""The thirteenth set's study (issue 11): misses and questions that did not apply, by general cause. Pure: the
rules alone, no model. Our own sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.loop_phrases import loop_in_other_words
from studyguide.worksheets.coaching.model_measures import hit_rate_of_our_output, measures_a_model
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


# --- how often our suggestion was what happened: the model's hit rate, whatever it is called ---------------
@pytest.mark.parametrize(
    "metric",
    [
        "How often the film we suggest first is the one the member would have rented anyway: 7 in 10 so far.",
        "Share of last year's call-outs where the fault found was in the app's top 2 guesses (aim 85%).",
    ],
)
def test_a_hit_rate_of_our_suggestions_measures_the_model(metric):
    assert hit_rate_of_our_output(metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Share of suggested films that are rented within a week.",
        "Percent of members who rent one of our recommendations each month.",
        "How often the van arrives in the booked slot.",
    ],
)
def test_outcomes_of_what_we_suggest_are_the_worlds(metric):
    assert not hit_rate_of_our_output(metric)


# --- a touch by the people reached on our things, short of buying ------------------------------------------
def test_things_people_handle_without_buying_are_a_proxy():
    objective = "More money from the end-of-line sofas before the new range arrives."
    assert counted_activity("How many sofas shoppers look at on the shop floor each Saturday", objective)
    assert counted_activity("Number of throws visitors unfold at the stall each day", objective)
    assert counted_activity("Throws visitors buy at the stall each day", objective) is None
