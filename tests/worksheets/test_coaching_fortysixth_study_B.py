"""What the forty-sixth blind set's first look taught (helper B), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortysixth; these are other words for the same slips, in other domains, beside
near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.levers import read_lever
from tests.worksheets.test_coaching_evidence import codes_of


# --- levers that are the project's own stages of work -------------------------------------------------------
@pytest.mark.parametrize(
    "levers",
    [
        ["Phase 1: gather the booking history", "Phase 2: build the model", "Phase 3: trial at one studio"],
        ["Stage A - scoping with the wardens", "Stage B - data clean-up", "Stage C - go live"],
        ["- Step one. Survey the car parks", "- Step two. Fit the model", "the deposit we ask per booking"],
    ],
)
def test_a_lever_list_of_project_stages_has_no_levers(levers):
    assert "levers_missing" in codes_of(levers=levers)


@pytest.mark.parametrize(
    "levers",
    [
        # one stage among real levers is a slip, not a list of stages
        ["Phase 1: the deposit we ask per booking", "when we send the reminder", "who takes a walk-in"],
        # a stage that sets something is a lever staged in time
        ["Phase 1: deposit of 30 per booking", "Phase 2: how early we send the reminder"],
        ["the deposit we ask per booking", "when we send the reminder"],
    ],
)
def test_levers_labelled_with_stages_that_set_something_are_levers(levers):
    assert "levers_missing" not in codes_of(levers=levers)


# --- a model ruled out as needless -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "We talked it through and decided a model would be overkill for 60 bookings a month; Mia will keep "
        "setting deposits by hand as she does now.",
        "Building a model isn't worth it at our size. The head gardener sorts the jobs each Monday.",
        "Minuted: the committee decided against a model this year; the treasurer carries on as before.",
        "A proper model's not needed here, the rota gets done on the whiteboard.",
    ],
)
def test_a_model_judged_needless_is_a_missing_model(modeler):
    assert "model_missing" in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        # a heavier model ruled out in favour of a lighter one that still reads inputs
        "A neural network model would be overkill; a simple regression of no-shows on the deposit and the "
        "reminder time will do.",
        "A full simulation model would be overkill, so a spreadsheet from past bookings, deposits and lead "
        "times gives the no-show chance per booking.",
        "The chance of a no-show given the deposit, the reminder time and the lead time.",
    ],
)
def test_a_lighter_model_in_place_of_a_heavy_one_is_a_model(modeler):
    assert "model_missing" not in codes_of(modeler=modeler)


# --- another party's consent named as a noun it owns -------------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "the landlord's agreement to a longer lease",
        "- each school's take-up of the free breakfast offer",
        "the hospital's acceptance of the transfer within the hour",
        "the council's permission for a second stall",
        "tenants' consent to a smart meter",
    ],
)
def test_a_party_s_consent_heading_the_row_is_their_choice(lever):
    assert read_lever(lever).reason == "their_choice"
    assert "lever_not_controllable" in codes_of(levers=["the deposit we ask per booking", lever])


@pytest.mark.parametrize(
    "lever",
    [
        # the consent only the condition of our own act
        "moving a booking to the afternoon, with the client's agreement",
        # one of our own people, or a row that says it is ours
        "the supervisor's approval of overtime",
        "our supplier's agreement to deliver early",
        # a decision or an approval is often the planner's own board
        "the committee's decision on the hire fee",
    ],
)
def test_consent_as_a_condition_or_of_our_own_side_is_not_their_choice(lever):
    assert read_lever(lever).reason != "their_choice"


# --- output put where people read it, the choice kept as now ----------------------------------------------
@pytest.mark.parametrize(
    "optimizer",
    [
        "The predicted no-show chances go into the weekly bulletin and onto the website as a chart, so "
        "artists can see which bookings could go wrong. Who pays a deposit stays with Mia as now: she asks "
        "the ones she doesn't know.",
        "How is it used? The ranked bookings are posted on the studio notice board so everyone can see which "
        "could do best. Deposits remain with the desk as before.",
    ],
)
def test_output_only_put_up_for_reading_beside_a_choice_kept_as_now_decides_nothing(optimizer):
    assert "prediction_not_decision" in codes_of(optimizer=optimizer)


@pytest.mark.parametrize(
    "optimizer",
    [
        # the output shown, and a search of the levers beside it
        "The predicted no-show chances go onto the dashboard, so Mia can see which bookings are risky. The "
        "optimizer then sets each booking's deposit and reminder time to fill the most chair hours.",
        # the reader chooses with it, in the same sentence
        "The predicted chances go into the daily report and Mia picks each booking's deposit from them.",
        "Choose the deposit and reminder time per booking type to fill the most chair hours.",
    ],
)
def test_output_shown_beside_a_choice_made_with_it_is_a_decision(optimizer):
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)


# --- a measure of another thing is no lever ---------------------------------------------------------------
_STALL_LEVERS = ["the table height we set the stall at", "how many lanterns we bring", "our price per lamp"]


@pytest.mark.parametrize(
    "modeler",
    [
        "Predicts lanterns sold per evening from the tide height, the crowd size, the wind speed and date.",
        "Sales per evening, estimated from the river height, the queue length at the ferry and the weather.",
    ],
)
def test_a_listed_input_sharing_only_a_measure_with_a_lever_reads_no_lever(modeler):
    optimizer = "Each week sets the table height, lanterns brought and the price to sell the most."
    assert "model_no_lever" in codes_of(levers=_STALL_LEVERS, modeler=modeler, optimizer=optimizer)


@pytest.mark.parametrize(
    "modeler",
    [
        # the lever's own measure, bare or of the thing the lever names
        "Predicts lanterns sold per evening from the table height, the crowd size and the day.",
        "Predicts lanterns sold per evening from the height, the crowd size and the day.",
        # a lever read under its own words
        "Predicts lanterns sold per evening from the price per lamp, the tide height and the day.",
    ],
)
def test_the_lever_s_own_measure_among_the_inputs_is_read(modeler):
    optimizer = "Each week sets the table height, lanterns brought and the price to sell the most."
    assert "model_no_lever" not in codes_of(levers=_STALL_LEVERS, modeler=modeler, optimizer=optimizer)


# --- uncontrollables that only name who the plan deals with ------------------------------------------------
@pytest.mark.parametrize(
    "uncontrollables",
    [
        ["The Regional Arts Trust", "the Borough Council (our landlord)", "Friends of the Studio"],
        ["- The Tattoo Artists Guild", "- member studios' secretaries"],
        ["1. The Health and Safety Office", "2. Local schools' heads", "3. The Chamber of Commerce Panel"],
    ],
)
def test_uncontrollables_naming_only_bodies_and_office_holders_list_no_factor(uncontrollables):
    assert "uncontrollables_missing" in codes_of(uncontrollables=uncontrollables)


@pytest.mark.parametrize(
    "uncontrollables",
    [
        # what about the body is out of the plan's hands
        ["the Regional Arts Trust's grant decisions", "the Borough Council's rent review", "client illness"],
        # one body beside factors
        ["The Regional Arts Trust", "client illness", "tourist season"],
        # Title Case factors are no names
        ["Client Illness", "Tourist Season", "School Holidays"],
        ["client illness", "tourist season"],
    ],
)
def test_uncontrollables_naming_factors_are_kept(uncontrollables):
    assert "uncontrollables_missing" not in codes_of(uncontrollables=uncontrollables)
