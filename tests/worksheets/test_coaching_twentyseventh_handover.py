"""Study 68 on the twenty-seventh set: an optimizer that only posts the forecast where staff read news (a
group chat, a channel, the intranet), and "the 14-day forecast" read as no top-14 choice. Our own wording,
other trades and voices than the set's, and near strong optimizers that must stay silent. Pure: no model."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.report_landing import lands_in_a_report
from tests.worksheets.test_coaching_evidence import BASE


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


@pytest.mark.parametrize(
    "optimizer",
    [
        "Post the weekly no-show forecast in the studio WhatsApp group every Sunday.",
        "The predicted no-shows are shared on the team Slack channel each morning.",
        "- publish next week's no-show estimate to the staff intranet\n- owner: Mia",
        "Pin the 7-day forecast on the notice board by the till.",
        "Forecasts get posted to the artists' group chat on Fridays, so everyone knows.",
    ],
)
def test_a_forecast_posted_where_staff_read_news_is_no_decision(optimizer):
    assert lands_in_a_report(optimizer)
    assert "prediction_not_decision" in codes_of(optimizer=optimizer)


@pytest.mark.parametrize(
    "optimizer",
    [
        "Choose the deposit per booking type to fill the most chair hours; post the chosen deposits in the "
        "staff group chat.",
        "Uses the 14-day forecast to set each booking's deposit, then posts the deposits on the intranet.",
        "Picks the top 3 reminder times for the next 14 days to fill the most chair hours.",
    ],
)
def test_a_choice_posted_afterwards_is_still_a_decision(optimizer):
    assert "prediction_not_decision" not in codes_of(optimizer=optimizer)


# --- an objective that is a hit rate to reach: a prediction's aim, not an outcome --------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "Guess the Saturday turnout right 8 times out of 10.",
        "To say by noon which cabins need a deep clean, and be right 19 times in every 20.",
        "Call the first frost correctly 90% of the time.",
        "- be right about the busiest hour on 4 days out of 5",
        "Being correct about the Sunday footfall 80% of the time.",
    ],
)
def test_an_objective_to_be_right_so_often_is_a_prediction(objective):
    assert "objective_is_prediction" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Get the right parcel to the right door 99 times out of 100.",
        "Buses on time 9 days out of 10, and the right bus at the right stop.",
        "Tables laid right first time on 95% of evenings: fewer complaints.",
    ],
)
def test_an_outcome_done_right_so_often_is_no_prediction(objective):
    assert "objective_is_prediction" not in codes_of(objective=objective)


# --- a modeler that names only who does the work ("our engine does the heavy lifting") -------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "Our in-house algorithm does the hard work.",
        "The vendor's AI crunches the numbers and works its magic.",
        "Powered by SmartStock's machine learning platform.",
        "- black-box engine\n- it does the clever bit",
        "Neural magic from our partner handles the number crunching.",
    ],
)
def test_a_modeler_that_only_names_who_does_the_work_is_no_model(modeler):
    assert "model_missing" in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        "A regression predicts no-shows per day from the deposit; the software does the heavy lifting.",
        "Chance of a no-show from deposit and lead time; our AI engine does the number crunching.",
        "The platform forecasts weekly bookings given deposit and season, and works its magic on the rest.",
    ],
)
def test_a_model_that_says_what_it_predicts_may_leave_the_work_to_a_tool(modeler):
    assert "model_missing" not in codes_of(modeler=modeler)
