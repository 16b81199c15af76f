"""Study 68 on the twenty-seventh set: a baseline that is the new system's own first stretch, or a target.
Neither says how the work goes today without the model, so there is nothing for it to beat. Phrasings in
other domains and shapes than the set's, and strong baselines near them that must stay unflagged."""

import pytest

from studyguide.worksheets.coaching.baseline_stand_ins import stands_in
from studyguide.worksheets.coaching.lever_checks import _twin


@pytest.mark.parametrize(
    "baseline",
    [
        "The first four weeks of the new planning will be the reference for the following weeks.",
        "We'll take the opening month under the new rota as our start, comparing later months to it.",
        "Baseline: whatever the tool achieves in its first fortnight live.",
        "Once the model is running, its first season's yield becomes the yardstick.",
        "- reference = weeks 1-3 after go-live",
        "The initial month with the new scheduler sets the benchmark that later months are measured against.",
        "When the new booking app goes live we note the no-shows, and that is the figure to beat.",
    ],
)
def test_the_new_systems_own_first_stretch_is_no_baseline(baseline):
    assert stands_in(baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "Obs: baseline 95% of jobs finished on the quoted time (our target).",
        "Baseline = the goal of a 4-minute response.",
        "- baseline: the target the council set us, 500 bins a day",
        "The baseline is our ambition for the year: zero missed collections.",
        "Head office's KPI of 12 minutes per table serves as the baseline.",
        "Reference point: 98 percent of parcels out same day, which is the goal.",
    ],
)
def test_a_target_given_as_the_baseline_is_no_baseline(baseline):
    assert stands_in(baseline)


@pytest.mark.parametrize(
    "baseline",
    [
        "The first four weeks of last spring, planned by hand: 31 driveways a week.",
        "Today's manual rota; we compare the first month of the new rota against the same month last year.",
        "Current practice: the owner orders by eye, 12% waste in the last quarter.",
        "Today we finish 73% of jobs on quoted time, against a target of 95%.",
        "Beth quotes by rule of thumb: 27 overruns per 100 jobs; our target is under 10.",
        "27 overruns per 100 jobs over the past 18 months, against our target of 5.",
    ],
)
def test_todays_way_beside_a_target_or_a_later_comparison_is_a_baseline(baseline):
    assert not stands_in(baseline)


# The waltzer plan's false alarm: "price per ride" as a lever beside "other rides' prices" among what
# it cannot control was read as one row in both lists. Another party's version is theirs; ours we set.
@pytest.mark.parametrize(
    ("lever", "uncontrollable"),
    [
        ("price per ride", "other rides' prices"),
        ("opening hours", "competitors' opening hours"),
        ("picking date", "the neighbouring farms' picking dates"),
        ("ticket price", "rival venues' ticket prices"),
        ("delivery fee", "what other bakeries charge for delivery fee"),
    ],
)
def test_another_partys_own_version_is_no_twin_of_our_lever(lever, uncontrollable):
    assert not _twin(lever, uncontrollable)


@pytest.mark.parametrize(
    ("lever", "uncontrollable"),
    [("price per ride", "price per ride"), ("room temperature", "room temperature"), ("rain", "Rain")],
)
def test_the_same_row_in_both_lists_is_still_a_twin(lever, uncontrollable):
    assert _twin(lever, uncontrollable)
