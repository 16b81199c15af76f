"""What the fifty-second blind set's first look taught (helper B's plans), each as a general reading (the
set's plans are in tests/worksheets/holdout/fiftysecond; these are other words for the same slips, beside near
misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.gerund_parties import names_another_acting
from tests.worksheets.test_coaching_evidence import codes_of


# --- its false alarm: things the metric grades are no people acting -----------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        # the counted are the object of a clause with its own subject
        "Share of crates the wholesaler grades as first class: 71% of 3,400 crates (2025).",
        "Loaves the supermarket rejects at delivery: 4% a week.",
        "Callers we reach on the first ring: 62%.",
        # or of a participle saying what a buyer does to them
        "Crates marked down for bruising: 210 last season.",
    ],
)
def test_a_routing_of_goods_the_metric_grades_is_ours(metric):
    levers = [
        "how many crates go straight to the wholesaler vs our own store",
        "the order we pick the rows in",
    ]
    assert "lever_not_controllable" not in codes_of(metric=metric, levers=levers)


@pytest.mark.parametrize(
    "metric",
    [
        "Beginners completing all three days, per month.",
        "The share of members that renew within the year: 58%.",
    ],
)
def test_a_count_of_the_metrics_own_people_acting_is_still_theirs(metric):
    levers = ["how many beginners book the Saturday forge days", "the price of a day"]
    if "members" in metric:
        levers = ["how many members renew early", "the price of a membership"]
    assert "lever_not_controllable" in codes_of(metric=metric, levers=levers)


# --- a lever list of results said another way: "a fuller X", "younger audience", "takings up" --------------
@pytest.mark.parametrize(
    "levers",
    [
        ["a busier high street on market days", "bigger crowds at the late opening", "gift shop sales up"],
        ["younger audience at the matinees", "complaints down on the helpline", "a fuller car park"],
        ["greater footfall in the east wing", "café takings up in winter"],
    ],
)
def test_a_list_of_results_said_as_states_or_rises_is_no_levers(levers):
    assert "levers_missing" in codes_of(levers=levers)


@pytest.mark.parametrize(
    "levers",
    [
        ["a higher deposit for weekend bookings", "when we send the reminder"],
        ["a later start on market days", "the price of a late ticket", "which rooms open first"],
        ["younger volunteers on the desk", "the deposit we ask per booking"],
    ],
)
def test_settings_said_with_a_comparative_stay_levers(levers):
    assert "levers_missing" not in codes_of(levers=levers)


# --- another party named as acting in a lever row -----------------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "the council moving market day to Saturday so the square is busier",
        "the school changing its bell times so parents arrive later",
        "the landlord fixing the boiler before winter",
        "2. the county resurfacing the car park's entrance in spring",
    ],
)
def test_a_row_naming_another_party_acting_is_asked_about(lever):
    assert "lever_not_controllable" in codes_of(levers=[lever, "the deposit we ask per booking"])


@pytest.mark.parametrize(
    "lever",
    [
        "the thermostat setting our receptionist chooses for each room",
        "the shuttle running every 10 minutes on Saturdays",
        "the price of upgrading to a longer session",
    ],
)
def test_a_setting_or_our_own_thing_in_an_ing_form_stays_a_lever(lever):
    assert "lever_not_controllable" not in codes_of(levers=[lever, "the deposit we ask per booking"])


def test_a_party_the_plan_calls_its_own_is_not_read_as_another():
    lever = "the drivers covering the late shift on Fridays"
    assert names_another_acting(lever, ["Our drivers are paid by the hour."]) is False
    assert names_another_acting("the hauliers covering the late shift", ["Our drivers are paid."]) is True


def test_whose_thing_the_act_moves_does_not_make_the_actor_ours():
    # the headliner is named again in the simulator, but the festival acts in the row
    lever = "the festival moving the headliner's finish to 22:30"
    simulator = "What if the headliner finishes at 22:30? What if we add a late bus?"
    codes = codes_of(levers=[lever, "departures per hour"], simulator=simulator)
    assert "lever_not_controllable" in codes


# --- an uncontrollables list of the planner's own kit, buildings and their room -----------------------------
@pytest.mark.parametrize(
    "uncontrollables",
    [
        ["the forklift (bought 2021)", "the warehouse's capacity", "our picker's shifts"],
        ["our two boats", "the boat shed's size", "the booking software"],
        ["1. the minibus (a 16-seat Ford)", "2. capacity of our depot yard"],
    ],
)
def test_a_list_of_our_own_kit_and_room_names_no_outside_input(uncontrollables):
    assert "uncontrollables_missing" in codes_of(uncontrollables=uncontrollables)


@pytest.mark.parametrize(
    "uncontrollables",
    [
        ["forklift breakdowns", "the warehouse's capacity", "deliveries arriving late"],
        ["the weather at sea", "the boat shed's size"],
        ["the minibus (a 16-seat Ford)", "traffic on the ring road"],
    ],
)
def test_a_list_with_one_outside_factor_stays_silent(uncontrollables):
    assert "uncontrollables_missing" not in codes_of(uncontrollables=uncontrollables)


# --- a project's story told with "kept since" ---------------------------------------------------------------
def test_a_project_described_with_a_record_kept_for_years_is_no_objective():
    objective = (
        "This plan is part of the depot's review of van loading, which I started when I took over as "
        "transport lead. It is led by me and the yard foreman and replaces the loading book Sam has kept "
        "since 2012."
    )
    assert "objective_missing" in codes_of(objective=objective)


def test_a_level_kept_is_still_a_wish():
    objective = (
        "This plan is part of the depot's review of van loading. Vans should leave with loads kept under "
        "the weight limit and drivers back before 18:00."
    )
    assert "objective_missing" not in codes_of(objective=objective)


# --- things we lend, counted for an aim beyond the lending --------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Bird-spotting kits lent out at the ranger hut: 420 last year.",
        "E-bikes loaned to commuters each month: 35.",
    ],
)
def test_things_lent_out_count_our_output(metric):
    objective = "More people walking and cycling to work across the district, and keeping it up."
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


def test_loans_are_the_outcome_when_the_objective_asks_for_borrowing():
    objective = "More children borrowing books from the branch library over the summer."
    metric = "Picture books lent out to children under 8: 2,300 last summer."
    assert "metric_proxy" not in codes_of(objective=objective, metric=metric)
