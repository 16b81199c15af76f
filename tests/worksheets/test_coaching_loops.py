"""Feedback loops (studyguide/worksheets/coaching/loops.py): asked for only where our decisions shape what the
model later sees, and credited however the plan says it. Pure: the rules alone, no model."""

import pytest

from studyguide.worksheets.coaching.levers import loops_back, we_decide
from tests.worksheets.test_coaching_evidence import BASE, codes_of

NO_LOOP = "Summer tourists are unlike our regulars."
MACHINES = dict(
    levers=["when we switch on the frost fans in each block", "whether we light the heaters"],
    uncontrollables=["overnight temperature", "wind"],
    risks="A spring colder than any in our records is out of domain; a drifting sensor misleads it.",
)


@pytest.mark.parametrize(
    "lever",
    [
        "which books we show on the home page for each customer",
        "which loan applications we approve",
        "which streets the officers patrol each night",
        "the weekly email to members",
        "which premises each inspector visits",
        "when we send the reminder",
    ],
)
def test_decisions_that_reach_people_or_choose_where_we_look_loop_back(lever):
    assert loops_back(lever)


@pytest.mark.parametrize(
    "lever",
    [
        "when we switch on the frost fans in each block",
        "the dose the drone sprays on each patch",
        "how often we fly over each field",
        "the oven temperature for each batch",
        "the price of a cold drink",  # a price alone changes today's sales, not what we can see
    ],
)
def test_decisions_on_machines_crops_and_plain_prices_do_not_loop_back(lever):
    assert not loops_back(lever)


def test_a_plan_whose_levers_only_work_machines_is_not_asked_about_feedback_loops():
    assert "no_feedback_loop" not in codes_of(**MACHINES)
    people = {**MACHINES, "levers": [*MACHINES["levers"], "the frost warning email we send to neighbours"]}
    assert "no_feedback_loop" in codes_of(**people)


def test_a_model_refitted_on_what_follows_its_use_needs_a_loop_whatever_its_levers():
    refitted = {**MACHINES, "modeler": "Refitted every month on the latest nights: damage given fan times."}
    assert "no_feedback_loop" in codes_of(**refitted)


@pytest.mark.parametrize(
    "loop",
    [
        "Our own echo: designs we push get the bookings, so the model thinks they are just popular.",
        "Clients who dislike deposits leave and vanish from the data, so the model sees the keen ones.",
        "If clients judged unlikely to come only ever get one reminder, we will never see what two would do.",
        "Designs shown first get chosen more, so popularity in our data partly reflects our defaults.",
        "Clients who move their reminder time will change the very patterns the model learnt from.",
    ],
)
def test_a_loop_is_credited_in_words_the_lists_never_saw(loop):
    assert "no_feedback_loop" not in codes_of(risks=f"{NO_LOOP} {loop}")


@pytest.mark.parametrize(
    "shift",
    [
        "A new reminder law would change what is recorded as a no-show.",  # a lever's word, not our doing
        "New clients from abroad we hardly know behave unlike the data.",
        "A wet summer gives bookings the model never saw.",
    ],
)
def test_a_change_in_the_world_is_not_taken_for_a_loop(shift):
    assert "no_feedback_loop" in codes_of(risks=f"{NO_LOOP} {shift}")


def test_we_decide_reads_an_action_of_ours():
    assert we_decide("jars we price high sell less")
    assert we_decide("the model picks the slots")
    assert not we_decide("the weather turns and the data changes")


def test_the_base_plan_still_gets_no_note():
    assert codes_of() == set()
    assert BASE["risks"]


def test_a_loop_through_things_we_hold_back_and_what_the_figures_then_suggest_is_credited():
    loop = "The designs we hide are booked less, so the figures will suggest clients like them less."
    assert "no_feedback_loop" not in codes_of(risks=f"{NO_LOOP} {loop}")


def test_staff_we_call_in_are_no_people_the_decision_reaches():
    assert not loops_back("how many people we call for the Saturday shift")


@pytest.mark.parametrize(
    "loop",
    [
        "Deposit levels we picked last year decide which clients stayed, so next year's figures are partly "
        "an echo of our own choices.",
        "Busy artists get the clients the model favours and that becomes its own evidence.",
        "Asking a bigger deposit could change who books with us, and then our data is mostly about them.",
        "The records will tilt toward the reminder times we already prefer.",
        "The bookings we see are partly ours: the timetable fills the slots it advertises.",
    ],
)
def test_data_said_to_be_of_our_own_making_is_a_loop(loop):
    assert "no_feedback_loop" not in codes_of(risks=f"{NO_LOOP} {loop}")


@pytest.mark.parametrize(
    "shift",
    [
        "Our data is skewed toward summer months.",  # a leaning sample, but nothing we did made it
        "A new booking app would change what is recorded as a visit.",
    ],
)
def test_data_leaning_for_reasons_not_ours_is_no_loop(shift):
    assert "no_feedback_loop" in codes_of(risks=f"{NO_LOOP} {shift}")


@pytest.mark.parametrize("field", ["constraints", "horizon", "rollout"])
def test_a_loop_written_in_another_field_is_still_credited(field):
    loop = "Clients who dislike deposits leave and vanish from the data, so the model sees the keen ones."
    changes = {"risks": NO_LOOP, field: f"{BASE.get(field, '')} {loop}".strip()}
    assert "no_feedback_loop" not in codes_of(**changes)


@pytest.mark.parametrize("lever", ["the belt push rate", "the screen speed of the sieve", "the feed rate"])
def test_a_word_for_what_people_see_that_names_a_machine_setting_does_not_loop_back(lever):
    assert not loops_back(lever)
    assert loops_back("the push notification we send at noon")
