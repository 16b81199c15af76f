"""A short field that points to another field ("rollout: see constraints") is read with the field it points
to (studyguide/worksheets/coaching/plan.py). Pure: the rules alone, no model."""

import pytest

from studyguide.worksheets.coaching import Plan
from studyguide.worksheets.coaching.plan import with_pointers_followed
from tests.worksheets.test_coaching_evidence import BASE, codes_of

ROLLOUT_IN_CONSTRAINTS = (
    "Never more than 80 a deposit. Rollout: the first month only Mia's bookings, and she can switch back any "
    "day; then the other artists one at a time."
)


def test_a_rollout_written_under_constraints_counts_as_the_rollout():
    assert "no_rollout" in codes_of(rollout="", constraints=ROLLOUT_IN_CONSTRAINTS)
    assert codes_of(rollout="see constraints, it's all in there", constraints=ROLLOUT_IN_CONSTRAINTS) == set()


def test_risks_set_down_under_another_heading_are_read_there():
    horizon = "Two summers. " + BASE["risks"]
    pointing = "All of these I have set down under the horizon."
    assert "no_feedback_loop" not in codes_of(risks=pointing, horizon=horizon)


def test_a_long_field_that_mentions_another_field_is_not_a_pointer():
    long_rollout = BASE["rollout"] + " We keep to the constraints and look again at the horizon in June."
    plan = Plan(**{**BASE, "rollout": long_rollout, "constraints": "Never more than 80 a deposit."})
    assert with_pointers_followed(plan).rollout == long_rollout


def test_a_pointer_to_an_empty_field_changes_nothing():
    plan = Plan(**{**BASE, "rollout": "see constraints"})
    assert with_pointers_followed(plan).rollout == "see constraints"


@pytest.mark.parametrize(
    ("field", "text", "target"),
    [
        ("rollout", "Covered in the constraints box.", "constraints"),
        ("baseline", "Today's flat fee (see the metric field for its figures).", "metric"),
        ("baseline", "See metric: the flat fee we charge today.", "metric"),
        ("risks", "see risks above", None),  # a field that points to itself points nowhere
        ("rollout", "All written up under the horizon.", "horizon"),
    ],
)
def test_a_field_pointed_to_in_so_many_words_is_followed(field, text, target):
    plan = Plan(**{**BASE, field: text, "constraints": "Never more than 80 a deposit.", "horizon": "A year."})
    followed = getattr(with_pointers_followed(plan), field)
    assert followed == (f"{text}\n{getattr(plan, target)}" if target else text)


@pytest.mark.parametrize(
    ("field", "text"),
    [
        # a field's name met in passing: "data", "metric", "monitoring" are ordinary words too
        ("risks", "New kinds of client not in the data. A wetter summer than any in our data."),
        ("metric", "Recall of the model's flag on parts later found faulty: 0.64 on 2025 data. Target 0.90."),
        ("modeler", "Predicts vibration at the monitoring points from the charge and the pattern."),
        ("optimizer", "Sets the deposit per booking type to do best on the metric."),
        ("went_really_well", "Clients we turn away never show up in the booking data, so we count them."),
    ],
)
def test_a_field_named_in_passing_is_not_a_pointer(field, text):
    plan = Plan(**{**BASE, field: text})
    assert getattr(with_pointers_followed(plan), field) == text
