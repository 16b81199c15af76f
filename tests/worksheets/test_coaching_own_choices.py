"""Levers that name someone's own consent or offer, numbered lever rows, units of more than one word, a
model's predicted outcome that shares words with a lever, and an objective of one sentence that only
describes. General readings found by looking at why earlier sets' plants were missed on their first looks
(other words here). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.lever_units import setting_part
from studyguide.worksheets.coaching.levers import WORLD, core_phrase, read_lever
from studyguide.worksheets.coaching.outcome_first import without_prediction
from tests.worksheets.test_coaching_evidence import BASE


# --- a consent or an offer is the other party's ------------------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "which repairs the landlord agrees to pay for",
        "how many parents choose to come to the open evening",
        "2.3 which grants the trust decides to renew",
        "stewards volunteering for an extra shift when we are short",
        "the suppliers refusing to deliver on Sundays",
    ],
)
def test_someone_elses_consent_or_offer_is_theirs(lever):
    reading = read_lever(lever)
    assert (reading.verdict, reading.firm, reading.reason) == (WORLD, True, "their_choice")


@pytest.mark.parametrize(
    "lever",
    [
        "how early we decide to cancel a weak trip",
        "which shift the duty manager decides to open first",
        "whether a retired teacher offers to mentor",  # an offer of help we take up: no consent verb read
        "which days we send volunteers to clear the paths",  # "volunteers" the people, not the verb
        "whether we keep a quiet table for the ones who don't want to compete",
        "which items our volunteers choose to photograph",
        "whether to agree to the later delivery slot",
    ],
)
def test_our_own_choices_and_the_nouns_of_offering_are_not_read_as_theirs(lever):
    assert read_lever(lever).reason != "their_choice"


def test_a_consent_lever_is_said_not_asked():
    plan = Plan(**{**BASE, "levers": [*BASE["levers"], "which repairs the landlord agrees to pay for"]})
    [note] = [n for n in check_plan(plan) if n.code == "lever_not_controllable"]
    assert not note.question
    assert "landlord agrees" in note.message


# --- numbered rows -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lever", "core"),
    [
        ("4.4 which repairs the landlord agrees to", "which repairs the landlord agrees to"),
        ("10. get the pavement relaid", "get the pavement relaid"),
        ("7/ whether a governor mentors", "whether a governor mentors"),
        ("(ii) the price per night", "the price"),
        ("a) the opening time", "the opening time"),
    ],
)
def test_a_rows_number_is_not_part_of_the_lever(lever, core):
    assert core_phrase(lever) == core


def test_a_lever_that_starts_with_a_figure_keeps_it():
    assert core_phrase("2 or 3 vans on Saturdays") == "2 or 3 vans on saturdays"


# --- units of more than one word ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lever", "setting"),
    [
        ("crew numbers per campsite zone per shift", "crew numbers"),
        ("how many loaves of each kind we bake each morning", "how many loaves of we bake"),
        ("the adult ticket price per screening", "the adult ticket price"),
        ("how many of each species each store orders per delivery", "how many of orders"),
        ("price per night, weekends", "price weekends"),
        ("per shift", "per shift"),
    ],
)
def test_a_levers_units_are_cut_up_to_a_small_word_or_a_verb(lever, setting):
    assert setting_part(lever) == setting


# --- what a model predicts is no lever ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("modeler", "left"),
    [
        (
            "Predicts Sunday takings per store from footfall and the weather.",
            "Predicts per store from footfall and the weather.",
        ),
        ("predicts bags of litter per zone from tickets sold", "predicts per zone from tickets sold"),
        ("Predicts sales at each price from the weather.", "Predicts at each price from the weather."),
        # "how many" opens the outcome too: "how many come" is what is predicted, the price is read
        ("predicts how many come given the price", "predicts given the price"),
        # two outcomes joined by "and" are both predicted: "bar" is no input beside a lever "bar open till 11"
        (
            "Predicts adult rounds and bar takings per evening from the day and the month",
            "Predicts per evening from the day and the month",
        ),
        # "and" before a second verb ends the outcome: what follows is another step, not predicted
        (
            "predicts demand and sets the price per week from bookings",
            "predicts demand and sets the price per week from bookings",
        ),
    ],
)
def test_the_predicted_outcome_is_left_out_of_the_models_inputs(modeler, left):
    assert without_prediction(modeler) == left


def test_a_model_sharing_only_its_outcomes_words_with_a_lever_uses_no_lever():
    plan = Plan(
        **{
            **BASE,
            "levers": ["whether the cafe opens on Sundays", "how many staff work on Sundays"],
            "modeler": "Predicts Sunday takings per store from footfall, the weather forecast and the month.",
            "optimizer": "Chooses whether the cafe opens and how many staff work, for the most takings.",
        }
    )
    assert "model_no_lever" in {n.code for n in check_plan(plan)}


def test_a_model_that_reads_a_lever_is_still_linked():
    plan = Plan(
        **{
            **BASE,
            "levers": ["whether the cafe opens on Sundays", "how many staff work on Sundays"],
            "modeler": "Predicts Sunday takings from footfall, the weather and how many staff work.",
        }
    )
    assert "model_no_lever" not in {n.code for n in check_plan(plan)}


# --- an objective of one sentence that only describes ------------------------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "The Tuesday club is an evening for about thirty retired engineers in the church hall.",
        "Our allotment society has 140 plots on two sites, and the secretary runs the rota.",
    ],
)
def test_one_sentence_that_only_describes_is_no_objective(objective):
    assert "objective_missing" in {n.code for n in check_plan(Plan(**{**BASE, "objective": objective}))}


@pytest.mark.parametrize(
    "objective",
    [
        "Every nightly backup finishes before 06:00 and can be restored.",
        "Families caring for a relative at home get a volunteer's help before they are exhausted.",
        "The club is a place where new members still come after a year.",  # "still": a wish kept
    ],
)
def test_a_wished_state_is_an_objective(objective):
    assert "objective_missing" not in {n.code for n in check_plan(Plan(**{**BASE, "objective": objective}))}
