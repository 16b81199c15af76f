"""Rollout, monitoring and image inputs read by structure (rollout.py, sensors.py): a person's power to check
or stop the system denied in any words; one switch-over day for the whole scope; stages counted by number;
"every" said of what a person reviews; watching said to stop; an image that is the model's input, or only a
version an experiment tries. Pure: the rules alone, no model. Our own wording, not any held-out set's."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.rollout import (
    denied_oversight,
    numbered_stages,
    person_in_charge,
    single_switch_over,
)
from studyguide.worksheets.coaching.sensors import reads_images
from tests.worksheets.test_coaching_evidence import BASE


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


# --- nobody can stop it, however said ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Mia's bookings for a month, then all four artists. From then on the deposits are set for each "
        "booking and there is no button for the owner to change them.",
        "Mia's bookings for a month, then all four artists. The artists don't get a say in the deposit, and "
        "we cannot hold it back once it is live.",
        "Mia's bookings for a month, then all four artists. The front desk does not see the deposit before "
        "the client is charged.",
    ],
)
def test_a_person_denied_the_power_to_check_or_stop_it_is_no_oversight(rollout):
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


def test_reading_the_results_each_month_does_not_put_anyone_in_charge_of_an_automated_system():
    rollout = "Mia's bookings for a month, then all four artists; the owner can't pause it."
    monitoring = "I look at no-show hours and cancellations every month."
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring=monitoring)
    assert not person_in_charge(monitoring)


@pytest.mark.parametrize(
    "rollout",
    [
        "Mia's bookings for a month, then all four artists; if I don't like the deposits I stop it.",
        "Mia's bookings for a month, then all four artists. No deposit is charged until the owner approves.",
        "Mia's bookings for a month, then all four artists. Nothing is charged without the owner checking.",
    ],
)
def test_a_negation_in_a_condition_or_waiting_for_a_person_is_oversight(rollout):
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)
    assert not denied_oversight(rollout)


# --- everywhere at once, without "all" ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "On Tuesday the 9th both studios move to the new deposits and the old price card is retired. "
        "The owner can change any deposit.",
        "From 12 March the new deposits replace the flat one for every artist; the owner can switch back.",
    ],
)
def test_one_switch_over_day_for_the_whole_scope_is_not_gradual(rollout):
    assert single_switch_over(rollout)
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "On Tuesday the 9th Mia's bookings move to the new deposits; the other artists follow in April. The "
        "owner can switch back.",
        "Term 1: the desk sees the suggested deposit and decides. Term 2: it is the default; the owner can "
        "overrule it on every booking.",
    ],
)
def test_a_first_day_followed_by_more_or_numbered_stages_is_gradual(rollout):
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


def test_stages_counted_by_number_are_stages():
    assert numbered_stages("Season 1 advice only. Season 2 default.")
    assert not numbered_stages("Season 1 for Mia's bookings.")


def test_a_failure_condition_is_no_stage():
    rollout = (
        "The new deposits replace the old ones at once; the owner can put the old ones back if it goes wrong."
    )
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


# --- watching that stops ---------------------------------------------------------------------------------
def test_watching_said_to_stop_outweighs_the_checks_made_during_the_trial():
    rollout = (
        "For a month we compare its deposits with ours and use ours; then its deposits; I can switch back."
    )
    assert "no_monitoring" in codes_of(
        rollout=rollout, monitoring="Nothing after the trial month; we are too busy tattooing."
    )
    assert "no_monitoring" not in codes_of(
        rollout=rollout, monitoring="The owner checks no-show hours monthly."
    )


# --- images the model reads, and images we only show -------------------------------------------------------
def _plan(**changes):
    return Plan(**{**BASE, **changes})


def test_a_model_that_works_from_the_images_reads_them_even_when_a_lever_names_an_image_review():
    plan = _plan(
        levers=["which enquiries get a photo check by an artist", "the deposit we ask per booking"],
        data="Two years of enquiry photos of the skin, with the artist's notes.",
        modeler="The chance a design needs a second session, from the photos and the size.",
        risks="The owner may disagree with its deposits.",
    )
    assert reads_images(plan)
    assert "no_ood_risk" in {n.code for n in check_plan(plan)}


def test_a_picture_that_is_only_a_version_an_experiment_tries_is_not_an_input():
    plan = _plan(
        data="Three years of bookings. The reminder goes out in two versions (a photo of healed work vs "
        "plain text) on alternate weeks.",
        risks="The owner may disagree with its deposits. If deposits go up, first-timers go elsewhere.",
    )
    assert not reads_images(plan)
    assert "no_ood_risk" not in {n.code for n in check_plan(plan)}
