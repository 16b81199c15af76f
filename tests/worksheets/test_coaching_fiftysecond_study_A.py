"""What the fifty-second blind set's first look taught (helper A), each as a general reading: other words for
the same slips, in other domains than the set's plans (tests/worksheets/holdout/fiftysecond), beside near
misses that must stay silent. Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of

# A model that reads camera images: inputs unlike its data are its first risk.
_CAMERA = dict(
    modeler="The ripeness of each tray from the packhouse camera images, the grower and the picking date.",
    data="Camera images of 40,000 trays since 2022, each labelled ripe or not by the graders.",
    went_really_well="If our grading gets stricter, growers pick later, so the trays the model learns from "
    "change because of us.",
)


# --- inputs unlike the data, said in ways the risks reader missed -------------------------------------------
@pytest.mark.parametrize(
    "risks",
    [
        # a new kind named after two words that say which
        "A new seedless grape variety from next year. Forklift breakdowns. Graders off sick.",
        # unlike the whole record, said with "different ... from anything"
        "Bruising with a different colour from anything in the labelled images. Graders off sick.",
        # a year on record outdone
        "A hailstorm like 2019 but worse. Forklift breakdowns. Graders off sick.",
        # a newcomer with nothing on record
        "Trays from a grower joining next year with no picking history. Graders off sick.",
    ],
)
def test_inputs_unlike_the_data_are_named(risks):
    assert "no_ood_risk" not in codes_of(**_CAMERA, risks=risks)


@pytest.mark.parametrize(
    "risks",
    [
        "A new forklift driver at the packhouse. Forklift breakdowns. Graders off sick.",
        "A hailstorm like 2019. Forklift breakdowns. Graders off sick.",
        "A grower who has no van. Forklift breakdowns. Graders off sick.",
    ],
)
def test_near_misses_name_no_input_unlike_the_data(risks):
    assert "no_ood_risk" in codes_of(**_CAMERA, risks=risks)


# --- a season as a stretch of time is no condition of the inputs --------------------------------------------
_FAMILIAR = dict(
    modeler="The chance a ticket sells given its price, the opponent, the weekday and the season.",
    data="Ticket sales and prices for every home match since 2019.",
    went_really_well="If our prices work, touts buy early, so the sales the model learns from change because "
    "of our own prices.",
)


def test_prices_rising_over_the_season_name_no_new_input():
    risks = (
        "Fuel prices may climb over the season. A shortage of stewards. A power cut at the ground on a match "
        "day."
    )
    assert "no_ood_risk" in codes_of(**_FAMILIAR, risks=risks)


def test_photos_in_the_wet_season_are_a_condition_of_the_inputs():
    risks = (
        "Camera images of trays taken in the wet season look darker. Forklift breakdowns. Graders off sick."
    )
    assert "no_ood_risk" not in codes_of(**_CAMERA, risks=risks)


# --- a group seeing their own share is no one in charge -----------------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "Block A first, then the rest. From day one the scheduler sets every flat's heating itself; nobody "
        "can override it or pause it. Tenants see their heating times in the app.",
        "Two depots first. The router sends each van's stops itself from week one and nobody can change "
        "them; drivers check their routes on the tablet.",
    ],
)
def test_automation_stated_is_not_outweighed_by_users_seeing_their_share(rollout):
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout)


def test_a_person_who_can_stop_it_is_still_in_charge():
    rollout = (
        "Two depots first. The depot manager sees each day's routes before they go out and can stop them. "
        "Drivers see their routes in the app."
    )
    assert "rollout_no_human_oversight" not in codes_of(rollout=rollout)


# --- the rollout waved off, its start date no stage ---------------------------------------------------------
def test_nothing_to_roll_out_with_a_start_date_is_no_rollout():
    rollout = "Nothing to roll out really - we just switch every branch over next month, it's only the hours."
    assert "no_rollout" in codes_of(rollout=rollout)


def test_nothing_to_roll_out_then_stages_is_a_rollout():
    rollout = "Nothing much to roll out: two branches next month, then the rest if it works. Jo can stop it."
    assert "no_rollout" not in codes_of(rollout=rollout)


# --- a comparison declined with a word between "nothing" and it ---------------------------------------------
def test_nothing_sensible_to_compare_with_is_no_baseline():
    baseline = "Nothing sensible to compare with - every concert is its own thing, so year one sets the bar."
    assert "no_baseline" in codes_of(baseline=baseline)


def test_a_no_show_figure_after_the_refusal_denies_nothing():
    # "no-show" is a noun: the clause after "but" still names last year's figure
    baseline = "Nothing clever to compare with, but last year's no-show rate of 9% on the flat fee."
    assert "no_baseline" not in codes_of(baseline=baseline)


def test_last_years_figure_beside_the_word_comparison_is_a_baseline():
    baseline = "Nothing changes for the comparison: last year's flat price of 12 a ticket, 62% of seats sold."
    assert "no_baseline" not in codes_of(baseline=baseline)


# --- a data box that only says nothing was kept -------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        "nothing yet - it's our first year open, we never wrote the orders down\nwon't be logging anything, "
        "we'll see what goes by looking at the shelves",
        "None so far, we're just starting out. No plans to count; we can tell at a glance which cakes go.",
    ],
)
def test_records_denied_clause_by_clause_are_no_data(data):
    assert "no_data" in codes_of(data=data)


@pytest.mark.parametrize(
    "data",
    [
        "We never weighed the cakes - but the till has kept every sale by item since 2022.",
        "We didn't keep the weights, only the till receipts since 2021.",
        "Our first year open: the till records every sale by item and hour.",
    ],
)
def test_records_named_beside_a_denial_are_data(data):
    assert "no_data" not in codes_of(data=data)
