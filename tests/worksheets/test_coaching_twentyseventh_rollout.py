"""Coaching study 69 (the twenty-seventh set's rollout and monitoring misses), by general cause, not by the
set's words. Pure: the rules alone, no model. Our own sentences, in other trades, voices and shapes; each
cause beside near phrasings the rule must leave alone."""

import pytest

from studyguide.worksheets.coaching.complaints_watch import only_complaints_watched
from studyguide.worksheets.coaching.one_launch import first_stage_everywhere
from studyguide.worksheets.coaching.system_upkeep_watch import only_system_running_watched
from studyguide.worksheets.coaching.told_afterwards import told_only_afterwards
from tests.worksheets.test_coaching_evidence import codes_of

BASE_METRIC = "Chair hours lost to no-shows per month."


# --- a person who only RECEIVES an account of the decisions, however it reaches them, oversees nothing ---
@pytest.mark.parametrize(
    "rollout",
    [
        "Ward by ward over three months. The app publishes the rotas itself; the head nurse gets a weekly "
        "report of the rotas it set.",
        "Two depots first, then all. The drivers follow the routes; the fleet manager is e-mailed a summary "
        "each Friday.",
        "Start with year 7, then the whole school. Heads of year receive a termly spreadsheet of the groups.",
        "One warehouse for a month, then three. The model places the orders; a recap e-mail goes to the "
        "buyer, Ana, every Monday.",
        "Stage 1 the north, stage 2 the south. The app sets the fares itself and finance are sent a PDF of "
        "the fares it set.",
        "Rolled out shop by shop: the tool prices every item itself, and the area manager sees the week's "
        "prices on her dashboard.",
    ],
)
def test_only_receiving_an_account_of_the_decisions_is_no_oversight(rollout):
    assert told_only_afterwards(rollout)
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "One ward first; the head nurse gets a daily list of the proposed rotas and approves each before it "
        "is published. Then the rest.",
        "Two depots first; the fleet manager receives each day's routes the night before and can veto any. "
        "Then all.",
        "Pilot in one branch for a month; the manager reviews every suggested order and can stop it, and "
        "gets a weekly summary. Then the rest.",
    ],
)
def test_a_look_before_the_decisions_beside_a_report_stays_unflagged(rollout):
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


# --- a first stage whose scope is already everything is one launch, however it is put ---
@pytest.mark.parametrize(
    "rollout",
    [
        "Stage one: every school uses the new timetable from September. Stage two: the evening classes "
        "too. The head can change a day.",
        "First: the whole fleet runs on the optimised routes. Then: weekend routes as well; the depot "
        "manager can override.",
        "Step 1 - all 14 branches get the model's stock orders. Step 2 - the fresh counter. Buyer Lee can "
        "stop it.",
        "Wave one covers all 200 care homes on the new visit plan. Wave two adds home visits in spring, "
        "manager Ola can pause it.",
        "Week 1: every till charges the new prices. Week 3: the kiosks as well. The owner can reset prices.",
    ],
)
def test_a_first_stage_that_covers_everything_is_not_gradual(rollout):
    assert first_stage_everywhere(rollout)
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "Phase 1: all 60 bins logged for a month with the old rounds unchanged, the model only suggests. "
        "Phase 2: 10 bins on the new rounds. The supervisor can stop it.",
        "Phase 1: 10 of the 60 bins on the new rounds. Phase 2: all 60 bins. The supervisor can stop it.",
        "Phase 1: the model runs in shadow on every bin while crews keep the old rounds. Phase 2: ten bins "
        "switch; the supervisor can stop it.",
    ],
)
def test_a_limited_or_trial_first_stage_stays_gradual(rollout):
    assert not first_stage_everywhere(rollout)
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


# --- watching the model's own scores is watching the system, not what its decisions do ---
@pytest.mark.parametrize(
    "monitoring",
    [
        "Our analyst checks the model's training accuracy every week after retraining.",
        "Validation loss, logged nightly.",
        "- test set F1\n- precision and recall on held-out bookings",
        "Each month, once the model has been refitted on the new data, we look at its accuracy on the "
        "validation data and retrain if it falls.",
        "The intern watches cross-validation scores.",
    ],
)
def test_watching_only_the_models_scores_is_no_monitoring(monitoring):
    assert only_system_running_watched(monitoring, BASE_METRIC)
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "The owner checks no-show hours each month, and the model's training accuracy after each refit.",
        "Weekly: chair hours lost to no-shows against last year; validation loss too.",
        "The owner compares lost chair hours with the baseline every month.",
    ],
)
def test_the_models_scores_beside_the_outcome_are_monitoring(monitoring):
    assert not only_system_running_watched(monitoring, BASE_METRIC)
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


# --- waiting to hear from people (complaints, feedback, reviews) is not watching what the decisions do ---
@pytest.mark.parametrize(
    "monitoring",
    [
        "A suggestion box at reception.",
        "We read customer complaints as they come in.",
        "Staff pass on any complaints to the manager, who deals with them.",
        "- feedback forms\n- online reviews",
        "If anyone is unhappy they will tell us, and the owner will look into it straight away.",
    ],
)
def test_waiting_for_complaints_is_no_monitoring(monitoring):
    assert only_complaints_watched(monitoring, BASE_METRIC)
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    ("monitoring", "metric"),
    [
        ("The owner checks no-show hours each month and reads the complaints.", BASE_METRIC),
        ("Complaints per 100 bookings, weekly, by the owner.", "Complaints per 100 bookings."),
        ("Each week: chair hours lost to no-shows, plus any online reviews.", BASE_METRIC),
        # complaints counted are a number watched, whatever the metric
        ("Complaints per 1,000 bookings, weekly, read by the owner.", BASE_METRIC),
        ("Number of complaints a month, checked by Jo.", BASE_METRIC),
        ("The receptionist logs every complaint; the tally goes to the owner on Fridays.", BASE_METRIC),
    ],
)
def test_complaints_beside_the_outcome_are_monitoring(monitoring, metric):
    assert not only_complaints_watched(monitoring, metric)
    assert "no_monitoring" not in codes_of(monitoring=monitoring, metric=metric)
