"""The fortieth set's first look, read for general causes, in sentences of our own from another field (a
water company's meter replacements): a rollout laid out by quarters or halves of the year ("Q1: ... Q2: ...")
is staged like one laid out by months or seasons, while quarter labels that number the questions a box answers
("Q1: How will it start?") are no stages; and a negation typed without its apostrophe ("havent got one") is
read as one."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.plan import with_apostrophes
from studyguide.worksheets.coaching.rollout import period_stages
from studyguide.worksheets.coaching.rules import coach


def _plan(**fields):
    base = {
        "title": "Water meter replacements",
        "objective": "Fewer litres lost to under-reading meters across the supply area.",
        "metric": "Unbilled water per month from meters that read low (now about 41,000 m3).",
        "levers": [
            "which meters the crews replace each week",
            "whether a meter is replaced or only recalibrated",
            "the order of streets on each crew's route",
        ],
        "uncontrollables": ["meter age and make", "water hardness", "whether the householder is in"],
        "modeler": "Chance a meter reads more than 5 % low given its age, make, hardness and the last test, "
        "and what replacing or recalibrating it would recover.",
        "simulator": "What if the crews replaced only the oldest make first?",
        "optimizer": "Each week picks which meters to replace or recalibrate to recover the most water with "
        "the crews' hours.",
        "baseline": "Replacements by meter age today: about 41,000 m3 unbilled each month.",
        "monitoring": "Each month the metering manager Ola looks at unbilled water by district, the test "
        "results of the meters taken out, and the crews' hours.",
        "risks": "Smart meters arriving in the new estates, unlike any meter in our test records; a very dry "
        "summer that changes how much households draw.",
        "went_really_well": "The meters we leave in place are tested less often, so the model learns less "
        "about them; a random tenth of each week's list keeps being tested.",
        "data_have": "Bench tests of 9,000 meters taken out since 2018 with make, age and hardness.",
        "data_collect": "A reading check on each meter visited.",
        "experiment_needed": "yes",
        "experiment_notes": "For two months, a random half of the borderline meters are recalibrated, the "
        "rest replaced.",
    }
    return plan_from_mapping({**base, **fields})


def _codes(plan):
    return {n.code for n in coach(plan).notes}


STAGED_BY_QUARTER = (
    "7. Q1: the model's list is drawn up beside the usual age-based one and the two are compared. 8. Q2: "
    "one district works from the model's list; Ola approves each week's list and can take meters off it. "
    "9. All districts from Q3 if the district's unbilled water falls."
)


@pytest.mark.parametrize(
    "rollout",
    [
        STAGED_BY_QUARTER,
        "Q1 the north depot only, Ola signs off each list. Q2 the other depots if losses fall there.",
        "- H1: advice only in two districts, Ola decides\n- H2: every district if the figures hold",
    ],
)
def test_a_rollout_laid_out_by_quarters_or_halves_is_staged(rollout):
    assert period_stages(rollout)
    assert "rollout_not_gradual" not in _codes(_plan(rollout=rollout))


def test_quarter_labels_that_number_questions_are_no_stages():
    asked = "Q1: How will it start? Every district on 1 April. Q2: Who can stop it? Ola can."
    assert not period_stages(asked)
    assert not period_stages("All districts switch over from Q3.")  # one quarter named is one start
    assert "rollout_not_gradual" in _codes(_plan(rollout=asked))


def test_the_plan_these_tests_change_gets_no_note():
    assert _codes(_plan(rollout=STAGED_BY_QUARTER)) == set()


def test_a_negation_typed_without_its_apostrophe_is_read_as_one():
    assert with_apostrophes("Havent got one, we DONT keep it, cant say") == (
        "Haven't got one, we DON'T keep it, can't say"
    )
    assert with_apostrophes("were well its ill, want a pedant") == "were well its ill, want a pedant"
    typed = _codes(_plan(modeler="Havent got one.", simulator="", optimizer=""))
    assert "model_missing" in typed
    assert typed == _codes(_plan(modeler="Haven't got one.", simulator="", optimizer=""))
