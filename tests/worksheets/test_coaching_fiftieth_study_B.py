"""What the fiftieth blind set's first look taught (helper B), each as a general reading (the set's plans are
in tests/worksheets/holdout/fiftieth; these are other words for the same slips, in other domains, beside near
misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.model_handoff import model_left_to_a_person, model_left_to_habit
from studyguide.worksheets.coaching.model_inputs import inputs_exclude_levers
from studyguide.worksheets.coaching.variation import lever_never_varied
from tests.worksheets.test_coaching_evidence import codes_of


# --- a model denied by name, then a person's judgement ------------------------------------------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "No model - Dev walks the car park at 7 and says how many tables go out; he's done this for years.",
        "Not a model as such: the head groundsman decides by eye which pitches get rested.",
        "Without any software, Marta goes on gut feel for the week's flower order.",
    ],
)
def test_a_model_denied_by_name_before_a_persons_judgement_is_no_model(modeler):
    assert model_left_to_a_person(modeler)
    assert "model_missing" in codes_of(modeler=modeler)


def test_a_model_denied_by_name_before_a_habit_is_no_model():
    assert model_left_to_habit("No model: the quantities come off the laminated chart, same as every year.")


@pytest.mark.parametrize(
    "modeler",
    [
        # a model named and not denied: the person's knack is beside it, not instead of it
        "A simple model of covers per night from the weekday and the weather; Dev checks it by eye.",
        # a person's knack put into a model
        "No guesswork: a regression predicts tables needed from bookings, weather and the deposit we ask.",
    ],
)
def test_a_model_named_beside_a_persons_judgement_stays_a_model(modeler):
    assert not model_left_to_a_person(modeler)
    assert "model_missing" not in codes_of(modeler=modeler)


# --- a simulator refused as an act or for want of time ------------------------------------------------------
@pytest.mark.parametrize(
    "simulator",
    [
        "Not doing one. The optimiser's schedule is the answer; hypotheticals on top are extra work.",
        "We're not bothering with it - the ranking says what to do.",
        "Honestly nobody here has time for playing out hypotheticals.",
    ],
)
def test_a_simulator_refused_is_no_simulator(simulator):
    assert "no_simulator" in codes_of(simulator=simulator)


@pytest.mark.parametrize(
    "simulator",
    [
        # refused for one setting, while a what-if is still asked of a lever
        "Not doing one for the reminder; but if the deposit were 80, how many more no-shows?",
        "If the deposit is 30 instead of 50, how many chair hours do we lose? Nobody has time for more.",
    ],
)
def test_a_simulator_that_still_asks_a_what_if_of_a_lever_is_kept(simulator):
    assert "no_simulator" not in codes_of(simulator=simulator)


# --- records: nothing yet before an opening day, and counting itself turned down ---------------------------
@pytest.mark.parametrize(
    "data",
    [
        "Nothing yet - the studio only opens on the 3rd.\nWe won't be recording anything; there's no time "
        "and logging every class is a waste. We'll go by feel.",
        "None so far, the stall starts from the 21st.\nI'm not going to track sales, I'll know by the end "
        "of the day.",
        "Nothing yet: we open on the 1st.\nI won't be writing things down.",
    ],
)
def test_no_records_yet_and_none_to_be_kept_are_no_data(data):
    assert "no_data" in codes_of(data=data)


@pytest.mark.parametrize(
    "data",
    [
        # records to come after all, in another clause
        "Nothing yet - the studio only opens on the 3rd.\nWe won't be counting by hand; the booking app "
        "logs every class from day one.",
        # a count held, with a figure
        "Nothing before the 3rd, when the studio opened; since then 412 bookings in the app.",
    ],
)
def test_records_kept_after_an_opening_day_are_data(data):
    assert "no_data" not in codes_of(data=data)


# --- the service the levers set never yet offered -----------------------------------------------------------
_LATE_OPENING = dict(
    levers=["which evenings the late opening runs", "the price of an evening ticket"],
    modeler="Evening visitors per night from the weekday, the price of an evening ticket and the weather.",
    simulator="What if the late opening runs on Thursdays only?",
    optimizer="Choose the evenings and the evening price for the most ticket income.",
    experiment="no",
)


@pytest.mark.parametrize(
    "data",
    [
        "Day tickets since 2019. We've never run a late opening, but the gallery across town does 300 a "
        "night and we'll take that as ours.",
        "Ticket sales since 2019. The museum has never offered evening tickets; the other museums' figures "
        "will do.",
    ],
)
def test_a_service_never_yet_offered_needs_an_experiment(data):
    assert lever_never_varied(data)
    assert "lever_no_data_experiment" in codes_of(data=data, **_LATE_OPENING)


@pytest.mark.parametrize(
    "data",
    [
        # one setting not used, of a lever that may vary, said in the present
        "Day tickets since 2019. We never run late openings in August; other months vary a lot.",
        # nothing of a lever: a thing that has not happened to the plan
        "Ticket sales since 2019. We've never lost a painting.",
    ],
)
def test_a_setting_not_used_in_the_present_is_not_a_lever_never_varied(data):
    assert not lever_never_varied(data)


# --- a lever's bracketed aside is no input the model reads --------------------------------------------------
_COURSE_LEVERS = [
    "which reminder a learner gets (streak badge, lesson teaser, call from a tutor)",
    "when (on missing a lesson, at week 2, at week 6)",
    "a free month of the premium tier or not",
]


@pytest.mark.parametrize(
    "modeler",
    [
        "Chance a learner finishes the course, from age band, lessons completed, badges earned and region.",
        "- Probability a learner renews given country, devices used, videos watched and tenure",
    ],
)
def test_an_input_sharing_one_word_of_a_levers_aside_reads_no_lever(modeler):
    assert inputs_exclude_levers(modeler, _COURSE_LEVERS)
    assert "model_no_lever" in codes_of(levers=_COURSE_LEVERS, modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        # an option of the aside named whole: the model reads that setting
        "Chance a learner finishes the course, from age band, lessons missed, the streak badge and region.",
        # a lever's own words outside its aside
        "Chance a learner finishes the course, from age band, lessons missed, the reminder sent and region.",
    ],
)
def test_an_input_naming_a_whole_option_or_the_lever_links_it(modeler):
    assert not inputs_exclude_levers(modeler, _COURSE_LEVERS)
    assert "model_no_lever" not in codes_of(levers=_COURSE_LEVERS, modeler=modeler)


def test_product_features_used_are_one_input_not_a_store_of_columns():
    levers = ["the discount on the first order", "whether a tutor calls in week 1"]
    assert inputs_exclude_levers("Chance of a renewal from company size, features used and region.", levers)
    assert not inputs_exclude_levers("Chance of a renewal from features, region and size.", levers)


# --- a gerund naming what a lever's thing is for shares only its root with an input ------------------------
_LOAN_LEVERS = [
    "who is offered a budgeting session first",
    "a free budgeting planner in the welcome pack",
    "the length of the first call (10 or 20 min)",
]


@pytest.mark.parametrize(
    "modeler",
    [
        "- Chance a loan is refused for affordability, from income band, past arrears and budgets submitted",
        "Probability a loan is declined for risk, given age band, savings, and the household's budget gap",
    ],
)
def test_an_input_sharing_only_a_purpose_gerunds_root_reads_no_lever(modeler):
    assert "model_no_lever" in codes_of(levers=_LOAN_LEVERS, modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        # the gerund itself, as the lever says it: the session is read
        "- Chance a loan is refused for affordability, from income band, past arrears and budgeting session",
        # the gerund with its noun, in a model of whom to offer it
        "- Chance a customer misses a payment, from income band, past arrears and budgeting session held",
        # a lever named in its own words
        "- Chance a loan is refused, from income band, past arrears and the length of the first call",
    ],
)
def test_a_model_reading_the_gerund_or_the_lever_stays_silent(modeler):
    assert "model_no_lever" not in codes_of(levers=_LOAN_LEVERS, modeler=modeler)
