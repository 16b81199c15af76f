"""Study 46 of the seventeenth set's missed flaws (rollout, oversight, monitoring, risks, loops), by general
cause. Pure: the rules alone, no model. Our own sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.denials import watching_ends
from studyguide.worksheets.coaching.levers import loops_back
from studyguide.worksheets.coaching.loop_scope import reaches_back
from studyguide.worksheets.coaching.plan import plan_from_mapping
from studyguide.worksheets.coaching.rollout import (
    automation_stated,
    finality_stated,
    gives_power,
    old_way_discarded,
    period_stages,
    single_switch_over,
)
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.sensors import new_inputs_named


# --- the old way taken down on the day the new one starts ---------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "The new rota is pinned up in all six kitchens on 4 May and the old rota comes down that morning.",
        "The new fares load into every ticket machine on 9 June; the old fare card is taken off the wall.",
    ],
)
def test_the_old_way_taken_down_on_the_day_is_one_switch(rollout):
    assert old_way_discarded(rollout)
    assert single_switch_over(rollout)


def test_the_old_way_kept_is_not_taken_down():
    assert not old_way_discarded("On 4 May one kitchen tries the new rota; the old rota stays on the wall.")


# --- periods that label their own steps ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "April: shown beside the usual list. May: one ward follows it, the sister can change any slot.",
        "Spring: advice only.\nSummer: half the fields; Tom can go back to the old plan.",
        "First week: on paper. Second week: two routes.",
    ],
)
def test_two_labelled_periods_are_stages(rollout):
    assert period_stages(rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "From March every branch uses the new sheet.",
        "March: all branches switch over together.",
    ],
)
def test_one_period_is_no_stages(rollout):
    assert not period_stages(rollout)


def test_a_plan_laid_out_by_months_is_not_all_at_once():
    plan = dict(
        _PLAN,
        rollout="April: shown beside the usual list. May: two streets use it, Sam can undo any "
        "card. Next spring all streets, if the owner agrees.",
    )
    feedback = coach(plan_from_mapping(plan))
    assert "rollout_not_gradual" not in {n.code for n in feedback.notes}


# --- outputs said to be past undoing --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Offers are texted to members at 6 am by the app. Sent offers are final.",
        "Once posted, the notices cannot be recalled.",
    ],
)
def test_outputs_past_undoing_state_automation(text):
    assert finality_stated(text)
    assert automation_stated(text)


@pytest.mark.parametrize(
    "text",
    [
        "The head teacher's decision is final.",
        "Her word is final on every list.",
        "Lists are final once Priya signs them.",
        "Mo has the final say.",
    ],
)
def test_a_persons_final_word_is_no_automation(text):
    assert not finality_stated(text)


# --- a right kept by a person ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The list goes to the printer, Mrs Okafor retaining the right to cross out any name.",
        "The rota runs itself but the head chef keeps the power to refuse any shift.",
    ],
)
def test_a_right_kept_by_a_person_gives_power(text):
    assert gives_power(text)


def test_a_right_given_to_customers_is_no_oversight():
    assert not gives_power("Customers have the right to cancel within a week.")


# --- watching said to be unnecessary once it runs -------------------------------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "For the first fortnight Ali counts the trays each day. After that it takes care of itself.",
        "Checked at installation; from then on the controller is maintenance-free.",
    ],
)
def test_a_system_said_to_look_after_itself_stops_watching(monitoring):
    assert watching_ends(monitoring)


def test_a_person_looking_after_it_still_watches():
    assert not watching_ends("Ali looks after the counts and reviews waste every Friday.")


# --- a record said not to reach what is coming ------------------------------------------------------------
def test_a_record_that_does_not_cover_the_change_names_new_inputs():
    plan = plan_from_mapping(
        dict(
            _PLAN, risks="Heat pumps replacing boilers change loads in ways our meter history doesn't cover."
        )
    )
    assert new_inputs_named(plan, plan.risks)


# --- an amount of a material is no choice of where we look ----------------------------------------------
def test_an_amount_that_someone_admits_reaches_nobody():
    lever = "the volume of water that the miller admits to each channel"
    assert not reaches_back(lever, loops_back, judges_pictures=False, of_people=False)


def test_whom_we_admit_still_reaches_back():
    lever = "which applicants the warden admits to each course"
    assert reaches_back(lever, loops_back, judges_pictures=False, of_people=False)


# --- a refit on its own picks, with a hope that names no loop -------------------------------------------
_PLAN = {
    "objective": "More tickets sold for the Saturday quiz and more teams coming back.",
    "metric": "Tickets per Saturday (till; now 70) and % of teams back within a month (now 40 %).",
    "horizon": "A year.",
    "levers": [
        "which past teams our manager (Dee) texts an invitation to each week",
        "the entry fee Dee sets",
    ],
    "uncontrollables": ["football on the telly", "school holidays"],
    "data_have": "Three years of Saturdays: invitations, fee, tickets, returning teams.",
    "data_collect": "Ask teams how they heard of the quiz.",
    "experiment_needed": "yes",
    "experiment_notes": "Half the Saturdays in autumn at £1 less, chosen by coin.",
    "modeler": "Chance a team comes given an invitation, the fee and football. Updated every month on "
    "the new Saturdays.",
    "simulator": "If Ray hosts on a cup final night at £3, how many tickets?",
    "optimizer": "Suggests which teams to invite and the fee for most tickets and returning teams.",
    "baseline": "Dee's picks at £2: 70 tickets.",
    "rollout": "First month Dee books as usual and sees the suggestion. Then half the Saturdays follow it, "
    "Dee can change any booking. Then all if the owner agrees.",
    "monitoring": "Dee and the owner look at tickets and returning teams every month.",
    "risks": "A celebrity host would draw a crowd unlike our history; a new pub quiz nearby could take "
    "teams.",
    "went_really_well": "We'd sell out and could add a Thursday quiz.",
}


def test_a_hope_for_success_does_not_answer_a_refit_on_its_own_picks():
    feedback = coach(plan_from_mapping(_PLAN))
    assert "no_feedback_loop" in {n.code for n in feedback.notes}


def test_a_hope_that_names_the_loop_answers_it():
    plan = dict(
        _PLAN,
        went_really_well="Teams Dee never invites never show what a text would do, so the "
        "data only learns about her picks.",
    )
    feedback = coach(plan_from_mapping(plan))
    assert "no_feedback_loop" not in {n.code for n in (*feedback.notes, *feedback.questions)}
