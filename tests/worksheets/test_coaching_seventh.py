"""What the seventh held-out set taught (tests/worksheets/holdout/seventh): a metric that sets the model's
output against what happened scores the model, however it is named; a baseline that says there is nothing to
set beside it, or puts the comparison off, is none; the form's own prompt copied before an answer is not the
answer. Pure: the rules alone, no model. Our own wording, not the set's."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.metric_fit import scores_predictions
from studyguide.worksheets.coaching.plan import answers_only
from tests.worksheets.test_coaching_evidence import BASE


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


# --- a model's miss used as the business metric -----------------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Average gap between the predicted no-show count and the real count each week; at present 4, aim 2.",
        "How often the forecast's top pick agrees with what the client actually did. Now 61 %.",
        "Root of the mean squared difference between our estimated and actual chair hours, compared with the "
        "diary; presently 6 hours.",
    ],
)
def test_a_metric_that_scores_predictions_against_outcomes_measures_the_model(metric):
    assert "metric_is_model_quality" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Chair hours lost to no-shows per month, compared with the same month last year.",
        "Deposits kept against no-shows, in euros per month.",
        "No-show hours per month versus the forecast we made at the start of the year.",
    ],
)
def test_a_business_measure_set_against_a_reference_is_not_a_model_score(metric):
    assert "metric_is_model_quality" not in codes_of(metric=metric)
    assert not scores_predictions(metric)


# --- a baseline that is not there ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "Nobody else round here does anything like it, so there is nothing to hold it up against.",
        "We will work out what to compare with later, when the new system is live.",
        "No studio nearby has tried it, so there is nothing to beat.",
    ],
)
def test_a_comparison_said_to_be_missing_or_put_off_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "Against last year's no-show hours with a flat deposit of 50.",
        "The flat deposit of 50 we use now, to beat by a tenth.",
    ],
)
def test_a_named_comparison_with_against_or_beat_is_a_baseline(baseline):
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- the form's prompt copied before the answer --------------------------------------------------------
def test_the_forms_prompt_before_a_colon_is_dropped():
    plan = answers_only(Plan(baseline="How it is done today, or a simple rule: none yet, we'll see later."))
    assert plan.baseline == "none yet, we'll see later."
    assert "no_baseline" in codes_of(baseline="How it is done today / a rule to beat: we'll see later.")


@pytest.mark.parametrize(
    "text",
    [
        "Today: a flat deposit of 50.",  # a lead-in too short to be the form's
        "Past bookings. We also vary deposits: 30 or 50 at random.",  # a sentence of the student's own
        "Mia's chair at the front: a flat deposit of 50.",  # the student's words, not the form's
    ],
)
def test_the_students_own_lead_in_is_kept(text):
    assert answers_only(Plan(baseline=text)).baseline == text
