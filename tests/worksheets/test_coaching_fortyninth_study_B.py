"""What the forty-ninth blind set's first look taught (helper B), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortyninth; these are other words for the same slips, in other domains, beside
near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.levers import read_lever
from tests.worksheets.test_coaching_evidence import codes_of


# --- uncontrollables that are the systems the data comes from ----------------------------------------------
@pytest.mark.parametrize(
    "uncontrollables",
    [
        ["Our MIS", "Google Analytics"],
        ["The ward's EPR", "Theatre booking system"],
        ["- our WMS", "- carrier tracking portal", "- telematics"],
        ["1. Website analytics", "2. The EHR", "3. Parts tracker"],
    ],
)
def test_uncontrollables_that_name_record_systems_are_no_inputs(uncontrollables):
    assert "uncontrollables_missing" in codes_of(uncontrollables=uncontrollables)


@pytest.mark.parametrize(
    "uncontrollables",
    [
        # one system beside what the world does is a slip of one row, not a list of tools
        ["client illness", "Google Analytics", "tourist season"],
        # an event in a system is a thing that happens to the plan
        ["the MIS upgrade slipping", "website analytics outages"],
        ["client illness", "tourist season"],
    ],
)
def test_uncontrollables_with_world_rows_are_kept(uncontrollables):
    assert "uncontrollables_missing" not in codes_of(uncontrollables=uncontrollables)


# --- a lever that is an outside body's own work -------------------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "The Environment Agency clearing the culvert before the autumn rains",
        "the county highways authority gritting the lane to the studio",
        "2.3 the main dealers lending us cars for the open day",
        "national broadcasters showing the final at a time that suits us",
        "sponsors bringing their own hospitality guests",
    ],
)
def test_an_outside_body_doing_the_work_is_not_a_lever(lever):
    assert read_lever(lever).reason == "their_choice"
    levers = ["the deposit we ask per booking", lever]
    assert "lever_not_controllable" in codes_of(levers=levers)


@pytest.mark.parametrize(
    "lever",
    [
        # our act towards them, or a body with no name of its own (it may be the planner's own service)
        "asking the county highways authority to grit the lane",
        "which dealers we invite to the open day",
        "the service opening an hour later on Fridays",
        "the reminder our service sends the day before",
    ],
)
def test_our_act_towards_an_outside_body_is_a_lever(lever):
    assert read_lever(lever).reason != "their_choice"
    levers = ["the deposit we ask per booking", lever]
    assert "lever_not_controllable" not in codes_of(levers=levers)


# --- a chance model whose event names only what a lever is set for ----------------------------------------
_SET_FOR = ["which hour the session starts", "whether a reminder text is sent the day before"]


@pytest.mark.parametrize(
    "modeler",
    [
        "Chance a session goes ahead as booked, from client age, tattoo size, lead time and past no-shows.",
        "- Probability that the session is kept to week 2, from age, piece size and lead time",
        "The likelihood a session is missed given the client's age, the piece size and the lead time.",
    ],
)
def test_a_chance_of_what_a_lever_is_set_for_reads_no_lever(modeler):
    assert "model_no_lever" in codes_of(levers=_SET_FOR, modeler=modeler)


@pytest.mark.parametrize(
    ("levers", "modeler"),
    [
        # the lever chooses among the very things whose chance is predicted: a targeting model
        (
            ["which sessions we double-book", "whether a reminder text is sent the day before"],
            "Chance a session goes ahead as booked, from client age, tattoo size and lead time.",
        ),
        # the condition in the head is a lever the model reads
        (
            _SET_FOR,
            "Chance a session goes ahead when a reminder text is sent, from client age and lead time.",
        ),
        # the inputs name a lever
        (_SET_FOR, "Chance a session goes ahead as booked, from the start hour, client age and lead time."),
    ],
)
def test_a_chance_model_that_reads_a_lever_stays_silent(levers, modeler):
    assert "model_no_lever" not in codes_of(levers=levers, modeler=modeler)
