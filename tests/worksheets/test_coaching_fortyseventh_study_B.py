"""What the forty-seventh blind set's first look taught (helper B), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortyseventh; these are other words for the same slips, in other domains,
beside near misses that must stay silent). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


# --- a call or triage scored against what was found later -------------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Accuracy of the triage call (urgent vs routine) against the diagnosis at discharge: 71% now.",
        "Precision of our repair-or-replace call against what the workshop found: 64% last year, aim 85%.",
        "Hit rate of the intake team's guess of which boxes hold damaged stock: 58% today.",
    ],
)
def test_a_score_of_a_call_measures_the_model(metric):
    assert "metric_is_model_quality" in codes_of(metric=metric)


# --- a score's own definition, its picks said with "we" and no article -------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "Precision of the 'likely to lapse' flag: of members we flag, share who cancel in 3 months. 30% now.",
        "Recall of the 'at risk' alert: of patients we mark, share who were readmitted. Aim 70%.",
    ],
)
def test_a_share_among_the_picks_we_flag_is_the_score(metric):
    assert "metric_is_model_quality" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        # the world's outcome, measured for everyone, beside the call
        "Chair hours lost to no-shows per month (40 now); share of calls answered within a minute.",
        "Share of clients we book who turn up: 82% now, aim 90%.",
        "Orders packed correctly against the pick list: 97% last year.",
    ],
)
def test_outcomes_and_world_accuracy_stay_silent(metric):
    assert "metric_is_model_quality" not in codes_of(metric=metric)


# --- enquiries counted for units let or money -----------------------------------------------------------
@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        (
            "More of our allotment plots let and paying rent, so the site covers its water bill.",
            "Plot enquiries per month by email and noticeboard - 12 a month at the moment - and we'd want "
            "that up to 25.",
        ),
        (
            "More studio units rented out and more rent income.",
            "Inquiries about the units: 30 a quarter now.",
        ),
    ],
)
def test_enquiries_for_lets_or_money_are_a_proxy(objective, metric):
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        # enquiries followed through to the sale
        ("More of our allotment plots let and paying rent.", "Enquiries that turn into paid lets: 20% now."),
        # the objective asks for the enquiries themselves
        ("More enquiries from new families.", "Enquiries per month (12 now)."),
        # a dashed figure of a real count stays a count
        (
            "More of our plots let and paying rent.",
            "Plots let - 48 of 60 at the moment - and rent paid per year.",
        ),
    ],
)
def test_enquiries_followed_through_or_wanted_stay_silent(objective, metric):
    assert "metric_proxy" not in codes_of(objective=objective, metric=metric)


# --- wrongdoing our side catches, counted for less harm ---------------------------------------------------
@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        (
            "Fewer children hurt outside the school gates.",
            "Parking offences caught by the wardens: 300 a term.",
        ),
        ("Less litter on the high street.", "Fines issued by the enforcement officers per month (90 now)."),
        ("Fewer homes burgled on the estate.", "Arrests for burglary per quarter: 14 last year, aim 25."),
    ],
)
def test_catches_counted_for_less_harm_are_a_proxy(objective, metric):
    assert "metric_proxy" in codes_of(objective=objective, metric=metric)


@pytest.mark.parametrize(
    ("objective", "metric"),
    [
        # the harm itself is counted
        (
            "Fewer children hurt outside the school gates.",
            "Children hurt near the gates per year (police log).",
        ),
        # the objective asks for the catches themselves
        (
            "More fly-tippers prosecuted, fewer getting away.",
            "Prosecutions for fly-tipping per year (4 now).",
        ),
        # a helpdesk's tickets are no enforcement
        (
            "Fewer lessons disrupted by the projector.",
            "Helpdesk tickets about projectors per month (20 now).",
        ),
    ],
)
def test_harm_counted_or_catches_wanted_stay_silent(objective, metric):
    assert "metric_proxy" not in codes_of(objective=objective, metric=metric)


# --- a baseline that points to the targets in another box --------------------------------------------------
_METRIC_WITH_TARGETS = (
    "Chair hours lost to no-shows per month (target under 20). Deposits refunded (target 0)."
)


@pytest.mark.parametrize(
    "baseline",
    [
        "We'll hold it to the targets in the metric box.",
        "Measured against the goals set in the objective section.",
        "Judge it against the aims under the metric heading.",
    ],
)
def test_a_baseline_pointing_to_targets_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(metric=_METRIC_WITH_TARGETS, baseline=baseline)


@pytest.mark.parametrize(
    ("metric", "baseline"),
    [
        # the pointer sends to today's figures, which are a baseline
        (
            "Chair hours lost to no-shows per month (40 now, target under 20).",
            "See the metric box for today.",
        ),
        # today's way named beside the targets
        (_METRIC_WITH_TARGETS, "A flat deposit of 50 today, against the targets in the metric box."),
    ],
)
def test_a_baseline_pointing_to_todays_figures_stays_silent(metric, baseline):
    assert "no_baseline" not in codes_of(metric=metric, baseline=baseline)


# --- a metric box that turns measuring down, in other verbs ----------------------------------------------
@pytest.mark.parametrize(
    "metric",
    [
        "To be honest I don't want to pin a number on it yet - we'll know when the regulars are happy.",
        "We won't stick a figure on this; the choir will feel it.",
    ],
)
def test_declining_to_pin_a_number_is_no_metric(metric):
    assert "objective_no_metric" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        # a figure given after all
        "I don't want to pin a number on it beyond chair hours lost to no-shows: 40 a month now.",
        "Chair hours lost to no-shows per month (we won't count walk-ins).",
    ],
)
def test_a_number_given_after_all_is_a_metric(metric):
    assert "objective_no_metric" not in codes_of(metric=metric)


# --- an objective that asks for cases ranked by how likely each is ------------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "A ranked list of our 200 care homes, ordered by how likely each is to fail its food safety check, "
        "good enough that the top fifth holds most of the homes that later fail.",
        "Every member sorted by their chance of not renewing, refreshed monthly.",
        "Our bridges prioritised by the likelihood of a safety defect being found at the next inspection.",
    ],
)
def test_cases_ranked_by_likelihood_are_a_prediction(objective):
    assert "objective_is_prediction" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        # the ranking serves a wish named outside it
        "Fewer food safety failures in our care homes, by visiting first the homes ranked by how likely "
        "each is to fail.",
        # an order of work, not of likelihood
        "Fewer empty chair hours, with bookings sorted by date so the artists can plan.",
    ],
)
def test_a_ranking_in_service_of_an_outcome_stays_silent(objective):
    assert "objective_is_prediction" not in codes_of(objective=objective)


# --- an objective that reports how the work flows today ----------------------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "Repair requests come in by phone and the tenant portal and are logged by the housing office. Some "
        "900 arrive a month, a third of them damp.",
        "Planning applications reach us by e-mail and post. About 60 are received each week.",
    ],
)
def test_an_objective_that_reports_the_flow_of_work_is_missing(objective):
    assert "objective_missing" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        # the flow told beside what should change
        "Repair requests come in by phone. About 900 arrive a month; we want damp jobs fixed within a week.",
        # a wish that opens on its verb and carries the volume
        "Get the 900 requests that arrive a month to the right trade on the first visit, with fewer repeats.",
    ],
)
def test_a_flow_beside_a_wish_stays_silent(objective):
    assert "objective_missing" not in codes_of(objective=objective)
