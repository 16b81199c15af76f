"""What the tenth held-out set taught about metrics: a coefficient or kappa taken of a classifier scores the
model, like any other measure of it; and a clause that only sets the level to reach ("to exceed 0.45") is a
target, no business measure of its own, so it does not rescue a metric that scores the model. Pure: the
rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


@pytest.mark.parametrize(
    "metric",
    [
        "Cohen's kappa of the late-delivery classifier on last quarter's orders, to exceed 0.6.",
        "The correlation coefficient of our footfall forecast with the till counts, to reach 0.8.",
    ],
)
def test_a_coefficient_of_the_model_with_a_target_scores_the_model(metric):
    assert "metric_is_model_quality" in codes_of(metric=metric)


def test_a_target_clause_with_its_own_measure_is_a_business_measure():
    metric = "Cohen's kappa of the late-delivery classifier, to cut late deliveries to 20 a month."
    assert "metric_is_model_quality" not in codes_of(metric=metric)


def test_a_business_measure_with_a_target_clause_gets_no_model_note():
    assert "metric_is_model_quality" not in codes_of(metric="Chair hours lost to no-shows per month, to 30.")
