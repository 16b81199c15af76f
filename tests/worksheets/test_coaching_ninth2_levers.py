"""The ninth set's second study, levers, metric, model and decision: each behaviour read from the structure of
a field rather than from its words. Pure (the rules only); the sentences are our own."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.metric_fit import states_a_condition

BASE = dict(
    objective="More members at the climbing wall on weekday evenings.",
    metric="Weekday evening entries per week (now 310, aim 400).",
    levers=["the evening entry price", "which weekday evenings have a coached session"],
    uncontrollables=["the weather", "university term dates"],
    data="Two years of entries by day. For eight weeks the coached evening changes at random each week.",
    modeler="Entries on an evening given its price, whether it is coached, the weather and term.",
    simulator="If Tuesday becomes coached and costs 1 less, how many more entries?",
    optimizer="Chooses the price and coached evenings each month for the most entries within budget.",
    baseline="The current flat price and a coached Thursday.",
    rollout="Tuesdays only for a month; the manager can switch back. Then all weekdays.",
    monitoring="The manager checks entries and income every Monday.",
    risks="A new wall opening in town would bring members unlike our records. If coached evenings fill up, "
    "the members we see change because of our own choices.",
)


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}), None)}


def test_the_base_plan_gets_no_note():
    assert codes_of() == set()


@pytest.mark.parametrize(
    "metric, flagged",
    [
        ("That the wall is busy again on weekday evenings.", True),
        ("Members don't complain that the evenings are dead.", True),
        ("Whether the club is thought of as lively", True),
        ("Evening entries", False),
        ("Climbers back in autumn", False),
    ],
)
def test_a_metric_put_as_a_state_of_affairs_names_no_number(metric, flagged):
    assert states_a_condition(metric) is flagged
    assert ("metric_no_number" in codes_of(metric=metric)) is flagged


@pytest.mark.parametrize(
    "lever, verdict",
    [
        ("which books we face out on the front table", CONTROL),
        ("which offers we have up in the window", CONTROL),
        ("the competition we face", WORLD),
        ("how many calls we get", WORLD),
    ],
)
def test_a_receiving_verb_with_a_particle_is_our_act(lever, verdict):
    assert read_lever(lever).verdict == verdict
    flagged = "lever_not_controllable" in codes_of(levers=[lever, "the evening entry price"])
    assert flagged is (verdict == WORLD)


@pytest.mark.parametrize(
    "modeler, flagged",
    [
        ("Visits on an evening given the fee, the weather and term.", False),
        ("Visits on an evening given the rival wall's fee, the weather and term.", True),
        ("Visits on an evening given the weather and term.", True),
    ],
)
def test_a_setting_named_by_its_verb_in_the_lever_and_its_noun_in_the_model(modeler, flagged):
    levers = ["what we charge for a day pass", "what we charge for a coached session"]
    uncontrollables = ["the rival wall's fees", "the weather", "university term dates"]
    got = codes_of(levers=levers, uncontrollables=uncontrollables, modeler=modeler)
    assert ("model_no_lever" in got) is flagged


@pytest.mark.parametrize(
    "optimizer, flagged",
    [
        ("The likelihoods are printed for the committee as a table, ranked from highest to lowest.", True),
        (
            "Phone the 20 members most likely to lapse; choose the offer with the lowest cost.",
            False,
        ),
    ],
)
def test_a_table_of_likelihoods_in_order_decides_nothing(optimizer, flagged):
    scores = dict(
        modeler="The probability each member lapses before renewal, from their visits and age.",
        simulator="Which members are likely to lapse?",
    )
    assert ("prediction_not_decision" in codes_of(optimizer=optimizer, **scores)) is flagged
