"""What the forty-first blind set's first look taught, each as a general reading (the set's plans are in
tests/worksheets/holdout/fortyfirst; these are other words for the same slips). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.text import quote
from tests.worksheets.test_coaching_evidence import BASE, codes_of


def notes_of(**changes):
    return {n.code: n.message for n in check_plan(Plan(**{**BASE, **changes}))}


# --- a box that denies its element, however the denial is put --------------------------------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "Not using one. Chairs are booked from the same week last year, plus two for bank holidays.",
        "Haven't got one - the diary shows who is booked and Mia decides the deposits on the day.",
        "We don't need a model.",
    ],
)
def test_a_model_denied_is_a_missing_model(modeler):
    assert "model_missing" in codes_of(modeler=modeler)


def test_a_model_named_after_a_shrug_is_a_model():
    modeler = "Nothing special - a spreadsheet that predicts no-shows from the deposit and the reminder time."
    assert "model_missing" not in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "simulator",
    [
        "The studio's hours are set by the landlord, so there is nothing to try out here.",
        "Nothing to run.",
    ],
)
def test_a_simulator_waved_off_with_its_reason_first_is_missing(simulator):
    assert "no_simulator" in codes_of(simulator=simulator)


def test_a_loop_under_went_really_well_does_not_answer_denied_risks():
    loop = (
        "If regulars always get the cheapest slot they'll never try the others, so the model keeps "
        "putting them back there."
    )
    found = notes_of(risks="None really - it's only deciding the deposits.", went_really_well=loop)
    assert "no_risks" in found


# --- an objective that describes the office, levers that name people -------------------------------------
def test_an_objective_that_gives_the_office_its_size_is_no_objective():
    objective = (
        "The studio handles about 900 bookings a year across two rooms, with four artists and a "
        "receptionist. "
        "Clients are mostly walk-ins from the high street."
    )
    assert "objective_missing" in codes_of(objective=objective)


def test_levers_that_name_people_are_no_levers():
    levers = ["the front desk team", "Mia Jones, studio manager", "the two junior artists"]
    assert "levers_missing" in codes_of(levers=levers)
    assert "levers_missing" not in codes_of(levers=["extra staff on Saturdays", "the deposit we ask"])


# --- a baseline put off or declined with a date in its reason ----------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "Comparison is tricky as the booking rules changed in 2024; we'll judge the deposits on their own "
        "figures.",
        "- we'll measure it from the first quarter the new deposits run and compare after that",
    ],
)
def test_a_baseline_put_off_to_the_new_way_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


def test_a_baseline_with_the_old_figures_stays_a_baseline():
    baseline = (
        "A flat deposit of 50 (2024: 212 chair hours lost); the first quarter of the new deposits is set "
        "beside it."
    )
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- monitoring that looks after the kit or checks that the output came out ------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "- Nothing extra. The card machine gets its yearly service, as it always has.",
        "The receptionist checks each month that the deposit list was sent out before the weekend.",
    ],
)
def test_monitoring_of_the_machinery_is_no_monitoring(monitoring):
    found = notes_of(monitoring=monitoring, rollout="Mia's bookings only for a month; she can switch back.")
    assert "no_monitoring" in found
    assert "“-" not in found["no_monitoring"]  # the bullet mark is not the student's words


def test_a_quote_leaves_out_a_leading_bullet_mark_only():
    assert quote("- Nothing extra.") == "“Nothing extra”"
    assert quote("-5 °C nights") == "“-5 °C nights”"


# --- data held only in memory -------------------------------------------------------------------------
def test_records_that_are_only_memory_are_no_data():
    found = codes_of(
        data="Only the designs on the wall, and what Mia remembers clients asking for.\n"
        "Nothing extra - we're small."
    )
    assert "no_data" in found


# --- a rollout that goes everywhere at once, with room to adjust -------------------------------------------
def test_an_adjustment_in_percent_is_not_a_gradual_start():
    rollout = (
        "From 1 March all four artists take deposits from the model's figures. Each artist can add or cut "
        "up to 10% for a client they know, and Mia can switch back any day."
    )
    assert "rollout_not_gradual" in codes_of(rollout=rollout)
    assert "rollout_not_gradual" not in codes_of(
        rollout="10% of bookings first, for a month; Mia can switch back. Then the rest."
    )


def test_a_decision_handed_to_the_system_has_no_one_to_stop_it():
    rollout = (
        "Mia's bookings first for two months, then all four artists. The deposit goes to the client from "
        "the system as soon as the booking is saved; deposits are the system's, and the old price card is "
        "retired."
    )
    found = notes_of(rollout=rollout)
    assert "rollout_no_human_oversight" in found
    assert "“deposits are the system's" in found["rollout_no_human_oversight"]


# --- a forecast shown while the choice goes on as before ---------------------------------------------------
def test_a_choice_still_made_as_now_is_no_decision():
    optimizer = (
        "Clients see their no-show chance in an email. Deposits are still chosen by whichever artist "
        "takes the booking, as now."
    )
    assert "prediction_not_decision" in codes_of(optimizer=optimizer)


# --- new inputs named in plain words ------------------------------------------------------------------
@pytest.mark.parametrize(
    "risks",
    [
        "Tattoo styles from the new guest artist, never in our data; a new booking app.",
        "A new scanner on the front desk reading the forms differently.",
    ],
)
def test_new_inputs_named_in_plain_words_are_an_out_of_domain_risk(risks):
    assert "no_ood_risk" not in codes_of(
        risks=risks + " If deposits go up, first-timers book elsewhere (a loop)."
    )
