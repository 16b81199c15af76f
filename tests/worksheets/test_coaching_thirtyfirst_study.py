"""A model that reads the levers under the name of the plan they make up (the thirty-first set's first look:
a model "from past quarters, sector, size + chase plan" beside an optimizer choosing the "chase plan per
client" was told it reads no lever). In sentences of our own from other trades."""

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.model_inputs import reads_what_the_optimizer_sets
from studyguide.worksheets.coaching.rules import coach


def _plan(**fields):
    base = {
        "objective": "More customers renewing their boiler cover each year.",
        "metric": "Share of customers renewing within 30 days of the due date (now 61%).",
        "levers": ["date of the first reminder", "letter or text", "a call from the office for some"],
        "uncontrollables": ["cold snaps", "rival offers"],
    }
    return plan_from_mapping({**base, **fields})


def test_a_model_input_named_as_the_optimizers_choice_reads_the_levers():
    plan = _plan(
        modeler="Chance each customer renews, from past renewals, boiler age, area + reminder schedule.",
        optimizer="Reminder schedule per customer, at most 40 calls a week, most renewals.",
    )
    assert reads_what_the_optimizer_sets(plan)
    assert "model_no_lever" not in {n.code for n in coach(plan).notes}


def test_an_outcome_shared_by_model_and_optimizer_is_no_lever():
    # "renewal rate" is what both aim at, and the objective and metric name it: the levers stay unread
    plan = _plan(
        metric="Renewal rate over the year (now 61%).",
        modeler="Renewal rate per customer from past renewals, boiler age and area.",
        optimizer="Renewal rate as high as possible, with at most 40 calls a week.",
    )
    assert not reads_what_the_optimizer_sets(plan)


def test_no_input_list_or_no_shared_phrase_reads_nothing():
    no_list = _plan(modeler="Chance each customer renews.", optimizer="Reminder schedule per customer.")
    assert not reads_what_the_optimizer_sets(no_list)
    apart = _plan(
        modeler="Chance each customer renews, from past renewals, boiler age and area.",
        optimizer="Reminder schedule per customer, at most 40 calls a week.",
    )
    assert not reads_what_the_optimizer_sets(apart)
