"""What the forty-third blind set's first look taught about its false alarms, each as a general reading (the
set's plans are in tests/worksheets/holdout/fortythird; these are other words for the same slips). Pure: the
rules alone."""

import pytest

from studyguide.worksheets.coaching.sensors import _BEYOND_RECORD
from studyguide.worksheets.coaching.text import has_any
from tests.worksheets.test_coaching_evidence import codes_of


# --- a start counted in places, kept to a first period ------------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Twelve shops for the first three months; Mia can switch any shop back; all shops if no-shows fall.",
        "40 stores during the first quarter, the area manager approving each week's deposits; then the rest.",
    ],
)
def test_a_counted_first_stage_is_a_limited_start(rollout):
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


def test_every_shop_from_the_first_day_is_still_everywhere_at_once():
    rollout = "All 40 shops from the first day; Mia can switch it off."
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


# --- beyond the record, said with its years or as little experience ---------------------------------------
@pytest.mark.parametrize(
    "risks",
    [
        "Summers hotter than 2019-24, when clients cancel more than history shows.",
        "A new tattoo style we have barely done, and walk-ins from the festival.",
        "Winters wetter than history shows.",
    ],
)
def test_inputs_beyond_the_record_are_out_of_domain_risks(risks):
    assert "no_ood_risk" not in codes_of(risks=risks)


@pytest.mark.parametrize(
    "said",
    [
        "Prices higher than last year.",  # one year is no record's span
        "We rarely open on Mondays.",  # our own habit, no record barely holding a kind
        "Bigger than 2024 sales.",
    ],
)
def test_comparisons_that_name_no_span_of_the_record_are_not_read_as_beyond_it(said):
    assert not has_any(said, _BEYOND_RECORD)
