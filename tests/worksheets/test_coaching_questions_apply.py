"""Questions that do not apply (issue 11): a loop already stated as what we never get to see about the cases
we turn down or skip, a lever acted by the planner's own people named in two words ("the kiln man"), and a
count named in a compound word ("the late-drop count") that is no verb of stopping. Pure: the rules alone, no
model. Our own sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.context import Context
from studyguide.worksheets.coaching.denials import watching_ends
from studyguide.worksheets.coaching.loops import loop_stated
from studyguide.worksheets.coaching.ownership import named_own_choices, planner_in_third_person
from studyguide.worksheets.coaching.plan import Plan
from studyguide.worksheets.coaching.rollout import power_given
from studyguide.worksheets.coaching.sensors import new_inputs_named

LEVERS = ["which repair jobs I take on", "which customers we phone before their service is due"]


def _ctx(levers=LEVERS) -> Context:
    return Context(Plan(levers=levers), None, levers=levers, controllable=levers)


@pytest.mark.parametrize(
    "loop",
    [
        # what is turned down never tells us how it would have gone
        "Repair jobs I turn away never show me what they would have paid.",
        # we learn about those we pick and nothing about the rest
        "The customers we phone stay longer, and we learn about them but not about the ones we leave alone.",
    ],
)
def test_a_loop_said_as_what_we_never_see_is_credited(loop):
    assert loop_stated(_ctx(), loop)


@pytest.mark.parametrize(
    "text",
    [
        "We learn about boilers from the service manual.",  # learning, but nothing left unseen
        "The weather never shows a pattern we could plan on.",  # never shows, but not to us
    ],
)
def test_learning_without_what_we_miss_is_no_loop(text):
    assert not loop_stated(_ctx(), text)


def test_a_party_named_in_two_words_who_acts_again_in_the_plan_is_our_own():
    lever = "the mixing speed the dough man sets for each batch"
    assert planner_in_third_person(lever, ["For a month the dough man sees the suggestion and decides."])
    # named nowhere else: another party, as before
    assert not planner_in_third_person(lever, ["The bakery manager sees the suggestion and decides."])


@pytest.mark.parametrize(
    "monitoring",
    [
        "A late-order count on the whiteboard each day; Priya compares it with last spring every Monday.",
        "The dead-end count goes to the manager weekly.",
    ],
)
def test_a_count_named_in_a_compound_word_is_still_watching(monitoring):
    assert not watching_ends(monitoring)


def test_watching_said_to_stop_is_still_read():
    assert watching_ends("After the trial we drop the count.")


@pytest.mark.parametrize(
    "sentence",
    [
        # the power given in a clause without its verb, and an amount put back
        "We start on Mondays only, with the shop manager able to put the £4 back whenever she likes.",
        # resetting is undoing
        "Office mgr Tom can reset to the old timetable any morning.",
    ],
)
def test_a_person_given_the_power_to_undo_is_in_charge(sentence):
    assert power_given(sentence)


def test_the_system_able_to_undo_is_no_person():
    assert not power_given("The app is able to put the old prices back.")


def test_something_of_a_kind_never_met_is_a_new_input_though_we_chose_it():
    plan = Plan(modeler="Predicts the chance a listed coat sells from its photos.", data="Sales log.")
    said = "Coats of a kind we have never stocked would be judged badly."
    assert new_inputs_named(plan, said)
    assert not new_inputs_named(plan, "We choose which coats to stock each week.")


def test_a_price_named_by_its_level_is_ours_when_a_lever_sets_a_price():
    levers = ["the entry fee for weekday mornings", "which classes we run"]
    ctx = _ctx(levers)
    assert loop_stated(ctx, "If cheap mornings fill with people who leave early, the records drift.")
    # no price among the levers: a cheap thing is the world's
    assert not loop_stated(_ctx(["which classes we run"]), "If cheap gyms open nearby, the records drift.")


def test_a_body_whose_choices_the_risks_call_its_own_is_the_planner():
    assert named_own_choices(
        "Pupils we fund come back, so the register reflects the Academy's own choices."
    ) == ["the academy"]
    assert named_own_choices("The council may change the bus routes.") == []
    lever = "whether the Academy funds the minibus for far villages"
    assert planner_in_third_person(lever, named_own_choices("The roll mirrors the Academy's own decisions."))
