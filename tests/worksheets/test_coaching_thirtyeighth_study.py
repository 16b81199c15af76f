"""What the thirty-eighth set's first look missed, read for its general cause, in sentences of our own from
another field (a council's bulky-waste collections): an objective that names the model to build, a forecast
of tomorrow pinned down as the aim, the model's own forecasts listed as levers, the suggestions a hand check
found right as the metric, routine work logged as done counted for a result, a target with its reason as
the metric's second clause, a person's years of experience as the model, a lever that has never been done,
a rollout box that only gets the model ready, and a loop raised as what our doing makes people do."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.lever_checks import _forecasts_listed
from studyguide.worksheets.coaching.model_handoff import model_left_to_a_person
from studyguide.worksheets.coaching.model_measures import hit_rate_of_our_output
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.rollout_unplanned import only_prepares
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.variation import lever_never_varied
from studyguide.worksheets.coaching.waved_off import only_wider_use
from studyguide.worksheets.coaching.work_described import states_only_the_method


def _plan(**fields):
    base = {
        "title": "Bulky waste rounds",
        "objective": "Fewer bulky-waste collections missed on the booked day, and fewer van miles.",
        "metric": "Collections missed on the booked day a month (now 52). Van miles a collection (now 4.1).",
        "levers": [
            "which van takes each booking",
            "how many bookings we accept per day in each area",
            "whether we text the resident the evening before",
        ],
        "uncontrollables": ["weather", "how bulky the items turn out to be", "road closures"],
        "modeler": "Chance a booking is collected on the day given van, daily load and the text, plus "
        "items, area and weather.",
        "simulator": "What if we accept 20 a day in the north area instead of 25?",
        "optimizer": "Assigns bookings to vans and sets each area's daily limit to miss the fewest.",
        "baseline": "Vans assigned by postcode today: 52 missed a month, 4.1 miles each.",
        "rollout": "North area first for a month, Dee (waste supervisor) approves each day's list and can "
        "go back to postcodes; then the borough.",
        "monitoring": "Dee each week: missed collections, van miles, complaints.",
        "risks": "A new estate with no bookings in the history; a spring clear-out far bigger than any "
        "in our records.",
        "went_really_well": "If we never miss, more residents book instead of fly-tipping, so the bookings "
        "we learn from change with our own success.",
        "data_have": "Booking log for three years: area, items, van, collected on the day or not.",
        "data_collect": "Whether the evening text was sent.",
        "experiment_needed": "yes",
        "experiment_notes": "For a month, half the bookings in one area, at random, get the evening text.",
    }
    return plan_from_mapping({**base, **fields})


def _codes(plan):
    return {n.code for n in coach(plan).notes}


def test_the_plan_these_tests_change_gets_no_note():
    assert _codes(_plan()) == set()


def test_an_objective_that_names_the_model_to_build_states_no_outcome():
    objective = "Train a model on the booking log and connect it to the booking page so it sorts each day."
    assert states_only_the_method(objective)
    # a tool built for a named result states the outcome
    assert not states_only_the_method("Build a planner so that fewer collections are missed.")
    assert "objective_missing" in _codes(_plan(objective=objective))


def test_a_forecast_of_tomorrow_pinned_down_is_a_prediction():
    objective = "Have tomorrow's bookings for each area worked out by noon today, to within 10%."
    assert "objective_is_prediction" in _codes(_plan(objective=objective))


def test_the_models_own_forecasts_listed_as_levers_are_no_levers():
    rows = [
        "predicted bookings per area for next week",
        "expected tonnage per van",
        "which van takes each booking",
    ]
    assert _forecasts_listed(rows) == rows[:2]
    assert _forecasts_listed(["which van takes each booking", "predicted bookings per area"]) == []
    assert _forecasts_listed(["which van", "when we text", "predicted bookings per area"]) == []
    assert "levers_missing" in _codes(_plan(levers=rows[:2]))


def test_the_suggestions_a_hand_check_found_right_score_the_model():
    assert hit_rate_of_our_output("of 200 flagged bookings we phoned, 70% really were too big for one van")
    assert not hit_rate_of_our_output("of 200 bookings we phoned, 70% were collected on the day")
    metric = "Of 300 suggested van swaps the supervisor checked, 64% actually saved miles; aim 90%."
    assert "metric_is_model_quality" in _codes(_plan(metric=metric))


@pytest.mark.parametrize(
    ("clause", "objective", "proxy"),
    [
        ("checks logged as done on the van tablet", "fewer collections missed", True),
        ("rounds marked as complete each day", "fewer collections missed", True),
        ("collections marked as done each day", "more collections done on the booked day", False),
    ],
)
def test_routine_work_logged_as_done_counts_activity(clause, objective, proxy):
    assert bool(counted_activity(clause, objective)) is proxy


def test_a_target_with_its_reason_after_it_measures_nothing_of_its_own():
    metric = "Van checks logged as done each week - 40 now, and we want 60 so every van is seen twice."
    assert "metric_proxy" in _codes(_plan(metric=metric))


def test_years_of_experience_as_the_model_is_a_persons_judgement():
    assert model_left_to_a_person("i've been doing this 15 years, i know how long a round takes")
    assert "model_missing" in _codes(
        _plan(modeler="Dee's been doing this for years; she knows how much fits.")
    )


def test_a_lever_that_has_never_been_done_was_never_varied():
    assert lever_never_varied("a sunday collection round (never done)")
    assert not lever_never_varied("a sunday collection round (done weekly since 2023)")
    levers = ["which van takes each booking", "a Sunday collection round (never done)"]
    notes = "We asked residents online and most said they'd book Sundays, so we know it works without trying."
    assert "lever_no_data_experiment" in _codes(
        _plan(levers=levers, experiment_needed="no", experiment_notes=notes)
    )


def test_a_rollout_box_that_only_gets_the_model_ready_is_no_rollout():
    rollout = "Clean up the booking log first, then train the model and check it against last year."
    assert only_prepares(rollout)
    assert not only_prepares("Check the model against last year, then use it in the north area first.")
    assert "no_rollout" in _codes(_plan(rollout=rollout))


def test_what_our_doing_makes_people_do_is_no_growth_alone():
    loop = "If we collect fast, people may book more (word spreads on the estate), so demand follows success."
    assert not only_wider_use(loop)
    assert only_wider_use("We would roll it out to the other boroughs and spread it across the county.")
    assert "no_feedback_loop" not in _codes(_plan(went_really_well=loop))
