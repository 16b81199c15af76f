"""What the fifty-third and fifty-fourth sets taught about levers (study A): each slip as a general reading,
in other domains and words than the sets' plans, beside near misses that must stay as they were. Pure: the
rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.result_rows import a_result_wanted
from studyguide.worksheets.coaching.served_acting import served_act
from tests.worksheets.test_coaching_evidence import BASE, codes_of

_OURS = "the deposit we ask per booking"


def said_of(**changes):
    """The codes said as notes, not asked as questions, on the base plan with ``changes``."""
    return {n.code for n in check_plan(Plan(**{**BASE, **changes})) if not n.question}


# --- the people served doing something themselves, listed as a lever ----------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "patients bringing their repeat prescription list to the appointment",
        "tenants leaving their bins out by 7am on collection day",
        "members returning the kit clean after each session",
        "parents having their child's bag packed before the minibus comes",
    ],
)
def test_the_people_served_acting_is_said_to_be_theirs(lever):
    assert "lever_not_controllable" in said_of(levers=[_OURS, lever])


@pytest.mark.parametrize(
    "lever",
    [
        "members getting a text reminder two days before",  # what they receive is ours to send
        "which clients get a reminder call",  # a choice of ours
        "a driver coaching session for fleets in the lowest band",  # a session, named by who it is for
        "families having access to the hall on Sundays",  # what they are given
        "more clients rebooking on time",  # a result wanted: the goal readers' business
    ],
)
def test_what_the_people_served_receive_or_a_choice_of_ours_is_no_act_of_theirs(lever):
    assert served_act(lever) is None


@pytest.mark.parametrize(
    "optimizer",
    [
        "Sets the review interval and photo use for each wound type to catch the most infections.",
        "11.1 sets the review interval and photo use for each wound type to catch the most infections.",
    ],
)
def test_a_request_the_optimiser_sets_stays_the_plans_own(optimizer):
    levers = [
        "review interval for each wound type",
        "patients sending a photo of the wound before the review",
    ]
    assert "lever_not_controllable" not in said_of(levers=levers, optimizer=optimizer)


def test_a_thing_the_optimiser_sets_something_for_is_no_setting_of_what_they_do():
    # "van for each dog" names the dogs the vans are set for, not the owners getting their dog ready
    levers = ["the order of houses on each round", "owners having their dog ready at the door"]
    optimizer = "Sets each day's round order and the van for each dog to get the most dogs in on time."
    assert "lever_not_controllable" in said_of(levers=levers, optimizer=optimizer)


# --- a lever list of results wanted: more people doing something --------------------------------------------
@pytest.mark.parametrize(
    "rows",
    [
        ["More customers booking a second visit", "Fewer no-shows on Saturdays"],
        ["More members renewing online", "Fewer complaints about the changing rooms"],
        ["Fewer visitors leaving before the talk", "More bookings from schools"],
    ],
)
def test_more_people_doing_something_is_a_result_wanted(rows):
    assert "levers_missing" in codes_of(levers=rows)


@pytest.mark.parametrize(
    "lever",
    [
        "A lower rate for members who have saved with us for 12 months",  # a setting: no one acts after it
        "more reminder texts for first-time clients",
        "fewer sessions per week in August",
    ],
)
def test_a_setting_with_a_comparative_is_no_result_wanted(lever):
    assert not a_result_wanted(lever, "Clients kept at 12 months.", "Keep more clients.", reads_as_ours=True)


# --- a model whose own inputs leave out a lever the optimizer sets, the lever listing its options ----------
_ROOM = "The room: the main hall, the side room or the garden"


@pytest.mark.parametrize(
    "levers, optimizer",
    [
        (
            [_ROOM, "a free drink for early arrivals"],
            "Chooses the room and the drink offer to fill the most seats.",
        ),
        (
            [
                "The route: the river path, the town loop or the hill climb",
                "a loyalty card for regular runners",
            ],
            "Picks the route and the card offer to keep the most runners coming.",
        ),
    ],
)
def test_a_lever_named_by_its_head_in_the_optimizer_is_one_the_model_was_said_to_leave_out(levers, optimizer):
    modeler = (
        "Predicts attendance from the number of members, last year's attendance and the weather forecast."
    )
    assert "model_no_lever" in said_of(levers=levers, optimizer=optimizer, modeler=modeler)


def test_a_model_that_reads_the_lever_by_its_head_is_left_alone():
    modeler = "Predicts attendance from the room, the number of members and the weather forecast."
    optimizer = "Chooses the room and the drink offer to fill the most seats."
    codes = codes_of(levers=[_ROOM, "a free drink for early arrivals"], optimizer=optimizer, modeler=modeler)
    assert "model_no_lever" not in codes
