"""The sixty-ninth set's misses and false alarms, each read for its general cause after its first look and
tested in the orchard's packhouse in wordings of our own, with sound answers beside them."""

import pytest

from studyguide.worksheets.coaching.novelty import names_novelty
from studyguide.worksheets.coaching.ownership import acts_on_us, tokens_of
from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.rollout_unplanned import bare_start
from studyguide.worksheets.coaching.waved_off import only_success
from tests.worksheets.orchard import orchard_codes

_CRATES = "how many crates go straight to the buyer vs our own cold store"


def test_what_is_done_by_us_is_no_act_on_us():
    assert not acts_on_us(tokens_of("a £5 delivery to the farm shop by us"))


def test_a_scope_said_with_only_before_its_verb_is_no_limited_start():
    rollout = (
        "From 1 March every row gets a slot; pickers' cards only open in their slot. The cards and the rota "
        "go out together. Maya can let anyone in off-slot. I can switch the cards back."
    )
    assert "rollout_not_gradual" in orchard_codes(rollout=rollout)
    assert "rollout_not_gradual" not in orchard_codes(
        rollout="Row 12 only for March, the rest in April if waste falls. Maya can switch the cards back."
    )


def test_an_item_number_and_an_offer_once_ready_is_no_rollout():
    assert bare_start(
        "Item 4. The new split will be offered once the model is ready and the board has agreed the price."
    )


def test_people_we_serve_keeping_something_is_their_act():
    lever = "renters keeping the crates until the end of the season"
    assert "lever_not_controllable" in orchard_codes(levers=[_CRATES, lever])


def test_losses_thrown_on_the_heap_and_a_till_that_rings_all_as_one_are_no_data():
    assert no_records_kept(
        "none really. losses go on the compost heap, nobody counts. till rings all fruit as one line"
    )
    assert no_records_kept("nothing planned, too busy in spring")
    assert not no_records_kept("losses are weighed before they go on the compost heap")


def test_nothing_outside_our_control_here_is_no_list():
    rows = ["nothing really outside our control here - we decide which rows and when"]
    assert "uncontrollables_missing" in orchard_codes(uncontrollables=rows)


def test_people_not_reflected_in_our_data_are_new():
    assert names_novelty("Pickers with no English, not reflected in our data.")


@pytest.mark.parametrize(
    "went",
    [
        "More fruit sold, less wasted, and the council might partner with us to run it across the county.",
        "Less waste, and the farming press might back us.",
    ],
)
def test_gains_with_growth_or_backing_are_gains(went):
    assert only_success(went, "Less fruit wasted between the orchard and the buyer.")


def test_gains_said_beside_growth_pass_the_loop_by_as_a_note():
    went = (
        "Less fruit wasted, fewer crates rejected, and the council might back us to run it across the county."
    )
    assert "no_feedback_loop" in orchard_codes(went_really_well=went)
