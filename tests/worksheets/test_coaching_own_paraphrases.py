"""The plants blind sets most often slip past a first look (no rollout, no data, no uncontrollables, results
listed as levers, a metric put off, what-ifs waved away), said in the lead's own words before the sixtieth
set was read: each test holds several phrasings of one flaw and several sound answers beside them, in the
orchard's packhouse, so a fix cannot fit one wording.

On the code before these rules, the rules alone caught none of the twenty-three flawed answers here; the sound
answers beside them drew no such note before and draw none now."""

import pytest

from studyguide.worksheets.coaching.rollout_unplanned import waved_off_as_small, without_refused_stages
from tests.worksheets.orchard import orchard_codes

_STAGES_TURNED_DOWN = [
    "No pilot planned: from the first of June every crate goes through the new split.",
    "we'll switch over in one go at the start of the season, no point doing it bit by bit",
    "A staged launch seems unnecessary for a packhouse our size; the new split applies to every crate from "
    "the spring list.",
    "Rollout: not really applicable, it's a small change - the whole crew works to the new split from next "
    "week.",
    "I don't think we need a trial run. It goes live for every variety when picking opens.",
]


@pytest.mark.parametrize("rollout", _STAGES_TURNED_DOWN)
def test_stages_turned_down_anywhere_in_the_box_are_no_rollout(rollout):
    assert "no_rollout" in orchard_codes(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "No pilot needed beyond the first two weeks of the early variety; Maya can go back to the fixed "
        "split any day.",
        "Two rows first for a month, no big launch; then the rest if Maya is happy.",
        "We won't do a trial across every row - only the early variety for six weeks, then the others; Maya "
        "decides.",
        "No formal pilot, but we start with the early variety only and Maya can switch back any day.",
        "It's a small change, so two weeks on the early variety first, then every variety; Maya can stop it.",
    ],
)
def test_a_stage_kept_beside_a_refusal_is_a_rollout(rollout):
    assert "no_rollout" not in orchard_codes(rollout=rollout)


def test_a_refused_stage_is_no_stage():
    # the refusal goes, what else the box says stays
    assert "pilot" not in without_refused_stages("No pilot planned: every crate from June.")
    assert "every crate from June" in without_refused_stages("No pilot planned: every crate from June.")
    assert "pilot" in without_refused_stages("No more than two rows in the pilot, then all.")
    assert not waved_off_as_small("No more than two rows in the pilot for six weeks.")


@pytest.mark.parametrize(
    ("data_have", "data_collect"),
    [
        ("Nothing kept so far; it's all been in my head.", "I'm not one for paperwork, so nothing."),
        (
            "We don't have anything yet, I just bought the van.",
            "Don't plan to collect anything - too much faff.",
        ),
        (
            "Not much, honestly. Some texts on my phone I usually delete.",
            "Probably nothing formal; I'll go on gut feeling.",
        ),
        ("No records at all.", "We won't gather any, it's a hobby that pays."),
    ],
)
def test_boxes_that_hold_and_gather_nothing_are_no_data(data_have, data_collect):
    assert "no_data" in orchard_codes(data_have=data_have, data_collect=data_collect, experiment_notes="")


@pytest.mark.parametrize(
    ("data_have", "data_collect"),
    [
        ("Nothing yet - we open in May.", "Every booking with its date, group size and price, from day one."),
        ("Only the till receipts since March.", "none planned"),
        ("None at the moment.", "I'll log each job's hours and price in a spreadsheet."),
        ("Nothing really.", "Each crate's weight and grade at the weigh-bridge from now on."),
    ],
)
def test_records_held_or_gathered_in_either_box_are_data(data_have, data_collect):
    assert "no_data" not in orchard_codes(data_have=data_have, data_collect=data_collect)


@pytest.mark.parametrize(
    "uncontrollables",
    [
        ["our two vans", "the packing bench", "Sam's day off", "the stock spreadsheet"],
        ["The kiln", "The glaze stock", "My assistant's hours"],
        ["Our own staff rota", "our website", "the printer in the back office"],
        ["the tractor", "the baler", "the lad who helps at weekends"],
        ["We control everything here - it's our own yard."],
        ["Everything is in our hands."],
    ],
)
def test_own_kit_and_hands_or_everything_ours_are_no_uncontrollables(uncontrollables):
    assert "uncontrollables_missing" in orchard_codes(uncontrollables=uncontrollables)


@pytest.mark.parametrize(
    "uncontrollables",
    [
        ["school hours", "the weather", "our van breaking down"],
        ["staff sickness", "frost dates"],
        ["the price of materials", "the cost of supplies"],
        ["availability of glazes", "the kiln"],
        ["Everything is in our hands except the weather."],
    ],
)
def test_inputs_from_the_world_stay_uncontrollables(uncontrollables):
    assert "uncontrollables_missing" not in orchard_codes(uncontrollables=uncontrollables)


@pytest.mark.parametrize(
    "levers",
    [
        ["less fruit going soft", "happier buyer", "fewer crates rejected"],
        [
            "- more grade one fruit reaching the buyer",
            "- waste down by a third",
            "- the cold store used less",
        ],
        ["Buyer accepting more crates", "Pickers finishing earlier", "Lower disposal bills"],
    ],
)
def test_results_wanted_listed_as_levers_are_no_levers(levers):
    assert "levers_missing" in orchard_codes(levers=levers)


@pytest.mark.parametrize(
    "levers",
    [
        [
            "how many crates go straight to the buyer",
            "which rows we pick first",
            "the cold-store temperature",
        ],
        [
            "fewer crates to the cold store when the buyer's order is big",
            "which rows we pick first each morning",
        ],
        ["staff starting earlier on hot days", "which rows we pick first each morning"],
    ],
)
def test_settings_of_ours_said_with_more_or_fewer_stay_levers(levers):
    assert "levers_missing" not in orchard_codes(levers=levers)


@pytest.mark.parametrize(
    "metric",
    [
        "We'll figure out a measure later with the buyer.",
        "No measure chosen yet - we'll talk it over at the end of the picking season.",
        "Still thinking about this one; maybe ask Maya what she'd track after the first month.",
    ],
)
def test_a_measure_put_off_is_no_metric(metric):
    assert "objective_no_metric" in orchard_codes(metric=metric)


def test_a_measure_not_chosen_but_named_is_a_metric():
    metric = "No measure chosen yet beyond tonnes thrown away per week, which Maya already weighs."
    assert "objective_no_metric" not in orchard_codes(metric=metric)


@pytest.mark.parametrize(
    "simulator",
    [
        "I can't see us using this - too fiddly. We'll go with the numbers it gives.",
        "We'd rather not second-guess it: the optimizer decides and we pack accordingly.",
    ],
)
def test_what_ifs_doubted_or_wished_away_are_no_simulator(simulator):
    assert "no_simulator" in orchard_codes(simulator=simulator)


def test_a_what_if_asked_after_a_doubt_is_a_simulator():
    simulator = "I can't see us using it much, but we'd ask what a hot week does to waste at a 30/70 split."
    assert "no_simulator" not in orchard_codes(simulator=simulator)
