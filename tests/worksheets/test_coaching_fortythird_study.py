"""What the forty-third blind set's first look taught, each as a general reading (the set's plans are in
tests/worksheets/holdout/fortythird; these are other words for the same slips, beside near misses that must
stay silent): first its false alarms, then its misses. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.levers import WORLD, read_lever
from studyguide.worksheets.coaching.sensors import _BEYOND_RECORD
from studyguide.worksheets.coaching.text import has_any
from tests.worksheets.test_coaching_evidence import BASE, codes_of


def notes_of(**changes):
    return {n.code: n for n in check_plan(Plan(**{**BASE, **changes}))}


# --- a start counted in places, kept to a first period ------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Twelve shops for the first three months; Mia can switch any shop back; all shops if no-shows fall.",
        "40 stores during the first quarter, the area manager approving each week's deposits; then the rest.",
    ],
)
def test_a_counted_first_stage_is_a_limited_start(rollout):
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


def test_every_shop_from_the_first_day_is_still_everywhere_at_once():
    rollout = "All 40 shops from the first day; Mia can switch it off."
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


# --- beyond the record, said with its years or as little experience ---------------------------------------
@pytest.mark.parametrize(
    "risks",
    [
        "Summers hotter than 2019-24, when clients cancel more than history shows.",
        "A new tattoo style we have barely done, and walk-ins from the festival.",
        "Winters wetter than history shows.",
    ],
)
def test_inputs_beyond_the_record_are_out_of_domain_risks(risks):
    assert "no_ood_risk" not in codes_of(risks=risks)


@pytest.mark.parametrize(
    "said",
    [
        "Prices higher than last year.",  # one year is no record's span
        "We rarely open on Mondays.",  # our own habit, no record barely holding a kind
        "Bigger than 2024 sales.",
    ],
)
def test_comparisons_that_name_no_span_of_the_record_are_not_read_as_beyond_it(said):
    assert not has_any(said, _BEYOND_RECORD)


# --- the metric -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Precision in the top 5% of customers ranked by the churn score: 0.31 on last year's data. Aim 0.5.",
        "Share of real no-shows among the first 50 bookings sorted by risk each week (now 22%).",
    ],
)
def test_a_measure_taken_inside_the_models_ranking_scores_the_model(metric):
    assert "metric_is_model_quality" in codes_of(metric=metric)


def test_a_count_of_the_top_sites_by_turnover_is_no_model_score():
    metric = "Chair hours lost to no-shows per month in the top 10 salons ranked by turnover (now 140)."
    assert "metric_is_model_quality" not in codes_of(metric=metric)


def test_agreement_between_the_model_and_a_person_with_a_target_verb_scores_the_model():
    metric = (
        "Agreement between the model's priority band and the duty nurse's own rating: 0.42 last winter. "
        "We hope to reach 0.75."
    )
    assert "metric_is_model_quality" in codes_of(metric=metric)


def test_a_question_that_opens_the_metric_box_is_the_prompt_not_a_measure():
    metric = "How will we know? Lift in the top decile of bookings ranked by the model: 1.8 now. We want 3."
    assert "metric_is_model_quality" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    ["Before the spring term, ideally by half term.", "By Easter, when the bookings open."],
)
def test_a_metric_box_that_gives_only_a_date_names_no_measure(metric):
    found = notes_of(metric=metric)
    assert "objective_no_metric" in found
    assert "says when" in found["objective_no_metric"].message


def test_a_date_with_an_amount_is_a_measure():
    assert "objective_no_metric" not in codes_of(metric="By Easter, fewer chair hours lost than last spring.")


def test_attending_the_sessions_we_run_is_a_proxy_for_learning():
    objective = "More of our adult learners pass the functional skills English exam."
    metric = "Attendance at the Tuesday revision classes: 58% last year, aiming for 80%."
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


def test_attendance_is_the_outcome_when_the_objective_asks_for_it():
    objective = "More of our adult learners attending the revision classes through to the exam."
    metric = "Attendance at the Tuesday revision classes: 58% last year, aiming for 80%."
    assert "metric_proxy" not in codes_of(objective=objective, metric=metric)


# --- lists that are tools, and another party's yes ----------------------------------------------------------
def test_uncontrollables_that_are_only_systems_name_no_input():
    found = notes_of(
        uncontrollables=["Booking system", "Till EPOS", "Accounts ledger", "the rota spreadsheet"]
    )
    assert "uncontrollables_missing" in found
    assert "where your data is kept" in found["uncontrollables_missing"].message


def test_an_uncontrollable_that_is_an_event_of_a_system_is_an_input():
    rows = ["booking system outages", "client illness", "tourist season"]
    assert "uncontrollables_missing" not in codes_of(uncontrollables=rows)


def test_lever_rows_that_are_tools_are_no_levers():
    levers = ["a demand forecast model", "the stock spreadsheet", "the sales dashboard", "weather app feed"]
    assert "levers_missing" in codes_of(levers=levers)


@pytest.mark.parametrize(
    "row", ["how many of the invited stallholders accept", "how many invited speakers say yes"]
)
def test_how_many_accept_our_invitation_is_their_choice(row):
    reading = read_lever(row)
    assert reading.verdict == WORLD and reading.firm


def test_how_many_bookings_we_accept_is_our_choice():
    assert read_lever("how many bookings we accept per day").verdict != WORLD


# --- boxes put off or waved through -------------------------------------------------------------------------
def test_an_optimizer_put_off_to_a_meeting_is_no_optimizer():
    optimizer = "We'll decide that at the next committee meeting once everyone has seen the what-ifs."
    assert "no_optimizer" in codes_of(optimizer=optimizer)


def test_an_optimizer_reviewed_at_a_meeting_still_optimises():
    optimizer = (
        "Choose the deposit per booking type to fill the most chair hours; reviewed at the next meeting."
    )
    assert "no_optimizer" not in codes_of(optimizer=optimizer)


@pytest.mark.parametrize(
    "risks",
    ["Nothing we haven't handled before.", "- Nothing the crew can't sort out on the day."],
)
def test_risks_all_said_to_be_handled_name_none(risks):
    assert "no_risks" in codes_of(risks=risks)


def test_a_named_risk_beside_a_shrug_is_a_risk():
    risks = "Summer tourists unlike our regulars. Nothing else we can't handle."
    assert "no_risks" not in codes_of(risks=risks)


def test_a_baseline_that_waits_for_a_figure_to_be_published_is_none():
    baseline = "We plan to compare with the sector benchmark once the trade body publishes it next year."
    assert "no_baseline" in codes_of(baseline=baseline)


def test_a_present_way_beside_a_figure_to_come_is_a_baseline():
    baseline = "Today a flat deposit of 50; we will also compare once the national figures come out."
    assert "no_baseline" not in codes_of(baseline=baseline)


def test_a_rollout_box_about_money_plans_no_rollout():
    found = notes_of(rollout="The parish grant (£2,500) covers the set-up and the rest comes from reserves.")
    assert "no_rollout" in found
    assert "paid for" in found["no_rollout"].message


def test_a_paid_for_rollout_that_starts_small_is_a_rollout():
    rollout = "The grant pays for the set-up. Mia's bookings only for a month; she can switch back."
    assert "no_rollout" not in codes_of(rollout=rollout)


# --- rollout and monitoring ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "When the new school year starts, the model's timetable replaces the old one at all three sites, "
        "and every class is set from it. The head can change any class.",
        "At the start of the season on 1 April the schedule goes to all four crews and from that day every "
        "job follows it in place of the foreman's list. The foreman can pull a job.",
    ],
)
def test_one_start_for_every_unit_is_everywhere_at_once(rollout):
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


def test_the_rest_following_later_is_gradual():
    rollout = "One site from April; the other sites follow in June if no-shows fall. The manager can stop it."
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


def test_a_look_put_off_to_next_years_planning_watches_nothing():
    monitoring = "The prices are fixed once the season opens; we will look at them again when planning 2028."
    assert "no_monitoring" in codes_of(monitoring=monitoring)


def test_a_weekly_look_with_a_yearly_one_still_watches():
    monitoring = "No-show hours checked every week, and again when planning next season."
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


# --- risks about mishaps, and a lever held since a year -----------------------------------------------------
def test_mishaps_in_a_season_are_no_input_unlike_the_data():
    risks = "A van breaking down in high season. A forklift incident during night moves. Fuel prices."
    plan = {
        "risks": risks,
        "data": "Three years of van rounds by season and night moves, with the deposit varied at random.",
    }
    assert "no_ood_risk" in codes_of(**plan)


def test_a_lever_held_at_one_level_since_a_year_needs_an_experiment():
    data = (
        "Bookings since 2021. The deposit is same £50 since 2021. A survey says clients would pay £60, so "
        "no trial."
    )
    found = codes_of(data=data, levers=["the deposit we ask per booking"])
    assert "lever_no_data_experiment" in found


# --- the objective -----------------------------------------------------------------------------------------
def test_an_objective_that_asks_for_a_screen_names_no_outcome():
    objective = "A dashboard where I can see each salon's predicted no-shows for the week and print it."
    found = notes_of(objective=objective)
    assert "objective_missing" in found
    assert "tool you want" in found["objective_missing"].message


def test_a_screen_wanted_for_a_named_outcome_is_an_objective():
    objective = "Fewer empty chair hours: a dashboard where I can see the week's predicted no-shows helps."
    assert "objective_missing" not in codes_of(objective=objective)


def test_how_many_our_own_agent_accepts_is_no_turnout():
    assert read_lever("how many weekday evening spots he accepts in July").verdict != WORLD


@pytest.mark.parametrize(
    "field, text",
    [
        ("baseline", "Our present way: the manager's judgement, agreed at the quarterly planning meeting."),
        ("monitoring", "Mia reads the no-show hours after each weekend and the year-end figures at the AGM."),
    ],
)
def test_a_meeting_that_already_happens_is_no_answer_put_off(field, text):
    code = {"baseline": "no_baseline", "monitoring": "no_monitoring"}[field]
    assert code not in codes_of(**{field: text})


@pytest.mark.parametrize(
    "rollout",
    [
        "Loan periods change for half the tool types first; the desk volunteers can go back to 7 days.",
        "From 1 May the new fee table replaces the £7 fee on two courts; the Chair may restore it.",
    ],
)
def test_a_rollout_that_names_money_in_passing_is_a_rollout(rollout):
    assert "no_rollout" not in codes_of(rollout=rollout)
