"""A plan typed wholly in lower case gets the notes of the same plan with its capitals: the readers that tell
a person by a capital letter (who can stop the system, whose act a lever is) read the lower-case plan with the
capitals its writer left out (``restored_capitals``). Pure (the rules only)."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.restored_capitals import with_capitals_restored

from .test_coaching_evidence import BASE, codes_of


def _lowered(value):
    return [row.lower() for row in value] if isinstance(value, list) else value.lower()


def lower_codes(**changes):
    """The codes of the BASE plan with the changes, every field and list row typed in lower case."""
    plan = {key: _lowered(value) for key, value in {**BASE, **changes}.items()}
    return {n.code for n in check_plan(Plan(**plan))}


# --- who can stop the system: a name or a titled person, not only a capitalised word ------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        # a title before the name, mid-sentence
        "One kiln for six weeks, then both. Each firing the schedule is shown first and Mrs Adebayo may "
        "refuse any load.",
        # a bare name opening a clause after a comma, with the power as a modal
        "Two glaze colours first, Rhodri can put any kiln back to the old curve. Then every colour.",
    ],
)
def test_a_person_who_can_stop_it_in_lower_case_is_still_a_person(rollout):
    # the monitoring names no one, so the rollout alone must say who can stop it
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout, monitoring=UNWATCHED)
    assert "rollout_no_human_oversight" not in lower_codes(rollout=rollout, monitoring=UNWATCHED)


UNWATCHED = "Weekly count of cracked pots."


def test_a_rollout_with_no_one_in_charge_is_noted_in_lower_case_as_in_capitals():
    rollout = "All four kilns on the same night; the controller sets every firing by itself."
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring=UNWATCHED)
    assert "rollout_no_human_oversight" in lower_codes(rollout=rollout, monitoring=UNWATCHED)


# --- a lever acted by the planner's own named person ------------------------------------------------------
OWN_POTTER = dict(
    levers=["whether Nadia sends a helper to a new student's first three classes", "which pots go first"],
    baseline="Nadia fires by eye and by the cones; she and Rhodri look at the seconds each Friday.",
    rollout="One kiln for a month; Nadia can switch back to her own curve any day. Then both kilns.",
    monitoring="Nadia counts cracked and crazed pots per firing.",
)


def test_a_lever_done_by_the_planners_named_person_is_a_lever_in_lower_case():
    assert "lever_not_controllable" not in codes_of(**OWN_POTTER)
    assert "lever_not_controllable" not in lower_codes(**OWN_POTTER)


def test_a_job_with_its_holders_name_beside_it_is_read_as_in_capitals():
    plan = dict(
        OWN_POTTER,
        levers=["whether Bryn (the tutor) sends a helper to a new student's first class", "which pots first"],
        baseline="Bryn fires by eye.",
        monitoring="Bryn counts crazed pots per firing.",
    )
    assert "lever_not_controllable" not in codes_of(**plan)
    assert "lever_not_controllable" not in lower_codes(**plan)


# --- the reading itself --------------------------------------------------------------------------------
def test_a_plan_with_any_capital_is_read_as_written():
    plan = Plan(**{**BASE, "rollout": "then all four artists; mia can switch back."})
    assert with_capitals_restored(plan) is plan


def test_common_nouns_stay_common_and_list_rows_keep_their_first_letter():
    plan = Plan(
        **{
            key: _lowered(value)
            for key, value in {
                **BASE,
                "levers": ["the firing curve nadia picks", "which pots go first"],
                "baseline": "nadia fires by eye. the bill for gas comes monthly; nadia can switch back.",
                "rollout": "one kiln first. mr obi may stop it on any day.",
            }.items()
        }
    )
    read = with_capitals_restored(plan)
    assert read.levers == ["the firing curve Nadia picks", "which pots go first"]
    assert read.baseline == "Nadia fires by eye. The bill for gas comes monthly; Nadia can switch back."
    assert read.rollout == "One kiln first. Mr Obi may stop it on any day."
