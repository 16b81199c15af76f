"""What the fiftieth blind set's first look taught (helper C), each as a general reading (the set's plans are
in tests/worksheets/holdout/fiftieth; these are other words for the same slips, in other trades, beside near
misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.capacity_rates import busy_rates
from studyguide.worksheets.coaching.first_stage_watch import watched_in_first_stage_only
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.waved_off import only_success
from tests.worksheets.test_coaching_evidence import codes_of

# --- the work done per period, for an outcome the baseline counts elsewhere -------------------------------
KENNEL = dict(
    objective="More of the dogs we take in find a home and stay there.",
    baseline="Today's rota: 14 dogs groomed a day; 58% of dogs taken in find a home that lasts 6 months.",
)


@pytest.mark.parametrize(
    "metric",
    [
        "Dogs groomed per day: 14 now, aim 25.",
        "1. Kennels cleaned each day (now 30).",
        "Dogs assessed a week by the behaviour team: 40.",
    ],
)
def test_work_done_per_period_for_an_outcome_counted_in_the_baseline_is_a_proxy(metric):
    assert "metric_proxy" in codes_of(metric=metric, **KENNEL)


@pytest.mark.parametrize(
    ("metric", "changes"),
    [
        # the objective asks for the work itself
        ("Dogs groomed per day: 14 now.", {"objective": "Every dog in our care groomed at least weekly."}),
        # a result per day, not work: the homes found
        ("Dogs rehomed per week: 6 now, aim 9.", {}),
        # the outcome counted beside the work
        ("Dogs groomed per day (14); share of dogs still in their new home after 6 months (58%).", {}),
        # the baseline counts no outcome of the objective's own
        ("Dogs groomed per day: 14 now.", {"baseline": "Today's rota, first come first served."}),
    ],
)
def test_work_the_objective_asks_for_or_beside_the_outcome_is_no_proxy(metric, changes):
    assert "metric_proxy" not in codes_of(metric=metric, **{**KENNEL, **changes})


def test_diners_served_a_night_is_work_and_diners_coming_back_is_not():
    objective = "More diners come back to us within a month."
    baseline = "120 covers served a night; 22% of diners come back within a month."
    assert busy_rates(["Covers served a night: 120"], objective, baseline)
    assert not busy_rates(["Covers sold a night: 120"], objective, baseline)


# --- monitoring bound to the trial by words after the look -------------------------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "The owner counts no-show hours weekly throughout the trial. After that the booking tool is part of "
        "the till system; the supplier hosts it and will ring us if it goes down.",
        "Mia checks no-show hours every Friday during the pilot. Afterwards the reminders simply run as set.",
    ],
)
def test_a_look_bound_to_the_trial_by_its_last_words_stops_watching(monitoring):
    assert watched_in_first_stage_only(monitoring, "Chair hours lost to no-shows per month.")
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "The owner counts no-show hours weekly during the pilot, and monthly after that.",
        "The owner counts no-show hours weekly during the pilot. After that she keeps checking no-show hours "
        "each month.",
    ],
)
def test_a_look_that_goes_on_after_the_trial_is_monitoring(monitoring):
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


def test_the_pilot_named_as_a_place_does_not_bound_the_look():
    # "during the pilot branches' late opening" names where the look is made, not for how long
    said = "The owner counts no-show hours weekly during the pilot branches' late opening. After: nothing."
    assert not watched_in_first_stage_only(said, "Chair hours lost to no-shows per month.")


def test_a_loop_told_with_a_word_of_counting_is_no_look():
    # Once the watch stops after the trial, a loop in what-if-well ("we only count no-shows among regulars")
    # says what the data will lack; it does not watch the results.
    monitoring = "The owner counts no-show hours weekly during the pilot. After that the tool just runs."
    went_really_well = (
        "If deposits scare off first-timers, we only count no-shows among regulars, so the model learns "
        "from them alone."
    )
    assert "no_monitoring" in codes_of(monitoring=monitoring, went_really_well=went_really_well)
    assert "no_monitoring" not in codes_of(
        monitoring="The owner counts no-show hours every month.", went_really_well=went_really_well
    )


# --- what if it went really well: the gains put to our own use, said with "could" ------------------------
_PLAIN_RISKS = dict(risks="A new salon opening on the high street; a wet summer.")


@pytest.mark.parametrize(
    "went_really_well",
    [
        "We could take on a junior stylist and I could afford to close the Monday late session.",
        "We'd get back a day a week of front-desk time, which could go to training the juniors.",
        "I could finally afford a new chair and hire a weekend receptionist.",
    ],
)
def test_gains_put_to_our_own_use_pass_the_loop_by(went_really_well):
    assert "no_feedback_loop" in codes_of(went_really_well=went_really_well, **_PLAIN_RISKS)


@pytest.mark.parametrize(
    "went_really_well",
    [
        # "could" said of the clients weighs a consequence
        "Clients could get used to the reminders and ignore them, so no-shows creep back.",
        # our option beside a second thought
        "We could close the Monday shift, but nervous clients could stop booking, so the model sees only "
        "regulars.",
    ],
)
def test_could_said_of_others_or_beside_a_thought_is_thinking_on(went_really_well):
    assert not only_success(went_really_well, "Fewer empty chair hours. Chair hours lost to no-shows.")
    assert "no_feedback_loop" not in codes_of(went_really_well=went_really_well, **_PLAIN_RISKS)


# --- a pitch we choose, or post we send, asks for the loop beside gains alone -------------------------------
PIE_STALL = dict(
    objective="More takings from my pie stall over the season, with fewer pies thrown away.",
    metric="Takings per market day: 410 pounds average; pies binned: 12 a day.",
    levers=["which farmers' market we stand at each Saturday", "how many pies we bake the night before"],
    uncontrollables=["the weather", "how many people visit each market"],
    modeler="Pies sold per market day from the market, the weather and how many we bake.",
    optimizer="Choose the market each Saturday and the bake to sell the most pies with little waste.",
    risks="A new bakery opening in the market town; a wet summer.",
    went_really_well="We could afford a second stall and take my daughter on to run it.",
)


def test_a_pitch_we_choose_asks_for_the_loop_beside_gains_alone():
    assert "no_feedback_loop" in codes_of(**PIE_STALL)


def test_a_pitch_with_the_loop_named_or_no_pitch_chosen_is_silent():
    named = (
        "If we only stand at the town market, we never learn what the village markets would sell, so the "
        "sales we learn from follow our own picks."
    )
    assert "no_feedback_loop" not in codes_of(**{**PIE_STALL, "went_really_well": named})
    bake_only = dict(
        levers=["how many pies we bake the night before"],
        modeler="Pies sold per market day from the weather and how many we bake.",
        optimizer="Choose the bake to sell the most pies with little waste.",
    )
    assert "no_feedback_loop" not in codes_of(**{**PIE_STALL, **bake_only})


DENTAL_RECALL = dict(
    objective="More of our patients come in for their check-up on time.",
    metric="Check-ups more than 3 months overdue: 1,150 of 6,000 patients.",
    levers=["when the recall letter goes out", "whether the letter names a set appointment time"],
    uncontrollables=["patients moving away", "illness"],
    modeler="Chance a patient books a check-up within 2 months of the letter, from its timing and whether "
    "it names a time.",
    optimizer="Choose the letter's timing and wording per patient for the fewest overdue check-ups.",
    risks="A new NHS contract in April; a second practice opening in town.",
    went_really_well="We'd get back a day a week of reception time, which could go to the phones.",
)


def test_post_we_send_asks_for_the_loop_beside_gains_alone():
    assert "no_feedback_loop" in codes_of(**DENTAL_RECALL)


def test_post_we_send_with_the_loop_named_is_silent():
    named = (
        "Patients who get the letter early book early, so the bookings we learn from follow our own letters."
    )
    assert "no_feedback_loop" not in codes_of(**{**DENTAL_RECALL, "went_really_well": named})


# --- what a decision is made from, said of someone, is not the lever ---------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "which route the app suggests from the rider's location",
        "the dose the nurse gives from each patient's weight",
    ],
)
def test_a_decision_made_from_someones_figures_is_ours(lever):
    assert read_lever(lever).verdict == CONTROL


@pytest.mark.parametrize(
    "lever",
    [
        "which size the customer orders from the brand's chart",  # their act, whatever it is made from
        "the customer's measurements",  # a state of someone we serve, with nothing decided
        "donations from the members' families",
    ],
)
def test_someones_own_act_or_state_stays_theirs(lever):
    assert read_lever(lever).verdict == WORLD
