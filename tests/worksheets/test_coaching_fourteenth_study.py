"""The fourteenth set's study (issue 11): a false alarm and misses, by general cause. Pure: the rules
alone, no model. Our own sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.before_launch import only_a_target, watched_only_before_launch
from studyguide.worksheets.coaching.denials import no_comparison, watching_ends
from studyguide.worksheets.coaching.metric_fit import prediction_scoring_sentences
from studyguide.worksheets.coaching.substance import COMPARISON_WORDS


# --- a verb of stopping, not a noun that happens to be spelt the same ---
@pytest.mark.parametrize(
    "monitoring",
    [
        "Priya reads the footfall sheet each Friday; stewards at the far end say if the queue looks long.",
        "The caretaker checks the meter weekly and notes whether the bus stop checks ran late.",
        "Sam compares the log with last spring every month; a drop reported by the depot is looked into.",
    ],
)
def test_a_place_called_an_end_or_a_stop_is_still_watching(monitoring):
    assert not watching_ends(monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "We check the sheet weekly during the pilot, then we stop tracking it.",
        "Once it is running the team stops checking the figures.",
        "After the first month we will end the review.",
        "The trial runs a term; after that we stop counting the returns.",
    ],
)
def test_a_verb_of_stopping_still_ends_the_watching(monitoring):
    assert watching_ends(monitoring)


# --- every look placed before the launch ---
@pytest.mark.parametrize(
    "monitoring",
    [
        "Before the opening the timetable is checked against last winter's sign-ups. Staff get a briefing.",
        "Approved by the head baker after a trial fortnight before launch; then the ovens run as usual.",
    ],
)
def test_checks_made_only_before_the_launch_are_no_monitoring(monitoring):
    assert watched_only_before_launch(monitoring)
    assert watching_ends(monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "Before launch we test it on last year's orders. Once live, Ana reviews the waste log every Friday.",
        "Jo looks at the weekly takings against last year and the stock count each morning.",
    ],
)
def test_a_look_while_it_runs_is_monitoring(monitoring):
    assert not watched_only_before_launch(monitoring)


# --- a baseline that declines or only sets a target ---
@pytest.mark.parametrize(
    "baseline",
    [
        "Target: every parcel out within 2 days, 95 % on time.",
        "Aim - half the returns we get, under 10 a week.",
        "The autumn figures will be assessed on their own terms at the board meeting.",
        "Each term is judged on its own terms.",
    ],
)
def test_a_target_or_a_judgement_on_its_own_terms_is_no_baseline(baseline):
    assert no_comparison(baseline, COMPARISON_WORDS)


@pytest.mark.parametrize(
    "baseline",
    [
        "Target: beat today's rota, which leaves about 12 shifts a month unfilled.",
        "Goal is to do better than last year's 40 late parcels a week.",
        "Today the manager orders by eye every Monday; the model must beat that.",
    ],
)
def test_a_target_set_against_the_present_way_is_a_baseline(baseline):
    assert not only_a_target(baseline, COMPARISON_WORDS)
    assert not no_comparison(baseline, COMPARISON_WORDS)


# --- the model's output set against what happened or what a person would have chosen ---
@pytest.mark.parametrize(
    "metric",
    [
        "Hours between the predicted arrival of the van and the time it actually pulls in.",
        "Share of evenings where the suggested menu matches the dishes the chef would have chosen.",
        "% of weeks where the recommended order matches what the buyer would have ordered.",
    ],
)
def test_output_set_against_what_happened_scores_the_model(metric):
    assert prediction_scoring_sentences(metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Days between a customer's first and second visit (now 41).",
        "Share of suggested walks that families finish, from the gate counter.",
        "Minutes between ordering and the food reaching the table.",
    ],
)
def test_outcomes_with_between_or_suggested_are_not_model_scores(metric):
    assert not prediction_scoring_sentences(metric)
