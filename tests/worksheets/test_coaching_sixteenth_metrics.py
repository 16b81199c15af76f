"""Coaching study 43 (the fifteenth and sixteenth sets' missed metric, baseline, objective, data and model
flaws), by general cause. Pure: the rules alone, no model. Our own sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.before_launch import only_a_target
from studyguide.worksheets.coaching.denials import no_comparison
from studyguide.worksheets.coaching.lexicon import MEASURABLE, PROXY_WORDS
from studyguide.worksheets.coaching.metric_fit import scores_predictions
from studyguide.worksheets.coaching.metric_parts import own_measures
from studyguide.worksheets.coaching.model_inputs import inputs_exclude_levers, without_actor
from studyguide.worksheets.coaching.placeholders import note_to_self
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.substance import COMPARISON_WORDS, _clauses
from studyguide.worksheets.coaching.text import has_any
from studyguide.worksheets.coaching.variation import lever_never_varied


# --- a metric's remarks on its measure are no measure of their own ---------------------------------------
@pytest.mark.parametrize(
    "metric, kept",
    [
        ("posters pinned up per month (the caretaker tallies), roughly 60", ["posters pinned up per month"]),
        ("Model RMSE on weekly demand, in crates per shop", ["Model RMSE on weekly demand"]),
        ("Clicks per week. Last month: 400 clicks, 12 sign-ups.", ["Clicks per week"]),
        ("Forecast error of the fleet model; the trustees have set a target of 5 %", ["Forecast error"]),
    ],
)
def test_remarks_on_a_measure_are_dropped(metric, kept):
    found = own_measures(metric, _clauses(metric))
    assert [c for c in found if any(k in c for k in kept)] and len(found) == len(kept)


def test_two_measures_both_stay():
    metric = "Net takings per week, and the share of orders delivered late"
    assert len(own_measures(metric, _clauses(metric))) == 2


# --- activity on the way, in other forms ------------------------------------------------------------------
@pytest.mark.parametrize(
    "clause",
    [
        "Tutorial videos started per learner per week",
        "Gift cards added to the basket per day",
        "weekly cart adds on the shop page",
    ],
)
def test_begun_or_basketed_is_activity(clause):
    assert has_any(clause, PROXY_WORDS)


def test_members_started_is_no_proxy_word():
    assert not has_any("New members started per month", PROXY_WORDS)


def test_work_our_people_do_is_activity_unless_it_is_the_objective():
    assert counted_activity("visits the warden makes per week", "fewer break-ins at the allotments")
    assert not counted_activity("deliveries the van makes per day", "more deliveries per van")


def test_a_counter_is_a_place_not_a_count():
    assert not has_any("Guests look pleased at the counter", MEASURABLE)
    assert has_any("Guests counted at the door", MEASURABLE)


def test_our_suggestion_equal_to_a_person_pick_scores_a_model():
    assert scores_predictions(
        "share of jobs where the suggested engineer equals the one the planner would have sent"
    )


# --- baselines that compare with nothing ------------------------------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "We shall assess it on how well it performs after launch.",
        "Nothing similar exists; the first year will set the standard we measure from.",
    ],
)
def test_a_baseline_judged_on_its_own_later_results_compares_nothing(baseline):
    assert no_comparison(baseline, COMPARISON_WORDS)


def test_a_future_comparison_with_the_past_is_a_baseline():
    assert not no_comparison("We will compare it with last winter's figures.", COMPARISON_WORDS)


@pytest.mark.parametrize("baseline", ["B4. Target level: 90 % of rooms ready by noon", "Goal: 3 days"])
def test_a_labelled_target_is_only_a_target(baseline):
    assert only_a_target(baseline, COMPARISON_WORDS)


def test_a_target_beside_the_present_way_is_a_baseline():
    assert not only_a_target("Target: 90 %, against today's rota by hand", COMPARISON_WORDS)


# --- an objective that is a note to the writer -------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["(check with Priya what goes in this box)", "[to fill in]", "Ask the head first"]
)
def test_a_note_to_self_is_no_objective(text):
    assert note_to_self(text)


@pytest.mark.parametrize(
    "text", ["Fewer missed collections (the crew's main complaint)", "(More lunches sold, less waste)x2"]
)
def test_an_objective_with_an_aside_is_an_objective(text):
    assert not note_to_self(text)


# --- data where the lever was always set one way ---------------------------------------------------------
def test_one_setting_kept_since_the_start_never_varied():
    assert lever_never_varied(
        "Logs for 4 years; boilers flushed at the same pressure by every fitter since 2019."
    )
    assert not lever_never_varied("Logs for 4 years; pressure varied by shift.")


# --- a model that lists what it reads -------------------------------------------------------------------
LEVERS = ["the hour the gritter leaves, set by the depot manager (Ann)", "how much salt per km"]


def test_a_listed_set_of_inputs_without_levers_is_stated():
    assert inputs_exclude_levers(
        "Ice on the roads from the forecast, the month and the road surface.", LEVERS
    )


@pytest.mark.parametrize(
    "modeler",
    [
        "Ice risk from the forecast, the hour and the salt spread.",  # a lever's word is listed
        "Ice risk from three winters of depot records and the forecast.",  # records could hold anything
        "Ice risk from the forecast.",  # one input is no list
    ],
)
def test_otherwise_only_asked(modeler):
    assert not inputs_exclude_levers(modeler, LEVERS)


def test_who_sets_a_lever_is_no_part_of_it():
    assert without_actor(LEVERS[0]) == "the hour the gritter leaves"
    assert without_actor("set by the manager") == "set by the manager"
