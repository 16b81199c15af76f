"""A field that admits it has no answer and adds only a deferral or a reason naming nothing
(``coaching.admissions``), in sentences of our own from other trades, beside near answers that must keep
their content. The twenty-eighth set's plain slips ("Not sure yet - we'll work out what to compare it against
once it's running", "Can't think of any really, it's only hot chocolate") were the cause."""

import pytest

from studyguide.worksheets.coaching.admissions import admits_no_answer
from studyguide.worksheets.coaching.unanswered import says_nothing


@pytest.mark.parametrize(
    ("key", "text"),
    [
        # not known, then put off to later or to someone
        ("baseline", "Not sure yet - we'll figure out what to compare with once the pilot is going."),
        ("baseline", "dunno yet, will ask Priya next week"),
        ("rollout", "Haven't decided. We'll sort it out when it's live."),
        ("rollout", "Not sure yet, once it's running we'll see"),
        ("metric", "No idea at the moment - need to ask my supervisor."),
        ("optimizer", "TBC, can we go over it in class?"),
        ("levers", "tbc - ask the owner"),
        ("risks", "I haven't thought about it yet tbh"),
    ],
)
def test_not_known_then_put_off_says_nothing(key, text):
    assert admits_no_answer(text, key)
    assert says_nothing(text, key)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        # the element denied, with a reason that names none of it
        ("risks", "Can't think of any really, it's just a school fair."),
        ("risks", "Not that I can think of, it's a tiny kiosk."),
        ("optimizer", "Not really needed, the model updates itself every night."),
        ("simulator", "Not needed - once we know the forecast the answer is obvious."),
        ("metric", "Not really needed for this one, the fete happens once a year."),
        ("uncontrollables", "can't think of any, it's all up to us"),
    ],
)
def test_denied_with_an_empty_reason_says_nothing(key, text):
    assert admits_no_answer(text, key)


@pytest.mark.parametrize(
    "text",
    [
        "Same as the title really - a booking tool for the plumbers.",
        "see title",
        "Basically the title.",
        "same as the heading, a rota app",
        "It's the title really, a stock planner for the corner shop",
    ],
)
def test_an_objective_that_is_the_title_says_nothing(text):
    assert admits_no_answer(text, "objective")


@pytest.mark.parametrize(
    ("key", "text"),
    [
        # a guess, an exception, a comparison with today's way or a choice made by someone is an answer
        ("baseline", "Not sure yet, probably what the shift leads do now"),
        ("risks", "Can't think of any except a new supplier"),
        ("baseline", "Not sure, the supervisor decides by eye today"),
        ("baseline", "not decided, maybe last year's sales by Sam"),
        ("metric", "Not needed; we count 3 things already"),
        ("baseline", "No idea how the current rota performs, but it is our comparison"),
        # the title beside the outcome it should change is an objective
        ("objective", "Same as the title: fewer missed call-outs"),
        ("objective", "Like the title says, cut the queue at the counter to under 5 minutes"),
        # fields that may truly need nothing
        ("constraints", "Not really needed, we have budget"),
    ],
)
def test_an_admission_with_something_in_it_is_an_answer(key, text):
    assert not admits_no_answer(text, key)
    assert not says_nothing(text, key)


def test_monitoring_is_left_to_its_own_check():
    # "Not required: the model was validated before launch" gets the monitoring check's own note
    assert not admits_no_answer("Not required: the model was validated before launch.", "monitoring")


def test_an_admission_that_goes_on_as_a_claim_is_an_answer():
    assert not admits_no_answer("Not sure it is fair, but today's rota by the manager is it", "baseline")
    assert not admits_no_answer("No idea how many we lose now: we'll count it for 4 weeks first", "baseline")


# The thirty-first and thirty-second sets' slips, in sentences of our own: the box itself not done yet, a
# denial of whom it concerns ("for a pub", "to us"), a doubt about what the box wants after an errand, and a
# to-be-written promise.
@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("metric", "Not done yet - the deadline came round too fast."),
        ("baseline", "haven't written this bit, sorry"),
        ("optimizer", "Need to ask Colm at the depot, not sure what goes in this box."),
        ("optimizer", "not sure what goes here"),
        ("simulator", "Not relevant for a mobile library - no what if to ask."),
        ("simulator", "Doesn't really apply to us, we only open on Saturdays anyway."),
        ("simulator", "I don't think we need this box - the optimizer already works out the best route."),
        ("modeler", "No need for a computer model here - the head groundsman tells us."),
        ("risks", "Can't think of anything - the caretaker would let us know if something broke."),
    ],
)
def test_the_box_not_done_or_denied_says_nothing(key, text):
    assert says_nothing(text, key)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("metric", "To be written up after the committee meets on Tuesday."),
        ("risks", "Will fill in once the trial has run."),
        ("levers", "None as such - the fixture list is set by the league and entry is free."),
    ],
)
def test_put_off_or_dismissed_says_nothing(key, text):
    assert says_nothing(text, key)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        # near answers: the denial with a condition, a choice someone makes, a real plan to write things down
        ("risks", "Can't think of any, if the supplier holds its prices."),
        ("simulator", "Not needed for the first month, then weekly what-ifs on price."),
        ("levers", "None as such, the warden sets the opening times each spring."),
        ("monitoring", "We will fill in the fault log after every shift."),
        ("objective", "To be done with paper booking forms by the summer, with fewer double bookings."),
        (
            "optimizer",
            "Not sure what goes in this box beyond: it picks the two busiest rounds for the new van.",
        ),
    ],
)
def test_near_answers_keep_their_content(key, text):
    assert not says_nothing(text, key)
