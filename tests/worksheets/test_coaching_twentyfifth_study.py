"""Coaching study 62 (the twenty-fifth set's substance misses and its lever question on a strong plan), by
general cause. Pure: the rules alone, no model. Our own sentences, not any set's; each cause beside a
counter-example the rule must leave alone."""

import pytest

from studyguide.worksheets.coaching.denials import watching_ends
from studyguide.worksheets.coaching.lexicon import PREDICTION_WORDS
from studyguide.worksheets.coaching.metric_fit import prediction_scoring_sentences
from studyguide.worksheets.coaching.optimised import optimiser_sets
from studyguide.worksheets.coaching.text import has_any
from tests.worksheets.test_coaching_evidence import codes_of


# --- a metric that scores the model: a tolerance around the truth, or two verdicts said to agree ---
@pytest.mark.parametrize(
    "metric",
    [
        "The forecast arrival lands within two hours of the real arrival on 8 boats out of 10.",
        "The estimated weight is within 5% of the actual weight for most lambs.",
        "Share of loaves where the model's proving time and the head baker's choice agree: target 90%.",
        "Share of kilns where the recommended firing and the potter's own firing match (aim 80%).",
    ],
)
def test_a_metric_scoring_the_model_against_truth_or_an_expert_is_model_quality(metric):
    assert prediction_scoring_sentences(metric)
    assert "metric_is_model_quality" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Share of orders delivered within one day of the promised date (now 80%).",
        "Share of kilns fired within 10 °C of the recommended temperature.",
        "Tables where the booked time and the real arrival agree within 15 minutes.",
        "Chair hours lost to no-shows and reminders sent that match the booking, per month.",
    ],
)
def test_a_tolerance_or_agreement_without_a_prediction_scored_is_no_model_score(metric):
    assert not prediction_scoring_sentences(metric)


# --- an objective that wants to know the future, with the time put in between ---
@pytest.mark.parametrize(
    "objective",
    [
        "We want to know, two weeks before the market, which lambs will be ready.",
        "To tell, a day ahead of the match, how many fans will come.",
    ],
)
def test_knowing_the_future_with_the_time_in_between_is_a_prediction(objective):
    assert has_any(objective, PREDICTION_WORDS)
    assert "objective_is_prediction" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        "We want to let members know, by text, which classes will have free places.",
        "To know, from the till, which cakes sell, and bake more of those.",
    ],
)
def test_telling_others_or_knowing_the_past_is_no_prediction(objective):
    assert not has_any(objective, PREDICTION_WORDS)


# --- monitoring that ends with the pilot, against monitoring that starts with it and goes on ---
@pytest.mark.parametrize(
    "monitoring",
    [
        "Who looks, and when? During the trial: the foreman counts rejects daily. After the trial: not "
        "needed.",
        "Weekly checks in the first month; once it is running, not required.",
    ],
)
def test_watching_declined_after_the_pilot_ends(monitoring):
    assert watching_ends(monitoring)
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "During the pilot the foreman counts rejects daily. After the pilot: weekly, by the foreman and "
        "the owner.",
        "Daily during the pilot; after the pilot, the manager reads the weekly sheet.",
        "After launch, nothing changes without Ana's review: she checks the no-show hours weekly.",
    ],
)
def test_watching_that_starts_with_the_pilot_and_goes_on_is_monitoring(monitoring):
    assert not watching_ends(monitoring)
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


# --- the optimiser naming the head a lever shares with an uncontrollable of another kind ---
_KILN = dict(
    objective="Fewer cracked pots and less gas per firing.",
    metric="Cracked pots per 100 (now 9); gas per firing.",
    levers=["glaze thickness", "kiln temperature", "cooling hours"],
    uncontrollables=["clay batch", "workshop temperature"],
    optimizer="Chooses thickness, temperature and cooling per firing for the fewest cracks.",
)


def test_a_lever_of_the_same_kind_as_an_uncontrollable_is_set_when_the_optimiser_names_its_head():
    assert optimiser_sets("kiln temperature", _KILN["optimizer"], _KILN["uncontrollables"])
    assert "lever_not_controllable" not in codes_of(**_KILN)


def test_the_uncontrollable_itself_listed_as_a_lever_is_still_not_set():
    # the same thing in both lists proves nothing, nor does a lever naming the world's own quantity
    assert not optimiser_sets("workshop temperature", _KILN["optimizer"], ["workshop temperature"])
    assert not optimiser_sets("how warm it gets", "Sets the vents warm or cool.", ["how warm the spring is"])
