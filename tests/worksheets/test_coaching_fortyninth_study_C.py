"""What the forty-ninth blind set's first look taught (helper C), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortyninth; these are other words for the same slips, in other trades, beside
near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.waved_off import without_sign_off
from tests.worksheets.test_coaching_evidence import codes_of

# --- what if it went really well: the gains, then a letter's close -----------------------------------------
CINEMA = dict(
    objective="Fuller screens on weekday afternoons.",
    metric="Seats sold per weekday matinee: 31 last year.",
    levers=["the ticket price per showing", "which film gets the big screen"],
    modeler="Seats sold per showing from the ticket price, the film, the weekday and school holidays.",
    optimizer="Choose the price per showing for the most seats sold, keeping takings per seat.",
    risks="A new multiplex opening in the retail park; a strike in the film industry.",
)


@pytest.mark.parametrize(
    "went_really_well",
    [
        "The staff would earn a bigger bonus and we'd be the go-to cinema in town. Any thoughts, give me a "
        "shout! Priya",
        "Ushers on commission would earn more. Let me know your thoughts. Cheers, Priya",
        "More seats sold and a write-up in the trade press. Happy to talk it through. Best, Priya",
    ],
)
def test_gains_closed_with_a_courtesy_pass_the_loop_by(went_really_well):
    assert "no_feedback_loop" in codes_of(**CINEMA, went_really_well=went_really_well)


def test_a_loop_closed_with_a_courtesy_is_still_a_loop():
    went_really_well = (
        "Cheap matinees would fill with people who then expect cheap tickets, so the sales we learn from "
        "would be our own prices' doing. Let me know your thoughts! Priya"
    )
    assert "no_feedback_loop" not in codes_of(**CINEMA, went_really_well=went_really_well)


def test_a_question_on_the_loop_is_no_courtesy():
    asked = "Let me know if you think the audience we see would change."
    assert without_sign_off(asked) == asked
    closed = "Crew would earn more. Let me know your thoughts! Jo"
    assert without_sign_off(closed) == "Crew would earn more.\nJo"


# --- what is put on hand decides what can be sold: a stock lever asks for the loop -------------------------
PHARMACY = dict(
    objective="More prescriptions filled on the patient's first visit.",
    metric="Prescriptions filled on the first visit: 81% of 9,000 a month.",
    levers=["which medicines are pre-ordered from the wholesaler each evening", "the order cut-off time"],
    modeler="Chance a prescription is filled on the first visit from the medicines pre-ordered, the weekday "
    "and the surgery's prescribing.",
    optimizer="Choose the pre-order list each evening for the most first-visit fills, within the budget.",
    risks="A new surgery opening nearby that prescribes differently.",
)


@pytest.mark.parametrize(
    "went_really_well",
    [
        "The dispensers would earn their quarterly bonus, and we'd get a write-up in the group newsletter.",
        "A pay rise for the team and a case study for head office.",
    ],
)
def test_gains_alone_pass_by_the_loop_of_what_is_stocked(went_really_well):
    assert "no_feedback_loop" in codes_of(**PHARMACY, went_really_well=went_really_well)


def test_a_stock_loop_named_is_an_answer():
    went_really_well = (
        "Only what we pre-order can be handed over, so the fills on record show demand for what we "
        "stocked and hide the rest."
    )
    assert "no_feedback_loop" not in codes_of(**PHARMACY, went_really_well=went_really_well)


def test_a_fish_farms_stocking_density_is_no_stock_held_for_sale():
    farm = dict(
        objective="Heavier fish at harvest.",
        metric="Average harvest weight: 4.1 kg.",
        levers=["stocking density per cage", "the daily ration per fish"],
        data="Five years of weekly weights, rations and water temperatures per cage.",
        modeler="Growth per week from stocking density, the daily ration and water temperature.",
        optimizer="Choose density and ration per cage for the heaviest fish within the budget.",
        risks="A new strain of sea lice the site has never had.",
        went_really_well="Bigger fish and a bonus for the crew.",
    )
    assert "no_feedback_loop" not in codes_of(**farm)


# --- monitoring: after the trial, only the system's running is watched -------------------------------------
KIOSKS = dict(
    metric="Minutes queued at the issue desk per visitor: 6.2.",
)


@pytest.mark.parametrize(
    "monitoring",
    [
        "Amir reviews queue times and complaints weekly during the 6 weeks. After that it's business as "
        "usual: the supplier emails its monthly uptime report.",
        "Weekly queue checks by Amir for the 6 weeks of the trial. Afterwards the IT team checks the server "
        "uptime each morning.",
    ],
)
def test_only_the_systems_running_watched_after_the_trial_is_no_monitoring(monitoring):
    assert "no_monitoring" in codes_of(**KIOSKS, monitoring=monitoring)


def test_results_still_watched_beside_the_uptime_report_is_monitoring():
    monitoring = (
        "Amir reviews queue times weekly during the 6 weeks. After that, the supplier's monthly uptime "
        "report, and Amir still checks queue times each month."
    )
    assert "no_monitoring" not in codes_of(**KIOSKS, monitoring=monitoring)


# --- rollout: a count with a thousands comma is still every unit -------------------------------------------
def test_every_unit_counted_with_a_thousands_comma_is_everywhere_at_once():
    rollout = (
        "The new fares go live on all 2,300 buses at the timetable change in September, when the ticket "
        "machines are updated anyway. The fares manager approves them each month and can return any route "
        "to the old fares."
    )
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


def test_some_of_many_thousand_units_first_is_gradual():
    rollout = (
        "The new prices go live in 40 of our 2,300 stores in March; the rest follow only if margins hold. "
        "The pricing lead approves them each month and can return any store to the old prices."
    )
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)
