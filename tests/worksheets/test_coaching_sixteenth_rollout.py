"""Study 43 of the fifteenth and sixteenth sets' missed flaws (rollout, oversight, monitoring, risks, loops),
by general cause. Pure: the rules alone, no model. Our own sentences, not any set's."""

from types import SimpleNamespace

import pytest

from studyguide.worksheets.coaching.before_launch import watched_only_before_launch
from studyguide.worksheets.coaching.lexicon import OOD_WORDS
from studyguide.worksheets.coaching.loop_phrases import loop_in_other_words
from studyguide.worksheets.coaching.novelty import risks_all_familiar, without_explained, without_measured
from studyguide.worksheets.coaching.plan import plan_from_mapping
from studyguide.worksheets.coaching.rollout import automation_stated, single_switch_over
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.sensors import reads_images
from studyguide.worksheets.coaching.text import has_any


# --- settings locked against a person's change --------------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Field A in June, the rest in July; the pump controller is read-only for the farm staff.",
        "The schedule is written straight to the kiln, which locks out manual changes during a firing.",
        "Two depots first; the routing configuration is locked while the contract runs.",
        "Half the machines in week 1, then all; the kiosks are unstaffed overnight.",
    ],
)
def test_locked_settings_state_automation(rollout):
    assert automation_stated(rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "Ana sees every price before it goes out and can change any of them.",
        "Prices are fixed for a month at a time; the manager reviews them each Monday.",
        "One shop first, then the other two if the waste falls.",
    ],
)
def test_a_person_in_charge_is_no_lock(rollout):
    assert not automation_stated(rollout)


# --- watching only at the handover or during the trial ------------------------------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "The fitter tests the pump and signs it off on installation.",
        "During the trial month the warden counts the birds on the feeders each morning.",
        "The supplier checks the readings when it is commissioned.",
    ],
)
def test_a_look_only_at_the_start_ends_there(monitoring):
    assert watched_only_before_launch(monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "During the trial the warden counts daily; after that Sam reviews the counts each month.",
        "What do we look at after launch? Waste and takings every Friday.",
        "During the pilot and every month after it, Jo reviews the waste.",
        "Weekly review of sales against last year by the owner.",
    ],
)
def test_a_look_that_goes_on_is_monitoring(monitoring):
    assert not watched_only_before_launch(monitoring)


# --- one day on which the whole scope changes ---------------------------------------------------------------
def test_a_dated_weekday_with_the_old_way_taken_away_is_one_switch():
    rollout = (
        "From Tuesday 3 June all vans drive the new routes. The paper route cards are removed from the vans "
        "the Monday before."
    )
    assert single_switch_over(rollout)


def test_two_dated_steps_are_no_single_switch():
    rollout = "Tuesday 3 June: van 1 only. Tuesday 17 June: the other vans, if the first fortnight went well."
    assert not single_switch_over(rollout)


# --- risks whose novelty is about money, our staff or our own choices ---------------------------------------
@pytest.mark.parametrize(
    "risks",
    [
        "The cost of the new scales; drivers off sick; fuel prices going up.",
        "Pickers leave and new ones need training; the forklift breaking down; a fine from the council.",
        "The vans breaking down; holidays in August; and streets we never visit never show demand, so where "
        "we go shapes what we learn.",
        "Rejects per shift going up; the oven failing; the night shift short of people.",
    ],
)
def test_risks_about_money_staff_or_our_choices_are_familiar(risks):
    assert risks_all_familiar(risks, "")


@pytest.mark.parametrize(
    "risks",
    [
        "A supplier with cheeses we have never stocked; staff sickness; rising costs.",
        "A shift in demand after the bypass opens; the oven failing; staff holidays.",
        "Customers we've never dealt with; the till breaking; the rent going up.",
    ],
)
def test_risks_that_name_something_unseen_are_not_familiar(risks):
    assert not risks_all_familiar(risks, "")


