"""What the fourth held-out set taught (tests/worksheets/holdout/fourth): the coach reads a plan's structure,
not the words it was shown. Each test changes one part of a complete plan. Pure: the rules alone, no model."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.substance import is_non_answer
from tests.worksheets.test_coaching_evidence import BASE  # one complete plan; each test changes a part

LOOP_ONLY = "If deposits go up, first-timers book elsewhere, so the client mix the model learns from changes."


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


def test_the_base_plan_gets_no_note():
    assert codes_of() == set()


# --- a feedback loop written cause first ----------------------------------------------------------------
@pytest.mark.parametrize(
    "loop",
    [
        "Higher deposits -> nervous first-timers go to the studio next door (they'd vanish from our data).",
        "Earlier reminders may make clients book later, changing the bookings we learn from.",
        "Because the deposit we ask scares some clients off, the bookings we later see are shaped by it.",
    ],
)
def test_a_loop_with_our_doing_as_the_cause_is_credited(loop):
    assert "no_feedback_loop" not in codes_of(risks="Summer tourists are unlike our regulars. " + loop)


def test_a_cause_that_is_not_ours_is_no_loop():
    risks = "Summer tourists are unlike our regulars. Rain -> fewer clients come to the old town."
    assert "no_feedback_loop" in codes_of(risks=risks)


# --- a product works on images when its model reads them, not when a lever sends one -------------------
def test_a_video_we_send_is_a_lever_not_a_sensor():
    changes = dict(
        levers=[*BASE["levers"], "whether clients get a short video of the aftercare"],
        data=BASE["data"] + " Videos were never sent; a random half of new clients get one.",
        modeler="The chance of a no-show given the deposit, the reminder time and the video.",
        risks=LOOP_ONLY,
    )
    assert "no_ood_risk" not in codes_of(**changes)


def test_a_model_that_reads_photos_still_needs_its_out_of_domain_risk():
    changes = dict(
        modeler="Reads the photo of each design to estimate the session length, given the deposit.",
        risks=LOOP_ONLY,
    )
    assert "no_ood_risk" in codes_of(**changes)


# --- a person deciding, however the sentence is built ---------------------------------------------------
def test_me_at_the_desk_deciding_is_a_person_in_charge():
    rollout = "Weekdays in June first, me at the desk deciding. Weekends later."
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


# --- a lever changed on a schedule is an experiment -----------------------------------------------------
def test_a_lever_changed_every_second_day_is_an_experiment():
    data = "Bookings of two years. The deposit changes every second day in the next two months, set before."
    assert "lever_no_data_experiment" not in codes_of(data=data)


# --- who decides a lever --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase, verdict",
    [
        (
            "which families a volunteer visits each week",
            CONTROL,
        ),  # the volunteer acts; families are its object
        ("which clients a nurse calls first", CONTROL),
        ("which customers the competitor targets", WORLD),
        ("which matches the team wins", WORLD),
    ],
)
def test_a_second_noun_phrase_is_the_subject_of_a_which_clause(phrase, verdict):
    assert read_lever(phrase).verdict == verdict


def test_a_roster_only_leans_and_a_new_spot_is_not_news():
    assert not read_lever("the pilot roster for each shift").firm
    assert read_lever("which streets get a new car spot").verdict != WORLD
    assert read_lever("the team's roster").verdict == WORLD


# --- "nothing yet", said as a sentence --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "There is no one, because this is totally new for us.",
        "There isn't one yet.",
        "We will work out how to measure this after the first season.",
        "We'll figure out how to roll it out once the model is trained.",
    ],
)
def test_a_sentence_saying_there_is_nothing_yet_is_a_non_answer(text):
    assert is_non_answer(text)


@pytest.mark.parametrize(
    "text",
    [
        "There is none: today the nurse decides by feel.",
        "There is nothing in place: clients book when they like.",
        "There is no deposit and no reminder.",
        "We will decide how many vans to send from the weekly sales figures compared with last year.",
    ],
)
def test_nothing_yet_followed_by_a_practice_is_an_answer(text):
    assert not is_non_answer(text)


def test_a_baseline_that_says_there_is_none_is_noted():
    assert "no_baseline" in codes_of(baseline="There is no one, because this is totally new for us.")


def test_a_metric_left_for_later_is_no_metric():
    changes = dict(
        objective="Clients who feel the studio is a place for them.",
        metric="We will work out how to measure this after the first season.",
    )
    assert "objective_no_metric" in codes_of(**changes)


# --- a measure of the model, whatever its name ------------------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Brier score of the no-show classifier on last month's bookings, target < 0.08.",
        "Calibration of our forecast, checked monthly.",
    ],
)
def test_a_measure_taken_of_the_model_is_model_quality(metric):
    assert "metric_is_model_quality" in codes_of(metric=metric)


def test_a_measure_of_the_model_next_to_a_business_measure_is_fine():
    metric = "Chair hours lost to no-shows per month; the error of the no-show model as a check."
    assert "metric_is_model_quality" not in codes_of(metric=metric)


# --- knowing the future is a prediction; scores shown as they are decide nothing ------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "To know, three days in advance, how many clients will not show up.",
        "Tell ahead of time which bookings will be missed.",
    ],
)
def test_an_objective_to_know_the_future_is_a_prediction(objective):
    assert "objective_is_prediction" in codes_of(objective=objective)


def test_an_objective_with_an_outcome_is_not_a_prediction():
    objective = "Know a week ahead who may not come, so that fewer chair hours are lost."
    assert "objective_is_prediction" not in codes_of(objective=objective)


@pytest.mark.parametrize(
    "optimizer",
    [
        "The no-show levels appear as green, orange and red dots next to each booking in the booking app.",
        "The artists get the scores on a sheet every Monday.",
    ],
)
def test_scores_shown_as_they_are_decide_nothing(optimizer):
    changes = dict(
        modeler="Gives every booking a no-show level from 0 to 100 for the coming week.",
        simulator="Which bookings have the highest level next week?",
        optimizer=optimizer,
    )
    assert "prediction_not_decision" in codes_of(**changes)


def test_scores_used_to_choose_within_a_limit_are_a_decision():
    changes = dict(
        modeler="Gives every booking a no-show level from 0 to 100 for the coming week, given the deposit.",
        optimizer="The levels are shown to the owner, who picks the deposit per booking to fill most hours.",
    )
    assert "prediction_not_decision" not in codes_of(**changes)


# --- a feeling or an activity the word lists do not name: the model's resemblance, within a structure ------
class Sees:
    """Stands in for the embedding model: a text states a concept when it holds one of the given words."""

    def __init__(self, concept, *words):
        self.concept, self.words = concept, words

    def lever_uncontrollable(self, lever, uncontrollables, lean=None):
        return False

    def means_any(self, text, concept, slack=0.0):
        return concept == self.concept and any(w in text.lower() for w in self.words)

    def mentions_lever(self, text, levers):
        return False


def model_codes(sem, **changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}), sem)}


def test_a_feeling_the_model_sees_is_no_number_only_when_nothing_is_counted():
    sem = Sees("feeling", "proud")
    assert "metric_no_number" in model_codes(sem, metric="Clients go home proud of their tattoo.")
    counted = "Share of clients who say they go home proud, asked by text each month."
    assert "metric_no_number" not in model_codes(sem, metric=counted)


def test_an_activity_the_model_sees_is_a_proxy_unless_it_counts_the_objective():
    sem = Sees("proxy", "download", "hours")
    assert "metric_proxy" in model_codes(sem, metric="Brochure PDF downloads per week.")
    # "chair hours" are the objective's own words: whatever the model says, that is the outcome.
    assert "metric_proxy" not in model_codes(sem, metric="Chair hours lost to no-shows per month.")
    # and a business measure beside the activity is enough.
    both = "Brochure PDF downloads per week; chair hours lost to no-shows per month."
    assert "metric_proxy" not in model_codes(sem, metric=both)


# --- a rollout that says when, not how ----------------------------------------------------------------------
@pytest.mark.parametrize("rollout", ["just switch it on when it's ready", "We simply start using it."])
def test_a_short_rollout_with_no_scope_stage_or_person_is_no_rollout(rollout):
    codes = codes_of(rollout=rollout)
    assert "no_rollout" in codes
    assert not codes & {"rollout_not_gradual", "rollout_no_human_oversight"}  # one note, not three


@pytest.mark.parametrize(
    "rollout",
    [
        "Tuesday bookings only.",  # a scope
        "Mia decides with it for a month.",  # a person
        "Switch it on for every booking at once.",  # an extent: its own note says so
    ],
)
def test_a_short_rollout_that_names_something_is_a_plan(rollout):
    assert "no_rollout" not in codes_of(rollout=rollout)
