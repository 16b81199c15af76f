"""The eighteenth set's study (issue 11), objective / metric / levers / model side: misses and questions on
strong plans, by general cause. Pure: the rules alone, no model. Our own sentences, not any set's."""

from types import SimpleNamespace

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.named_staff import named_staff_acts
from studyguide.worksheets.coaching.non_answers import is_non_answer
from studyguide.worksheets.coaching.placeholders import label_typed_back
from studyguide.worksheets.coaching.rules import coach


def _plan(**fields):
    base = dict(
        baseline="", rollout="", monitoring="", data="", uncontrollables=[], constraints="", levers=[]
    )
    base.update(fields)
    return SimpleNamespace(**base)


# --- one of our people, named by a personal name or a job, acts in the lever -------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "whether Priya rings the supplier on Fridays",
        "the oven temperature Marek (head baker) chooses",
        "the route the duty clerk (Priya) sends to each van",
        "how many trays each shift supervisor fills before noon",
    ],
)
def test_a_person_the_plan_shows_as_its_own_decides(lever):
    plan = _plan(
        baseline="Priya and Marek decide by feel; the supervisor keeps the sheet.",
        rollout="Priya can switch it off any day.",
    )
    assert named_staff_acts(lever, plan)


def test_a_named_person_the_plan_does_not_show_as_its_own_is_left_to_the_other_reads():
    # named nowhere in the plan's own practice, or listed among what it cannot control
    assert not named_staff_acts("whether Hughes renews the lease", _plan(baseline="We rent by the year."))
    plan = _plan(baseline="Hughes sets the rent.", uncontrollables=["what Hughes decides"])
    assert not named_staff_acts("whether Hughes renews the lease", plan)
    # a body named with "the", or a capital that opens the phrase, is no person's name
    assert not named_staff_acts("Price per jar", _plan(baseline="Price per jar stays at 3."))


# --- an adjective of manner, an act of ours ----------------------------------------------------------------
def test_how_fast_one_of_our_people_works_is_a_decision_how_full_a_place_is_a_state():
    assert read_lever("how fast the trainee packs the boxes").verdict == CONTROL
    assert read_lever("how full the car park is").verdict == WORLD


def test_what_we_bring_out_is_ours_what_we_bring_in_is_earned():
    assert read_lever("how many loaves we bring out at noon").verdict == CONTROL
    assert read_lever("how much money we bring in").verdict == WORLD


# --- a gerund that makes another party act -----------------------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "getting the bus company to add a stop outside the shop",
        "persuading the council to close the road on market day",
    ],
)
def test_getting_another_party_to_act_is_their_act_and_said(lever):
    reading = read_lever(lever)
    assert reading.verdict == WORLD and reading.firm and reading.reason == "persuaded"


@pytest.mark.parametrize(
    "lever",
    [
        "getting the pies to the shops by eight",
        "getting our drivers to start at six",
        "asking regulars to book ahead",
    ],
)
def test_a_delivery_or_our_own_people_is_no_other_partys_act(lever):
    assert read_lever(lever).reason != "persuaded"


def test_the_persuaded_lever_is_a_note_the_rest_stay_questions():
    plan = plan_from_mapping(
        {
            "objective": "More profit from the cafe each weekday.",
            "levers": ["the price of a sandwich", "getting the council to move the bus stop nearer"],
        }
    )
    notes = [n for n in coach(plan).notes if n.code == "lever_not_controllable"]
    assert len(notes) == 1 and "bus stop" in notes[0].message


# --- the objective field holding only its own label --------------------------------------------------------
@pytest.mark.parametrize("text", ["Objective:", "OBJECTIVE -", "1. Objective", "The objective."])
def test_the_label_typed_back_is_no_objective(text):
    assert label_typed_back(text, "Objective")


@pytest.mark.parametrize("text", ["Objective: more profit per week", "Objectives for the year: fewer waits"])
def test_a_label_before_an_answer_is_an_answer(text):
    assert not label_typed_back(text, "Objective")


# --- the model put off to something not yet bought ---------------------------------------------------------
def test_a_model_put_off_to_a_purchase_is_no_model():
    assert is_non_answer("TBD; the trust is thinking of buying a booking package next year to do this.")
    assert not is_non_answer("TBD; we will buy weather data and predict covers from price and weather.")
