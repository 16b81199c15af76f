"""The fifty-seventh blind set's other misses, fixed for their general cause and tested here in another trade
(an orchard's packhouse): a staged start turned down as needless, a lever that is the buyers' own pick said
with the people first, a model whose inputs leave out the levers behind a "chance a buyer orders" head, a
simulator refused in words that share only a lever's place ("the buyer"), a person's say given as the
model, a lever's own doing read as a new risk, "no. of" read as a refusal, and a lever list of results."""

import pytest

from studyguide.worksheets.coaching.ownership import their_pick
from tests.worksheets.orchard import orchard_codes


def test_the_sound_plan_has_none_of_these_notes():
    assert not orchard_codes() & {
        "no_rollout",
        "lever_not_controllable",
        "model_no_lever",
        "no_simulator",
        "model_missing",
        "no_risks",
        "levers_missing",
    }


@pytest.mark.parametrize(
    "rollout",
    [
        "We don't see the need for a step-by-step start here. The new split starts in full from the first "
        "week of the season and that's how the packhouse runs from then on.",
        "Don't see the need for steps - every row goes on the new order the same Monday and stays.",
        "A phased start isn't needed: every crate follows the new split once the software is in.",
        "No need for a pilot, we switch it on at the growers' meeting.",
    ],
)
def test_stages_turned_down_as_needless_are_no_rollout(rollout):
    assert "no_rollout" in orchard_codes(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        # a stage named after all, or a person who can stop it: a plan, read by the other rollout checks
        "No need for a pilot: two rows first, then the rest of the orchard.",
        "No point piloting - Maya can stop it any day and go back to the fixed split.",
    ],
)
def test_a_stage_or_a_person_after_the_wave_is_a_plan(rollout):
    assert "no_rollout" not in orchard_codes(rollout=rollout)


@pytest.mark.parametrize(
    "row", ["customers choosing grade one rather than grade two", "buyers picking the early collection slot"]
)
def test_the_people_served_picking_is_their_choice(row):
    levers = ["how many crates go straight to the buyer vs our own cold store", row]
    assert "lever_not_controllable" in orchard_codes(levers=levers)


@pytest.mark.parametrize(
    "row",
    [
        "customers choosing from our three grades",  # the range they pick from is ours
        "staff choosing which rows go first",  # our own people
        "drivers picking up the crates at six",  # no pick: a phrasal verb
    ],
)
def test_no_pick_of_the_people_served(row):
    assert not their_pick(row)


_SALES = {
    "levers": [
        "the crate price and sizes offered",
        "showing a sample crate at the market stall",
        "a 5% discount if ordered within 2 days",
    ],
    "optimizer": "Sets the price, sizes, samples and discount for each buyer to sell the most crates.",
    "simulator": "What if crates start at £12, not £15? What if every buyer sees a sample?",
}


def test_a_chance_head_sharing_only_what_a_setting_is_of_reads_no_lever():
    modeler = (
        "The chance a buyer orders a crate from their shop size, distance from the orchard and the month."
    )
    assert "model_no_lever" in orchard_codes(**_SALES, modeler=modeler)


def test_a_need_for_what_a_lever_supplies_is_still_read_as_its_forecast():
    fields = {
        "levers": ["spare crates on every trailer", "which rows we pick first each morning"],
        "modeler": "The chance a row needs a spare crate, from the variety, the week and the weather.",
        "optimizer": "Sets how many spare crates each trailer carries and the picking order.",
    }
    assert "model_no_lever" not in orchard_codes(**fields)


def test_a_simulator_refused_in_words_that_share_only_a_levers_place():
    simulator = (
        "Not something we'll do. The buyer's orders come in every week and we fill them as they come; we "
        "won't sit playing with alternatives."
    )
    assert "no_simulator" in orchard_codes(simulator=simulator)
    kept = "Not something we'll do beyond trying 70 / 30 crates against half and half."
    assert "no_simulator" not in orchard_codes(simulator=kept)


def test_a_persons_say_given_as_the_model():
    modeler = (
        "I'll ask Ron, who ran the packhouse for twenty years. He always knew which rows went first. I'll "
        "go with whatever split he says."
    )
    assert "model_missing" in orchard_codes(modeler=modeler)


def test_no_dot_of_is_a_count_not_a_refusal():
    modeler = "no. of crates wasted per week from the split, the rows picked first, frost dates and the order"
    assert "model_missing" not in orchard_codes(modeler=modeler)


def test_a_levers_own_doing_is_no_new_risk_beside_a_dismissed_box():
    fields = {
        "risks": "Honestly, not much can go wrong here. It's apples in crates.",
        "went_really_well": "The cold store might change which crates the buyer asks for, too.",
    }
    assert "no_risks" in orchard_codes(**fields)


def test_a_lever_list_of_results_is_no_levers():
    fields = {
        "objective": "Less fruit wasted, and our buyers coming back each season.",
        "levers": [
            "more buyers choosing our grade-one crates",
            "buyers coming back each season",
            "fewer crates thrown away",
        ],
    }
    assert "levers_missing" in orchard_codes(**fields)
    staffed = {"levers": ["more staff covering Saturdays", "which rows we pick first each morning"]}
    assert "levers_missing" not in orchard_codes(**staffed)
