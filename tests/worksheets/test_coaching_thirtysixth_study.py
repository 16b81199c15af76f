"""What the thirty-sixth set's first look missed, read for its general cause, in sentences of our own from
other services: an objective that describes the team and what it is responsible for, a prediction shown on a
screen while the rest is done "as now", a tool's sensitivity against a specialist's score, sessions we put on
or favourites on our listings counted for an outcome, runs driven "as issued", candidates assigned our help,
a rule of thumb told by someone else as the model, records never counted, a box doubting it applies, the
levers pasted again as the uncontrollables, and a person who can change each plan before it is used."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.loop_scope import picks_people_by_role
from studyguide.worksheets.coaching.model_handoff import model_left_to_a_person
from studyguide.worksheets.coaching.proxies import counted_activity
from studyguide.worksheets.coaching.rollout import automation_stated, power_given
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.unanswered import says_nothing
from studyguide.worksheets.coaching.work_described import describes_the_work


def _plan(**fields):
    base = {
        "title": "Grit bin refills",
        "objective": "Fewer falls on icy pavements near the town's grit bins this winter.",
        "metric": "Falls on ice reported near bins per winter (now 38).",
        "levers": [
            "which bins get refilled each week",
            "refill size (half or full)",
            "route order of the van",
        ],
        "uncontrollables": ["frost nights", "how much grit residents take", "roadworks"],
        "modeler": "Chance a bin is empty on a frost night, from refill size, weeks since refill and frost.",
        "simulator": "What if the hill bins get a full refill every week in January?",
        "optimizer": "Picks the bins to refill and their size each week within one van day.",
        "baseline": "Every bin topped up once a month today: 38 falls last winter.",
        "rollout": "North ward first, Priya (highways officer) approving each week's list; then the town.",
        "monitoring": "Priya monthly: falls reported, empty bins found, van hours.",
        "risks": "A new estate with bins we have no history for; a winter colder than any in our records.",
        "went_really_well": "Bins we refill often look well used, so the records may say they need yet more.",
        "data_have": "Refill log for four winters: bin, date, size, found empty or not.",
        "data_collect": "Frost nights from the council's weather station.",
        "experiment_needed": "yes",
        "experiment_notes": "For six weeks, half the bins in one ward, at random, get a full refill.",
    }
    return plan_from_mapping({**base, **fields})


def _codes(plan):
    return {n.code for n in coach(plan).notes}


def test_the_plan_these_tests_change_gets_no_note():
    assert _codes(_plan()) == set()


def test_an_objective_that_describes_the_team_states_no_outcome():
    objective = (
        "1.1 The Highways Winter team comprises two officers and a driver. It is responsible for about "
        "240 grit bins across the town, many put in during the 1990s."
    )
    assert describes_the_work(objective)
    assert not describes_the_work("The Highways Winter team wants fewer falls near its 240 grit bins.")
    assert "objective_missing" in _codes(_plan(objective=objective))


def test_a_prediction_shown_on_a_screen_while_the_rest_is_done_as_now_decides_nothing():
    optimizer = (
        "The driver's tablet shows each bin's empty risk when he opens the route. Jo builds the route by "
        "ward as now, and the refill sizes are untouched by it."
    )
    simulator = "What if it snows for a week? What if the van breaks down?"
    assert "prediction_not_decision" in _codes(_plan(optimizer=optimizer, simulator=simulator))


def test_a_flags_sensitivity_against_a_specialists_score_measures_the_model():
    metric = (
        "Sensitivity of the empty-bin flag against the officer's inspection, on 200 bins: 0.7 now, aim 0.9."
    )
    assert "metric_is_model_quality" in _codes(_plan(metric=metric))


@pytest.mark.parametrize(
    "metric, objective",
    [
        (
            "Grit safety talks delivered across the wards per winter: 12 now, target 20.",
            "Fewer falls on ice.",
        ),
        (
            "favourites on my listings per month - ~300 atm, want 900",
            "Make £600 profit a month from the shop.",
        ),
    ],
)
def test_sessions_we_put_on_or_favourites_on_our_listings_count_activity(metric, objective):
    assert counted_activity(metric.split(":")[0].split(" - ")[0], objective)
    assert "metric_proxy" in _codes(_plan(metric=metric, objective=objective))


def test_work_carried_out_as_the_tool_issues_it_has_no_one_in_charge():
    assert automation_stated("Routes go to the van tablet at 6; the driver drives them as issued.")
    assert not automation_stated("Routes go to Priya at 6; she checks them before the driver sets off.")


def test_a_person_who_can_change_each_plan_before_it_is_used_is_in_charge():
    assert power_given("The highways officer (Priya Shah) agrees each list on Monday and can change it.")
    assert not power_given("The app can change it.")


def test_candidates_assigned_our_help_loop_back():
    assert picks_people_by_role("which new tenants are assigned a support worker")


def test_a_rule_of_thumb_told_by_someone_else_is_no_model():
    assert model_left_to_a_person(
        "Dave at the depot tells me which bins ran out last year and I go with that."
    )
    assert not model_left_to_a_person(
        "Chance a bin runs out, from last year's refills; Dave tells me which to check."
    )


@pytest.mark.parametrize(
    "text, key",
    [
        ("None - never counted, we just refill till the grit's gone.", "data"),
        ("Don't need to. When it's gone it's gone.", "data"),
        ("Not sure this applies to a grit bin round.", "optimizer"),
    ],
)
def test_records_never_counted_or_a_box_doubting_it_applies_say_nothing(text, key):
    assert says_nothing(text, key)


def test_the_till_as_a_record_still_names_data():
    assert not says_nothing("Don't need to, the till records every sale.", "data")


def test_the_levers_pasted_again_as_the_uncontrollables_is_no_list():
    levers = ["4.1 which bins get refilled each week", "4.2 refill size (half or full)", "4.3 route order"]
    uncontrollables = [
        "5.1 which bins get refilled each week",
        "5.2 refill size (half or full)",
        "5.3 route order",
    ]
    codes = _codes(_plan(levers=levers, uncontrollables=uncontrollables))
    assert "uncontrollables_missing" in codes and "lever_not_controllable" not in codes


@pytest.mark.parametrize(
    "optimizer",
    [
        "Picks the bins and refill sizes each week while falls stay at least as low as last winter's.",
        "Sets each bin's refill size and minimum stay daily to cut falls most within one van day.",
        "Picks refill sizes for the fewest falls, keeping van hours at least as low as now.",
    ],
)
def test_a_limit_or_a_noun_that_sounds_like_keeping_is_still_a_decision(optimizer):
    assert "prediction_not_decision" not in _codes(_plan(optimizer=optimizer))


def test_the_judge_never_calls_a_metric_naming_nothing_of_a_model_its_score():
    from studyguide.worksheets.coaching.field_judge import JUDGED

    applies = JUDGED["metric_is_model_quality"].applies
    assert not applies(
        _plan(metric="Lap time on our test track (median 58.2 s); lap-to-lap spread (sd 1.4 s).")
    )
    assert applies(_plan(metric="Accuracy of the empty-bin flag on last winter's checks."))
    assert applies(_plan(metric="BLEU of the engine output against our reference translations."))
