"""What the thirty-fourth set's first look missed, read for its general cause, in sentences of our own from
other trades: one text pasted into every box, a box promised thought later or left blank on purpose, a box
skipped or waved off ("n/a - it's only ..."), a denial of inputs given with a choice as its reason, records
that live in someone's head, monitoring that waits for trouble, the time another party takes listed as a
lever, a head count of who turns up, our own staff's uploads or our own hours as the metric, a rollout laid
out by abbreviated months, "all four floors" at once, and an objective that describes the yard."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.complaints_watch import waits_for_trouble
from studyguide.worksheets.coaching.levers import WORLD, read_lever
from studyguide.worksheets.coaching.loop_scope import picks_people_by_role
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.rollout import period_stages
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.sensors import reads_images
from studyguide.worksheets.coaching.unanswered import says_nothing
from studyguide.worksheets.coaching.work_described import describes_the_work


def _plan(**fields):
    base = {
        "title": "Kennel cleaning rota",
        "objective": "Fewer kennel cough cases among boarding dogs.",
        "metric": "Dogs with kennel cough per 100 stays (now 4).",
        "levers": ["which kennels get a deep clean each day", "how many dogs share an exercise run"],
        "uncontrollables": ["vaccination history of each dog", "the weather"],
        "modeler": "Chance a stay ends with a cough, from kennel, cleans, run sharing, jabs and weather.",
        "simulator": "What if runs are shared by two dogs at most in August?",
        "optimizer": "Picks each day's deep cleans and run groups within the cleaners' hours.",
        "baseline": "Deep clean every Monday for all kennels today: 4 coughs per 100 stays.",
        "rollout": "Block A for a month; the manager, Priya, approves each day's rota and can stop it.",
        "monitoring": "Priya monthly: coughs per 100 stays, cleaning hours, owner complaints.",
        "risks": "A new breed mix from the rescue charity we have never boarded; a heatwave summer.",
        "went_really_well": "Kennels we clean more will have fewer coughs, so the data may say they never "
        "needed it.",
        "data_have": "Three years of bookings, cleaning logs and vet visits per dog.",
        "data_collect": "Which run each dog used, ticked on the daily sheet.",
        "experiment_needed": "yes",
        "experiment_notes": "For eight weeks, half the kennels, at random, get a daily deep clean.",
    }
    return plan_from_mapping({**base, **fields})


def _codes(plan):
    return {n.code for n in coach(plan).notes}


def test_the_plan_these_tests_change_gets_no_note():
    assert _codes(_plan()) == set()


def test_one_text_pasted_into_every_box_is_an_empty_plan():
    pasted = "(in my planner - will copy it over on Sunday)"
    fields = {
        key: pasted
        for key in (
            "objective metric modeler simulator optimizer baseline rollout monitoring risks went_really_well "
            "data_have data_collect experiment_notes"
        ).split()
    }
    plan = _plan(levers=[pasted], uncontrollables=[pasted], experiment_needed="", **fields)
    assert _codes(plan) == {"empty_plan"}
    # the form's own choice box answered beside the pasted text is still no plan
    assert _codes(_plan(levers=[pasted], uncontrollables=[pasted], experiment_needed="no", **fields)) == {
        "empty_plan"
    }


@pytest.mark.parametrize(
    "text, key",
    [
        ("=> going to think about this bit later", "optimizer"),
        ("(writing it up at home after the shift)", "objective"),
        ("still arguing with the owner about this one, leave it blank for now", "metric"),
        ("skip - it'll be obvious once we start", "simulator"),
        ("n/a - it's only the prices on the board, we just rub them out", "rollout"),
        ("nothing, it's our yard and we decide all of it", "uncontrollables"),
        ("the quantities are all in my uncle's head, no numbers anywhere", "data"),
        ("can't see what we'd need to note, we just go by eye", "data"),
    ],
)
def test_boxes_that_put_off_skip_or_wave_off_their_answer_say_nothing(text, key):
    assert says_nothing(text, key)


@pytest.mark.parametrize(
    "text, key",
    [
        ("None, only the gas price rising.", "risks"),  # an exception after the denial
        ("None, the duty manager picks the order.", "optimizer"),  # someone still chooses
        ("Nothing written down until now; from March we log each batch.", "data"),  # a record named
        ("We'll look at the figures every Friday.", "monitoring"),
        ("Till sales by item since 2021.", "data"),
    ],
)
def test_answers_near_those_forms_stay_answers(text, key):
    assert not says_nothing(text, key)


def test_monitoring_that_waits_for_trouble_watches_nothing():
    metric = "Dogs with kennel cough per 100 stays."
    assert waits_for_trouble("We'll look into it if something goes wrong.", metric)
    assert waits_for_trouble("Only when there's a problem.", metric)
    assert not waits_for_trouble(
        "Coughs per 100 stays monthly, and a review if something goes wrong.", metric
    )
    plan = _plan(monitoring="We'll look into it if something goes wrong.")
    assert "no_monitoring" in _codes(plan)


@pytest.mark.parametrize(
    "lever",
    [
        "How long the glazier takes to fit the panes once we've sent the sizes",
        "how many of the hen party turn up to the class",
    ],
)
def test_another_partys_pace_or_head_count_is_no_lever(lever):
    assert read_lever(lever).verdict == WORLD
    levers = ["which kennels get a deep clean each day", lever]
    assert "lever_not_controllable" in _codes(_plan(levers=levers))  # said, not only asked


@pytest.mark.parametrize(
    "lever",
    ["how long our crew takes to load", "which of the rooms to open", "how many staff come in on Sundays"],
)
def test_our_own_pace_and_choices_stay_levers(lever):
    assert read_lever(lever).verdict != WORLD


def test_our_own_uploads_or_hours_as_the_metric_count_activity():
    objective = "Fewer boilers failing in the first year after we install them."
    assert counted_activity("Job photos our engineers upload per install (now 5, aim 12)", objective)
    assert counted_activity("Hours a week I spend on follow-up calls (now 3)", objective)
    # what the time goes on is the objective's own: it counts the outcome
    assert not counted_activity("Hours our engineers spend on repeat repairs", "Fewer repeat repairs")
    # "like" after a verb of the senses compares; it is no tap on a post
    assert not counted_activity("Coffee that tastes like it did in Naples", "Fewer cups poured away")


def test_a_rollout_by_abbreviated_months_is_staged():
    rollout = "1. Feb: only the farm shops. 2. Mar: all customers if sales hold."
    assert period_stages(rollout)
    assert "rollout_not_gradual" not in _codes(_plan(rollout=rollout + " Priya approves each week's list."))


def test_all_of_a_counted_number_of_units_at_once_is_not_gradual():
    rollout = "From the new term, all three blocks are cleaned by the plan. Priya can overrule any day."
    assert "rollout_not_gradual" in _codes(_plan(rollout=rollout))


def test_an_objective_that_describes_the_yard_states_no_outcome():
    assert describes_the_work(
        "Our kennels at Gran's farm near Brecon: twelve runs, one hose, and the two of us clean them all "
        "after the morning walk."
    )
    assert not describes_the_work("Our kennels at Gran's farm: fewer dogs going home with a cough.")


def test_the_precision_of_a_flag_named_in_quotes_measures_the_model():
    metric = (
        "Precision of the 'cough risk' flag on last year's stays: of the dogs it flags, 70% really coughed."
    )
    assert "metric_is_model_quality" in _codes(_plan(metric=metric))


def test_a_cadence_alone_counts_nothing():
    metric = "Dogs that look happy every morning, and owners telling us so."
    assert "metric_no_number" in _codes(_plan(metric=metric))
    assert "metric_no_number" not in _codes(_plan(metric="Dogs with kennel cough each month, per 100 stays."))


def test_a_lever_row_that_says_it_never_moved_needs_an_experiment():
    levers = [
        "which kennels get a deep clean each day",
        "Nightly rate (has been £30 since my aunt took over)",
    ]
    plan = _plan(levers=levers, experiment_needed="no", experiment_notes="We can't charge dogs differently.")
    notes = [n for n in coach(plan).notes if n.code == "lever_no_data_experiment"]
    assert notes and "Nightly rate" in notes[0].message


def test_the_people_taken_off_the_decisions_leave_no_one_in_charge():
    rollout = (
        "Block A for a month, then all blocks. Bookings go onto the rota straight from the online form; the "
        "receptionists who took them have moved to grooming, so they're out of it."
    )
    assert "rollout_no_human_oversight" in _codes(_plan(rollout=rollout))


def test_learners_named_by_role_and_picked_for_our_help_loop_back():
    assert picks_people_by_role("Which trainees get a mentor session each week")
    assert not picks_people_by_role("Which kennels get a deep clean each day")
    levers = ["Which trainees get a mentor session each week", "Session length"]
    plan = _plan(
        objective="More of our trainees pass their driving test first time.",
        metric="First-time passes (58% of 140 last year).",
        levers=levers,
        modeler="Chance each trainee passes first time, from lessons, mentor sessions and session length.",
        optimizer="Picks who gets mentor sessions each week within two mentors' time.",
        went_really_well="Pass rate up, a good inspection grade, and more schools sending us trainees.",
        experiment_notes="For one term, half the trainees, at random, get a weekly session.",
    )
    assert "no_feedback_loop" in _codes(plan)


def test_photos_the_metric_counts_are_not_what_the_model_reads():
    plan = _plan(metric="Photos our kennel staff upload per stay (now 3); coughs per 100 stays (now 4).")
    assert not reads_images(plan)
    assert reads_images(_plan(metric="Accuracy of the camera model that spots coughing dogs."))


@pytest.mark.parametrize(
    "rollout",
    [
        "march we run it by hand, Priya signs off. easter two blocks use it. summer all four if it worked.",
        "One block's rota for a month, Priya approving each day; thereafter all four blocks.",
    ],
)
def test_stages_said_as_opening_periods_or_thereafter_are_gradual(rollout):
    assert "rollout_not_gradual" not in _codes(_plan(rollout=rollout))
