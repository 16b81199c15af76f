"""What the forty-second blind set's first look taught, each as a general reading (the set's plans are in
tests/worksheets/holdout/fortysecond; these are other words for the same slips). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.levers import WORLD, read_lever
from tests.worksheets.test_coaching_evidence import BASE, codes_of


def notes_of(**changes):
    return {n.code: n for n in check_plan(Plan(**{**BASE, **changes}))}


# --- boxes that deny their element ------------------------------------------------------------------------
def test_not_a_model_as_such_is_a_missing_model():
    modeler = "Not a model as such. Our foreman knows the presses and tells us which ones are due a rebuild."
    assert "model_missing" in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "risks",
    [
        "- I've run this stall for twenty years - I can't see it going wrong.",
        "Nothing will go wrong, we know our regulars.",
    ],
)
def test_confidence_in_place_of_risks_names_none(risks):
    assert "no_risks" in codes_of(risks=risks)


def test_confidence_with_an_exception_names_a_risk():
    risks = "I can't see it going wrong, except a wet summer unlike any in our bookings."
    assert "no_risks" not in codes_of(risks=risks)


# --- objectives --------------------------------------------------------------------------------------------
def test_a_timetable_of_phases_is_no_objective():
    objective = (
        "- Stage 1 (spring): gather the booking sheets\n"
        "- Stage 2 (summer): build the scoring sheet with the office\n"
        "- Stage 3 (autumn): try it in two branches"
    )
    assert "objective_missing" in codes_of(objective=objective)


def test_phases_that_name_the_change_wanted_are_an_objective():
    objective = "Phase 1: fewer empty chair hours at the main shop.\nPhase 2: the same at the other two."
    assert "objective_missing" not in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Classify each enquiry as urgent or routine, correctly, by 9am.",
        "Sort the incoming returns into resell, repair or scrap accurately.",
    ],
)
def test_sorting_things_into_classes_rightly_is_a_prediction(objective):
    assert "objective_is_prediction" in codes_of(objective=objective)


# --- metrics -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "We won't put a number on it: the band will know when the sound is right.",
        "It can't be measured - you know good coaching when you see it.",
    ],
)
def test_a_metric_box_that_declines_to_measure_is_no_metric(metric):
    found = notes_of(metric=metric)
    assert "objective_no_metric" in found
    assert "metric_no_number" not in found


def test_a_metric_that_counts_after_a_refusal_elsewhere_is_a_metric():
    metric = "Chair hours lost to no-shows per month (we won't count walk-ins)."
    assert "objective_no_metric" not in codes_of(metric=metric)


def test_a_brier_score_scored_against_what_happened_measures_the_model():
    metric = "Brier score of the no-show probability, scored against the next booking: 0.21 now, target 0.15."
    assert "metric_is_model_quality" in codes_of(metric=metric)


# --- levers and uncontrollables ----------------------------------------------------------------------------
def test_lever_rows_that_are_results_wanted_are_no_levers():
    levers = [
        "more regulars booking again",
        "fewer chairs empty on Tuesdays",
        "less time lost between clients",
    ]
    assert "levers_missing" in codes_of(levers=levers)


@pytest.mark.parametrize(
    "levers",
    [
        ["more staff on Saturdays", "fewer vans on Mondays", "the deposit we ask per booking"],
        ["cheaper tickets for students", "faster turnaround between shows", "the deposit we ask per booking"],
    ],
)
def test_comparatives_that_name_our_settings_are_levers(levers):
    assert "levers_missing" not in codes_of(levers=levers)


def test_uncontrollables_that_send_the_reader_back_to_the_levers_are_missing():
    uncontrollables = [
        "the deposit we ask per booking",
        "(same as levers - we control the whole booking side)",
    ]
    assert "uncontrollables_missing" in codes_of(uncontrollables=uncontrollables)


# --- baseline, optimizer -----------------------------------------------------------------------------------
def test_an_aim_under_the_baseline_question_is_no_baseline():
    assert "no_baseline" in codes_of(baseline="What do we compare to? Aim: every chair busy every day.")


def test_todays_figure_beside_a_target_is_a_baseline():
    assert "no_baseline" not in codes_of(baseline="Today 80 chair hours lost a month; target: 40.")


def test_decisions_left_as_at_present_make_the_model_a_report():
    optimizer = (
        "The forecast goes to the owner in the monthly pack. Deposits will continue to be set by the owner "
        "at the Monday meeting, as at present."
    )
    assert "prediction_not_decision" in codes_of(optimizer=optimizer)


# --- rollout and monitoring --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Mia's bookings first, then all four artists. Once a client is flagged the app asks for a deposit "
        "itself; the only way round is the client ringing the shop.",
        "Mia's bookings first, then all four artists. The front desk cannot change a client's deposit; only "
        "the client's next top-up resets it.",
    ],
)
def test_a_rollout_whose_only_way_back_is_the_client_has_no_one_in_charge(rollout):
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


def test_a_whole_season_from_the_first_day_is_everywhere_at_once():
    rollout = (
        "For the whole of the season, from the first weekend, across both shops. Mia can switch it off and "
        "calls in an extra artist if it looks busy."
    )
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


def test_a_log_kept_in_case_of_complaints_is_no_monitoring_whatever_the_trial_checked():
    rollout = "Mia's bookings only for a month; she reviews every deposit weekly and can switch back."
    monitoring = "Once live, the booking system logs every deposit it sets, in case a client ever complains."
    assert "no_monitoring" in codes_of(rollout=rollout, monitoring=monitoring)


# --- lever rows of strong plans that read as another party's ----------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "5.2 team size per visit (2 or 3)",  # how big we make the teams
        "delivering to members who cannot get to the hall",  # our act, as a gerund
        "offering a later slot to each family",
        "thermal covers on new beds in cold weather",  # a scope is no head
        "a practice session with another coach",
    ],
)
def test_our_settings_are_not_read_firmly_as_another_partys(lever):
    reading = read_lever(lever)
    assert not (reading.verdict == WORLD and reading.firm)


@pytest.mark.parametrize(
    "lever",
    [
        "moving the council's roadworks to after the season",  # theirs to move, however the verb reads
        "amount of rain in the week",  # what it is of decides
        "which team wins the league",
    ],
)
def test_other_parties_and_the_world_still_read_as_theirs(lever):
    assert read_lever(lever).verdict == WORLD


def test_a_risk_named_before_the_confidence_is_a_risk():
    risks = "Weather in May. I can't see much else going wrong."
    assert "no_risks" not in codes_of(risks=risks)
