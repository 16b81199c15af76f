"""The tenth set's remaining false alarms, by their general cause: a desk or body of the planner's own named
as the one acting in a lever is us; a loop is asked for only when a decision can change what the model later
observes. Pure (the rules only); the sentences are our own."""

import re

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.lever_words import SYSTEM_NOUN_PATTERN, SYSTEM_NOUNS
from studyguide.worksheets.coaching.levers import is_action_verb, loops_back, we_decide
from studyguide.worksheets.coaching.loop_scope import (
    chooses_where_we_look,
    loop_said_plainly,
    models_people,
    reaches_back,
)
from studyguide.worksheets.coaching.own_side import own_side_acts

BASE = dict(
    objective="Fewer lapsed memberships at the swimming club, with the office's time spent where it helps.",
    metric="Members who renew within a month of their date (now 71 %, aim 80 %).",
    levers=["the renewal price for each band", "which lapsing members get a reminder email"],
    uncontrollables=["members moving away", "the pool at the new leisure centre"],
    data="Three years of renewals. For two months, reminders go to a random half of those lapsing.",
    modeler="Chance each member renews given their band, price, visits and whether they got a reminder.",
    simulator="If the junior band paid 5 less, how many more would renew?",
    optimizer="Chooses the prices and who gets a reminder for the most renewals within the office's time.",
    baseline="One price for all and reminders to nobody, as now.",
    rollout="Juniors only for a term; the secretary can switch it off. Then every band.",
    monitoring="The secretary looks at renewals and complaints every month.",
    risks="A new pool opening would bring members unlike our records. Members who get reminders renew more, "
    "so the data then shows reminders working only on those we chose to send them to.",
)


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}), None)}


def test_the_base_plan_gets_no_note():
    assert codes_of() == set()


# --- levers acted by our own side
@pytest.mark.parametrize(
    "lever",
    [
        "which lapsing members reception rings rather than emails",  # a desk, bare and lower case
        "which orders despatch packs first",
        "whether the Club sends a paper renewal form",  # the body itself, capitalised
        "which suppliers our buyers visit each spring",  # "our" people
    ],
)
def test_a_desk_or_body_of_our_own_acting_in_a_lever_is_us(lever):
    assert own_side_acts(lever, is_action_verb)
    assert "lever_not_controllable" not in codes_of(levers=[*BASE["levers"], lever])


@pytest.mark.parametrize(
    "lever, uncontrollables, constraints",
    [
        ("the price the auctioneer opens at", (), ""),  # not a clause we can read this way
        ("which days rain falls on the car park", (), ""),  # the world, and no act
        ("whether the Council approves the new changing rooms", (), "The Council's planning rules."),
        ("whether the Regulator caps the fee", ("the Regulator's rulings",), ""),
        ("which days United plays at home", (), ""),  # a name of its own, no article
        ("which classes the members book", (), ""),  # the people we serve
        ("which day the dairy's van decides to call", (), ""),  # someone else's
        ("which week the mill delivers to us", (), ""),  # acting on us
    ],
)
def test_another_party_or_the_world_acting_is_not_read_as_us(lever, uncontrollables, constraints):
    assert not own_side_acts(lever, is_action_verb, uncontrollables, constraints)


# --- loops only where a decision changes what the model sees
def test_an_aside_in_brackets_is_not_whom_the_lever_reaches():
    lever = "which apples we grade as seconds (the scanner suggests, the packer decides)"
    assert loops_back(lever)  # read whole, "suggests" reads as something shown to people
    assert not reaches_back(lever, loops_back, judges_pictures=False, of_people=True)


def test_sorting_things_a_picture_model_judges_does_not_feed_back():
    lever = "which buyer we send each grade of apple to"
    assert reaches_back(lever, loops_back, judges_pictures=False, of_people=True)
    assert not reaches_back(lever, loops_back, judges_pictures=True, of_people=True)
    shown = "which offers we show each shopper at the till"
    assert reaches_back(shown, loops_back, judges_pictures=True, of_people=True)


@pytest.mark.parametrize(
    "modeler, people",
    [
        ("Boiler temperature over the next hour from outside air and valve setting.", False),
        ("Chance each member renews given their band and price.", True),
        ("Bookings per week by visitors from price and season.", True),
    ],
)
def test_a_model_of_things_names_no_people(modeler, people):
    assert models_people(modeler) is people


def test_in_a_model_of_things_people_named_by_a_lever_do_not_feed_back():
    worker = "which customer's garden the gardeners go to each day"
    assert reaches_back(worker, loops_back, judges_pictures=False, of_people=True)
    assert not reaches_back(worker, loops_back, judges_pictures=False, of_people=False)
    # one we advise is reached, whatever the model is of
    advised = "which customers we advise to water less"
    assert reaches_back(advised, loops_back, judges_pictures=False, of_people=False)
    # choosing where we look still feeds back, whatever the model is of
    patrol = "which fields we inspect for blight each week"
    assert reaches_back(patrol, loops_back, judges_pictures=False, of_people=False)


@pytest.mark.parametrize(
    "lever, looks",
    [
        ("the days we send staff to clean the screen", False),
        ("which pallets go for a second inspection", False),
        ("which fields we inspect for blight", True),
        ("which loans we approve", True),
    ],
)
def test_a_word_for_looking_after_an_article_names_a_thing(lever, looks):
    assert chooses_where_we_look(lever) is looks


def test_a_plan_modelling_a_machine_gets_no_loop_note_for_where_its_crew_goes():
    plan = dict(
        objective="More hot water from the solar array with fewer wasted call-outs.",
        metric="kWh of hot water delivered per week (now 410).",
        levers=["which customer's array we flush each day", "the pump speed setting"],
        uncontrollables=["sunshine", "hard water scale"],
        modeler="Heat gained per day on each array from sunshine, days since last flush and pump speed.",
        optimizer="Chooses flush days and pump speed for the most kWh minus call-out cost.",
        risks="A hotter summer than any in the logs, or a new panel type, would be outside what we saw.",
    )
    assert "no_feedback_loop" not in codes_of(**plan)
    # the same plan whose model is of the people it serves keeps the question
    assert "no_feedback_loop" in codes_of(
        **{**plan, "modeler": "Calls from customers per day given flush days and pump speed."}
    )


@pytest.mark.parametrize(
    "sentence, said",
    [
        ("The novices we attract turn into regulars who train differently.", True),
        ("Quiet nights fill with guests who then expect cheap nights.", True),
        ("Guests expect parking near the door.", False),
        ("A new gym in town would take members.", False),
    ],
)
def test_a_loop_said_as_people_of_our_making_or_taught_by_us(sentence, said):
    assert loop_said_plainly(sentence, BASE["levers"]) is said


# --- one list of the system's names
@pytest.mark.parametrize("noun", sorted(SYSTEM_NOUNS))
def test_every_name_for_the_system_is_read_the_same_by_every_rule(noun):
    assert we_decide(f"the {noun} picks the slots")
    assert re.fullmatch(SYSTEM_NOUN_PATTERN, noun) and re.fullmatch(SYSTEM_NOUN_PATTERN, noun + "s")
