"""A coaching note needs evidence: a missing element is noted only when the plan clearly lacks it (or says
the opposite), not when it is put in unusual words; a near call of the embedding model holds the note back.
Pure (the rules, with a stub where the model's margin matters)."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.substance import is_non_answer

# A complete plan in plain words; every test changes one part of it.
BASE = dict(
    objective="Fewer empty chair hours from clients who do not show up.",
    metric="Chair hours lost to no-shows per month.",
    levers=["the deposit we ask per booking", "when we send the reminder"],
    uncontrollables=["client illness", "tourist season"],
    data="Three years of bookings. For three months new bookings get a deposit of 30, 50 or 80 at random.",
    modeler="The chance of a no-show given the deposit, the reminder time and the lead time.",
    simulator="If small pieces need a deposit of 30, how many more no-shows?",
    optimizer="Choose the deposit and reminder time per booking type to fill the most chair hours.",
    baseline="A flat deposit of 50 and a reminder the day before.",
    rollout="Mia's bookings only for a month; she can switch back. Then all four artists.",
    monitoring="The owner checks no-show hours each month.",
    risks="Summer tourists are unlike our regulars. If deposits go up, nervous first-timers book elsewhere, "
    "so the client mix the model learns from changes.",
)


def codes_of(semantics=None, **changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}), semantics)}


def test_the_base_plan_gets_no_note():
    assert codes_of() == set()


# --- rollout: all at once only when the plan says so --------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "First the director gets the plan as a proposal and changes it as she wants, for two months in "
        "building Lindenstrasse. If it is good, also the second building.",
        "The senior guard gets the rota as a suggestion in July; in August both beaches.",
        "The director checks all the proposals every 2 weeks; she can throw any of them away.",
    ],
)
def test_a_limited_start_in_unusual_words_is_not_everywhere_at_once(rollout):
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "From 1 March the new prices apply to all 300 flats at once. The letting manager can override any.",
        "From opening day every tank in the building uses the new settings; the aquarist can reset a tank.",
        "On launch day the new routes replace the old ones for every van; the planner can stop it.",
    ],
)
def test_a_rollout_that_says_everywhere_at_once_is_told_so(rollout):
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


def test_stated_automation_is_no_oversight_and_waiting_for_a_person_is():
    automated = (
        "Field A for a month, then the whole site. Prices are set automatically; nobody needs to approve."
    )
    assert "rollout_no_human_oversight" in codes_of(rollout=automated, monitoring="")
    waits = "No price goes live until the manager approves it; one shop first, then the rest."
    assert "rollout_no_human_oversight" not in codes_of(rollout=waits, monitoring="")
    named = "Only Tuesday bookings first, Marta who runs the salon can change any booking; then other days."
    assert "rollout_no_human_oversight" not in codes_of(rollout=named, monitoring="")


# --- monitoring: someone looking at results, however it is said ---------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The owner checks no-show hours each month.",
        "She and the committee review gas, cracks and waiting days each month.",
        "Quarterly review by the council's mobility team: kWh, accidents, complaints.",
        "Owner checks the bin sheet weekly.",
    ],
)
def test_monitoring_stated_in_the_rollout_is_credited(sentence):
    rollout = "Mia's bookings only for a month; she can switch back. Then all four artists. " + sentence
    assert "no_monitoring" not in codes_of(rollout=rollout, monitoring="")


@pytest.mark.parametrize(
    "rollout",
    [
        "The head housekeeper checks each day's plan; one hotel first, then the rest.",
        "Pilot the new hours at the harbour sauna in spring; the manager can return to the old hours. In "
        "autumn, both saunas.",
    ],
)
def test_checking_proposals_before_use_is_not_monitoring(rollout):
    assert "no_monitoring" in codes_of(rollout=rollout, monitoring="")


# --- feedback loops, decisions, metrics, baselines, experiments ---------------------------------------------
def test_a_feedback_loop_stated_as_a_consequence_of_our_doing_is_credited():
    stated = (
        "New lifts are unlike our data. If we fix lifts before they fail, we see fewer breakdowns in the "
        "data and the model may think those lifts are safe."
    )
    assert "no_feedback_loop" not in codes_of(risks=stated)
    weather = "New lifts are unlike our data. If a rival opens nearby, prices drop."
    assert "no_feedback_loop" in codes_of(risks=weather)


def test_a_list_sorted_by_predicted_risk_decides_nothing():
    scores = dict(
        modeler="The chance of a no-show for each booking from its lead time and the client's history.",
        simulator="Which bookings are risky?",
    )
    sorted_list = "The list of bookings sorted by their risk is e-mailed to the artists every Monday."
    assert "prediction_not_decision" in codes_of(optimizer=sorted_list, **scores)
    top = "Ask a deposit of 80 for the 20 bookings with the highest risk each week, within the budget."
    assert "prediction_not_decision" not in codes_of(optimizer=top, **scores)


@pytest.mark.parametrize(
    "metric, flagged",
    [
        ("Falls at night", False),
        ("Colonies alive in spring", False),
        ("Customers feel better about us", True),
        ("More families adopt a pet.", True),
    ],
)
def test_no_number_only_for_a_feeling_or_the_objective_again(metric, flagged):
    objective = "More families adopt a pet from the shelter."
    assert ("metric_no_number" in codes_of(objective=objective, metric=metric)) is flagged


@pytest.mark.parametrize(
    "metric, code",
    [
        ("Blossom loss %", None),
        ("Orders packed correctly per day", None),
        ("Accuracy", "metric_is_model_quality"),
        ("Sessions booked per week", None),
        ("Sessions per week on the app", "metric_proxy"),
    ],
)
def test_business_words_that_look_like_model_scores_or_proxies(metric, code):
    got = codes_of(metric=metric) & {"metric_is_model_quality", "metric_proxy"}
    assert got == ({code} if code else set())


@pytest.mark.parametrize(
    "baseline, placeholder",
    [
        ("None, the dispatcher decides by gut", False),
        ("Nothing fancy, whatever the dispatcher feels like", False),
        ("None of the shops do this; they all use the paper rota", False),
        ("TBD once we see.", True),
        ("none until the pilot ends", True),
    ],
)
def test_a_placeholder_followed_by_a_practice_is_a_baseline(baseline, placeholder):
    assert is_non_answer(baseline) is placeholder


def test_data_that_plans_to_act_on_a_lever_gets_no_experiment_note():
    planned = (
        "Two years of bookings. From May we will change the reminder time each week and note the no-shows."
    )
    assert "lever_no_data_experiment" not in codes_of(data=planned)
    assert "lever_no_data_experiment" in codes_of(data="Three years of bookings with the deposits we chose.")


# --- levers -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase, verdict, firm",
    [
        ("which logs go to which saw line", CONTROL, True),
        ("which cows go in the high-yield group", CONTROL, True),
        ("the interest rate per loan band", CONTROL, True),
        ("the parking price in each street by hour", CONTROL, True),
        ("how big the portions are", CONTROL, True),
        ("which instructor each pupil gets", CONTROL, False),
        ("which training slot each new player gets", CONTROL, False),
        ("how calm the horses are on the day", WORLD, True),
        ("the number of donors who turn up", WORLD, True),
    ],
)
def test_lever_structure(phrase, verdict, firm):
    reading = read_lever(phrase)
    assert (reading.verdict, reading.firm) == (verdict, firm), reading


@pytest.mark.parametrize(
    "phrase", ["which salesperson greets each visitor", "which lifts the technicians visit each week"]
)
def test_an_unknown_subject_gives_no_lean_to_the_world(phrase):
    assert read_lever(phrase).verdict != WORLD


def test_fuel_priced_per_litre_is_not_made_ours():
    assert not (
        read_lever("fuel price per litre").verdict == CONTROL and read_lever("fuel price per litre").firm
    )


# --- a near call of the model holds a note back -------------------------------------------------------------
class NearCall:
    """Stands in for the embedding model: a sentence only comes near a concept (within the slack)."""

    def lever_uncontrollable(self, lever, uncontrollables, lean=None):
        return False

    def means_any(self, text, concept, slack=0.0):
        return slack > 0

    def mentions_lever(self, text, levers):
        return False


def test_a_near_call_of_the_model_holds_a_missing_note_back_but_not_against_stated_evidence():
    unclear = "Mia's bookings for a month. Then all four artists."  # no person in words
    assert "rollout_no_human_oversight" in codes_of(rollout=unclear, monitoring="")
    assert "rollout_no_human_oversight" not in codes_of(NearCall(), rollout=unclear, monitoring="")
    automated = "Mia's bookings for a month, then all four artists; deposits are set automatically."
    assert "rollout_no_human_oversight" in codes_of(NearCall(), rollout=automated, monitoring="")
