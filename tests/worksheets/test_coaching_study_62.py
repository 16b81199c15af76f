"""The sixty-second set's misses and false alarms, each read for its general cause and tested in the orchard's
packhouse in several wordings of our own, with sound answers beside them (the set's own plans are measured by
``test_coaching.py``)."""

import pytest

from studyguide.worksheets.coaching.levers import read_lever
from studyguide.worksheets.coaching.metric_unchosen import metric_unchosen
from studyguide.worksheets.coaching.world_outright import names_nature_at_work
from tests.worksheets.orchard import orchard_codes


@pytest.mark.parametrize(
    "risks",
    [
        "Buyers living abroad who want other labels. A grading rule moving online only. Frost.",
        "Orchards twice the size of ours sending fruit to the packhouse; a pest our records hardly have; "
        "hail.",
        "A sharp rise in early-variety orders; crates that take much longer to cool; a new buyer.",
    ],
)
def test_risks_of_the_unusual_said_by_size_or_change_name_new_inputs(risks):
    assert "no_ood_risk" not in orchard_codes(risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "A rise in diesel prices. A strike at the haulier's depot. Late payment by the buyer.",
        "Calls from family abroad missed by the office; staff sickness; the van breaking down.",
    ],
)
def test_money_rising_or_a_word_of_abroad_in_passing_stays_familiar(risks):
    assert "no_ood_risk" in orchard_codes(risks=risks)


@pytest.mark.parametrize(
    "lever",
    ["bulbs flowering on the festival weekends", "the early apples ripening", "ewes lambing in March"],
)
def test_nature_at_its_own_work_is_no_lever(lever):
    assert names_nature_at_work(lever)
    levers = ["how many crates go straight to the buyer vs our own cold store", lever]
    assert "lever_not_controllable" in orchard_codes(levers=levers)


@pytest.mark.parametrize(
    "lever",
    ["number of breeding pairs per strain", "laying hens per shed", "which beds we have flowering at Easter"],
)
def test_a_kind_named_by_its_growth_or_our_own_choice_is_no_nature(lever):
    assert not names_nature_at_work(lever)


def test_an_offer_on_condition_of_their_purchase_is_ours():
    assert read_lever("free upgrade to upstands when they buy the worktop with us").verdict != "world"
    assert read_lever("the slots the council gives us").verdict == "world"


@pytest.mark.parametrize(
    "metric",
    [
        "Discussed; no measure agreed. The partners will see how it feels after the first few months before "
        "choosing anything to count.",
        "Talked about it: not decided yet, we'll see after the first couple of weeks.",
    ],
)
def test_a_measure_not_agreed_after_a_lead_word_is_no_metric(metric):
    assert metric_unchosen(metric)
    assert "objective_no_metric" in orchard_codes(metric=metric)


def test_a_lead_word_before_a_count_is_a_metric():
    assert not metric_unchosen("Agreed: tonnes thrown away per season, 41 of 900 now.")


@pytest.mark.parametrize(
    "rollout",
    [
        "- Not worked out yet. It goes live when the new scales arrive and that's it",
        "Not planned yet. We switch it on when the software is ready.",
    ],
)
def test_a_placeholder_then_a_bare_start_is_no_rollout(rollout):
    assert "no_rollout" in orchard_codes(rollout=rollout)


def test_a_placeholder_then_a_staged_plan_is_a_rollout():
    rollout = "Not worked out in detail yet. Two weeks on the early rows first; Maya can go back any day."
    assert "no_rollout" not in orchard_codes(rollout=rollout)


@pytest.mark.parametrize(
    "objective",
    [
        "My grandfather opened this packhouse in 1961 after working the orchards in Kent, and apples have "
        "been our trade ever since. There's still a grading table in the barn with his name cut into it. "
        "Most of the fruit that comes to us now comes from the same eleven growers, and some of our pickers "
        "have been here longer than I have; they know the rows better than my managers do.",
    ],
)
def test_a_story_whose_comparison_only_describes_wants_nothing(objective):
    assert "objective_missing" in orchard_codes(objective=objective)


@pytest.mark.parametrize(
    "levers",
    [
        ["offered with every crate or only grade-one crates", "written report or short video for the buyer"],
        ["sample sent with each delivery or only on request", "how many crates go straight to the buyer"],
    ],
)
def test_rows_we_hand_out_are_levers_not_sources_of_data(levers):
    assert "levers_missing" not in orchard_codes(levers=levers)
