"""The twelfth set's study (issue 11): misses by general cause. Pure: the rules alone, no model. Our own
sentences, not any set's."""

import pytest

from studyguide.worksheets.coaching.denials import no_comparison, watching_ends
from studyguide.worksheets.coaching.substance import COMPARISON_WORDS


# --- a field that only says no: a denial, and no clause naming the element before it ---------------------------
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
    ],
)
def test_a_baseline_that_leaves_something_out_is_still_a_baseline(baseline):
    assert not no_comparison(baseline, COMPARISON_WORDS)
