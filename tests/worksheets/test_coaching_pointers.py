"""A short field that points to another field ("rollout: see constraints") is read with the field it points
to (studyguide/worksheets/coaching/plan.py). Pure: the rules alone, no model."""

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
