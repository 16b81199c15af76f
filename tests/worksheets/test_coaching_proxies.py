"""A metric that counts our own output or a light touch by the people reached is a proxy, read from the
clause's structure (issue 11; the sixth and seventh held-out sets' missed proxies). Pure: rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.proxies import counted_activity
from tests.worksheets.test_coaching_evidence import BASE  # one complete plan; each test changes a part


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


@pytest.mark.parametrize(
    "objective, metric",
    [
        ("Fewer pupils hurt on the climbing frame.", "Safety cards handed out to parents each term."),
        ("More tenants keep their flat warm in winter.", "Draught-excluder kits the housing team gives out."),
        ("More gym members still training after a year.", "Share of members who open our weekly tips email."),
        ("More paying members of the choir.", "Readers who scroll past the concert listing on the site."),
        ("More wildlife in the village pond.", "Posters put up in the village shop per month."),
    ],
)
def test_our_output_or_a_light_touch_is_a_proxy(objective, metric):
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


@pytest.mark.parametrize(
    "objective, metric",
    [
        # The objective asks for the handing out itself.
        ("Get a safety card issued to every new parent.", "Safety cards issued per term."),
        # What is handed out is only the denominator of a sale.
        ("Sell more full jars of honey.", "Jars sold within a month per 100 tasters given."),
        # A mistake among the things sent out, not the sending.
        ("Fewer homes flooded with no warning.", "Flood alerts issued where no water came, per year."),
        # The act goes on to the sale.
        ("More paid course places.", "Share of readers who open the leaflet and book a place."),
        # An objective about the act itself.
        ("More people open our walking app each week.", "Share of members who open the app weekly."),
    ],
)
def test_the_outcome_itself_is_no_proxy(objective, metric):
    assert counted_activity(metric, objective) is None


def test_a_business_clause_beside_the_handing_out_keeps_the_metric():
    metric = "Cards handed out per week; pupils hurt per term (last year 14)."
    assert "metric_proxy" not in codes_of(objective="Fewer pupils hurt on the climbing frame.", metric=metric)
