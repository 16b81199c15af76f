"""What the lead taught the coach from the forty-eighth and forty-ninth sets' first looks: a box that answers
nothing behind what stands before the answer (a paragraph's number, a hedge, the box's question asked back),
denials said with where or for when ("Nothing here", "none for now"), a year in a data box that says when, not
how much, a choice handed on for later, and a rule of thumb given for a model. Each reading beside the right
version, which stays silent. Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


@pytest.mark.parametrize(
    "risks",
    [
        "Nothing here - the dough proves the same whoever kneads it.",
        "Honestly nothing that keeps me up at night. Worst case we go back to the paper rota.",
        "To be honest, none that worry us.",
        "4. Nothing for now.",
        "Any risks? None really - it's a small change.",
    ],
)
def test_risks_denied_behind_a_hedge_a_number_or_a_question_are_no_risks(risks):
    assert "no_risks" in codes_of(risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "Honestly, the main worry is clients we have never booked before: first-timers may not behave like "
        "regulars, so the model could be wrong for them; and fewer no-shows may change who books at all.",
        "Any risks? New kinds of booking the history never saw, and deposits putting regulars off.",
        "Nothing here worries me except first-time clients, who are unlike the history.",
    ],
)
def test_a_risk_named_after_a_hedge_or_a_question_is_an_answer(risks):
    assert "no_risks" not in codes_of(risks=risks)


@pytest.mark.parametrize(
    "rollout",
    [
        "How does it go live? Not really needed - it's only a rota for the back office.",
        "Rollout? Not needed, nobody outside the team sees it.",
    ],
)
def test_a_rollout_declined_after_the_question_asked_back_is_no_rollout(rollout):
    assert "no_rollout" in codes_of(rollout=rollout)


def test_a_rollout_after_the_question_asked_back_is_an_answer():
    rollout = (
        "How does it go live? One salon first for a month, the manager can switch it off, then the rest."
    )
    assert not {"no_rollout", "rollout_not_gradual"} & codes_of(rollout=rollout)


def test_a_metric_handed_on_for_later_under_a_paragraph_number_is_no_metric():
    assert "objective_no_metric" in codes_of(metric="3. Left for the finance officer to choose after launch.")
    assert "objective_no_metric" in codes_of(metric="Left to the trustees to decide once it is running.")


def test_a_metric_under_a_paragraph_number_is_still_read():
    assert "objective_no_metric" not in codes_of(metric="3. Chair hours lost to no-shows per month (now 41).")


def test_a_question_before_a_vague_metric_leaves_the_metric_to_be_judged_as_written():
    # "we'll see if ..." after the question is the student's measure, however vague: no "no metric" note
    codes = codes_of(metric="How will we know? we'll see if the chairs feel busier and clients seem happier.")
    assert "objective_no_metric" not in codes


def test_records_denied_with_a_year_that_says_when_are_no_data():
    data = (
        "Honestly nothing worth the name. The old tablet with the orders died in 2022 and nobody set up "
        "another; since then it's my memory."
    )
    assert "no_data" in codes_of(data=data)


def test_records_counted_with_a_year_are_data():
    assert "no_data" not in codes_of(data="Bookings since 2019 in the till system, 14,000 rows.")


def test_a_rule_of_thumb_with_its_conditions_is_no_model():
    modeler = (
        "no model - it's the note on the fridge: extra rye if it's market day, fewer rolls unless sunny."
    )
    assert "model_missing" in codes_of(modeler=modeler)


def test_a_denial_with_a_model_named_after_all_is_a_model():
    modeler = (
        "no model yet, unless you count the spreadsheet forecast of no-shows from the deposit and lead time."
    )
    assert "model_missing" not in codes_of(modeler=modeler)


def test_an_uncontrollables_list_of_dated_past_incidents_names_no_input():
    rows = [
        "the flood in the cellar in February 2024",
        "the freezer that failed last August",
        "the chef walking out three weeks ago",
    ]
    assert "uncontrollables_missing" in codes_of(uncontrollables=rows)


@pytest.mark.parametrize(
    "rows",
    [
        # conditions that come round, dated or not, are inputs the model reads
        ["storms every winter since 2019", "the freezer that failed last August"],
        ["client illness", "the 2024 rise in the minimum wage"],
        ["tourist season", "school holidays", "rain"],
    ],
)
def test_conditions_that_vary_are_uncontrollables_even_beside_a_date(rows):
    assert "uncontrollables_missing" not in codes_of(uncontrollables=rows)
