"""Coaching study 57 (the twenty-third set's lever questions on strong plans and its missed lever, model,
metric and objective flaws), by general cause. Pure: the rules alone, no model. Our own sentences, not any
set's."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.counted_outcome import counts_the_outcome
from studyguide.worksheets.coaching.lever_passives import set_passively
from studyguide.worksheets.coaching.levers import _TOKEN, CONTROL, read_lever
from studyguide.worksheets.coaching.metric_parts import own_measures
from studyguide.worksheets.coaching.model_inputs import inputs_exclude_levers, optimised_yet_unread
from studyguide.worksheets.coaching.named_staff import named_staff_acts
from studyguide.worksheets.coaching.placeholders import deferred
from studyguide.worksheets.coaching.score_continuation import continues_model_score
from studyguide.worksheets.coaching.substance import _clauses, _model_quality


def _plan(**fields):
    return plan_from_mapping(fields)


# --- a named person's act in English that drops the -s ---
def test_a_bare_verb_after_our_named_person_is_their_act():
    plan = _plan(
        levers=["how long Auntie Mele bake di loaves", "how long the dough rests"],
        baseline="Auntie Mele bakes for an hour now.",
        uncontrollables=["the heat"],
    )
    assert named_staff_acts("how long Auntie Mele bake di loaves", plan)


def test_a_bare_noun_after_a_name_is_no_act():
    plan = _plan(levers=["Mele morning batch"], baseline="Mele bakes at six.", uncontrollables=[])
    assert not named_staff_acts("the Mele morning batch", plan)


# --- a value something is set to, in the passive ---
@pytest.mark.parametrize(
    "lever",
    ["the humidity the mist nozzles are set to in the hall", "the heat the proving cabinet is kept at"],
)
def test_a_value_set_in_the_passive_is_a_setting(lever):
    reading = read_lever(lever)
    assert reading.verdict == CONTROL and reading.firm


def test_a_value_set_to_rise_or_by_another_is_not_read_as_a_setting():
    assert not set_passively(_TOKEN.findall("the rent the landlord is set to raise"))
    assert not set_passively(_TOKEN.findall("the tariff the grid is set at by the regulator"))


# --- a lever that counts the people the metric counts ---
def test_a_count_of_the_metric_people_acting_is_the_outcome():
    metric = "Novices who complete the course, per term"
    assert counts_the_outcome("how many novices enrol in the spring term", metric)
    assert counts_the_outcome("the number of novices who book a second day", metric)
    # the people as the metric's unit or owner, not what it counts
    assert not counts_the_outcome("how many pickers go out each day", "Kg of crab per picker-hour")
    assert not counts_the_outcome("how many drivers go out each shift", "Fares per driver; driver earnings")
    # the objective may name our own staff: "without hiring more cleaners"
    assert not counts_the_outcome("how many cleaners start at nine", "Minutes from check-out to room ready")


@pytest.mark.parametrize(
    "lever",
    [
        "how many novices are offered a second day",  # what we do to them
        "how many novices Tomasz takes each week",  # our person decides
        "how many tutors teach each evening",  # our own staff
        "how many loaves baked before nine",  # what we make
        "how many riders book each trip",  # riders are not what this metric counts
    ],
)
def test_our_act_on_them_or_other_people_is_not_the_outcome(lever):
    metric = "Novices who complete the course, per term"
    assert not counts_the_outcome(lever, metric)


# --- an objective that only promises itself later ---
@pytest.mark.parametrize(
    "text",
    ["Hi, it's Pat, I'll write this part up later, sorry!", "will add this later", "I'll come back to this"],
)
def test_a_promise_to_answer_later_is_no_objective(text):
    assert deferred(text)


@pytest.mark.parametrize(
    "text", ["Fewer late buses; I'll write up the details later", "More members renewing, to follow up later"]
)
def test_an_objective_with_an_outcome_stays(text):
    assert not deferred(text)


# --- a bare target after a model's score, and how often a count is taken ---
def test_a_bare_target_after_a_model_score_scores_the_model():
    metric = "the mean absolute error of the weekly loaf forecast, under 12 loaves"
    clauses = _clauses(metric)
    assert continues_model_score(clauses[-1], clauses, _model_quality)


def test_how_often_a_count_is_taken_is_no_measure_of_its_own():
    metric = "The number of flyers picked up at the door, tallied each night"
    assert own_measures(metric, _clauses(metric)) == ["The number of flyers picked up at the door"]


# --- a model whose own input list leaves out what the optimizer sets ---
def test_a_counting_word_shared_with_a_lever_is_no_lever_input():
    levers = ["number of stewards on the gate", "the entry price"]
    assert inputs_exclude_levers("Crowd per hour from the month, the number of bands booked and rain", levers)


def test_an_optimizer_setting_a_lever_the_model_never_reads_is_said():
    plan = _plan(
        modeler="Crowd per hour from the month, the number of bands booked and rain.",
        optimizer="Sets the entry price and stewards to maximise takings.",
        levers=["the entry price", "number of stewards on the gate"],
        uncontrollables=["rain"],
    )
    assert optimised_yet_unread(plan, plan.levers)
    linked = _plan(
        modeler="Crowd per hour from the month, the entry price and rain.",
        optimizer="Sets the entry price and stewards to maximise takings.",
        levers=["the entry price", "number of stewards on the gate"],
        uncontrollables=["rain"],
    )
    assert not optimised_yet_unread(linked, linked.levers)


# --- a setting of our own controls, or one of us acting ---
@pytest.mark.parametrize(
    "lever",
    [
        "cellar temperature set by the wall thermostat",  # our control sets it
        "which of us runs the Saturday tasting",  # one of our own people
    ],
)
def test_our_controls_and_our_people_decide(lever):
    reading = read_lever(lever)
    assert reading.verdict == CONTROL and reading.firm


def test_a_target_on_our_controller_is_a_setting():
    assert read_lever("the moisture target on the kiln controller").verdict == CONTROL
