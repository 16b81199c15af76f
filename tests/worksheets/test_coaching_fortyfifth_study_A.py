"""What the forty-fifth blind set's first look taught (helper A's share), each as a general reading (the set's
plans are in tests/worksheets/holdout/fortyfifth; these are other words for the same slips, in other domains,
beside near misses that must stay silent). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


# --- one start for everyone, with "a second" of something that is no stage ---------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Running two timetables at once would muddle the drivers, so the new timings apply to every "
        "route and every depot from the start of the next timetable period. The duty manager can put on a "
        "second bus on any day the loads look high.",
        "From the next billing cycle every customer gets the new reminder schedule; support can add a third "
        "reminder for anyone who asks.",
    ],
)
def test_everyone_at_the_next_cycle_with_one_more_of_a_thing_goes_everywhere_at_once(rollout):
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        # a second unit that is a later step stays a stage
        "Route 12 only for the first month; a second route after that, then every route if waits fall. "
        "The duty manager can switch a route back.",
        # the next period as a later step after a first one
        "For the first quarter Ana uses the model's list for half her calls and can stop it. If income "
        "holds, we move every call to the model's list the next quarter.",
    ],
)
def test_a_second_unit_or_the_next_period_after_a_first_stage_is_still_staged(rollout):
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


# --- a rollout box that gives the build's effort, not how it goes into use --------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Dev estimate: three sprints for the pricing service and one sprint of QA; the warehouse API rework "
        "has to land first.",
        "About 40 developer-days of work, plus 10 story points for the reporting screens.",
    ],
)
def test_an_engineering_estimate_is_no_rollout(rollout):
    assert "no_rollout" in codes_of(rollout=rollout)


def test_an_estimate_beside_a_staged_start_is_a_rollout():
    rollout = (
        "Two sprints to build it. Then one warehouse for a month, with the shift lead able to override any "
        "pick list; the other sites follow if errors fall."
    )
    assert "no_rollout" not in codes_of(rollout=rollout)


# --- outputs held beyond a person's reach for a while -------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        # kept even when they look wrong
        "Ward 4 for two months first, then the other wards. So the comparison is fair, the model's staffing "
        "levels are used every shift even if they seem off to the nurse in charge.",
        "Term 1: Year 9 only; then the whole school. The seating plans stay as issued all term, even when "
        "they look odd, so we learn what they really do.",
        # a stop that waits days on someone else's queue
        "Pilot in the Leeds warehouse, then the rest. The pick rules live in the vendor's cloud; stopping "
        "them or switching them off needs a ticket with the vendor, which takes two weeks.",
        "One county first, then all. Suspending the tariff requires at least 15 working days through the "
        "regulator's change process.",
    ],
)
def test_outputs_held_for_a_while_leave_nobody_in_charge(rollout):
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        # a person's say still comes first
        "Ward 4 for two months first, then the other wards. The levels are used every shift even if they "
        "seem off, unless the nurse in charge overrides them.",
        # the slow path is a change of settings; a person can still stop it at once
        "Pilot in the Leeds warehouse, then the rest. The shift lead reviews each pick list and can switch "
        "it off at any time; a new rule takes two weeks to configure.",
        # a delay that is not a stop
        "One county first, then all. The tariff takes 15 working days to print; Jo approves each tariff "
        "before it goes out.",
        # "even when it looks fine" keeps a person looking
        "Ward 4 first, then the others. The nurse in charge checks the levels every shift, even when they "
        "look fine, and can change them.",
    ],
)
def test_a_person_who_can_still_step_in_is_in_charge(rollout):
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


# --- monitoring bound to the first stage --------------------------------------------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        # nothing watched after the first stage
        "Phase 1: the owner checks no-show hours each week.\nPhase 2 onwards: the deposits are simply "
        "applied as the model sets them.",
        "During the Old Town pilot: Mia reviews the no-show hours every Friday.\nAfterwards: the "
        "funding for our part-time analyst runs out, so the deposits just run as set.",
        # only the books watched after it
        "In the pilot month the owner compares no-show hours with last year.\nOnce every artist uses it: the "
        "deposits are checked against the bank statements in the monthly accounts.",
    ],
)
def test_watching_bound_to_the_first_stage_stops_while_it_runs(monitoring):
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "Phase 1: the owner checks no-show hours each week.\nPhase 2 onwards: the same figures go to her "
        "every month.",
        "During the Old Town pilot: Mia reviews the no-show hours every Friday.\nAfterwards: the same "
        "review, once a month.",
        # the books, but with the metric's own words: the outcome is still looked at
        "In the pilot month the owner compares no-show hours with last year.\nOnce every artist uses it: the "
        "owner checks the no-show hours against the monthly accounts.",
        # a later look told only by its period and its watcher
        "Phase 1: the owner checks no-show hours each week.\nPhase 2 onwards: monthly, by the studio "
        "manager.",
        # a later look not bound to the first stage at all
        "The owner checks no-show hours each week. After a year the studio manager takes it over.",
    ],
)
def test_watching_that_goes_on_after_the_first_stage_is_monitoring(monitoring):
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


def test_a_constraint_that_is_part_of_the_work_is_no_look_once_watching_has_stopped():
    monitoring = "Phase 1: the owner checks no-show hours each week.\nPhase 2 onwards: nothing further."
    constraints = "Hygiene checks on every chair between sessions; no tattoos on under-18s."
    assert "no_monitoring" in codes_of(monitoring=monitoring, constraints=constraints)
