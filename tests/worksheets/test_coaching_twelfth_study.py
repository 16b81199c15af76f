"""The twelfth set's study (issue 11): misses by general cause. Pure: the rules alone, no model. Our own
sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.denials import no_comparison, watching_ends
from studyguide.worksheets.coaching.substance import COMPARISON_WORDS


# --- a field that only says no: a denial, and no clause naming the element before it ------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "Not needed, I am afraid: the supplier tested the scheduler thoroughly before handing it over.",
        "Not worth it: it was trialled properly in the spring.",
        "when the rota is fixed we let it run, there'll be no tallying of anything",
    ],
)
def test_monitoring_that_only_declines_is_no_monitoring(monitoring):
    assert watching_ends(monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "Our stores manager logs every order placed without a forecast.",  # the look comes before "without"
        "Monthly returns for the called and the not called groups.",
        "each month i tally no-shows and takings against last year",  # "no-shows" is a noun
        "No dashboard as such; the owner reviews the figures each Friday.",  # a clause that looks
    ],
)
def test_monitoring_that_looks_is_not_declined(monitoring):
    assert not watching_ends(monitoring)


@pytest.mark.parametrize(
    "baseline",
    [
        "— (no one in town has priced lessons like this, so nothing to set it beside)",
        "-- (never been tried here; none to speak of)",
        "We have nothing to hold it against.",  # having, knowing or comparing is no act on the world
        "we compare nothing",
    ],
)
def test_a_baseline_that_only_denies_is_none(baseline):
    assert no_comparison(baseline, COMPARISON_WORDS)


@pytest.mark.parametrize(
    "baseline",
    [
        "No loyalty card.",  # doing without is a way of working
        "- no reminder, no fee",
        "No reminder calls; the desk books whoever rings first.",
        "We ring nobody at the moment.",  # our act with a denial as its object: today's way of working
        "I post no catalogue now.",
        "we do nothing yet",
    ],
)
def test_a_baseline_that_leaves_something_out_is_still_a_baseline(baseline):
    assert not no_comparison(baseline, COMPARISON_WORDS)


# --- an experiment still to run is no data: the records fields are read apart from the experiment's notes ---
def _codes(values):
    from studyguide.worksheets.coaching import plan_from_values
    from studyguide.worksheets.coaching.rules import coach

    return {n.code for n in coach(plan_from_values(values)).notes}


_PLAN = {
    "objective": "More lessons booked at the riding school",
    "levers": ["the lesson price we set for each weekday"],
    "experiment_needed": "yes",
    "experiment_notes": "Try a lower Tuesday price every other week for two months.",
}


def test_blank_records_with_only_an_experiment_planned_is_no_data():
    assert "no_data" in _codes(_PLAN)


@pytest.mark.parametrize(
    "records",
    [
        {"data_have": "Four years of bookings by day, price and pony."},
        {"data_collect": "From now on, log every enquiry that does not book."},
    ],
)
def test_records_in_either_field_are_data(records):
    assert "no_data" not in _codes({**_PLAN, **records})


def test_a_plan_built_by_hand_reads_its_data_text_as_records():
    from studyguide.worksheets.coaching.plan import Plan
    from studyguide.worksheets.coaching.rules import coach

    plan = Plan(objective="More lessons booked", data="Try a lower Tuesday price every other week.")
    assert "no_data" not in {n.code for n in coach(plan).notes}


# --- beyond all on record: a comparison with the whole of the past names an input outside the data ---
def _plan_reading(risks):
    from studyguide.worksheets.coaching.plan import Plan

    return Plan(modeler="Chance a pump fails this month, given its vibration readings.", risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "A dry spell with more grit in the water than any year in the log.",
        "A refitted pump that runs like nothing in our records.",
        "A season dustier than anything we have kept.",
    ],
)
def test_a_comparison_with_all_the_records_names_new_inputs(risks):
    from studyguide.worksheets.coaching.sensors import new_inputs_named

    assert new_inputs_named(_plan_reading(risks), risks)


@pytest.mark.parametrize(
    "risks",
    [
        "Parts cost more than we budgeted.",  # no comparison with the whole record
        # "rather than any" compares nothing with the record
        "The fitter may trust the list rather than any reading of his own.",
    ],
)
def test_other_comparisons_name_no_new_inputs(risks):
    from studyguide.worksheets.coaching.sensors import new_inputs_named

    assert not new_inputs_named(_plan_reading(risks), risks)


# --- data said to hold only what our choices let in: a loop stated without the usual words -----------------
_CALLED = ["which lapsed members the office rings", "the renewal fee we set"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The model will only learn from the members the office rang, not from the rest.",
        "Our renewal list only holds members who paid the fee we set.",
    ],
)
def test_records_that_hold_only_what_we_chose_state_a_loop(sentence):
    from studyguide.worksheets.coaching.selection import limited_to_our_choices

    assert limited_to_our_choices(sentence, _CALLED)


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather log only holds readings from the roof station.",  # only, but nothing we chose
        "We ring members and they renew.",  # our act, but nothing kept only for it
    ],
)
def test_other_sentences_state_no_such_loop(sentence):
    from studyguide.worksheets.coaching.selection import limited_to_our_choices

    assert not limited_to_our_choices(sentence, _CALLED)


def test_the_loop_question_is_not_asked_when_the_risks_say_the_model_learns_only_from_our_choices():
    from studyguide.worksheets.coaching import plan_from_values
    from studyguide.worksheets.coaching.rules import coach

    values = {
        "objective": "More lapsed members renew",
        "levers": _CALLED,
        "modeler": "Chance a lapsed member renews, given calls, fee and years of membership.",
        "optimizer": "Picks whom to ring each week.",
        "risks": "A new kind of member from the new estate, unlike our records.",
    }

    def asked(risks):
        feedback = coach(plan_from_values({**values, "risks": risks}))
        return "no_feedback_loop" in {q.code for q in feedback.questions}

    assert asked(values["risks"])
    assert not asked(values["risks"] + " Next year's model only learns from the members the office rang.")
