"""What the tenth held-out set taught about feedback loops (tests/worksheets/holdout/tenth): a loop is said in
the past tense as often as the present ("the records fill with the members we picked"), its choices belong to
whoever makes them ("the club's own choices"), and "its own rounds" is a loop when the rounds are a lever of
ours. A refit written in the optimizer's description is as much a refit as one in the model's. Pure: the
rules alone, no model. Our own wording, not the set's."""

import pytest

from studyguide.worksheets.coaching.context import Context
from studyguide.worksheets.coaching.loops import loop_stated, needs_loop
from studyguide.worksheets.coaching.plan import Plan

LEVERS = ["which pupils we offer after-school tutoring", "how many tutor rounds each pupil gets"]


def _ctx(levers=LEVERS, **fields) -> Context:
    return Context(Plan(levers=levers, **fields), None, levers=levers, controllable=levers)


@pytest.mark.parametrize(
    "loop",
    [
        # the decision already taken, in the past tense
        "Later on the records fill up with the pupils we chose.",
        "Next year's records will mostly hold the pupils we picked.",
        # the choices are somebody's own, named by a possessive
        "In time the model would come to rest on the school's own choices.",
        # "its own <lever>" when the lever is ours
        "A model fed on who got extra help would end up chasing its own tutor rounds.",
    ],
)
def test_a_loop_said_in_other_words_is_credited(loop):
    assert loop_stated(_ctx(), loop)


@pytest.mark.parametrize(
    "text",
    [
        "Each teacher keeps to its own timetable.",  # owned, but not a lever of ours
        "The inspectors chose a new reading test.",  # chosen by others, and no data named
    ],
)
def test_what_is_not_our_doing_on_the_data_is_no_loop(text):
    assert not loop_stated(_ctx(), text)


def test_a_refit_written_in_the_optimizer_asks_for_a_loop():
    levers = ["the boiler setpoint at night", "how long the misting runs each hour"]
    optimizer = "Choose the setpoint and misting time for the most trays of seedlings at grade."
    assert not needs_loop(_ctx(levers, optimizer=optimizer))
    refit = optimizer + " Each term the model is refit on the results of the last term."
    assert needs_loop(_ctx(levers, optimizer=refit))
