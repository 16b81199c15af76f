"""What the thirty-seventh set's first look missed, read for its general cause, in sentences of our own from
another field (a school's music department): a prediction put on a board while the settings stay "the way
we always have", a message carrying the prediction, an objective that only states facts about the event,
our own practice or hours counted for a result, a metric box that says only who checks it, settings read
off a fixed chart, a rollout waved off as too small, an aim given as the baseline, constraints listed as the
uncontrollables, lever rows that state targets, a lane or a slot someone else allots us, a count of the
people who come, an accurate thing made (not foretold), success named for a plan that picks whom it then
observes, records denied outright, an optimizer left to next year's group and a lever kept one way
"always"."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.baseline_stand_ins import baseline_is_a_due_level
from studyguide.worksheets.coaching.constraints_listed import only_constraints
from studyguide.worksheets.coaching.lever_checks import _targets_listed
from studyguide.worksheets.coaching.levers import loops_back, read_lever
from studyguide.worksheets.coaching.metric_wording import only_when_and_who
from studyguide.worksheets.coaching.model_handoff import model_left_to_habit
from studyguide.worksheets.coaching.placeholders import deferred
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.rollout_unplanned import waved_off_as_small
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.unanswered import says_nothing
from studyguide.worksheets.coaching.variation import lever_never_varied
from studyguide.worksheets.coaching.waved_off import only_success
from studyguide.worksheets.coaching.work_described import describes_the_work


def _denies_records(records):
    """How the coach reads the data fields: each line that denies any record is read as blank."""
    return all(says_nothing(line, "data") for line in records.split("\n") if line.strip())


def _plan(**fields):
    base = {
        "title": "Instrument lesson slots",
        "objective": "More Year 7 beginners still playing their instrument at the end of Year 8.",
        "metric": "Beginners still having lessons after four terms (last cohort 41 of 70).",
        "levers": [
            "which lesson slot each beginner gets",
            "group or one-to-one lessons",
            "a practice-diary text to parents each Friday",
        ],
        "uncontrollables": ["pupils' other clubs", "illness", "how much practice happens at home"],
        "modeler": "Chance a beginner still plays after four terms, given slot, group size and the text.",
        "simulator": "What if every beginner had one-to-one lessons for the first term?",
        "optimizer": "Assigns slots and lesson type each term to keep the most beginners playing.",
        "baseline": "Slots by the peripatetic teachers' timetable today: 41 of 70 still playing.",
        "rollout": "Brass beginners first, Mr Okafor (head of music) approves each term's slots; then all.",
        "monitoring": "Mr Okafor each half term: pupils dropped, lessons missed, slot swaps.",
        "risks": "A new feeder primary whose pupils we have no records of; a timetable change next year.",
        "went_really_well": "Pupils we keep in one-to-one look keen in the records, so the model may give "
        "one-to-one to ever more of the same pupils and never see how the others would do.",
        "data_have": "Lesson registers for five years: pupil, slot, group size, still playing or not.",
        "data_collect": "Whether the Friday text went out and was read.",
        "experiment_needed": "yes",
        "experiment_notes": "For one term, half the beginners in each year, at random, get the Friday text.",
    }
    return plan_from_mapping({**base, **fields})


def _codes(plan):
    return {n.code for n in coach(plan).notes}


def test_the_plan_these_tests_change_gets_no_note():
    assert _codes(_plan()) == set()


def test_a_prediction_put_on_a_board_while_the_settings_stay_as_always_decides_nothing():
    optimizer = (
        "Each beginner's drop-out chance goes on the staffroom board. Slots stay the way Mrs Hale always "
        "did them - same as every year - the number is there so we're not surprised."
    )
    assert "prediction_not_decision" in _codes(_plan(optimizer=optimizer))


def test_a_message_carrying_the_prediction_hands_it_over():
    optimizer = (
        "Parents get an email each term telling them how likely the model thinks their child is to give up. "
        "Slots are made up as now."
    )
    assert "prediction_not_decision" in _codes(_plan(optimizer=optimizer))
    # the same message that carries a choice made by the optimizer is a decision
    chosen = (
        "Picks each beginner's slot and lesson type to keep the most playing, and emails parents the slot."
    )
    assert "prediction_not_decision" not in _codes(_plan(optimizer=chosen))


def test_an_objective_that_only_states_facts_about_the_event_wants_nothing():
    objective = (
        "The spring concert is a two-hour show held each March in the sports hall. It has been running since "
        "2009 and last year had 160 performers."
    )
    assert describes_the_work(objective)
    assert "objective_missing" in _codes(_plan(objective=objective))
    # a wish written as a statement of what should happen is an objective
    assert not describes_the_work("Every beginner plays in the spring concert. Nobody gives up before it.")


@pytest.mark.parametrize(
    ("clause", "objective", "proxy"),
    [
        (
            "hours i spend in the practice rooms each week",
            "better marks for the band in the practice rooms",
            True,
        ),
        ("hours pupils spend practising each week", "pupils spend more time practising", False),
        ("rehearsal hours booked before the concert", "a higher mark at the regional band contest", True),
        ("mock exams sat before june", "better grades in the music exams", True),
        ("mock exams sat before june", "more pupils sitting a mock before the real exam", False),
    ],
)
def test_our_own_practice_or_hours_counted_for_a_result(clause, objective, proxy):
    assert bool(counted_activity(clause, objective)) is proxy


def test_a_metric_box_that_says_only_who_checks_it_has_no_metric():
    assert only_when_and_who("Reviewed by the head of music at the end of each term.")
    assert not only_when_and_who("Reviewed each term: beginners still playing (41 of 70 now).")
    assert "objective_no_metric" in _codes(_plan(metric="Discussed at the department meeting each term."))


def test_settings_read_off_a_fixed_chart_are_no_model():
    assert model_left_to_habit("Slots from the printed chart in the music office, same as every year.")
    assert not model_left_to_habit("A model predicts drop-out from the slot, unlike the printed chart.")
    modeler = "Slots and group sizes as we always do, from the old rota."
    assert "model_missing" in _codes(_plan(modeler=modeler))


def test_a_rollout_waved_off_as_too_small_is_no_rollout():
    assert waved_off_as_small("It's just music lessons - if parents mind, they'll email.")
    # "just" naming a first stage is a plan
    assert not waved_off_as_small("It's only the brass section at first, then the rest after a term.")
    assert "no_rollout" in _codes(_plan(rollout="This is only a timetable, we'll see how it goes."))


def test_an_aim_given_as_the_baseline_is_no_baseline():
    assert baseline_is_a_due_level("Fifty still playing by Year 9 - that's what we're aiming for.")
    assert not baseline_is_a_due_level("41 of 70 still playing last year; we're aiming for 50.")
    assert "no_baseline" in _codes(_plan(baseline="Our goal is 50 of 70 still playing."))


def test_constraints_listed_as_the_uncontrollables_name_no_input():
    rows = ["budget of £3,000 for peripatetic hours", "safeguarding rules for one-to-one rooms"]
    assert only_constraints(rows)
    assert not only_constraints([*rows, "illness"])
    assert "uncontrollables_missing" in _codes(_plan(uncontrollables=rows))


def test_lever_rows_that_state_targets_are_no_levers():
    rows = ["retention of 60 % or better", "grade 1 passed within two terms", "which slot each pupil gets"]
    assert _targets_listed(rows) == rows[:2]
    # settings that carry a limit are still settings
    assert (
        _targets_listed(["the discount for families with two or more learners", "group size (up to 4)"]) == []
    )
    assert "levers_missing" in _codes(_plan(levers=rows[:2]))


@pytest.mark.parametrize(
    "lever",
    [
        "which rehearsal room we are allocated",
        "the hall slot we are allotted for the concert",
        "which heat we are drawn in",
    ],
)
def test_a_slot_someone_else_allots_us_is_their_choice(lever):
    reading = read_lever(lever)
    assert (reading.verdict, reading.reason) == ("world", "acts_on_us")


def test_what_we_allot_others_is_still_ours():
    assert read_lever("the room we allocate to each group").verdict == "control"


def test_a_count_of_the_people_who_come_is_their_choice():
    reading = read_lever("the number of parents who turn up to the taster evening")
    assert (reading.verdict, reading.reason) == ("world", "turnout")
    assert read_lever("the number of staff who we send to the taster evening").verdict == "control"
    levers = ["which lesson slot each beginner gets", "the number of pupils who come to the open rehearsal"]
    assert "lever_not_controllable" in _codes(_plan(levers=levers))


def test_an_accurate_thing_made_is_an_outcome_not_a_forecast():
    objective = "Every Year 9 pupil writes an accurate, complete score of their own piece by the summer."
    assert "objective_is_prediction" not in _codes(_plan(objective=objective))
    foretold = "To know accurately, a term ahead, which beginners will give up."
    assert "objective_is_prediction" in _codes(_plan(objective=foretold))


def test_success_named_for_a_plan_that_picks_whom_it_observes_misses_the_loop():
    assert loops_back("which pupils we select for the county youth band")
    assert loops_back("who gets a free one-to-one place")
    assert only_success("a bigger band next year and two pupils selected for the county orchestra", "")
    plan = _plan(
        levers=["which pupils we select for the county youth band", "who gets a free one-to-one place"],
        data_have="Marks at county auditions for the pupils we entered, five years.",
        went_really_well="A bigger band next year and two pupils selected for the county orchestra.",
    )
    assert "no_feedback_loop" in _codes(plan)


def test_records_denied_outright_are_no_data():
    assert _denies_records("Honestly, none. Everyone just remembers.\nCan't see why we'd write it down.")
    assert not _denies_records("None yet, but registers start in September.\nAttendance per lesson.")
    plan = _plan(data_have="Nothing - we just know the kids.", data_collect="No need, honestly.")
    assert "no_data" in _codes(plan)


def test_an_optimizer_left_to_next_years_group_is_no_optimizer():
    assert deferred("Left for next year's team to sort out.")
    assert deferred("The next cohort can work this bit out.")
    assert not deferred("Each term, picks slots for the most beginners playing; next year's team reviews it.")
    assert "no_optimizer" in _codes(_plan(optimizer="Left for next year's group to sort out."))


def test_a_lever_kept_one_way_always_with_the_trial_declined_was_never_varied():
    assert lever_never_varied("we've always used groups of four")
    notes = "We've always taught groups of four. A trial of pairs means new rooms, so no."
    plan = _plan(experiment_needed="no", experiment_notes=notes)
    assert "lever_no_data_experiment" in _codes(plan)
