"""What the sixth held-out set taught (tests/worksheets/holdout/sixth): a field answered as question and
answer is read by its answer; a field that only puts the work off, or says nothing is kept, names nothing; a
number inside a name is no target. Each test changes one part of a complete plan. Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching import Plan
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.plan import answers_only
from studyguide.worksheets.coaching.substance import is_non_answer
from tests.worksheets.test_coaching_evidence import BASE, codes_of


# --- question and answer: the form's question is not the student's answer ------------------------------
def test_the_question_before_an_answer_is_dropped():
    plan = Plan(**{**BASE, "monitoring": "Q: Who watches it? A: The owner, each month.\nQ: What? A: Hours."})
    assert answers_only(plan).monitoring == "The owner, each month.\nHours."
    assert answers_only(Plan(**BASE)) == Plan(**BASE)  # nothing to drop


def test_a_question_and_answer_plan_reads_like_the_plain_one():
    qa = {key: f"Q: Your {key}? A: {BASE[key]}" for key in ("objective", "metric", "modeler", "monitoring")}
    assert codes_of(**qa) == set()


# --- a model put off till later is no model --------------------------------------------------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "Haven't got that far. We'll see what the software vendor offers.",
        "Q: What does it predict? A: Not decided, we will see what the consultants suggest.",
    ],
)
def test_a_modeler_that_puts_the_model_off_is_missing(modeler):
    assert "model_missing" in codes_of(modeler=modeler)


def test_a_modeler_that_names_a_model_after_a_hesitation_is_kept():
    modeler = "Not sure yet of the method, but it predicts no-shows given the deposit and the reminder time."
    assert "model_missing" not in codes_of(modeler=modeler)


# --- data: nothing kept, nothing to be collected ----------------------------------------------------------
def test_data_that_says_nothing_is_kept_or_collected_is_no_data():
    assert "no_data" in codes_of(data="Nothing written down. I go by feel.\nNothing. Not worth the bother.")
    assert is_non_answer("Nothing recorded.")


def test_data_that_names_records_after_nothing_is_kept():
    data = "Nothing written down by hand, but the booking system holds three years of bookings and no-shows."
    assert "no_data" not in codes_of(data=data)


# --- a number inside a name is no target ------------------------------------------------------------------
def test_an_objective_whose_only_number_is_a_name_still_needs_a_metric():
    objective = "I think we want more clients from Studio 4 keeping their bookings."
    assert "objective_no_metric" in codes_of(metric="", objective=objective)


def test_an_objective_with_its_own_target_stands_in_for_the_metric():
    objective = "Cut the chair hours lost to no-shows in Studio 4 by 20 %."
    assert "objective_no_metric" not in codes_of(metric="", objective=objective)


# --- out-of-domain risks of a product that reads images or readings --------------------------------------
PHOTO_MODEL = "Reads the photo of each design to estimate the session length, given the deposit."
LOOP_RISK = BASE["risks"].split(". ", 1)[1]  # the loop alone, no out-of-domain risk


def test_a_lever_that_takes_photos_leaves_a_model_that_reads_them():
    levers = [*BASE["levers"], "how often each design is photographed"]
    assert "no_ood_risk" in codes_of(levers=levers, modeler=PHOTO_MODEL, risks=LOOP_RISK)


def test_what_our_own_choices_do_to_the_labels_is_no_out_of_domain_risk():
    risks = LOOP_RISK + " The artist only grades the designs we refer, so our new labels come from those."
    assert "no_ood_risk" in codes_of(modeler=PHOTO_MODEL, risks=risks)


@pytest.mark.parametrize("risk", ["Artists work overtime at night.", "Camera battery replacement cost."])
def test_a_condition_or_a_cost_not_said_of_the_inputs_is_no_out_of_domain_risk(risk):
    assert "no_ood_risk" in codes_of(modeler=PHOTO_MODEL, risks=f"{LOOP_RISK} {risk}")


@pytest.mark.parametrize(
    "risk",
    [
        "A design photo taken at night is darker than the ones it learned from.",
        "A new kind of tattoo style may confuse it.",
        "A replacement camera sees colours differently.",
    ],
)
def test_a_risk_to_the_inputs_is_still_credited(risk):
    assert "no_ood_risk" not in codes_of(modeler=PHOTO_MODEL, risks=f"{LOOP_RISK} {risk}")


# --- a person in charge of it, whatever the verb; the power to stop it denied -----------------------------
UNWATCHED_BY_NAME = "No-show hours in the monthly report."


@pytest.mark.parametrize(
    "rollout",
    [
        "Mia's bookings first, read by the owner, who can withdraw it, then all four artists.",
        "Mia's bookings first; my sister can tell it what to change any day; then all four artists.",
        "Mia's bookings first, then all four artists. Mia has the switch to go back at any time.",
    ],
)
def test_a_person_with_the_power_to_act_on_it_is_oversight(rollout):
    monitoring = "The booking system runs by itself. " + UNWATCHED_BY_NAME
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout, monitoring=monitoring)


def test_the_power_to_stop_it_denied_is_no_oversight():
    rollout = (
        "Mia's bookings first, then all four artists; the manager gets a copy, but there is no way to edit "
        "or pause the deposits."
    )
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring=UNWATCHED_BY_NAME)


def test_our_system_that_can_change_it_is_no_person():
    rollout = (
        "Mia's bookings first, then all four artists. Deposits are set automatically; our app can alter them."
    )
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring=UNWATCHED_BY_NAME)


# --- levers named together by what they are -------------------------------------------------------------
def test_a_model_given_all_setpoints_uses_the_levers():
    changes = dict(
        levers=["oven zone 1 temperature", "belt speed"],
        modeler="Reject chance given all setpoints and the flour moisture.",
        optimizer="Min reject cost s.t. the flour window.",
    )
    codes = codes_of(**changes)
    assert "model_no_lever" not in codes and "prediction_not_decision" not in codes


def test_a_model_given_its_own_settings_still_uses_no_lever():
    changes = dict(
        levers=["oven zone 1 temperature", "belt speed"], modeler="Reject chance given the weather."
    )
    assert "model_no_lever" in codes_of(**changes)


# --- what people get is the head of the phrase, not a word that qualifies it -------------------------------
@pytest.mark.parametrize(
    "lever",
    ["which people receive a health check from the street nurse", "which pupils get a reading test first"],
)
def test_a_world_word_that_qualifies_what_they_get_leaves_our_lever(lever):
    assert read_lever(lever).verdict == CONTROL


@pytest.mark.parametrize("lever", ["which fields get the most rain", "which fields get heavy rain in spring"])
def test_what_the_world_gives_is_still_no_lever(lever):
    assert read_lever(lever).verdict == WORLD


# --- watching that is put away once it runs --------------------------------------------------------------
@pytest.mark.parametrize(
    "monitoring",
    ["Not planned once all four artists use it.", "It runs by itself and we will not keep figures."],
)
def test_monitoring_declined_once_it_runs_is_no_monitoring(monitoring):
    assert "no_monitoring" in codes_of(monitoring=monitoring)


# --- a loop joined by a bare "so": credited when what follows is our own data ----------------------------
@pytest.mark.parametrize(
    "loop",
    [
        "Clients we ask a deposit of 80 book less often, so later bookings data mix the deposit up with the "
        "client.",
        "The reminder time we pick shapes who turns up, so the logs inherit our choice.",
    ],
)
def test_our_doing_then_so_and_our_data_is_a_loop(loop):
    assert "no_feedback_loop" not in codes_of(risks="Summer tourists are unlike our regulars. " + loop)


@pytest.mark.parametrize(
    "risk",
    [
        # a "so" whose effect is not on what we observe
        "New reminder types have no bookings yet, so the guess for them is weak.",
        # the model named inside a condition written after its effect is the cause, not the effect
        "Server costs go up if the model is slow.",
    ],
)
def test_a_so_or_if_without_an_effect_on_our_data_is_no_loop(risk):
    assert "no_feedback_loop" in codes_of(risks="Summer tourists are unlike our regulars. " + risk)


# --- "feed" reaches people only as a page of posts -------------------------------------------------------
def test_a_machine_feed_rate_or_cattle_feed_reaches_nobody():
    from studyguide.worksheets.coaching.levers import loops_back

    assert not loops_back("feed rate per operation")
    assert not loops_back("how much feed each pen gets")
    assert loops_back("which posts go at the top of the home feed")
    assert loops_back("the order of posts in the feed")
