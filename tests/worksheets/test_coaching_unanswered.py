"""A field that says nothing gets the note an empty field gets (study 61, twenty-fifth set): marks only, a
deferral, a cross-reference to a field that does not hold the thing, a dismissal. Short real answers stay
answers. Pure: the rules alone, no model."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.unanswered import dismissed, pointed_to, put_off, says_nothing
from tests.worksheets.test_coaching_evidence import BASE  # one complete plan; each test changes a part


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


def test_the_base_plan_gets_no_note():
    assert codes_of() == set()


# --- a form of marks only is the empty form --------------------------------------------------------------
def test_a_form_of_dashes_dots_and_blank_rows_gets_only_the_empty_plan_note():
    blank = {key: "" for key in BASE if key not in ("levers", "uncontrollables")}
    marks = {"objective": "-", "metric": "...", "levers": ["-", "?"], "uncontrollables": ["—"]}
    plan = Plan(**{**blank, **marks})
    assert [n.code for n in check_plan(plan)] == ["empty_plan"]


# --- deferrals ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Olsem wanem? Tavita will fill this one in when he is back from Santo.",
        "Our chef is going to write it up.",
        "We will see what we need once the model is running.",
        "We'll decide which later.",
        "To be agreed with the choir.",
        "TBD",
        "later",
    ],
)
def test_an_answer_put_off_says_nothing(text):
    assert says_nothing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two boats first; we'll see how it goes, then all.",  # a rollout that says more than the wait
        "We will see fewer frames cracking.",
        "To be agreed with the vet: survival per 100 chicks at 12 weeks.",  # a figure: the answer is there
        "Daily.",
    ],
)
def test_a_real_answer_with_a_wait_in_it_is_kept(text):
    assert not put_off(text) and not says_nothing(text)


def test_a_deferred_objective_and_data_get_the_empty_field_notes():
    assert "objective_missing" in codes_of(objective="Ana will fill this in when she is back from leave.")
    data = "None yet.\nWe will see what we need once the model is running."
    assert "no_data" in codes_of(data=data, records=data)


# --- cross-references -------------------------------------------------------------------------------------
def test_a_pointer_names_the_field_it_points_to():
    assert pointed_to("See objective.") == "objective"
    assert pointed_to("Same as the modeler, thank you.") == "modeler"
    assert pointed_to("as in the data section") == "data"
    assert pointed_to("See objective: fewer no-shows, counted weekly") is None  # says something itself


def test_a_metric_pointing_to_an_objective_without_a_figure_is_missing():
    codes = codes_of(objective="Fewer clients who do not show.", metric="See objective.")
    assert "objective_no_metric" in codes


def test_a_metric_pointing_to_an_objective_with_a_figure_is_read_from_it():
    codes = codes_of(objective="Cut no-show chair hours from 40 to 20 a month.", metric="See objective.")
    assert not codes & {"objective_no_metric", "metric_no_number"}


def test_a_simulator_pointing_to_the_model_asks_no_what_if():
    assert "no_simulator" in codes_of(simulator="Same as the modeler, thank you.")


def test_a_lever_row_pointing_elsewhere_is_no_lever():
    assert "levers_missing" in codes_of(levers=["as in the data section"])


# --- dismissals ---------------------------------------------------------------------------------------------
def test_dismissals_in_fields_every_plan_needs_say_nothing():
    assert "no_risks" in codes_of(risks="None that we can think of; the shop has run for years.")
    assert "uncontrollables_missing" in codes_of(uncontrollables=["none: we control the whole booking"])
    optimizer = "Not needed: once the model gives the numbers, the right settings are obvious."
    assert "no_optimizer" in codes_of(optimizer=optimizer)


@pytest.mark.parametrize(
    "text",
    [
        "None really, except tourists who book from abroad.",
        "None that we can think of, unless the festival moves.",
        "Not needed as a program: the owner picks the deposit with the fewest predicted no-shows.",
        "None: the owner sets the deposit from the predicted no-shows.",
    ],
)
def test_a_denial_that_still_names_something_is_an_answer(text):
    assert not dismissed(text)


def test_short_real_answers_stay_answers():
    assert codes_of(constraints="None: the studio runs on its own bookings.") == set()
    assert codes_of(monitoring="Daily.") & {"no_monitoring"} == set()
    assert "levers_missing" not in codes_of(levers=["deposit"])
    assert codes_of(experiment="no") == codes_of(experiment="")  # a choice is never read as a non-answer
