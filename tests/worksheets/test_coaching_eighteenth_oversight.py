"""Study 48 of the eighteenth set's rollout, oversight, monitoring and risk cases, by general cause. Pure: the
rules alone, no model. Our own sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.before_launch import only_upkeep
from studyguide.worksheets.coaching.denials import watching_ends
from studyguide.worksheets.coaching.novelty import risk_items, risks_all_familiar
from studyguide.worksheets.coaching.rollout import automation_stated, gives_power
from studyguide.worksheets.coaching.text import listed_parts


# --- a person's power to stop, in everyday verbs and pronouns -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mrs Okafor may decline the suggested time on any batch.",
        "Priya or me can chuck it in the bin whenever we like.",
        "The warden can take the board down at any time.",
        "We can bin it on any day.",
        "The head gardener may overrule it for any bed.",
    ],
)
def test_a_person_given_the_power_to_refuse_or_discard(text):
    assert gives_power(text)


@pytest.mark.parametrize("text", ["Customers may decline the offer.", "The app can take the booking down."])
def test_the_power_given_to_customers_or_the_system_is_no_oversight(text):
    assert not gives_power(text)


# --- an absence of people said only as a condition ---------------------------------------------------------
def test_nobody_in_a_condition_states_no_automation():
    assert not automation_stated("If nobody complains in the first week, the second hall follows.")
    assert not automation_stated("As long as no one objects, we widen it in May.")


def test_nobody_stated_outright_is_still_automation():
    assert automation_stated("The prices change overnight and nobody approves them.")


# --- the means to step in left out of the design ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The kiosk has no manual switch, so staff cannot change the order.",
        "The heaters follow the schedule; the caretaker cannot turn the heaters on or off.",
    ],
)
def test_no_manual_switch_or_a_denied_switching_is_automation(text):
    assert automation_stated(text)


# --- watching bound to the first stretch, then left ---------------------------------------------------------
def test_watching_only_in_the_first_season_then_left_ends():
    assert watching_ends(
        "During the first season the keeper checks the readings each week. From the second season the "
        "controller is left to run."
    )


@pytest.mark.parametrize(
    "monitoring",
    [
        "The manager looks at sales every day for the first months.",
        "During the first month Jo checks daily; then weekly, for good.",
        "During the first winter the keeper checks weekly. From the second winter she checks monthly.",
    ],
)
def test_watching_that_goes_on_does_not_end(monitoring):
    assert not watching_ends(monitoring)


# --- upkeep of equipment is no monitoring -------------------------------------------------------------------
def test_servicing_the_equipment_alone_watches_nothing():
    assert only_upkeep("The supplier's fitter services the pumps and cleans the filters each autumn.")


def test_servicing_beside_a_look_at_results_is_monitoring():
    assert not only_upkeep("The fitter services the pumps; the manager checks output per week.")


# --- a list of risks run into one sentence ------------------------------------------------------------------
def test_a_comma_list_of_risks_is_read_item_by_item():
    risks = "The oven thermostat failing, a baker off sick, flour prices going up, and the van breaking down."
    assert len(risk_items(risks)) == 4
    assert risks_all_familiar(risks, "")


def test_a_sentence_with_clauses_is_no_list():
    sentence = "If it works well, fewer people call in, the model has fewer cases to learn from."
    assert listed_parts(sentence) == [sentence]
