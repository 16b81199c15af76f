"""Whose act a lever names where the word lists alone cannot settle it (ownership.py), a declined optimizer,
and data where a lever never varied (variation.py). Pure: the rules alone, no model. Our own wording."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.levers import WORLD, read_lever
from studyguide.worksheets.coaching.ownership import acts_on_us, their_conduct, tokens_of
from studyguide.worksheets.coaching.variation import lever_never_varied
from tests.worksheets.test_coaching_evidence import BASE


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


# --- a coach, a team or a player may be ours: the noun alone settles nothing -----------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "how many sprint drills each player runs at Monday practice",
        "whether a coach reviews the tapes with the under-12s after the game",
        "which applicants the bursary team phones before the closing date",
    ],
)
def test_a_person_who_may_be_ours_gives_no_firm_reading(lever):
    reading = read_lever(lever)
    assert not (reading.firm and reading.verdict == WORLD)
    assert "lever_not_controllable" not in codes_of(levers=[lever, "the deposit we ask per booking"])


def test_a_contest_verb_still_makes_the_team_another_party():
    reading = read_lever("which team wins the cup final")
    assert reading.firm and reading.verdict == WORLD


# --- someone else acting on us ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "the number of school groups the travel agents decide to book with us",
        "how many pallets the distributors choose to deliver to us each month",
    ],
)
def test_another_party_acting_on_us_is_theirs(lever):
    assert acts_on_us(tokens_of(lever))
    reading = read_lever(lever)
    assert reading.firm and reading.verdict == WORLD
    assert "lever_not_controllable" in codes_of(levers=[lever, "the deposit we ask per booking"])


@pytest.mark.parametrize(
    "lever",
    [
        "the samples we ask suppliers to send us",
        "reminders asking clients to ring us back",
        "the discount we give to the agents",
    ],
)
def test_our_request_or_our_message_is_not_someone_acting_on_us(lever):
    assert not acts_on_us(tokens_of(lever))


# --- what the people we serve do in their own lives -------------------------------------------------------
def test_conduct_of_someone_the_plan_names_in_an_uncontrollable_is_theirs():
    lever = "whether the resident uses the walking frame at night"
    assert their_conduct(lever, ["the shoes the resident chooses"])
    codes = codes_of(
        levers=[lever, "the deposit we ask per booking"], uncontrollables=["the shoes the resident chooses"]
    )
    assert "lever_not_controllable" in codes


@pytest.mark.parametrize(
    ("lever", "uncontrollables"),
    [
        ("whether the nurses wear the new gloves", ["the shoes the resident chooses"]),  # our staff
        ("whether we give each resident a walking frame", ["the shoes the resident chooses"]),  # our gift
        ("whether the porter uses the side door at night", ["winter weather"]),  # nobody says whose
    ],
)
def test_our_staff_our_gift_or_an_unknown_subject_is_not_read_as_their_conduct(lever, uncontrollables):
    assert not their_conduct(lever, uncontrollables)


def test_the_people_we_serve_by_name_need_no_uncontrollable():
    assert their_conduct("how often customers bring their own cup")


# --- an optimizer declined in words -----------------------------------------------------------------------
@pytest.mark.parametrize("optimizer", ["None, the scores are enough.", "N/A - the forecast will do."])
def test_an_optimizer_declined_in_words_is_no_optimizer(optimizer):
    assert "no_optimizer" in codes_of(optimizer=optimizer)
    assert "no_optimizer" not in codes_of()


# --- data where the lever never varied --------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        "Two years of sales. We have only ever sold by the kilo, never any fixed packs at all.",
        "Ticket sales since 2019; the price has never changed.",
    ],
)
def test_data_where_the_lever_never_varied_and_no_experiment_gets_a_note(data):
    assert lever_never_varied(data)
    assert "lever_no_data_experiment" in codes_of(data=data, experiment="no")


def test_one_setting_is_not_a_lever_that_never_varied():
    assert not lever_never_varied("Two years of sales. We never open on Sundays.")


def test_a_stated_experiment_outweighs_a_lever_that_never_varied():
    data = (
        "Ticket sales since 2019; the price has never changed, so for six weeks we try two prices at random."
    )
    assert "lever_no_data_experiment" not in codes_of(data=data, experiment="no")


@pytest.mark.parametrize("lever", ["teams", "the players"])
def test_a_bare_team_or_players_names_no_act_of_ours_and_stays_another_party(lever):
    reading = read_lever(lever)
    assert reading.firm and reading.verdict == WORLD
