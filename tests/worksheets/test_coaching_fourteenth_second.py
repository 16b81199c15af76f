"""The fourteenth set's second study (issue 11): misses by general cause. Pure: the rules alone, no model.
Our own sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.loop_phrases import selects_who
from studyguide.worksheets.coaching.loop_scope import reaches_a_person
from studyguide.worksheets.coaching.money_count import counts_for_money
from studyguide.worksheets.coaching.novelty import names_novelty, risks_all_familiar
from studyguide.worksheets.coaching.whole_scope import one_start, starts_all_at_once, unstamped


# --- one start, every unit, no step: the whole scope at once without the word "all" ---
@pytest.mark.parametrize(
    "rollout",
    [
        "From 3 March the kiln times come from the model for each firing; Ana can stop a firing early.",
        "Next season's rota is made from the suggestion, the lot, Tuesday to Sunday.",
        "12 Feb. From 1 April the model sets the dose for every tank; the keeper can lower any dose.",
        "Starting Monday the bot answers each enquiry; the clerk reads the replies each evening.",
    ],
)
def test_one_start_over_every_unit_is_all_at_once(rollout):
    assert starts_all_at_once(rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "From 3 March the kiln times come from the model for one kiln only; the others follow in May.",
        "Next season we try it on the beginners' classes first, then every class if it works.",
        "From 1 April the model doses each tank in the east shed; the west shed stays as it is.",
        "The keeper reads every suggestion and decides; we see after a month whether to widen it.",
        "For each firing Ana compares the model's time with her own, for a month.",
    ],
)
def test_a_limited_or_staged_start_is_not(rollout):
    assert not starts_all_at_once(rollout)


def test_a_date_stamp_that_opens_a_log_entry_is_not_a_start():
    assert unstamped("4 Mar. From 2 May the list is used.") == "From 2 May the list is used."
    assert one_start("4 Mar. From 2 May the list is used.")


def test_a_range_of_weekdays_is_the_scope_not_a_start_day():
    assert not one_start("It runs Monday to Friday in the lab.")


# --- a risk list that names nothing new, unusual, shifted or unseen ---
@pytest.mark.parametrize(
    "risks",
    [
        "Belt wear; the cleaner forgetting to log the totals; the price of salt rising.",
        "Volunteers dropping out; the hall costing more; a complaint to the council.",
        "Insurance going up. Staff unhappy with longer hours. Fines from the council.",
    ],
)
def test_a_list_of_staff_money_and_law_risks_names_no_new_inputs(risks):
    assert risks_all_familiar(risks, "The manager checks the totals weekly against last year.")


@pytest.mark.parametrize(
    "risks",
    [
        "Belt wear; a type of grit we have never used; the price of salt rising.",
        "Volunteers dropping out; a much wetter winter than any before; fines.",
        "Costs; staff; visitors from abroad who are nothing like our regulars.",
        "Belt wear; the counter at the gate miscounts in the rain; fines.",
        "Costs; a change in the licensing rules; staff turnover.",
    ],
)
def test_anything_new_unusual_or_shifted_counts(risks):
    assert names_novelty(risks)
    assert not risks_all_familiar(risks, "")


def test_a_short_list_is_left_alone():
    assert not risks_all_familiar("Costs; staff.", "")


def test_novelty_said_in_the_checks_counts():
    assert not risks_all_familiar(
        "Belt wear; costs; staff leaving.", "We watch for drift in the inputs monthly."
    )


# --- a decision of ours said to change who turns up: a loop in other words ---
@pytest.mark.parametrize(
    "sentence",
    [
        "The deposit we ask decides which diners keep their table, so the no-show log is of our making.",
        "Our reminder letters affect who renews, so next year's records follow them.",
        "Late-night fares shape which riders stay with us.",
    ],
)
def test_our_decision_changing_who_turns_up_is_a_loop(sentence):
    assert selects_who(sentence, ["the deposit asked per table", "reminder letters", "late-night fares"])


@pytest.mark.parametrize(
    "sentence",
    [
        "A new cinema opening across the road would change who comes.",
        "Snow changes which roads are used.",
        "The fares change every spring.",
    ],
)
def test_the_worlds_events_or_no_who_are_not(sentence):
    assert not selects_who(sentence, ["late-night fares", "which cinema seats we discount"])


# --- our own staff carry a decision out; the people we serve react to it ---
@pytest.mark.parametrize(
    "lever",
    [
        "the oil change interval our drivers are asked to keep",
        "how much flour my buyer orders each week",
    ],
)
def test_our_own_staff_are_not_people_the_decision_reaches(lever):
    assert not reaches_a_person(lever)


@pytest.mark.parametrize(
    "lever",
    [
        "which of our customers get the spring letter",
        "the fare drivers pay at the barrier",
        "which members we phone first",
    ],
)
def test_the_people_we_serve_still_are(lever):
    assert reaches_a_person(lever)


# --- a money objective measured by counting one activity ---
@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        ("Make the car boot pay for the roof.", "How many cars come through the gate each Sunday."),
        ("More profit from the rowing boats.", "Number of tickets torn off the roll each afternoon."),
    ],
)
def test_one_count_for_a_money_aim_is_a_proxy(objective, metric):
    assert counts_for_money(metric, objective)


@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        ("Make the car boot pay for the roof.", "Pitch fees taken each Sunday, in £."),
        ("More profit from the boats.", "Number of hires each afternoon and takings per hire."),
        ("More children swimming a length by summer.", "Number of children who swim 25 m unaided."),
    ],
)
def test_money_in_the_metric_a_second_measure_or_no_money_aim_is_left_alone(objective, metric):
    assert not counts_for_money(metric, objective)
