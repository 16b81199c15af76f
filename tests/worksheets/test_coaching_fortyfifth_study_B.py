"""What the forty-fifth blind set's first look missed, each as a general reading (the set's plans are in
tests/worksheets/holdout/fortyfifth; these are other words for the same slips, in other trades, beside near
misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from tests.worksheets.test_coaching_evidence import BASE, codes_of


def said(code, **changes):
    """Whether the code is raised as a note, not only asked as a question."""
    return any(n.code == code and not n.question for n in check_plan(Plan(**{**BASE, **changes})))


# --- a lever row that says only whether things keep to time -------------------------------------------------
@pytest.mark.parametrize(
    "row",
    [
        "suppliers arriving on time",
        "inbound flights landing on schedule",
        "guest coaches turning up late",
    ],
)
def test_things_keeping_to_time_are_said_to_be_no_lever(row):
    assert said("lever_not_controllable", levers=["the deposit we ask per booking", row])


@pytest.mark.parametrize(
    "row",
    [
        "which vans we send so they arrive on time",
        "our own crews arriving on time",
        "start time of each shift",
        "a reminder to arrive on time",
    ],
)
def test_our_own_timing_is_a_lever(row):
    assert "lever_not_controllable" not in codes_of(levers=["the deposit we ask per booking", row])


# --- a lever row that another party grants -----------------------------------------------------------------
@pytest.mark.parametrize(
    "row",
    [
        "number of hours the landlord's agent approves per month",
        "the overtime the union approves",
        "the treatments the patient's insurer authorises per claim",
    ],
)
def test_what_another_party_grants_is_said_to_be_no_lever(row):
    assert said("lever_not_controllable", levers=["the deposit we ask per booking", row])


@pytest.mark.parametrize(
    "row",
    [
        "the discount our director approves",
        "which loan requests our volunteer on the desk approves",
        "whether we ask the insurer to authorise more sessions early",
    ],
)
def test_what_our_own_people_grant_is_not_said_to_be_anothers(row):
    assert not said("lever_not_controllable", levers=["the deposit we ask per booking", row])


# --- a modeler box that declines a model -------------------------------------------------------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "We don't need a model here. The 1990s parish map shows where the hedges stood, so we replant those.",
        "No need for any model: last year's busiest streets get the bins first.",
    ],
)
def test_a_model_declined_as_unneeded_is_missing(modeler):
    assert "model_missing" in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        "We don't need a neural net: a simple regression predicts no-shows from the deposit and lead time.",
        "A neural net is not needed; the model gives the chance of a no-show from the deposit and lead time.",
    ],
)
def test_a_model_that_declines_only_a_kind_of_model_is_a_model(modeler):
    assert "model_missing" not in codes_of(modeler=modeler)
