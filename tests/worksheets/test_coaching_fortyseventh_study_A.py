"""What the forty-seventh blind set's first look taught (helper A), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortyseventh; these are other words for the same slips, in other trades,
beside near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.first_stage_watch import watched_in_first_stage_only
from studyguide.worksheets.coaching.unanswered import dismissed
from tests.worksheets.test_coaching_evidence import codes_of


# --- watching bound to the trial told only by its length --------------------------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        # the trial's length opens the sentence, then the system is left as set
        "During the 6 weeks the owner counts lost chair hours every Friday. After that the deposits are "
        "written into the booking policy and the project is closed.",
        # ... or closes it, and the later look is only the tills
        "Mia counts lost chair hours and complaints for the four weeks. Afterwards the accountant gets the "
        "monthly till summary.",
        "Liam reviews lost chair hours throughout the 8 weeks.\nAfter that: nothing further.",
    ],
)
def test_watching_for_the_trials_length_only_stops_while_it_runs(monitoring):
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        # a look that comes back after the trial
        "During the 6 weeks the owner counts lost chair hours every Friday. After that she counts them each "
        "month.",
        # the tills read beside the outcome itself
        "Mia counts lost chair hours for the four weeks. Afterwards the accountant gets the monthly till "
        "summary with lost chair hours beside the takings.",
        # "till" saying until: a look kept up to a date is still a look
        "During the 6 weeks the owner counts lost chair hours every Friday. After that she checks them till "
        "the end of the year and then decides.",
        # a span that is no trial: a look over the past, and a look that goes on
        "The owner compares lost chair hours with the 12 months before the change, every month.",
    ],
)
def test_watching_that_goes_on_after_the_trials_length_is_monitoring(monitoring):
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


def test_a_time_word_in_the_metric_is_not_an_outcome_watched_later():
    # "after" in the metric ("lost after 6pm") is no outcome shared with "After that ... the till summary"
    metric = "Chair hours lost to no-shows after 6pm, per month."
    monitoring = (
        "Mia counts them for the four weeks. After that the accountant gets the quarterly till summary."
    )
    assert watched_in_first_stage_only(monitoring, metric)
    assert "no_monitoring" in codes_of(metric=metric, monitoring=monitoring)


# --- a box denied as not written down ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "risks",
    [
        "We haven't listed any: a tattoo deposit can't harm anyone.",
        "I have not named any - it is only a reminder text.",
        # the form's question before the answer is not read as the answer
        "Q: Risks? A: We haven't listed any.",
    ],
)
def test_risks_said_not_listed_name_no_risk(risks):
    assert "no_risks" in codes_of(risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "We haven't listed any beyond a new studio opening on the high street.",
        "We haven't listed any yet, except that summer tourists are unlike our regulars.",
    ],
)
def test_a_denial_with_a_risk_after_it_names_a_risk(risks):
    assert "no_risks" not in codes_of(risks=risks)


# --- a search declined: nothing automatic, a model kept away from the choice ------------------------------
@pytest.mark.parametrize(
    "optimizer",
    [
        "Nothing automatic: I'd rather not let a model anywhere near the deposits.",
        "9. Nothing automated.",
        "We'd rather not let the computer decide our prices.",
        "Q: Tuned? A: Nothing automatic.",
    ],
)
def test_a_search_declined_is_no_optimizer(optimizer):
    assert "no_optimizer" in codes_of(optimizer=optimizer)


@pytest.mark.parametrize(
    "optimizer",
    [
        "Nothing automatic: the owner picks the deposit from the three best the search finds.",
        "Choose the deposit per booking type automatically to fill the most chair hours.",
    ],
)
def test_a_search_whose_pick_someone_still_makes_is_an_optimizer(optimizer):
    assert "no_optimizer" not in codes_of(optimizer=optimizer)


# --- a model denied, the values set by hand instead -------------------------------------------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "None really - I'll set the deposits myself from last year's bookings, as I do now.",
        "Q: Model? A: Not needed - the owner sets the reminder times from experience.",
    ],
)
def test_a_model_denied_for_a_setting_made_by_hand_is_no_model(modeler):
    assert "model_missing" in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        "None really - I'll set the deposits from a forecast of no-shows per booking type.",
        "The chance of a no-show given the deposit, the reminder time and the lead time; I set the deposits.",
    ],
)
def test_a_model_that_still_predicts_is_a_model(modeler):
    assert "model_missing" not in codes_of(modeler=modeler)


def test_someone_setting_things_is_still_a_choice_in_the_optimizers_box():
    assert not dismissed("None - the foreman sets the rota.", "optimizer")


# --- "check-in" and "check-out" name a moment of the work, not a person checking ---------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Mia's bookings first, then all four artists. At 7am the tool takes the night's check-ins and sends "
        "each artist a deposit list directly to their phone. Because the lists refresh on their own, the "
        "front desk doesn't need to review them.",
        "Mia's bookings first, then the others. The tool reads each morning's check-out list and sends each "
        "artist's deposits straight to the booking page. As they update themselves, nobody needs to check "
        "them.",
    ],
)
def test_automation_beside_a_check_in_or_check_out_has_nobody_in_charge(rollout):
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "Mia's bookings first, then all four artists. The tool reads each morning's check-out list and "
        "proposes each artist's deposits. The owner checks them before they go on the booking page.",
        "Mia's bookings first, then the others. Mia checks in each client and can change any deposit the "
        "tool sets before it goes live.",
    ],
)
def test_a_person_who_checks_the_output_beside_a_check_in_is_in_charge(rollout):
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)
