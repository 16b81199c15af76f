"""What the fifty-second blind set's first look taught (helper B's plans), each as a general reading (the
set's plans are in tests/worksheets/holdout/fiftysecond; these are other words for the same slips, beside near
misses that must stay silent). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


# --- its false alarm: things the metric grades are no people acting -----------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        # the counted are the object of a clause with its own subject
        "Share of crates the wholesaler grades as first class: 71% of 3,400 crates (2025).",
        "Loaves the supermarket rejects at delivery: 4% a week.",
        "Callers we reach on the first ring: 62%.",
        # or of a participle saying what a buyer does to them
        "Crates marked down for bruising: 210 last season.",
    ],
)
def test_a_routing_of_goods_the_metric_grades_is_ours(metric):
    levers = [
        "how many crates go straight to the wholesaler vs our own store",
        "the order we pick the rows in",
    ]
    assert "lever_not_controllable" not in codes_of(metric=metric, levers=levers)


@pytest.mark.parametrize(
    "metric",
    [
        "Beginners completing all three days, per month.",
        "The share of members that renew within the year: 58%.",
    ],
)
def test_a_count_of_the_metrics_own_people_acting_is_still_theirs(metric):
    levers = ["how many beginners book the Saturday forge days", "the price of a day"]
    if "members" in metric:
        levers = ["how many members renew early", "the price of a membership"]
    assert "lever_not_controllable" in codes_of(metric=metric, levers=levers)
