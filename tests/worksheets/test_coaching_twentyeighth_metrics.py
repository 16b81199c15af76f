"""Study 70 on the twenty-eighth set: the Drivetrain Approach's central lessons said in ordinary students'
words. A metric that is the model's hit rate in plain words ("% of them the model gets right") or a model
score followed by where it stands ("It's 6.2 days now."); an uptake of our offer (a booking, a sign-up, a
link clicked) standing for an outcome in the world; a forecast handed to someone in a message or shown on a
screen, with no lever set; an objective to work out how busy, long or full something will be; and a model
that reads when we last acted on each case (a lever of which or when by its trace). Our own wording, other
trades and voices than the set's, and near strong phrasings that must stay silent. Pure: no model."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.future_questions import asks_about_the_future
from studyguide.worksheets.coaching.own_trace import reads_our_last_act
from studyguide.worksheets.coaching.report_landing import lands_in_a_report
from studyguide.worksheets.coaching.uptake_counts import counts_uptake
from tests.worksheets.test_coaching_evidence import BASE


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


# --- the model's hit rate in plain words, or its score followed by where it stands -------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Share of boilers the model gets right (needs a service or not) when the engineer calls - now 74%",
        "How often the forecast was spot on for Saturday covers, out of the last 10 Saturdays.",
        "- % of orders where the prediction turned out wrong",
        "RMSE of the footfall forecast. It's about 40 people at the moment.",
        "Mean absolute percentage error of the cake sales estimate. That's 18% this year.",
        "number of weeks our forecast got the busiest day right",
    ],
)
def test_the_models_hit_rate_in_plain_words_measures_the_model(metric):
    assert "metric_is_model_quality" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Share of bookings where the client turns up at the right time.",
        "Chair hours lost to no-shows per month. It's 30 hours now.",
        "% of tattoos the artist gets right first time (no touch-up needed)",
        "No-show hours per month, now 30; we also check how often the forecast was right, as a check on the "
        "model only.",
    ],
)
def test_a_measure_of_the_world_or_a_person_getting_it_right_is_no_model_score(metric):
    assert "metric_is_model_quality" not in codes_of(metric=metric)


# --- an uptake of our offer standing for an outcome in the world -------------------------------------------
@pytest.mark.parametrize(
    "objective, metric",
    [
        (
            "Fewer falls at home among over-75s in the borough.",
            "Residents signed up for the balance classes per quarter.",
        ),
        (
            "Fewer five-year-olds with tooth decay.",
            "Families registered for the brushing club each term (now 140).",
        ),
        (
            "Fewer burst pipes in tenants' homes this winter.",
            "Tenants who booked the free lagging visit. Right now 120.",
        ),
        ("Fewer dogs handed back to the shelter in their first year.", "- workshop sign-ups per month"),
        (
            "Fewer pupils sitting morning lessons hungry.",
            "% of parent texts where the parent taps the 'order breakfast' button",
        ),
        (
            "Fewer cyclists hurt at the big junction.",
            "Percentage of emails in which the rider clicks the Book a Free Lesson link.",
        ),
    ],
)
def test_an_uptake_of_our_offer_is_a_proxy_for_a_change_in_the_world(objective, metric):
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


@pytest.mark.parametrize(
    "objective, metric",
    [
        ("More families coming to our holiday club.", "Children booked onto the holiday club per week."),
        ("Fill more places on our first-aid courses.", "Places booked on the courses per month."),
        (
            "Fewer falls at home among over-75s.",
            "Falls per 1,000 residents per year; residents signed up for balance classes as an early sign.",
        ),
        (
            "More people buy our bike lights online.",
            "Share of emails where the reader clicks the link and then buys a light.",
        ),
        ("More income from swimming lessons.", "Children enrolled on lessons each term, and fees per term."),
    ],
)
def test_an_uptake_that_is_the_objective_or_sits_beside_the_outcome_is_no_proxy(objective, metric):
    assert "metric_proxy" not in codes_of(objective=objective, metric=metric)


def test_a_click_on_a_search_result_is_left_to_the_rest_of_the_metric():
    metric = "Share of searches where the shopper clicks a product near the top and does not search again."
    assert "metric_proxy" not in codes_of(
        objective="Shoppers find the part they need first time.", metric=metric
    )


def test_the_booking_app_is_no_booking():
    assert counts_uptake("Treatments per technician-day (booking app", "More treatments a day.") is None


# --- a forecast handed to someone, or shown on a screen, with no lever set ---------------------------------
@pytest.mark.parametrize(
    "optimizer",
    [
        "Every Friday the owner gets an email listing the clients most likely to miss next week.",
        "Each artist receives a text with tomorrow's predicted no-shows, so nobody is surprised.",
        "- the no-show forecast shows as a coloured column on the booking screen's report",
        "The receptionist is sent a list of the bookings at risk each morning.",
        "Mia sees a heads-up message naming the likeliest no-shows before each shift.",
    ],
)
def test_a_forecast_handed_to_someone_is_no_decision(optimizer):
    assert lands_in_a_report(optimizer)
    assert "prediction_not_decision" in codes_of(optimizer=optimizer)


@pytest.mark.parametrize(
    "optimizer",
    [
        "The owner gets an email of the clients most likely to miss; the optimizer then picks who is asked "
        "for a deposit.",
        "Chooses the deposit for each booking from the predicted no-show chance, to fill the most chair "
        "hours; the chosen deposits show on the booking screen.",
        "Each artist receives a text with the deposit to ask each client tomorrow, chosen to fill the most "
        "chair hours.",
    ],
)
def test_a_choice_made_from_the_forecast_is_a_decision(optimizer):
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)


# --- an objective to work out how busy, long or full something will be -------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "Work out how busy the pool will be on Saturday mornings, hour by hour.",
        "Get a feel for how long the queue at the food bank will be each Thursday.",
        "We want to figure out how full the car park will be on match days.",
        "To know how cold the greenhouse will get tonight so nobody is caught out.",
        "find out how late the 8:10 bus is going to be each morning",
    ],
)
def test_an_objective_to_work_out_how_much_of_something_will_happen_is_a_prediction(objective):
    assert asks_about_the_future(objective)
    assert "objective_is_prediction" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Decide how many lifeguards we roster so the pool is never short, with less overtime.",
        "Cut the queue at the food bank to under 20 minutes each Thursday.",
        "Work out how we will staff the tills so nobody waits more than 5 minutes.",
        "Know how busy the pool is right now, so we can open a second lane.",
    ],
)
def test_an_outcome_or_our_own_choice_is_no_forecast(objective):
    assert "objective_is_prediction" not in codes_of(objective=objective)


# --- a model that reads when we last acted on each case reads a lever of which or when ----------------------
ROUNDS = dict(
    levers=["which boilers the engineer services each week", "order of the round"],
    optimizer="Chooses the weekly rounds to cut breakdowns, within 2 engineers.",
    simulator="If we service every boiler over 10 years old in October, how many breakdowns in winter?",
)


@pytest.mark.parametrize(
    "modeler",
    [
        "Predicts breakdown chance per boiler from age, make, last service date and the weather.",
        "- chance each bin overflows this week, from the street, footfall and days since it was last emptied",
        "Predicts the silt in each drain from trees nearby, slope and weeks since the last clean.",
        "Estimates which hives need help from the weather, the colony size and the date of the last "
        "inspection.",
        "Chance a tenant falls behind on rent from arrears history and weeks since we last called them.",
    ],
)
def test_a_model_reading_when_we_last_acted_reads_a_lever_of_which_or_when(modeler):
    assert reads_our_last_act(modeler, ROUNDS["levers"])
    assert "model_no_lever" not in codes_of(modeler=modeler, **ROUNDS)


@pytest.mark.parametrize(
    "modeler, levers",
    [
        ("Predicts breakdown chance per boiler from age, make and the weather.", ROUNDS["levers"]),
        ("Predicts breakdown chance per boiler from age, make and last breakdown date.", ROUNDS["levers"]),
        (
            "Predicts breakdown chance per boiler from age, make and last service date.",
            ["the price of the service plan", "the size of the parts van"],
        ),
    ],
)
def test_a_model_without_our_last_act_or_without_a_lever_of_which_or_when_still_asks(modeler, levers):
    assert not reads_our_last_act(modeler, levers)


# --- the people named, then the light touch as they do it ("people clicking 'interested'") -----------------
@pytest.mark.parametrize(
    "objective, metric",
    [
        ("More money raised at the summer fete.", "People clicking 'going' on the fete's Facebook page."),
        ("Fewer missed bin collections on our rounds.", "Users tapping the bin-day reminder each week."),
        (
            "More pupils at their age level in maths by Year 6.",
            "- parents opening the times-tables app per week",
        ),
        ("Fewer empty seats at the Sunday concerts.", "Followers sharing the concert posts (now 35 a week)."),
        (
            "More rescued hedgehogs released back to the wild.",
            "Viewers liking our hedgehog videos per month.",
        ),
    ],
)
def test_people_doing_a_light_touch_are_a_proxy(objective, metric):
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


@pytest.mark.parametrize(
    "objective, metric",
    [
        ("More people follow our bakery's page.", "Followers gained per month; people sharing our posts."),
        ("More people read the club newsletter.", "Members opening the newsletter each month."),
        ("More tickets sold online for the concerts.", "Tickets sold online per concert (now 140)."),
    ],
)
def test_the_touch_the_objective_asks_for_or_a_sale_is_no_proxy(objective, metric):
    assert "metric_proxy" not in codes_of(objective=objective, metric=metric)
