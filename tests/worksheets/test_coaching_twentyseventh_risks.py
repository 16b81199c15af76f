"""Coaching study 69 (the twenty-seventh set's risk and feedback-loop misses), by general cause, not by the
set's words. Pure: the rules alone, no model. Our own sentences, in other trades, voices and shapes; each
cause beside near phrasings the rule must leave alone."""

import pytest

from studyguide.worksheets.coaching.waved_off import loop_waved_off, only_wider_use, risks_only_rated
from tests.worksheets.test_coaching_evidence import codes_of

# The base plan's risks name its loop; these tests put the loop (or its absence) in "went really well".
NO_LOOP_RISKS = "Summer tourists are unlike our regulars."


# --- a risk given a size and nothing named is as empty as a blank risks field ---
@pytest.mark.parametrize(
    "risks",
    [
        "Risk level: low.",
        "Overall risk 2/10, nothing to worry about.",
        "Negligible, in our view.",
        "- risk score: 1 (of 5)\n- acceptable",
        "We'd judge it as fairly minor really.",
        "Assessment: LOW. Rated 4% overall.",
    ],
)
def test_a_risk_rated_with_nothing_named_is_no_risks(risks):
    assert risks_only_rated(risks)
    assert "no_risks" in codes_of(risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "Low overall, but a new supplier's beans may roast unlike anything in our data.",
        "Risk 3/10: the main one is a heatwave bringing crowds unlike past summers.",
        "Small: regulars may book elsewhere if deposits rise, so the clients the model learns from change.",
        "Minor risks: tourists unlike our regulars; a rival studio opening.",
    ],
)
def test_a_rated_risk_that_names_something_is_left_alone(risks):
    assert not risks_only_rated(risks)
    assert "no_risks" not in codes_of(risks=risks)


# --- a loop raised and then waved off ("retraining washes it out") is still unanswered ---
@pytest.mark.parametrize(
    "went_really_well",
    [
        "Could the deposits we set change who we learn from? Maybe, but we refit every week, so that evens "
        "itself out.",
        "The model may get biased towards the clients it already favours; not a real problem, as it is "
        "retrained nightly.",
        "- feedback loop: possible\n- retraining each month corrects itself",
        "Our picks might skew the data a bit. It won't matter much with this many bookings.",
        "If we only ever see the people we chose, there is a blind spot, but that washes out over a year.",
    ],
)
def test_a_loop_raised_then_waved_off_is_no_feedback_loop(went_really_well):
    assert loop_waved_off(went_really_well)
    assert "no_feedback_loop" in codes_of(risks=NO_LOOP_RISKS, went_really_well=went_really_well)


@pytest.mark.parametrize(
    "went_really_well",
    [
        "Our deposits could change who books, so the model learns only from those who still book; to keep "
        "that from washing out the truth, one booking in ten gets a deposit at random.",
        "Could the deposits change who we learn from? Yes: nervous first-timers would stop booking and "
        "vanish from the data, so we follow a random tenth with no deposit.",
        "Our picks might skew the data. That is not a problem only if we keep a random slice, so we hold "
        "back 10% of bookings from the model.",
    ],
)
def test_a_loop_named_with_its_remedy_is_left_alone(went_really_well):
    assert not loop_waved_off(went_really_well)
    assert "no_feedback_loop" not in codes_of(risks=NO_LOOP_RISKS, went_really_well=went_really_well)


# --- "what if it went really well" answered only with wider use names no loop ---
@pytest.mark.parametrize(
    "went_really_well",
    [
        "We'd open a second studio in town.",
        "If it works we'll roll it out to the other branches and sell the tool to other studios.",
        "We'd use it across the region.",
        "Gracias! Expand to every salon in the chain, then franchise it.",
        "- take it to the other towns\n- scale up to 12 artists",
    ],
)
def test_only_wider_use_names_no_loop(went_really_well):
    assert only_wider_use(went_really_well)
    assert "no_feedback_loop" in codes_of(risks=NO_LOOP_RISKS, went_really_well=went_really_well)


@pytest.mark.parametrize(
    "went_really_well",
    [
        "We'd open a second studio, but regulars would get the deposit less often, so the model only sees "
        "newcomers paying it.",
        "We would open a second studio, and the deposits we set would decide who books, so the model "
        "learns only from those who still book.",
        "Roll it out everywhere; then nervous first-timers would stop booking and drop out of the data "
        "we learn from.",
    ],
)
def test_growth_with_its_loop_is_left_alone(went_really_well):
    assert not only_wider_use(went_really_well)
    assert "no_feedback_loop" not in codes_of(risks=NO_LOOP_RISKS, went_really_well=went_really_well)


def test_growth_only_beside_a_loop_named_in_the_risks_is_left_alone():
    # the base plan's risks name the loop: an answer about growth does not undo it
    assert "no_feedback_loop" not in codes_of(went_really_well="We'd use it across the region.")


# A plan about an oven: its decisions do not reach back into whom it learns from, so growth alone is fine.
OVEN_PLAN = dict(
    objective="Fewer cracked loaves from the deck oven.",
    metric="Cracked loaves per 1,000 baked.",
    levers=["oven temperature", "proving time"],
    uncontrollables=["flour batch", "room humidity"],
    data="Two years of bake logs; for a month the proving time is drawn at random from three settings.",
    modeler="Chance of a crack given temperature, proving time, flour batch and humidity.",
    simulator="If we prove 10 minutes longer on humid days, how many cracks?",
    optimizer="Choose temperature and proving time per batch for the fewest cracks.",
    baseline="Today: 230 degrees and 45 minutes, always.",
    rollout="One oven for a month; the head baker can switch back. Then both.",
    monitoring="The head baker checks cracks per 1,000 each week.",
    risks="A new flour supplier unlike any batch in our logs.",
)


@pytest.mark.parametrize(
    "went_really_well",
    ["We would use it on the other ovens and in the second bakery.", "Roll it out to every branch."],
)
def test_growth_only_where_no_loop_can_form_is_left_alone(went_really_well):
    assert only_wider_use(went_really_well)
    assert codes_of(went_really_well=went_really_well, **OVEN_PLAN) == set()