def test_explained_risks_leave_the_rest_to_read():
    risks = "The cost of the new scales.\nA colder winter than any on record.\nDrivers off sick."
    kept = without_explained(risks)
    assert "scales" not in kept and "colder winter" in kept


def test_an_event_the_objective_measures_is_no_new_input():
    masked = without_measured(
        "Flood nights per month, by the warden.", "Fewer flood nights on the lane.", OOD_WORDS
    )
    assert not has_any(masked, OOD_WORDS)
    assert has_any(
        without_measured("A flood like 2007.", "More fish through the pass.", OOD_WORDS), OOD_WORDS
    )


# --- a photo that is a lever is not an image the model reads ------------------------------------------------
def test_a_photographed_lever_is_no_image_input():
    plan = SimpleNamespace(
        objective="More rooms let.",
        metric="Nights let per month.",
        data="Two years of bookings.",
        modeler="Bookings per room from price and whether the room is photographed for the website.",
        levers=["the nightly price", "which rooms our cleaner photographs for the website"],
    )
    assert not reads_images(plan)


def test_a_model_that_reads_photos_still_does():
    plan = SimpleNamespace(
        objective="Fewer damaged parcels.",
        metric="Claims per 1,000 parcels.",
        data="Photos of each parcel at the depot door.",
        modeler="Chance of damage from the parcel photos and the route.",
        levers=["which van a parcel goes in"],
    )
    assert reads_images(plan)


# --- loops said as people our refusal reaches ---------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants we turn down often stop applying, so the waiting list looks shorter than it is.",
        "Walkers I refuse give up on the club.",
    ],
)
def test_people_we_refuse_who_stop_state_a_loop(sentence):
    assert loop_in_other_words(sentence, ["which walkers the leader accepts"])


def test_an_irregular_plural_left_alone_states_a_loop():
    sentence = "People we never invite never show what the taster evening would do for them."
    assert loop_in_other_words(sentence, ["which families the coach invites"])


def test_refusals_by_others_state_no_loop():
    assert not loop_in_other_words("The bank refuses some loans.", ["which walkers the leader accepts"])


# --- a model refitted on the results of its own picks -------------------------------------------------------
_REFIT_PLAN = {
    "objective": "More members renew their allotment each spring.",
    "metric": "Renewals per 100 plots per year.",
    "horizon": "Two years.",
    "levers": [
        "which lapsed holders our secretary writes to",
        "whether the letter offers a half-price first year",
    ],
    "uncontrollables": ["the weather in spring", "house moves"],
    "data_have": "Five years of renewals and the letters sent.",
    "data_collect": "Replies to each letter.",
    "experiment_needed": "yes",
    "experiment_notes": "For one spring the half-price offer goes to a random half of those written to.",
    "modeler": "Chance a holder renews given letter, offer and years held. Refitted every spring on the "
    "latest letters and renewals.",
    "simulator": "If we write to the 40 most likely to renew with the offer, how many renew?",
    "optimizer": "Picks whom to write to and with which offer for most renewals within the postage budget.",
    "baseline": "Last year's renewals with the secretary's own list.",
    "rollout": "One site first for a year, the secretary checks each list and can stop it; then both sites.",
    "monitoring": "Renewals and replies counted monthly by the committee against last year.",
    "risks": "A new estate nearby bringing holders unlike ours; the secretary ill in March; postage rising.",
}


def test_a_refit_on_its_own_picks_left_unnamed_is_a_note():
    feedback = coach(plan_from_mapping(_REFIT_PLAN))
    assert "no_feedback_loop" in {n.code for n in feedback.notes}
    assert "no_feedback_loop" not in {n.code for n in feedback.questions}


def test_a_refit_with_the_loop_named_is_no_note():
    named = dict(
        _REFIT_PLAN,
        risks=_REFIT_PLAN["risks"] + " Holders we never write to never show what a letter "
        "would do, so the refit learns only about those we picked.",
    )
    feedback = coach(plan_from_mapping(named))
    assert "no_feedback_loop" not in {n.code for n in (*feedback.notes, *feedback.questions)}
