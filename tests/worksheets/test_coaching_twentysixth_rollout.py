"""Coaching study 66 (the twenty-sixth set's rollout, monitoring and out-of-domain misses, a false oversight
note and an oversight question on a strong plan), by general cause. Pure: the rules alone, no model. Our
own sentences, not any set's; each cause beside a counter-example the rule must leave alone."""

import pytest

from studyguide.worksheets.coaching.kept_say import say_kept
from studyguide.worksheets.coaching.novelty import ages_only_the_model, risk_items
from studyguide.worksheets.coaching.one_launch import first_stage_everywhere, stages_start_together
from studyguide.worksheets.coaching.system_upkeep_watch import only_system_running_watched
from studyguide.worksheets.coaching.told_afterwards import told_only_afterwards
from tests.worksheets.test_coaching_evidence import codes_of


# --- a person who only hears of the decisions afterwards is not in charge of them ---
@pytest.mark.parametrize(
    "rollout",
    [
        "Mia's bookings for a month, then all four artists. The app sets the deposits itself; the owner is "
        "sent an email each week of what changed.",
        "First the small studio, then the big one. The partners go over the year's decisions at the annual "
        "meeting.",
        "Mia's chair first, then the rest; the owner gets a summary by text afterwards.",
    ],
)
def test_hearing_of_the_decisions_afterwards_is_no_oversight(rollout):
    assert told_only_afterwards(rollout)
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "Mia's bookings for a month; she checks each deposit before it is asked and can stop it. Then all "
        "four artists; the owner gets a summary by email.",
        "Mia's chair first, then the rest. The owner is told each Monday what the app proposes and can "
        "cancel any of it.",
        "Mia's bookings only for a month; she can switch back. Then all four artists. Staff are told in the "
        "morning briefing.",
    ],
)
def test_a_person_in_charge_beside_a_summary_stays_unflagged(rollout):
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


# --- stages that start together, or a first stage that already takes in every unit, are one launch ---
@pytest.mark.parametrize(
    "rollout",
    [
        "Stage 1: deposits. Stage 2: reminders. Stage 3: the waiting list. All three stages start together "
        "on the first of May; the owner can stop it.",
        "Week 1: switch all 4 chairs to the app's deposits. Week 2 onward: the owner may override any "
        "booking.",
    ],
)
def test_stages_that_are_one_launch_are_not_gradual(rollout):
    assert stages_start_together(rollout) or first_stage_everywhere(rollout)
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "Week 1: all 4 chairs get the app's deposits as a suggestion beside the usual ones; the owner "
        "decides. Week 3: Mia's chair follows the app. Then the rest.",
        "Phase 1: Mia's chair for a month, the owner checking each deposit. Phase 2: the other three chairs "
        "together, if it goes well.",
        "Mia's bookings only for a month; she can switch back. Then all four artists.",
    ],
)
def test_a_staged_start_stays_gradual(rollout):
    assert not stages_start_together(rollout)
    assert not first_stage_everywhere(rollout)
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


# --- a person's say kept as a noun or a running act is a person in charge ---
@pytest.mark.parametrize(
    "rollout",
    [
        "One month with Mia deciding the deposits; then automatic with her veto.",
        "Mia's bookings first with the owner signing each week's list; then the rest. Nothing changes "
        "without his say.",
    ],
)
def test_a_veto_or_a_signature_kept_is_oversight(rollout):
    assert say_kept(rollout)
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


def test_the_systems_own_approval_is_no_say_kept():
    assert not say_kept("Then automatic, with its approval of each booking.")
    assert not say_kept("Then automatic, with the system's approval of each booking.")
    assert say_kept("Then automatic, with the owner's approval of each week's list.")


def test_stages_said_together_with_a_later_step_are_still_steps():
    assert not stages_start_together(
        "Stage 1: deposits and Stage 2: reminders start together in Mia's chair; then the other chairs."
    )


# --- watching that the system runs is not watching what it does ---
@pytest.mark.parametrize(
    "monitoring",
    [
        "IT checks every day that the server is up and the nightly job finishes.",
        "We check each morning that the booking feeds arrive and the readings are within range.",
    ],
)
def test_watching_only_the_pipes_is_no_monitoring(monitoring):
    assert only_system_running_watched(monitoring, BASE_METRIC)
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "IT checks the nightly job runs; the owner checks no-show hours each month.",
        "Server uptime by IT, and chair hours lost to no-shows weekly by the owner.",
        "The owner checks no-show hours each month.",
    ],
)
def test_the_pipes_beside_the_outcome_are_monitoring(monitoring):
    assert not only_system_running_watched(monitoring, BASE_METRIC)
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


BASE_METRIC = "Chair hours lost to no-shows per month."


# --- drift said of the model, money, wear and mishaps name no input unlike the data ---
@pytest.mark.parametrize(
    "risks",
    [
        "The model may drift over time, so we retrain it each quarter. Staff turnover. Budget overrun.",
        "Cost of the software; vandalism; power cuts.",
    ],
)
def test_risks_without_any_input_unlike_the_data_get_the_note(risks):
    assert "no_ood_risk" in codes_of(risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "The model may drift as new kinds of client book, so we retrain it each quarter. Staff turnover. "
        "Budget overrun.",
        "Cost; vandalism; summer tourists unlike our regulars.",
    ],
)
def test_an_input_unlike_the_data_named_anywhere_stays_unflagged(risks):
    assert "no_ood_risk" not in codes_of(risks=risks)


def test_only_the_model_ageing_is_told_apart_from_new_inputs():
    assert ages_only_the_model("Models drift over time, so we retrain each quarter.")
    assert not ages_only_the_model("The model drifts when new kinds of client come.")
    assert len(risk_items("Cost of the software; vandalism; power cuts.")) == 3
    assert len(risk_items("Cost of the software; power cuts. Abaraka.")) == 2


def test_a_rule_named_after_an_upheaval_is_no_upheaval_met():
    risks = "Cost of the software; vandalism; power cuts."
    assert "no_ood_risk" in codes_of(risks=risks, constraints="Flood rules; a licence for any changes.")
    assert "no_ood_risk" not in codes_of(risks=risks + " A flood year like none on record.")
