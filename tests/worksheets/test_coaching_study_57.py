"""Misses of the fifty-seventh blind set's first look, fixed for their general cause and tested here in other
trades (an orchard's packhouse): a risks box that opens by saying little can go wrong, an uncontrollables list
that only says there are none, the power to step in denied to everyone while someone only looks at the totals,
a metric put off "until we decide what to count", a metric box headed "Our measure:", and a simulator box that
says "Not something we'll do"."""

import pytest

from tests.worksheets.orchard import orchard_codes


def test_the_sound_plan_has_none_of_these_notes():
    assert not orchard_codes() & {
        "no_risks",
        "uncontrollables_missing",
        "rollout_no_human_oversight",
        "objective_no_metric",
        "metric_no_number",
        "no_simulator",
    }


@pytest.mark.parametrize(
    "risks",
    [
        "Honestly, not a lot could go wrong here. It's apples in crates.",
        "There's nothing that can really go wrong with a picking order. At worst we pick a row a day late.",
        "I can't see anything going wrong.",
    ],
)
def test_risks_dismissed_name_no_risk(risks):
    assert "no_risks" in orchard_codes(risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "Not much can go wrong, but a variety we have never grown would be new to the model.",
        "Little can go wrong with the split. A buyer we have never sold to could want a grade we don't know.",
    ],
)
def test_a_risk_named_beside_the_comfort_is_still_a_risk(risks):
    assert "no_risks" not in orchard_codes(risks=risks)


@pytest.mark.parametrize(
    "rows",
    [["None - we set every part of it ourselves."], ["Nothing, it is all our own doing"], ["N/A: all ours"]],
)
def test_an_uncontrollables_list_that_only_says_none(rows):
    assert "uncontrollables_missing" in orchard_codes(uncontrollables=rows)


@pytest.mark.parametrize(
    "rows",
    [
        ["None except the frost dates"],
        ["None, but the buyer's weekly order"],
        ["Nothing we can do about the frost dates"],
        ["None of the pickers' holidays are ours to set", "the buyer's weekly order"],
    ],
)
def test_a_list_that_names_an_input_is_no_denial(rows):
    assert "uncontrollables_missing" not in orchard_codes(uncontrollables=rows)


def test_power_to_step_in_denied_to_everyone_outweighs_a_look_at_the_totals():
    fields = {
        "rollout": "The early variety first, then every variety. The packing software sets the split itself "
        "each week; nobody in the packhouse can change it or switch the feature off.",
        "monitoring": "Maya and I look at the waste figures each Friday and report to the growers' meeting.",
    }
    assert "rollout_no_human_oversight" in orchard_codes(**fields)
    # the same power given to a person elsewhere puts them in charge
    given = {**fields, "monitoring": "Maya looks at the waste each Friday and can switch the split back."}
    assert "rollout_no_human_oversight" not in orchard_codes(**given)


@pytest.mark.parametrize(
    "rollout",
    [
        "Weeks 1-3: the model's split printed beside ours, no change. Then the early variety only; Maya can "
        "go back to the fixed split on any day.",
        "Two weeks of the early variety; no one is to check the figures but Maya, who can stop it any day.",
    ],
)
def test_other_denials_are_not_a_denied_power(rollout):
    assert "rollout_no_human_oversight" not in orchard_codes(rollout=rollout)


def test_a_metric_put_off_in_the_words_of_measuring():
    put_off = (
        "we haven't decided on anything to count yet. we'll try it for a season and then decide "
        "what to measure"
    )
    assert "objective_no_metric" in orchard_codes(metric=put_off)
    assert "objective_no_metric" not in orchard_codes(
        metric="Not decided yet, but the share of crates rejected"
    )
    assert "objective_no_metric" not in orchard_codes(
        metric="Haven't decided the target; tonnes thrown away a season"
    )


def test_a_measure_heading_is_not_a_count():
    assert "metric_no_number" in orchard_codes(
        metric="Agreed measure: growers feeling happier about how little fruit we lose."
    )
    assert "metric_no_number" not in orchard_codes(
        metric="Our measure: tonnes thrown away per season (now 41)."
    )


def test_a_simulator_declined_as_a_thing():
    assert "no_simulator" in orchard_codes(
        simulator="Not something we'll do. The optimizer picks and we go with it."
    )
    assert "no_simulator" not in orchard_codes(
        simulator="Not something we'd skip: what if the cold store is full?"
    )
