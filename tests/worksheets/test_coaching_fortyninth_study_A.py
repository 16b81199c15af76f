"""What the forty-ninth blind set's first look taught (helper A), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortyninth; these are other words for the same slips, in other trades, beside
near misses that must stay silent). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import BASE, codes_of


# --- a prediction read out at a meeting, every lever kept the same as today ---------------------------------
@pytest.mark.parametrize(
    "optimizer",
    [
        "Agreed: each client's no-show chance will be read out at the 09:30 huddle and the artists will note "
        "it in the diary. Bookings continue to be taken with the same deposit and reminder time as today.",
        "The chance for every booking is read aloud at the 08:15 team talk. Deposits go on exactly as now, "
        "with the same reminder the day before as usual.",
    ],
)
def test_a_prediction_read_out_with_the_levers_kept_the_same_decides_nothing(optimizer):
    assert "prediction_not_decision" in codes_of(optimizer=optimizer)


@pytest.mark.parametrize(
    "optimizer",
    [
        # the chance read out, and a lever chosen from it
        "The no-show chance is read out at the 09:30 huddle, and the deposit per booking is chosen to fill "
        "the most chair hours.",
        # one lever set from the model, the other kept the same as today in the same sentence
        "At 09:30 each day the optimizer sets the deposit per booking to lose the fewest chair hours, with "
        "the same reminder time as today.",
    ],
)
def test_a_lever_chosen_beside_a_kept_one_is_a_decision(optimizer):
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)


# --- the baseline: the model itself, said the other way round -----------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "baseline will be the scheduler itself at go-live - later releases must beat it.",
        "Benchmark: our new tool, as we first switch it on. Future versions have to beat that.",
        "The yardstick is the algorithm in its first form; each new version needs to beat it.",
    ],
)
def test_the_model_named_as_its_own_baseline_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "Baseline: the flat deposit of 50 we ask today. Later versions of the model must beat the first one "
        "too.",
        "The benchmark is the system we use now: a reminder the day before, 31 chair hours lost a month.",
    ],
)
def test_a_present_way_beside_the_models_versions_is_a_baseline(baseline):
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- a minuted refusal to compare: the minute's number is no figure -----------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "Item 4. We can't compare: the old agency never sent us its figures, so there's nothing to hold the "
        "new way against.",
        "Point 7: nothing to compare it with - the previous contractor's reports never arrived.",
        "3) Agreed no fair comparison is possible, as the earlier trial's results were never shared.",
    ],
)
def test_a_numbered_refusal_to_compare_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "Item 4. Today's flat deposit of 50: 31 chair hours lost a month.",
        "Item 4. We can't compare with other studios, but today's flat deposit loses 31 chair hours a month.",
    ],
)
def test_a_numbered_baseline_with_todays_way_is_a_baseline(baseline):
    assert "no_baseline" not in codes_of(baseline=baseline)


def test_the_note_quotes_the_words_not_the_minute_number():
    from studyguide.worksheets.coaching import Plan, check_plan

    baseline = "Minute 9. Nothing to set it against: the old bureau never sent its figures."
    notes = [n for n in check_plan(Plan(**{**BASE, "baseline": baseline})) if n.code == "no_baseline"]
    assert notes and "Nothing to set it against" in notes[0].message


# --- a statistic of fit taken of a score --------------------------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Gini of the lapse-risk score on last year's renewals: 0.38. Aim 0.5.",
        "KS of our default score on the 2025 loan book: 0.31, target 0.40.",
        "Lift of the churn score on the hold-out customers: 2.1.",
    ],
)
def test_a_statistic_of_fit_of_a_score_measures_the_model(metric):
    assert "metric_is_model_quality" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Average of the food hygiene score across our 12 kitchens: 3.9 now, aim 4.5.",
        "Rise in the comfort score residents give us each quarter (now 6.8 of 10).",
        "Gini of pay across our care staff (0.31 now), to narrow the gap between bands.",
    ],
)
def test_a_summary_of_a_score_in_the_world_is_no_model_measure(metric):
    assert "metric_is_model_quality" not in codes_of(metric=metric)


# --- our own units kept busy, for an outcome the baseline counts elsewhere ----------------------------------
GARAGE = dict(
    objective="More of our customers' cars pass their MOT retest first time, and back on the road sooner.",
    baseline="Today's booking rules: 6.1 jobs per ramp per day; 72% of cars pass the retest first time.",
)


@pytest.mark.parametrize(
    "metric",
    [
        "Jobs booked per ramp per day: 6.1 average across our four ramps.",
        "Hours worked per mechanic per week (now 31).",
        "Inspections done per bay per shift. Last year that was 9.4.",
    ],
)
def test_a_busy_rate_of_our_units_for_an_outcome_counted_in_the_baseline_is_a_proxy(metric):
    assert "metric_proxy" in codes_of(metric=metric, **GARAGE)


@pytest.mark.parametrize(
    ("metric", "changes"),
    [
        # the objective asks for the rate itself
        ("Jobs booked per ramp per day (now 6.1).", {"objective": "More jobs through each ramp per day."}),
        # the outcome counted beside the rate
        ("Hours worked per mechanic per week; share of cars passing the retest first time (72%).", {}),
        # the baseline does not count the objective's own outcome
        (
            "Hours worked per mechanic per week (now 31).",
            {"baseline": "Today's booking rules, first come first served."},
        ),
    ],
)
def test_a_rate_the_objective_asks_for_or_beside_the_outcome_is_no_proxy(metric, changes):
    assert "metric_proxy" not in codes_of(metric=metric, **{**GARAGE, **changes})


def test_money_or_harm_per_unit_is_no_busy_rate():
    # (money for an outcome of acts is read elsewhere, as money counted for acts: here only busyness)
    from studyguide.worksheets.coaching.capacity_rates import busy_rates

    for clause in ("Takings per ramp per day: 640 pounds", "Breakdowns per lift per year: 3.1"):
        assert busy_rates([clause], GARAGE["objective"], GARAGE["baseline"]) == []
