"""What the eighth held-out set taught about levers, models and the data behind them: an organisation named
in the third person is the planner; a model that says how its prediction responds to something, or predicts
at each setting of a timing lever, takes a lever; a setting held from the start is a lever never varied.
Each test changes one part of a complete plan. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.ownership import named_as_us
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.responses import responds_to_lever
from studyguide.worksheets.coaching.variation import lever_never_varied
from tests.worksheets.test_coaching_evidence import BASE, codes_of


# --- the plan's own organisation, named in the third person ----------------------------------------------
class ThirdPersonDoubt:
    """Stands in for the embedding model where it doubts a lever acted by a named party; sees nothing else."""

    def lever_uncontrollable(self, lever, uncontrollables, lean=None):
        return "guild" in lever.lower()

    def means_any(self, text, concept, slack=0.0):
        return False

    def mentions_lever(self, text, levers):
        return False


def test_the_organisation_that_owns_the_objective_is_us():
    objective = "Fewer empty chair hours at the Guild's studios from clients who do not show up."
    lever = "the price the Guild sets"
    assert named_as_us(lever, objective)
    levers = [lever, "when we send the reminder"]
    assert "lever_not_controllable" not in codes_of(ThirdPersonDoubt(), objective=objective, levers=levers)
    elsewhere = "Fewer empty chair hours from clients who do not show up."
    assert "lever_not_controllable" in codes_of(ThirdPersonDoubt(), objective=elsewhere, levers=levers)


@pytest.mark.parametrize(
    ("lever", "uncontrollables"),
    [
        ("the fee the Council charges for parking", ()),  # the Council owns nothing in this objective
        ("the day the client books", ()),  # the people served act for themselves
        ("the price the Trust sets", ("the Trust's pricing decisions",)),  # the plan lists it as not ours
    ],
)
def test_another_party_is_not_us(lever, uncontrollables):
    objective = "Fewer empty chair hours at the client's favourite studio, like the Trust's other studios."
    assert not named_as_us(lever, objective, uncontrollables)


# --- a model that responds to a lever in words it does not share with it ------------------------------------
def test_a_model_that_says_how_its_prediction_changes_with_something_we_set_takes_a_lever():
    modeler = (
        "Chance a caller needs help today, from their answers; and how that changes with how late we ring."
    )
    assert responds_to_lever(modeler, ["the order of the list"], ["how busy the line is"])
    assert "model_no_lever" not in codes_of(modeler=modeler, levers=["the order of the list"])


def test_a_response_to_an_uncontrollable_input_is_no_lever():
    modeler = "Visitors per day, and how that changes with the weather."
    assert not responds_to_lever(modeler, ["the entry price"], ["the weather"])
    assert "model_no_lever" in codes_of(
        modeler=modeler, levers=["the entry price"], uncontrollables=["the weather"]
    )


def test_a_model_at_each_time_of_a_timing_lever_takes_it():
    modeler = "How many walkers we meet at each spot and time, given rain and season."
    assert responds_to_lever(modeler, ["what time we set off"])
    assert not responds_to_lever(modeler, ["how many leaflets we hand out each time"])  # time is no question


# --- a setting held since the start ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        "Sales ledger since 2015. A jar has cost 6 pounds from day one.",
        "Orders since we opened; there hasn't been a loyalty discount yet.",
    ],
)
def test_a_setting_held_since_the_start_is_a_lever_never_varied(data):
    assert lever_never_varied(data)


def test_prices_that_changed_are_not_held():
    assert not lever_never_varied(
        "Orders since 2019; the jar price has changed three times since we opened it up."
    )


# --- metric: a number that says who, a system scored against people's reference ---------------------------
def test_an_age_range_in_the_objective_is_no_target():
    objective = "More children aged 8-12 from the estate learn to swim, and 10-year-olds keep coming back."
    assert "objective_no_metric" in codes_of(metric="", objective=objective)
    assert "objective_no_metric" not in codes_of(
        metric="", objective="Cut no-shows by 20% among the under 5s."
    )


def test_a_system_output_scored_against_a_human_reference_measures_the_model():
    metric = "Word overlap of the captioning engine output against our human reference captions, above 0.6."
    assert "metric_is_model_quality" in codes_of(metric=metric)
    assert "metric_is_model_quality" not in codes_of(metric="Output per shift against last year's, in units.")


# --- an optimizer that keeps the levers as they are decides nothing ---------------------------------------
def test_an_optimizer_that_keeps_the_levers_as_they_are_decides_nothing():
    optimizer = "P(no-show) is saved next to each booking. Deposits and reminders stay as they are."
    assert "prediction_not_decision" in codes_of(optimizer=optimizer)
    kept_one = "Choose the deposit per booking type for the fewest lost hours; reminders stay as they are."
    assert "prediction_not_decision" not in codes_of(optimizer=kept_one)


# --- what the people served choose for themselves ---------------------------------------------------------
@pytest.mark.parametrize(
    "lever", ["which pharmacy the patient nominates for their prescriptions", "which slot the member books"]
)
def test_what_the_people_served_choose_is_firmly_theirs(lever):
    reading = read_lever(lever)
    assert (reading.verdict, reading.firm, reading.reason) == (WORLD, True, "their_act")


@pytest.mark.parametrize(
    "lever",
    ["which offer the customer gets", "which version the user sees", "which families a volunteer visits"],
)
def test_what_they_are_given_stays_ours(lever):
    assert read_lever(lever).verdict == CONTROL


def test_whether_they_act_is_left_to_the_model():
    assert not read_lever("whether pupils pre-order").firm


# --- a count of light touches per thing shown is a proxy --------------------------------------------------
def test_light_touches_per_item_shown_are_a_proxy():
    objective = "Let more of the holiday cottages on our books for more weeks a year."
    metric = "Avg no. of bookmarks per cottage page in the first week (now 12 -> 20)."
    notes = {
        n.code: n.message for n in check_plan(Plan(**{**BASE, "objective": objective, "metric": metric}))
    }
    assert "metric_proxy" in notes
    assert notes["metric_proxy"].startswith("“Avg no. of bookmarks per cottage page")  # the line, whole
    assert counted_activity("likes per post", "more people like our posts") is None  # the act is the goal
    assert counted_activity("bookings per listing", "more bookings") is None
