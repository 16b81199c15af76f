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


# --- an uncontrollables list that holds only the plan's own fixed means ------------------------------------
@pytest.mark.parametrize(
    "rows",
    [
        ["The van holds 12 crates.", "Just two of us on the stall.", "Pitch contract ends at 16:00."],
        ["Kiln capacity 30 pots a firing.", "Only me to load it.", "£150 a month for clay."],
    ],
)
def test_own_capacity_staff_and_lease_are_no_uncontrollables(rows):
    assert "uncontrollables_missing" in codes_of(uncontrollables=rows)


@pytest.mark.parametrize(
    "rows",
    [
        ["The van holds 12 crates.", "rain on market days", "what the stall next door charges"],
        ["how many tourists are in town", "only two buses an hour from the station"],
    ],
)
def test_a_list_with_the_world_in_it_is_an_uncontrollables_list(rows):
    assert "uncontrollables_missing" not in codes_of(uncontrollables=rows)


# --- lever rows that are questions about how things are ----------------------------------------------------
def test_levers_put_as_questions_about_people_are_missing():
    levers = [
        "Do regulars stop coming when the deposit goes up?",
        "Which reminder annoys clients most - text or e-mail?",
        "Would a smaller deposit just mean more no-shows?",
    ]
    assert "levers_missing" in codes_of(levers=levers)


@pytest.mark.parametrize(
    "levers",
    [
        ["Should we ask a deposit of 30 or 50?", "Which day do we send the reminder?"],
        ["How much deposit per booking?", "Which bookings get a reminder call?"],
        ["Q: Deposit? A: 30, 50 or 80", "Q: Reminder? A: a day or a week before"],
    ],
)
def test_levers_put_as_questions_about_our_choice_are_levers(levers):
    assert "levers_missing" not in codes_of(levers=levers)
