"""What the thirty-third set's first look missed, read for its general cause, in sentences of our own from
other trades: a box left as a note to fill it in on a day to come, a promise to add "it" after a dated
meeting, a denial said mildly ("nothing major") or of a plan ("not planned"), a warning system's recall as
the metric, a person's knack as the model, a model whose inputs share only a lever's unit, "what if it went
really well" answered with the gains alone, an objective that says what the work is, and a trial someone
else will not sign off."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.denials import watching_ends
from studyguide.worksheets.coaching.experiment_words import EXPERIMENT_WORDS
from studyguide.worksheets.coaching.model_handoff import model_left_to_a_person
from studyguide.worksheets.coaching.model_inputs import inputs_exclude_levers
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.score_continuation import continues_model_score
from studyguide.worksheets.coaching.unanswered import dismissed, says_nothing
from studyguide.worksheets.coaching.variation import experiment_in_words
from studyguide.worksheets.coaching.waved_off import only_success
from studyguide.worksheets.coaching.work_described import describes_the_work


@pytest.mark.parametrize(
    "text, key",
    [
        ("-- fill in friday --", "objective"),
        ("to do later", "rollout"),
        ("Write up tomorrow.", "baseline"),
        (
            "Ops lead hasn't said yet what she wants counted - will add it after the board on the 3rd.",
            "metric",
        ),
        ("We'll pick one when the first month's figures are in.", "baseline"),
        ("- Nothing major.", "risks"),
        ("None to speak of.", "uncontrollables"),
        ("Not planned.", "optimizer"),
    ],
)
def test_boxes_that_put_the_answer_off_or_deny_it_mildly_say_nothing(text, key):
    assert says_nothing(text, key)


@pytest.mark.parametrize(
    "text, key",
    [
        ("We'll set one price per zone once the model runs.", "optimizer"),  # an object with a noun
        ("Drivers fill in the log on Friday.", "data"),  # a habit, not a note to self
        ("We will add 3 vans after the 14th.", "rollout"),  # a figure outside the date
        ("Nothing major, maybe a new supplier.", "risks"),  # a guess after the denial
        ("Fill in the gaps with agency staff on Fridays.", "levers"),
    ],
)
def test_answers_that_look_like_deferrals_stay_answers(text, key):
    assert not says_nothing(text, key)


def test_a_mild_denial_is_read_only_where_every_plan_needs_the_element():
    assert dismissed("- Nothing major.")
    assert not dismissed("Nothing major, except the new site.")


def test_monitoring_that_opens_by_denying_any_watching_ends_whatever_its_reason_says():
    assert watching_ends("Not planned - the timetable is printed each term and then it just runs.")
    assert watching_ends("None planned: it's fixed for the season.")
    assert not watching_ends("None planned yet, but Ama checks the waits weekly.")
    assert not watching_ends("Weekly: waits, complaints and overtime.")


def test_false_alarms_after_a_warning_systems_recall_are_the_rest_of_its_score():
    clauses = [
        "Recall of the leak alarm on last winter's logs: 9 of every 10 leaks",
        "under 2 false alarms a week",
    ]
    assert continues_model_score(clauses[1], clauses, lambda c: "recall" in c.lower())
    # alone, false alarms are a count of the world (a plan to cut them may count them)
    assert not continues_model_score(clauses[1], clauses[1:], lambda c: "recall" in c.lower())


def _plan(**fields):
    base = {
        "title": "Pump servicing",
        "objective": "Fewer pump failures at our customers' sites.",
        "metric": "Pump failures per 100 pumps a year (now 7).",
        "levers": ["which pumps get a full service", "service interval for each site"],
        "uncontrollables": ["water hardness", "how hard customers run them"],
        "modeler": "Chance a pump fails within a year, from age, hours, water hardness and service history.",
        "simulator": "What if the coastal sites go to six-monthly visits?",
        "optimizer": "Picks which pumps get a full service each month within the fitters' hours.",
        "baseline": "Fixed yearly visits today: 7 failures per 100.",
        "rollout": "One region for three months; the service manager, Lena, approves each month's list.",
        "monitoring": "Lena monthly: failures, visits, call-outs.",
        "risks": "A new pump make we have never serviced; a drought year with very hard water.",
        "went_really_well": "Pumps we service more fail less, so the data may say they never needed it.",
        "data_have": "Five years of service records and call-outs per pump; the model is refitted monthly.",
        "data_collect": "Hours run, read at each visit.",
        "experiment_needed": "yes",
        "experiment_notes": "For six months, half the pumps of one region, at random, get a full service.",
    }
    return plan_from_mapping({**base, **fields})


def _codes(plan):
    return {n.code for n in coach(plan).notes}


def test_the_plan_these_tests_change_gets_no_note():
    assert _codes(_plan()) == set()


def test_a_warning_systems_recall_as_the_metric_measures_the_model():
    plan = _plan(
        metric="Recall of the failure warning on last year's logs: catch 8 in 10, under 1 false alarm a week."
    )
    assert "metric_is_model_quality" in _codes(plan)
    assert "metric_is_model_quality" not in _codes(_plan())


def test_a_persons_knack_as_the_model_is_no_model():
    assert model_left_to_a_person(
        "Our foreman Dev has done this 20 years; he looks at each pump and says which go"
    )
    assert model_left_to_a_person("Kim decides by eye.")
    # a model in plain words, with no one as its subject
    assert not model_left_to_a_person(
        "something that says how many pumps fail per month depending on the visits"
    )
    assert not model_left_to_a_person("Chance of failure from age; the foreman Dev says which pumps go first")
    plan = _plan(
        modeler="Our foreman Dev has done this 20 years, he looks at the pumps and says which ones go."
    )
    assert "model_missing" in _codes(plan)
    assert "model_missing" not in _codes(_plan())


def test_a_levers_unit_shared_with_an_input_is_not_the_lever():
    levers = ["skip sizes ordered for each stage", "how often skips are swapped"]
    assert inputs_exclude_levers("Tonnes per week, from the build stage, floor area and the weather.", levers)
    assert not inputs_exclude_levers(
        "Tonnes per week, from the build stage, skip sizes and the weather.", levers
    )


def test_gains_alone_answer_nothing_about_what_success_does_to_the_data():
    outcome = "Fewer pump failures at our customers' sites.\nPump failures per 100 pumps a year (now 7)."
    assert only_success("Fewer failures, call-out costs cut, and the fitters freed up for installs.", outcome)
    assert not only_success(
        "Fewer failures, so the pumps we skip look fine and the data says they never fail.", outcome
    )
    assert not only_success("We'd take it to the other regions.", outcome)  # wider use is its own reading
    plan = _plan(
        went_really_well="Fewer failures, call-out costs cut, and the fitters freed up for installs."
    )
    assert "no_feedback_loop" in _codes(plan)
    assert "no_feedback_loop" not in _codes(_plan())


@pytest.mark.parametrize(
    "objective",
    [
        "Pump servicing - we look after pumps for farms and factories across Devon, 4 fitters.",
        "It's for my aunt's shop, she sells wool and patterns.",
        "Street lighting faults: me and two electricians, east district.",
    ],
)
def test_an_objective_that_says_what_the_work_is_states_no_outcome(objective):
    assert describes_the_work(objective)
    assert "objective_missing" in _codes(_plan(objective=objective))


@pytest.mark.parametrize(
    "objective",
    [
        "Fewer pump failures at our customers' sites.",
        "Pump servicing - fewer failures and no wasted visits.",
        "Learners still practising after 3 months.",
        "We want every order out the same day.",
    ],
)
def test_an_objective_that_wants_something_is_an_objective(objective):
    assert not describes_the_work(objective)


def test_a_trial_someone_else_will_not_sign_off_is_no_experiment():
    refused = "The owners won't approve a price trial. Eight years of bookings should show what the fee does."
    assert not experiment_in_words(refused, EXPERIMENT_WORDS)
    assert experiment_in_words(
        "The owners agreed to a price trial in two of the four rooms.", EXPERIMENT_WORDS
    )
    plan = _plan(
        levers=["call-out fee (£60 since we started)", "which pumps get a full service"],
        data_have="Service records since 2016; the call-out fee has been £60 since we started.",
        experiment_needed="no",
        experiment_notes="The owners won't approve a fee trial. Eight years of records should show it.",
    )
    assert "lever_no_data_experiment" in _codes(plan)
