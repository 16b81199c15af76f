"""Readings the lead added while bringing in the forty-fifth study (the helpers' readings are in the _B, _C
and _D files beside this one). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


# --- a kind of model declined, a model still given ----------------------------------------------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "No need for deep learning; a simple model gives the chance of a no-show from the deposit.",
        "No need for anything fancy; the model gives the chance of a no-show from the lead time.",
        "Not needed for a shop this size - a regression predicts sales from the price and the weather.",
    ],
)
def test_declining_a_kind_of_model_while_giving_one_is_a_model(modeler):
    assert "model_missing" not in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        "No need for one; Sam knows the regulars.",
        "Not needed for a shop this size.",
        "No need for a model here.",
    ],
)
def test_declining_the_model_with_only_a_reason_is_none(modeler):
    assert "model_missing" in codes_of(modeler=modeler)
