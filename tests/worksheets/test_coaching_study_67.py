"""The sixty-seventh set's misses and false alarms, each read for its general cause and tested in the
orchard's packhouse in wordings of our own, with sound answers beside them (the set's own plans are measured
by ``test_coaching.py``)."""

import pytest

from studyguide.worksheets.coaching.counted_stage import counted_first_stage
from studyguide.worksheets.coaching.gerund_parties import names_another_acting
from studyguide.worksheets.coaching.metric_wording import names_a_count
from studyguide.worksheets.coaching.novelty import names_novelty
from studyguide.worksheets.coaching.ownership import acts_on_us, tokens_of
from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.rollout_unplanned import bare_start
from studyguide.worksheets.coaching.variation import lever_never_varied
from studyguide.worksheets.coaching.waved_off import only_success
from tests.worksheets.orchard import orchard_codes

_CRATES = "how many crates go straight to the buyer vs our own cold store"


def test_options_offered_to_us_or_by_us_are_no_act_on_us():
    assert not acts_on_us(tokens_of("delivery to the farm shop or collection from us"))
    assert acts_on_us(tokens_of("the crates the buyer sends back to us"))


@pytest.mark.parametrize(
    ("rollout", "limited"),
    [
        ("- The two nearest farm shops for the spring\n- Maya can go back to the old split any week", True),
        ("- All the farm shops for the spring\n- Maya can go back to the old split any week", False),
    ],
)
def test_a_counted_first_season_is_a_limited_start(rollout, limited):
    assert counted_first_stage(rollout) is limited


def test_a_counted_first_season_then_everyone_is_gradual():
    rollout = (
        "- The two nearest farm shops for the spring\n- Maya can swap or hold back any crate\n"
        "- I can go back to the old split any week, then open it to all the shops"
    )
    assert "rollout_not_gradual" not in orchard_codes(rollout=rollout)


@pytest.mark.parametrize(
    ("rollout", "bare"),
    [
        ("The crate planning service will begin once the model is built.", True),
        ("The crate planning service will begin once the model is built, on two rows first.", False),
    ],
)
def test_a_start_once_the_model_is_built_is_no_rollout(rollout, bare):
    assert bare_start(rollout) is bare


def test_a_start_on_the_first_monday_next_month_is_one_start():
    rollout = (
        "From the first Monday next month the new split runs for every row, every day, because the buyer "
        "takes one order. Maya can go back to the fixed split."
    )
    assert "rollout_not_gradual" in orchard_codes(rollout=rollout)


def test_cash_in_a_tin_counted_at_the_end_is_no_data():
    assert no_records_kept(
        "Nothing really. Gate money goes in a tin and we count it at the end, and the slips get thrown out."
    )
    assert not no_records_kept("Gate money goes in a tin; each sale is written in the book by variety.")


def test_the_owners_person_acting_is_theirs_with_or_without_an_object():
    assert names_another_acting("the cider maker's rep coming in to run the tasting")
    assert not names_another_acting("our packhouse lead coming in early on picking days")


@pytest.mark.parametrize(
    ("metric", "code"),
    [
        ("No number for now. We'll see how the season goes.", "objective_no_metric"),
        (
            "Picking days that feel less of a scramble; pickers seeming happier with the rota.",
            "metric_no_number",
        ),
    ],
)
def test_no_number_and_a_feeling_about_counted_things(metric, code):
    assert code in orchard_codes(metric=metric)


def test_a_noun_followed_by_a_feeling_is_not_a_count():
    assert not names_a_count("picking days that feel calmer")
    assert names_a_count("picking days lost to rain")


@pytest.mark.parametrize(
    ("data", "never"),
    [
        ("We've never charged for collection, it's always been free.", True),
        ("Collection has been £2 some weeks and free in others.", False),
    ],
)
def test_a_charge_never_made_is_a_lever_never_varied(data, never):
    assert lever_never_varied(data) is never


def test_being_copied_by_others_is_praise():
    went = "Less fruit wasted. The buyer renews. Other orchards copy the model."
    assert only_success(went, "Less fruit wasted between the orchard and the buyer.")


def test_gains_only_beside_rounds_we_set_pass_the_loop_by():
    codes = orchard_codes(
        levers=[
            "which farm shops are on the delivery round",
            "how often each shop is visited (weekly or fortnightly)",
        ],
        modeler="Crates sold per visit from the shop, the week and the weather.",
        optimizer="Sets the shops on the round and how often each is visited for the least waste.",
        went_really_well="Less fruit wasted. The buyer renews. Other orchards copy the model.",
    )
    assert "no_feedback_loop" in codes


@pytest.mark.parametrize(
    ("risk", "novel"),
    [
        ("A very big delivery from a neighbour's clear-out", True),
        ("A farm shop opening next door and pricing below us", True),
        ("The farm shop opening hours", False),
    ],
)
def test_an_unusual_size_and_a_rival_opening_are_new(risk, novel):
    assert names_novelty(risk) is novel
