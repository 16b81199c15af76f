"""What the thirty-fifth set's first look missed, read for its general cause, in sentences of our own from
other groups: a box not understood or left with a shrug ("leaving it", "it's one afternoon a year"), a lever
row that disowns every setting, a choice put off until the model speaks, volunteers offering themselves or
another party acting on us listed as levers, a tool's agreement with a person on cases kept back as the
metric, sign-ins and helpers counted for an outcome, oversight handed to an app or left to people who only
accept its offers, watching that ends once a list is pinned up, an old way with its figures lost or a past
said to teach nothing as the baseline, levers kept on a fixed round beside a shown prediction, a lever said
never to have moved with the experiment turned down, a setting that differed across the records, photos
counted rather than read, and rows that add a state to a lever's own words."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.denials import figures_missing, no_comparison, watching_ends
from studyguide.worksheets.coaching.levers import WORLD, read_lever
from studyguide.worksheets.coaching.loop_scope import picks_people_by_role
from studyguide.worksheets.coaching.non_answers import COMPARISON_WORDS
from studyguide.worksheets.coaching.rollout import automation_stated, person_in_charge
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.sensors import reads_images
from studyguide.worksheets.coaching.unanswered import says_nothing
from studyguide.worksheets.coaching.variation import varied_in_records


def _plan(**fields):
    base = {
        "title": "Repair café tool loans",
        "objective": "More broken things mended at our monthly repair café instead of thrown away.",
        "metric": "Items mended per café (now 21 of 48 brought in).",
        "levers": [
            "which fixers we ask to each café",
            "how many tables for electricals",
            "booking slot length",
        ],
        "uncontrollables": ["what people bring", "the weather on the day"],
        "modeler": "Chance an item is mended, from its kind, the fixers, the table and the slot length.",
        "simulator": "What if electricals get three tables instead of two?",
        "optimizer": "Picks the fixers to ask, the tables and the slot length per café, 12 fixers at most.",
        "baseline": "Today we ask whoever is free and give two tables: 21 of 48 mended last café.",
        "rollout": "Two cafés with Ana, our organiser, approving the plan and able to stop it; then all.",
        "monitoring": "Ana each month: items mended, items turned away, fixers' hours.",
        "risks": "A new hall with no workbench; a flood of e-bikes, which nobody has brought before.",
        "went_really_well": "If more gets mended, people bring harder things, so our records fill with jobs "
        "the plan itself drew in.",
        "data_have": "Sign-in sheets for 3 years: item, fixer, table, mended or not.",
        "data_collect": "Slot length on each sheet.",
        "experiment_needed": "yes",
        "experiment_notes": "For four cafés, half the electricals, at random, get a 40-minute slot.",
    }
    return plan_from_mapping({**base, **fields})


def _codes(plan):
    return {n.code for n in coach(plan).notes}


def test_the_plan_these_tests_change_gets_no_note():
    assert _codes(_plan()) == set()


@pytest.mark.parametrize(
    "text, key",
    [
        ("Sorry, I don't really understand this box - what is the difference from the objective?", "metric"),
        ("leaving this one - we're fixers not statisticians", "simulator"),
        ("It's one evening a year - the order goes on the poster and that's that.", "rollout"),
        ("maybe later, let's see what the numbers say first", "experiment_notes"),
    ],
)
def test_boxes_not_understood_or_left_with_a_shrug_say_nothing(text, key):
    assert says_nothing(text, key)


def test_a_rollout_whose_reason_still_plans_a_step_is_an_answer():
    assert not says_nothing(
        "It's one evening a year, so Ana checks the first one by hand, then the plan.", "rollout"
    )


def test_a_lever_row_that_disowns_every_setting_is_no_lever():
    row = "To be honest as treasurer I don't decide any of this - the members vote on it."
    assert "levers_missing" in _codes(_plan(levers=[row]))


@pytest.mark.parametrize(
    "lever",
    ["how many of our fixers sign up for each café", "which Saturday the church hall committee gives us"],
)
def test_volunteers_offering_themselves_or_another_party_acting_on_us_are_no_levers(lever):
    assert read_lever(lever).verdict == WORLD
    levers = ["which fixers we ask to each café", lever]
    assert "lever_not_controllable" in _codes(_plan(levers=levers))  # said, not only asked


def test_a_tools_agreement_with_a_person_on_cases_kept_back_measures_the_model():
    metric = (
        "agreement between the photo checker and Dev's call (fixable or not) on 300 items we keep back for "
        "testing"
    )
    assert "metric_is_model_quality" in _codes(_plan(metric=metric))


@pytest.mark.parametrize(
    "metric",
    [
        "People signed in at the door each café: 48 now, want 70.",
        "Number of volunteers at each café: 12 now.",
    ],
)
def test_sign_ins_and_helpers_counted_for_an_outcome_are_activity(metric):
    assert "metric_proxy" in _codes(_plan(metric=metric))


def test_oversight_handed_to_an_app_or_to_people_who_accept_its_offers_is_none():
    assert automation_stated("The office has handed the rota over to the app completely.")
    assert automation_stated(
        "Fixers get their tables straight from the booking app; we have no coordinator now."
    )
    assert not person_in_charge(
        "The app texts the offers, volunteers confirm in the app, and whoever confirms comes."
    )
    assert person_in_charge("Ana confirms each café's plan before it goes out and can change it.")


def test_watching_that_ends_once_a_list_is_pinned_up_ends():
    assert watching_ends("The plan goes on the noticeboard - then it's done.")
    assert not watching_ends("Ana counts items mended each month and we talk it over.")


def test_an_old_way_with_its_figures_lost_or_a_past_that_teaches_nothing_is_no_baseline():
    assert figures_missing(
        "Before, whoever turned up fixed things. No numbers - the old sheets were lost.",
        "Items mended per café.",
    )
    assert not figures_missing(
        "Before, whoever turned up fixed things: 21 of 48 mended.", "Items mended per café."
    )
    assert no_comparison(
        "Every café is different, so last month tells us nothing about this one.", COMPARISON_WORDS
    )
    plan = _plan(
        baseline="Before, whoever turned up fixed things. No numbers - the old sheets were lost.",
        metric="Items mended per café, as a share of items brought in.",
    )
    assert "no_baseline" in _codes(plan)


def test_levers_kept_on_a_fixed_round_beside_a_shown_prediction_decide_nothing():
    optimizer = (
        "The spreadsheet shows how many items we expect each month. The tables stay at two and the "
        "slots stay at 30 minutes, so fixers know what to expect."
    )
    simulator = "What if twice as many people come? What if the hall loses its power points?"
    assert "prediction_not_decision" in _codes(_plan(optimizer=optimizer, simulator=simulator))


def test_a_lever_said_never_to_have_moved_with_the_experiment_turned_down_needs_one():
    levers = ["which fixers we ask to each café", "Sunday cafés (we have only ever opened on Saturdays)"]
    plan = _plan(
        levers=levers,
        experiment_needed="no",
        experiment_notes="We tried longer slots in 2023. Sundays we can guess from the busy Saturdays.",
    )
    notes = [n for n in coach(plan).notes if n.code == "lever_no_data_experiment"]
    assert notes and "Sunday cafés" in notes[0].message


def test_a_setting_that_differed_across_the_records_is_variation():
    assert varied_in_records(
        "We opened at 10 some months and at 2 other months, with 3 different hall layouts."
    )
    assert not varied_in_records("We have always opened at 10.")


def test_photos_counted_are_not_pictures_the_model_reads():
    plan = _plan(data_collect="Count photos of mended items people post.")
    assert not reads_images(plan)


def test_candidates_picked_from_a_pool_loop_back():
    assert picks_people_by_role("Which eligible apprentices are nominated for the course")
    assert picks_people_by_role("which applicants are shortlisted each month")
    assert not picks_people_by_role("which tables are set up for electricals")


def test_an_uncontrollable_that_adds_a_state_to_a_levers_words_is_no_twin():
    plan = _plan(
        levers=["which fixers we ask to each café", "how many fixers at each table"],
        uncontrollables=["fixers available for each table", "what people bring"],
    )
    assert "lever_not_controllable" not in _codes(plan)
