"""What the tenth held-out set taught about a baseline declined (tests/worksheets/holdout/tenth): not knowing
what to compare with, said informally ("dunno what to set it against"), declines the comparison as a "don't"
does; a present way named beside the doubt is still a baseline. Pure: the rules alone, no model. Our own
wording, not the set's."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


@pytest.mark.parametrize(
    "baseline",
    ["dunno what we'd compare the new rota with really", "unsure there is anything to compare it against"],
)
def test_not_knowing_what_to_compare_with_is_no_baseline(baseline):
    assert "no_baseline" in codes_of(baseline=baseline)


def test_a_present_way_named_beside_the_doubt_is_a_baseline():
    baseline = "dunno what else to compare it with, so the rota we use today"
    assert "no_baseline" not in codes_of(baseline=baseline)
