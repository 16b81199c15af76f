"""What the fifty-first blind set's first look taught (helper B), each as a general reading (the set's plans
are in tests/worksheets/holdout/fiftyfirst; these are other words for the same slips, in other domains, beside
near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.denials import no_comparison
from studyguide.worksheets.coaching.future_questions import asks_about_the_future
from studyguide.worksheets.coaching.non_answers import COMPARISON_WORDS
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.rollout_unplanned import waved_off_as_small
from studyguide.worksheets.coaching.work_described import describes_the_work
from tests.worksheets.test_coaching_evidence import codes_of


# --- a metric that counts what we send out ------------------------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Tender bids sent out per quarter: 12 last year, aiming for 20.",
        "Proposals posted out to schools each term (40 now).",
    ],
)
def test_things_sent_out_with_no_sender_named_are_our_own_output(metric):
    objective = "More building contracts won at a margin that pays, and fewer jobs that lose money."
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


def test_things_sent_out_that_the_objective_names_are_the_outcome():
    objective = "Parcels to reach customers within two days of the order."
    metric = "Parcels sent out within two days of the order, share per week"
    assert counted_activity(metric, objective) is None


def test_things_sent_out_and_then_paid_for_are_a_sale():
    objective = "More building contracts won at a margin that pays."
    assert counted_activity("Quotes sent out and paid within 30 days, per month", objective) is None


# --- a baseline that refuses a before-and-after, or judges the new way alone --------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "There's no real before-and-after we could trust: the syllabus keeps changing.",
        "We will judge the new timetable's results on their own in its first term.",
    ],
)
def test_a_before_and_after_refused_or_a_judgement_alone_is_no_baseline(baseline):
    assert no_comparison(baseline, COMPARISON_WORDS)
    assert "no_baseline" in codes_of(baseline=baseline)


def test_a_before_and_after_given_with_last_years_figure_is_a_baseline():
    baseline = "Before and after: last year's timetable lost 14 teaching hours a term."
    assert "no_baseline" not in codes_of(baseline=baseline)


def test_a_judgement_by_a_person_on_their_own_is_no_refusal():
    baseline = "Today the head of year reviews by herself on their own rota: 14 hours lost a term."
    assert not no_comparison(baseline, COMPARISON_WORDS)


# --- an objective that wants to know, with an aside, who will do what ---------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "To know, by the first of May, which of our season ticket holders are going to renew.",
        "We want to see, a week before each match, who will turn up to steward.",
    ],
)
def test_knowing_with_an_aside_which_will_happen_is_a_prediction(objective):
    assert asks_about_the_future(objective)
    assert "objective_is_prediction" in codes_of(objective=objective)


def test_knowing_with_an_aside_what_we_will_do_is_still_a_decision():
    objective = "To decide, by the first of May, which season ticket holders will get a renewal call."
    assert not asks_about_the_future(objective)


def test_an_aside_before_an_outcome_is_no_prediction():
    objective = "To know, by May, which renewals we lose, so that fewer season ticket holders leave."
    assert "objective_is_prediction" not in codes_of(objective=objective)


# --- an objective that tells the project's story, with a handover in it -------------------------------------
def test_a_project_told_with_a_takeover_says_only_what_the_work_is():
    objective = (
        "This plan is part of the catering review the kitchen team started after the new trust took over. "
        "It replaces the paper menus we have used since 2015 and goes to the governors in July."
    )
    assert describes_the_work(objective)
    assert "objective_missing" in codes_of(objective=objective)


def test_a_project_told_with_a_takeover_and_an_aim_is_an_objective():
    objective = (
        "This plan is part of the catering review started after the new trust took over: fewer meals thrown "
        "away and more pupils eating a hot lunch."
    )
    assert not describes_the_work(objective)


def test_over_as_a_bound_is_still_a_wish():
    assert not describes_the_work("The canteen is part of the school. Spend per meal over two pounds.")


# --- a rollout waved off as having nothing to roll out ------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Nothing much to roll out really - the nurses just use the new rota from Monday.",
        "No real rollout needed, we'll send the new timetable to drivers when it's done.",
        "There's not much to roll out, the shop just follows the new reorder list.",
    ],
)
def test_nothing_to_roll_out_is_no_rollout(rollout):
    assert waved_off_as_small(rollout)
    assert "no_rollout" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "Nothing to roll out at first: two wards use the new rota for a month, then the rest.",
        "Roll out to two depots first, with the manager approving each week, then the rest.",
        "Nothing rolls out until the manager signs off the first week's rota on one ward.",
    ],
)
def test_a_staged_rollout_after_a_denial_or_without_one_is_a_plan(rollout):
    assert not waved_off_as_small(rollout)
