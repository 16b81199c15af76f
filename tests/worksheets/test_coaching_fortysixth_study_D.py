"""What the forty-sixth blind set's first look taught (helper D's share), each as a general reading: other
words for the same slips, in other trades than the set's plans, beside near misses that must stay silent.
Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.drawn_by_levers import people_drawn_by_a_lever
from studyguide.worksheets.coaching.stage_gates import without_stage_conditions
from studyguide.worksheets.coaching.unanswered import dismissed
from studyguide.worksheets.coaching.waved_off import only_success
from tests.worksheets.test_coaching_evidence import BASE, codes_of


def notes_of(**changes):
    return {n.code: n for n in check_plan(Plan(**{**BASE, **changes}))}


# --- risks denied, with a reason said to hold whatever we choose --------------------------------------------
@pytest.mark.parametrize(
    "risks",
    [
        "Nothing major - members can cancel any month, so nobody is hurt whatever prices we set.",
        "None really: the council inspects the kitchens, so diners are safe whichever menu we choose.",
        "Nothing worth writing down - we've run the stall for twenty summers.",
    ],
)
def test_a_denial_whose_reason_holds_for_every_setting_names_no_risk(risks):
    assert dismissed(risks, "risks")
    assert "no_risks" in codes_of(risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "Nothing major, but whatever prices we set, a new gym in town could take the students.",
        "None really, except that the council may close the car park whichever menu we choose.",
        "Nothing worth writing down except the new supplier's flour.",
    ],
)
def test_a_denial_with_an_exception_still_names_a_risk(risks):
    assert not dismissed(risks, "risks")
    assert "no_risks" not in codes_of(risks=risks)


def test_a_setting_someone_makes_is_still_read_where_a_choice_answers():
    # the optimizer's box: "the foreman sets" is someone still choosing, not a reason that holds for all
    assert not dismissed("None - the foreman sets the rota whatever we think.", "optimizer")


# --- people a lever of ours draws in are the loop's other half, not a risk told elsewhere -------------------
def test_people_drawn_in_by_a_lever_do_not_stand_in_for_an_empty_risks_box():
    wrw = (
        "If deposits help, our no-show data is shaped by our own deposits; "
        "and if the deposit we ask goes down, we'll attract younger, first-time clients."
    )
    assert people_drawn_by_a_lever(
        "and if the deposit we ask goes down, we'll attract younger, first-time clients.", BASE["levers"]
    )
    assert "no_risks" in codes_of(risks="None.", went_really_well=wrw)


def test_a_world_that_brings_new_people_still_stands_in_for_an_empty_risks_box():
    wrw = "If a tattoo convention comes to town, we'd see clients unlike any in our books."
    assert not people_drawn_by_a_lever(wrw, BASE["levers"])
    assert "no_risks" not in codes_of(risks="None.", went_really_well=wrw)


def test_a_lever_that_draws_in_no_one_is_not_the_loops_other_half():
    said = "If the reminder we send goes out earlier, the chair hours lost would halve."
    assert not people_drawn_by_a_lever(said, BASE["levers"])


# --- records that delete themselves, and gathering turned down ----------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        "Nothing really - orders come in by text and the chats auto-delete after 24 hours.\n"
        "Nothing more: the kitchen is too busy and I won't start a log.",
        "Honestly none. Requests are posted in the team channel and the messages expire within 14 days.\n"
        "We can't add forms on top of the drivers' day.",
    ],
)
def test_records_that_delete_themselves_and_gathering_turned_down_are_no_data(data):
    assert "no_data" in codes_of(data=data)


@pytest.mark.parametrize(
    "data",
    [
        "The chats auto-delete after 7 days, but each Friday I copy the orders into a spreadsheet.",
        "Nothing extra: I don't want to add forms, and the till already logs every sale since 2021.",
        "Three years of bookings; old messages disappear after 30 days, the booking system keeps the rest.",
    ],
)
def test_a_record_kept_beside_the_deleted_ones_is_data(data):
    assert "no_data" not in codes_of(data=data)


# --- success told as praise and better terms, in the mood the question asks for -----------------------------
_TERMS = dict(
    levers=["the monthly fee for each plan", "which households get a letter each quarter"],
    modeler="The chance a household joins from the fee, the letter, the season and household type.",
    optimizer="Each quarter chooses which households get a letter and at which fee, to sign up the most.",
)


_PRAISE = (
    "The regulator would hold the scheme up as good practice, and the bank would renew our loan on "
    "better terms."
)


def test_praise_and_better_terms_in_would_pass_the_loop_by():
    wrw = _PRAISE
    assert only_success(wrw, BASE["objective"])
    assert "no_feedback_loop" in codes_of(went_really_well=wrw, **_TERMS)


def test_would_beside_a_second_thought_is_still_thinking_on():
    wrw = "The regulator would praise us, but households who join at a low fee would differ from our records."
    assert not only_success(wrw, BASE["objective"])
    assert "no_feedback_loop" not in codes_of(went_really_well=wrw, **_TERMS)


# --- a condition for the rollout's next stage is no word for a loop -----------------------------------------
def test_a_stage_condition_is_no_loop_named():
    rollout = (
        "The new letters go to the north estate for two quarters; Ana can stop them any week. "
        "Other estates follow if sign-ups improve and complaints do not rise."
    )
    assert without_stage_conditions(rollout).endswith("Other estates follow.")
    wrw = _PRAISE
    assert "no_feedback_loop" in codes_of(went_really_well=wrw, rollout=rollout, **_TERMS)


def test_a_loop_told_in_the_rollout_is_kept():
    rollout = (
        "North estate first. If the letters work, households will start to expect them, so the data we "
        "learn from changes; other estates follow once sign-ups improve."
    )
    kept = without_stage_conditions(rollout)
    assert "households will start to expect them" in kept
    assert "once sign-ups improve" not in kept
