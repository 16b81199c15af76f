"""Coaching study 60 (the twenty-fourth set's six remaining misses), by general cause: attention counted as a
figure after a verb, a model left to a tool for "the rest", a forecast put only into a report, someone else's
figure as the baseline and a "who checks?" question read as a person in charge. Each with the right plans
that must stay clean. Pure: the rules alone, no model. Our own sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.attention_counts import counts_attention
from studyguide.worksheets.coaching.baseline_stand_ins import stands_in
from studyguide.worksheets.coaching.model_handoff import model_left_to_a_tool
from studyguide.worksheets.coaching.report_landing import lands_in_a_report
from studyguide.worksheets.coaching.rollout import person_in_charge

# A bakery plan that deserves no note; each test changes one field.
STRONG = dict(
    objective="Sell more loaves each day and throw fewer away.",
    metric="Loaves sold per day (now 310) and loaves binned per day (now 42).",
    levers=["how many loaves we bake each morning", "the price of a day-old loaf"],
    uncontrollables=["weather", "school holidays"],
    data="Two years of till records and bake sheets; on alternate weeks the day-old price is 80p or £1.",
    modeler="Loaves sold by hour given the bake size, the day-old price, weather and the day of the week.",
    simulator="If we bake 340 and sell day-old loaves at 80p on a wet Monday, how many are sold and binned?",
    optimizer="Chooses the bake size and the day-old price each day for the most loaves sold, at most 30 "
    "binned.",
    baseline="Today the head baker bakes 350 every day and day-old loaves are always £1.",
    rollout="One shop for a month with the head baker approving each morning's bake, then the other two "
    "shops.",
    monitoring="The manager checks loaves sold and binned against last year every week.",
    risks="A new supermarket nearby changes demand unlike anything in our records; if we bake less, we never "
    "see how many more we could have sold, so some days bake extra to keep learning.",
)


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**STRONG, **changes}))}


def test_the_strong_bakery_plan_gets_no_note():
    assert codes_of() == set()


# --- attention counted as a figure wherever it stands ---
@pytest.mark.parametrize(
    "clause",
    [
        "when the shop's Facebook page passes 2,000 likes",
        "we reach 10k Instagram followers",
        "500 brochure downloads a month",
        "1,200 newsletter sign-ups by June",
    ],
)
def test_a_figure_of_attention_is_counted_attention(clause):
    assert counts_attention(clause, "Sell more loaves each day.")


@pytest.mark.parametrize(
    "clause, objective",
    [
        ("when the page passes 2,000 followers", "More people following the band's page."),  # the aim itself
        ("2,000 likes on our posts", "More likes on our posts, for the sponsor."),
        ("500 downloads paid for", "Sell more of our e-books."),  # a sale after the noun
        ("4,000 shares traded", "A better price for the co-op's stock."),  # company shares count the world
        ("3 rooms with sea views", "Fill more rooms."),
        ("bookings per 1,000 page views", "More walks booked."),  # a rate whose count is the outcome
    ],
)
def test_attention_the_objective_asks_for_or_a_sale_is_not(clause, objective):
    assert not counts_attention(clause, objective)


def test_likes_counted_for_loaves_sold_are_a_proxy():
    assert "metric_proxy" in codes_of(
        metric="We will know it works when our page passes 2,000 likes, up from 700."
    )


def test_likes_kept_beside_the_outcome_are_no_proxy():
    metric = "Loaves sold per day (now 310); page likes 2,000 as an early sign."
    assert "metric_proxy" not in codes_of(metric=metric)


# --- a model left to a tool for the rest ---
def test_a_tool_that_sorts_out_the_rest_is_no_model():
    assert model_left_to_a_tool("We will buy the baking app from the guild and it will sort out the rest.")
    assert "model_missing" in codes_of(modeler="We get the guild's app and it will handle the rest.")


def test_a_bought_model_that_is_described_is_a_model():
    modeler = (
        "We buy the guild's app: it predicts loaves sold from the bake size, the day-old price and weather; "
        "it will sort out the rest."
    )
    assert not model_left_to_a_tool(modeler)
    assert "model_missing" not in codes_of(modeler=modeler)


# --- a forecast put only into a report ---
@pytest.mark.parametrize(
    "optimizer",
    [
        "The predicted sales are added as a new column in the monthly report to the landlord.",
        "The forecast goes into the Friday e-mail to the owners.",
        "Each week's estimate is shown on the office dashboard.",
    ],
)
def test_a_forecast_put_into_a_report_lands_there(optimizer):
    assert lands_in_a_report(optimizer)


@pytest.mark.parametrize(
    "optimizer",
    [
        "Prices go from the system to the booking page every night.",  # the decision itself, sent out
        "The controller writes the steam rate to the valves.",
        "Chooses the bake size each day for the most loaves sold.",
    ],
)
def test_a_decision_sent_out_is_no_report(optimizer):
    assert not lands_in_a_report(optimizer)


def test_a_forecast_only_reported_decides_nothing():
    optimizer = "The predicted loaves sold are added as a new column in the monthly report to the bank."
    assert "prediction_not_decision" in codes_of(optimizer=optimizer, simulator="We see the forecast weekly.")


def test_a_forecast_that_feeds_the_optimizer_and_a_report_decides():
    optimizer = (
        "Chooses the bake size each day for the most loaves sold; the forecast is also added to the monthly "
        "report to the bank."
    )
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)


# --- someone else's figure as the baseline ---
@pytest.mark.parametrize(
    "baseline",
    [
        "The industry average for bakeries like ours is about 4 stars, so we'll aim for that.",
        "The national benchmark is 12% waste.",
        "The average for shops of our size is 300 loaves a day.",
    ],
)
def test_someone_elses_figure_is_no_baseline(baseline):
    assert stands_in(baseline)
    assert "no_baseline" in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "Our own figure last year, 3.6 stars; the industry average is 4.",
        "We charge the regional average price, £2.10, every day.",  # a rule we follow
        "Today 350 a day by the head baker's habit; the national benchmark is 12% waste.",
        "The industry standard rule: bake what sold on the same day last week.",  # a practice to beat
    ],
)
def test_our_own_figure_beside_others_is_a_baseline(baseline):
    assert not stands_in(baseline)
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- "who checks?" names nobody; its answer says who and what ---
def test_a_question_who_checks_answered_by_a_look_at_results_puts_nobody_in_charge():
    text = (
        "The controller writes the bake size straight to the ovens; bakers have no manual override.\n"
        "Q. Who checks? A. The manager reviews sales and waste weekly against last year."
    )
    assert not person_in_charge(text)


def test_a_question_who_can_stop_it_answered_by_a_person_puts_them_in_charge():
    text = "No manual override on the oven panel. Who can stop it? The head baker, at any time."
    assert person_in_charge(text)


def test_a_controller_nobody_can_override_is_a_note_despite_a_who_checks_question():
    rollout = (
        "Shop 1 from March, shop 2 from May. The controller writes the bake size straight to the ovens; "
        "bakers watch only and have no manual override."
    )
    monitoring = "Q. Who checks? A. The manager reviews sales and waste weekly against last year."
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring=monitoring)
