"""What the ninth held-out set taught about risks and feedback loops: one new thing in the world ("a new
till") is no input unlike the training data, new kinds of things or a new version of what the model reads
are; readings the model names are an instrument's input; "we only ever see what we chose" and an outcome of
ours misread as no demand state a loop; people changing for a reason of the world's ("if a gym opens") is a
shift, not a loop. Each test changes one part of a complete plan. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan
from studyguide.worksheets.coaching.sensors import new_inputs_named, reads_images
from tests.worksheets.test_coaching_evidence import BASE, codes_of

PHOTO_PLAN = dict(
    data="Two years of photos of each dog at check-in and the groomer's notes on matted coats.",
    modeler="The chance a coat needs a full clip, from the check-in photo, the breed and the weeks since the "
    "last visit.",
)


# --- a new thing is not always a new input ---
@pytest.mark.parametrize(
    "risks",
    [
        "The new counter at reception could slow check-in. Staff may resent it. The clippers cost more.",
        "A new van means higher fuel bills; the groomer may leave.",
    ],
)
def test_one_new_thing_the_model_does_not_read_is_no_new_input(risks):
    plan = Plan(**{**BASE, **PHOTO_PLAN, "risks": risks})
    assert not new_inputs_named(plan, risks)
    assert "no_ood_risk" in codes_of(**PHOTO_PLAN, risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "New breeds with other coats may be judged badly.",  # new kinds: a plural
        "A new photo app at check-in could change the colours.",  # a new version of what the model reads
    ],
)
def test_new_kinds_or_a_new_version_of_what_the_model_reads_are_new_inputs(risks):
    plan = Plan(**{**BASE, **PHOTO_PLAN, "risks": risks})
    assert new_inputs_named(plan, risks)
    assert "no_ood_risk" not in codes_of(**PHOTO_PLAN, risks=risks)


# --- readings ---
def test_readings_the_model_names_are_an_instruments_input():
    plan = Plan(
        **{
            **BASE,
            "data": "Tester readings (resistance, temperature) for 400 boilers and the call-out log.",
            "modeler": "The chance a boiler breaks down within a month given its readings and its age.",
        }
    )
    assert reads_images(plan)


def test_readings_kept_only_in_the_data_are_a_record():
    plan = Plan(
        **{
            **BASE,
            "data": "Water meter readings. We will try different watering times on random weeks.",
            "modeler": "A model predicts water use and lawn colour for each watering time.",
        }
    )
    assert not reads_images(plan)


# --- loops stated in other words ---
@pytest.mark.parametrize(
    "risks",
    [
        # what we choose is all we get to see
        "Summer tourists are unlike our regulars. If the model settles on one deposit and we keep it, we "
        "only ever see that deposit.",
        # an outcome of our own choice, misread as no demand
        "Summer tourists are unlike our regulars. Booking types with a high deposit will get fewer bookings, "
        "which may look like no demand.",
    ],
)
def test_a_loop_in_other_words_is_a_loop(risks):
    assert "no_feedback_loop" not in codes_of(risks=risks)


def test_people_changing_for_a_reason_of_the_worlds_is_no_loop():
    risks = "Summer tourists are unlike our regulars. Our clients may change if a studio opens next door."
    assert "no_feedback_loop" in codes_of(risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "Summer tourists are unlike our regulars. Clients may change if a studio opens nearby (a loop).",
        "Summer tourists are unlike our regulars. If everyone starts booking Mondays, Mondays fill up.",
        "Summer tourists are unlike our regulars. If deposits go up, clients may switch to walk-ins.",
    ],
)
def test_a_change_named_as_a_loop_or_caused_by_us_or_by_people_reacting_stays_a_loop(risks):
    assert "no_feedback_loop" not in codes_of(risks=risks)
