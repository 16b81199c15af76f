"""More forms of a field that says nothing (study 64, twenty-sixth set): a request to fill it, a promise in
text-speak, a pointer to a record or a meeting kept elsewhere, the choice left to someone else, the part
declared out of scope, the field's own question put back; and a form of such fields is the empty form. Short
real answers stay answers. Pure: the rules alone, no model."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.model_handoff import model_left_to_a_tool
from studyguide.worksheets.coaching.unanswered import says_nothing
from tests.worksheets.test_coaching_evidence import BASE  # one complete plan; each test changes a part


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


def test_a_form_of_requests_promises_and_placeholders_gets_only_the_empty_plan_note():
    blank = {key: "" for key in BASE if key not in ("levers", "uncontrollables")}
    typed = {
        "objective": "??",
        "metric": "TBC",
        "data": "plz complete\ntbd",
        "modeler": "I'll do it tomorrow",
        "rollout": "n/a",
        "risks": "[see attached]",
        "monitoring": "needs filling in",
        "levers": ["?"],
    }
    plan = Plan(**{**blank, **typed})
    assert [n.code for n in check_plan(plan)] == ["empty_plan"]


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("data", "please fill"),
        ("data", "Can someone fill this in?"),
        ("modeler", "will do later"),
        ("modeler", "I'll do it l8r"),
        ("risks", "See the risk register."),
        ("risks", "Risks are in the shared spreadsheet kept by the office."),
        ("monitoring", "Monitoring plan held by the IT team"),
        ("metric", "Agreed at last week's team meeting."),
        ("metric", "Covered in the attached proposal"),
        ("data", "The normal stuff."),
        ("data", "Anything the analyst asks for."),
        ("optimizer", "Outside the scope of this project."),
        ("rollout", "Not part of this project, sorry."),
        ("levers", "Which things could we really change? (check with the owner)"),
    ],
)
def test_a_field_that_asks_points_defers_or_scopes_out_says_nothing(key, text):
    assert says_nothing(text, key)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("monitoring", "Daily."),
        ("experiment", "No."),
        ("levers", "price"),
        ("levers", "minutes in the press (the foreman sets)"),  # "minutes" a setting, not a meeting's record
        ("levers", "Which pitch do we use each morning?"),  # a lever put as a question names its setting
        ("risks", "Logs from a new forest unlike the ones we have sawn."),  # timber, not a record
        ("constraints", "None: the plant runs on mains water"),
        ("data", "Logged in the kiln book: temperature, time, batch"),
        ("data", "Till records kept by the shop since 2019."),
        ("data", "Booking sheets kept by reception, with arrival times and party size"),
        ("baseline", "The usual."),  # today's practice, however vaguely named
        (
            "optimizer",
            "Out of scope for the manager, who only sees the ranked list: the system picks the price.",
        ),
        ("rollout", "Please fill the vans in the order the route gives, one depot first."),
        ("optimizer", "Not in scope: price. Search delivery day and slot."),  # scopes one lever out only
        ("risks", "Risk log kept by the office; chiefly new customers."),  # names a risk after the pointer
        ("modeler", "We will do later checks of the fit each month."),
    ],
)
def test_short_real_answers_stay_answers(key, text):
    assert not says_nothing(text, key)


def test_each_form_gets_the_note_of_its_empty_field():
    assert "objective_no_metric" in codes_of(metric="Discussed at the board meeting.")
    assert "no_risks" in codes_of(risks="Risk log kept by the project office.")
    assert "no_optimizer" in codes_of(optimizer="Out of scope for this year's project.")
    assert "levers_missing" in codes_of(levers=["What can we change? -> ask the owner"])
    assert "no_data" in codes_of(data="The usual.\nWhatever the model needs.", records=None)


@pytest.mark.parametrize(
    "modeler",
    [
        "The supplier says a ready-made tool exists; we'll choose one next term.",
        "Our adviser will pick a package in the new year.",
    ],
)
def test_a_model_whose_choice_is_put_off_is_missing(modeler):
    assert model_left_to_a_tool(modeler)
    assert "model_missing" in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        "We'll pick one of three forecasts each week: the chance of a no-show given the deposit.",
        "The manager will choose the deposit later in the day from the predicted no-show chance.",
    ],
)
def test_a_model_that_predicts_is_kept_though_a_choice_comes_later(modeler):
    assert not model_left_to_a_tool(modeler)
