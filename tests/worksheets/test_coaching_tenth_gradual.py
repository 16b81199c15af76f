"""What the tenth held-out set taught about a rollout that is not gradual (tests/worksheets/holdout/tenth):
units said to go over "together" or "simultaneously" go everywhere at once, however many there are; a staged
rollout that uses the word is still staged. Pure: the rules alone, no model. Our own
wording, not the set's."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


@pytest.mark.parametrize(
    "rollout",
    [
        "When the board agrees, the nine vans go out on the new rounds together and keep to them. The depot "
        "lead can stop it at any time.",
        "Both kitchens switch to the new prep lists simultaneously; the head chef can go back to the old "
        "lists whenever she likes.",
    ],
)
def test_units_going_over_together_is_not_gradual(rollout):
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


def test_a_staged_rollout_that_says_together_is_left_alone():
    rollout = (
        "First one van for a month while the depot lead checks each route; then the other eight vans go "
        "over together; the depot lead can put any van back on its old route."
    )
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)
