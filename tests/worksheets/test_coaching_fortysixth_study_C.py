"""What the forty-sixth blind set's first look taught (helper C), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortysixth; these are other words for the same slips, in other domains,
beside near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.money_count import counts_money_for_acts
from studyguide.worksheets.coaching.work_described import only_sets_the_scope
from tests.worksheets.test_coaching_evidence import BASE, codes_of


# --- a comparison called unlike in a saying declines it -----------------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "To be honest there's no fair one: every season is different, so setting it beside last year's "
        "bookings would be apples and oranges.",
        "Last year is chalk and cheese - the studio moved and half the artists changed.",
        "Last year's no-show hours aren't like-for-like because we changed the booking system.",
        "Comparing against the old rota would be like with unlike.",
    ],
)
def test_a_comparison_called_unlike_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        # today's way named beside the saying: there is something to beat
        "A flat deposit of 50 and a reminder the day before; last year's hours would be apples and oranges, "
        "so we compare the same months this year.",
        "Last season's no-show hours, 40 a month, compared like for like over the same months.",
    ],
)
def test_todays_way_beside_a_saying_is_a_baseline(baseline):
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- a yardstick to be fetched only when it is needed -------------------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "The going price per tonne at the co-op, which I can ask them for if needed.",
        "The county's figure for salons like ours - we will request it from the council when it's needed.",
        "Whatever the regional average turns out to be; we'll look it up when we need it.",
    ],
)
def test_a_yardstick_fetched_when_needed_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        # a rule with its figure is there already; the promise only adds detail later
        "A deposit of 50 per booking; we'll pull the exact hours from the till when we need them.",
        # a present way by eye
        "The deposit the front desk picks by eye; we'll check the hours in the book when needed.",
    ],
)
def test_a_present_way_beside_a_later_lookup_is_a_baseline(baseline):
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- an objective that only sets the worksheet's scope ------------------------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "This plan covers the weekday bookings at our two city studios for clients over 18. Walk-ins and "
        "the airport kiosk are out of scope.",
        "The worksheet is about the allotment plots in the north ward (plots over 100 square metres). "
        "Community gardens and the school plots are outside the scope for now.",
        "This project deals with the B-road gritting routes in the county, not the motorways; the town "
        "centres are excluded.",
    ],
)
def test_an_objective_that_only_sets_the_scope_is_missing(objective):
    assert only_sets_the_scope(objective)
    assert "objective_missing" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        "This worksheet covers the weekday bookings at our two studios; we want fewer empty chair hours from "
        "no-shows.",
        "The project covers adult bookings only, so that fewer chair hours are lost to no-shows.",
        "Within the scope of the weekday studio, cut the chair hours lost to no-shows.",
    ],
)
def test_a_scope_beside_an_outcome_is_an_objective(objective):
    assert not only_sets_the_scope(objective)
    assert "objective_missing" not in codes_of(objective=objective)


# --- people's acts wanted, only the money they leave counted ------------------------------------------------
@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        (
            "More families, also those who have never been, walking the riverside trail on weekends.",
            "Money collected in the honesty boxes at the trail gates: 860 last year, target 1,200.",
        ),
        (
            "More children borrowing books from the village library over the summer holidays.",
            "Donations left at the library desk over the summer.",
        ),
        (
            "More residents using the free repair cafe to mend things instead of throwing them away.",
            "Tips in the jar at the repair cafe each month.",
        ),
    ],
)
def test_money_left_is_a_proxy_for_an_act(objective, metric):
    assert counts_money_for_acts(metric, objective)
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        # the act itself is counted beside the money
        (
            "More families walking the riverside trail on weekends.",
            "Walkers counted at the gates each weekend, and the honesty-box money.",
        ),
        # the objective is about the money people give
        (
            "More people donating to the library appeal.",
            "Donations to the appeal per month.",
        ),
        # people buying is the objective: the takings count it
        (
            "More customers buying our bread at the Saturday market.",
            "Takings at the Saturday stall per week.",
        ),
    ],
)
def test_money_beside_the_act_or_for_a_money_aim_is_no_proxy(objective, metric):
    assert not counts_money_for_acts(metric, objective)
    assert "metric_proxy" not in codes_of(objective=objective, metric=metric)


def test_the_note_on_money_left_says_it_is_money():
    objective = "More families walking the riverside trail on weekends."
    metric = "Money collected in the honesty boxes at the trail gates: 860 last year, target 1,200."
    notes = {n.code: n for n in check_plan(Plan(**{**BASE, "objective": objective, "metric": metric}))}
    assert "counts money people leave" in notes["metric_proxy"].message
