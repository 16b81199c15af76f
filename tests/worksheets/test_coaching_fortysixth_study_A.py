"""What the forty-sixth blind set's first look taught (helper A), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortysixth; these are other words for the same slips, beside near misses that
must stay silent). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


# --- its false alarm: complaints one item of a list split by semicolons -----------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "Daily waits against target; weekly complaints; monthly report to the board, continuing.",
        "Turnaround per job each day; monthly complaints; a quarterly note to the trustees.",
    ],
)
def test_complaints_listed_beside_other_looks_are_not_all_that_is_watched(monitoring):
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


@pytest.mark.parametrize("monitoring", ["Weekly complaints.", "Complaints to the front desk, if any."])
def test_complaints_alone_are_still_waiting_to_hear(monitoring):
    assert "no_monitoring" in codes_of(monitoring=monitoring)


# --- watching of the first stage, then a look put off to a far-off time ----------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "Season 1: the owner counts lost chair hours each week. After that, there is nothing useful to check "
        "until the final review in 2028.",
        "12. Phase 1: weekly checks of lost chair hours by the owner. After that, no need to measure "
        "anything till the end-of-project survey, as the change takes years to show.",
    ],
)
def test_a_look_put_off_to_the_end_after_the_first_stage_is_no_watch(monitoring):
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "Season 1: the owner counts lost chair hours each week. After that, she counts them each month until "
        "the final review in 2028.",
        "Season 1: the owner counts lost chair hours each week. After that, she counts them each month.",
    ],
)
def test_a_look_that_comes_back_after_the_first_stage_is_watching(monitoring):
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


# --- watching of the trial, then the model signed off into the paperwork ----------------------------------
def test_a_model_signed_off_into_procedures_audited_at_an_inspection_is_no_watch():
    monitoring = (
        "During the trial: weekly lost chair hours. Once the owner has signed the deposits off at the end of "
        "the trial, they become part of our booking policy and are audited with our other policies at the "
        "annual insurance inspection."
    )
    assert "no_monitoring" in codes_of(monitoring=monitoring)


def test_a_model_signed_off_and_still_watched_is_watching():
    monitoring = (
        "During the trial: weekly lost chair hours. Once the owner has signed the deposits off, she still "
        "checks lost chair hours every month."
    )
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


# --- the system left to itself until a date ----------------------------------------------------------------
def test_a_pilot_left_to_run_on_its_own_until_a_review_has_nobody_in_charge():
    rollout = (
        "North depot first, then the other two. Routes go to drivers' tablets as soon as they are made; the "
        "transport officer who plans them is seconded elsewhere, so the pilot runs on its own until we "
        "review it in March."
    )
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "North depot first, then the other two. The pilot runs on its own until the review in March, though "
        "the depot manager can pause it at any time.",
        "North depot first, then the other two. No route goes out until the transport officer approves it.",
    ],
)
def test_a_person_who_can_stop_it_meanwhile_or_who_approves_each_output_is_in_charge(rollout):
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


# --- the decision said to come from the model alone --------------------------------------------------------
def test_an_order_that_comes_solely_from_the_model_has_nobody_in_charge():
    rollout = (
        "Ward 3 first for a month, then all wards. The bed manager watches the board during the trial; the "
        "order of admissions comes solely from the model, sent to porters' phones."
    )
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


def test_an_order_only_from_the_model_that_a_person_can_change_is_overseen():
    rollout = (
        "Ward 3 first for a month, then all wards. The order comes only from the model's suggestion, and the "
        "site manager can change it before it is used."
    )
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


# --- a rollout box that only says where the plan is filed -------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "How will it be introduced? Covered in the programme brief (Teams > Operations > Go-live 2027).",
        "Which stages? Described in the project charter [S:/Projects/Deposits].",
        "Covered in the project wiki.",
    ],
)
def test_a_rollout_that_only_points_to_a_filed_document_plans_no_rollout(rollout):
    assert "no_rollout" in codes_of(rollout=rollout)


def test_a_rollout_that_says_what_the_filed_document_holds_is_a_plan():
    rollout = (
        "How does it go live? The charter (SharePoint > Studio > 2026) sets it out: Mia's bookings for a "
        "month, then all four artists; she can switch back."
    )
    assert "no_rollout" not in codes_of(rollout=rollout)


def test_a_look_put_off_only_to_the_next_recurring_one_still_comes_back():
    from studyguide.worksheets.coaching.first_stage_watch import watched_in_first_stage_only

    metric = "Chair hours lost to no-shows per month."
    put_off = "Season 1: the owner counts lost chair hours each week. After that, no counts until {}."
    assert watched_in_first_stage_only(put_off.format("the final review in 2028"), metric)
    assert not watched_in_first_stage_only(put_off.format("the end of each month"), metric)
