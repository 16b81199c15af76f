"""The sixty-sixth set's misses, each read for its general cause and tested in the orchard's packhouse in
wordings of our own, with sound answers beside them (the set's own plans are measured by
``test_coaching.py``)."""

import pytest

from studyguide.worksheets.coaching.gerund_parties import names_another_acting
from studyguide.worksheets.coaching.lever_units import setting_part
from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.variation import lever_never_varied
from studyguide.worksheets.coaching.waved_off import only_success
from studyguide.worksheets.coaching.world_outright import names_nature_at_work
from tests.worksheets.orchard import orchard_codes

_CRATES = "how many crates go straight to the buyer vs our own cold store"


@pytest.mark.parametrize(
    ("lever", "theirs"),
    [
        ("two pickers sharing a row (one picks, one carries)", False),
        ("visitors sharing the trailer ride with another family", True),
    ],
)
def test_a_group_size_is_ours_not_the_groups_act(lever, theirs):
    assert names_another_acting(lever) is theirs


@pytest.mark.parametrize(
    ("lever", "nature"),
    [
        ("the trees having finished dropping their leaves by picking week", True),
        ("the hedges losing their berries before the birds come", True),
        ("the pickers dropping the crates at the end of the row", False),
    ],
)
def test_a_plant_shedding_of_its_own_is_nature_at_work(lever, nature):
    assert names_nature_at_work(lever) is nature


def test_another_party_acting_for_us_is_no_lever_of_ours():
    lever = "the haulier giving us the early slot when we ask"
    assert names_another_acting(lever)
    assert "lever_not_controllable" in orchard_codes(levers=[_CRATES, lever])
    # the haulier named again elsewhere does not make it our own body in the third person
    codes = orchard_codes(
        levers=[_CRATES, lever],
        simulator="What if the haulier gives us the early slot every day?",
    )
    assert "lever_not_controllable" in codes


@pytest.mark.parametrize(
    ("data", "none"),
    [
        ("Nothing kept really. Crate slips go in the bin once the accountant's seen them.", True),
        ("Not planning to, too busy.", True),
        ("Crate slips go to the office each week and are typed up.", False),
    ],
)
def test_records_binned_and_an_intention_denied_are_no_data(data, none):
    assert no_records_kept(data) is none


@pytest.mark.parametrize(
    ("risks", "none"),
    [
        ("Minute 7. The committee noted there are no risks: picking is a routine matter.", True),
        ("We think there aren't any, it's only apples.", True),
        ("The committee noted there are no risks to staff; a new variety could grade oddly.", False),
    ],
)
def test_no_risks_recorded_as_a_finding_is_no_risk_list(risks, none):
    assert ("no_risks" in orchard_codes(risks=risks)) is none


@pytest.mark.parametrize(
    ("metric", "proxy"),
    [
        ("Doors knocked per canvassing afternoon: 140 now, want 250.", True),
        ("Cold calls made a week to farm shops: 30 now, target 60.", True),
        ("Tonnes thrown away per season, with the calls made to buyers logged beside it.", False),
    ],
)
def test_canvassing_counted_is_effort_not_the_outcome(metric, proxy):
    assert ("metric_proxy" in orchard_codes(metric=metric)) is proxy


def test_the_base_of_a_ratio_is_what_the_setting_is_set_over():
    assert setting_part("crates sent on as a share of the buyer's order") == "crates sent on"


def test_a_model_reading_only_the_base_of_a_ratio_lever_reads_no_lever():
    codes = orchard_codes(
        levers=["crates sent straight on as a share of orders", "which rows we pick first at lunch"],
        modeler="The model predicts tonnes wasted at lunch from orders, the frost dates and the weekday.",
        optimizer="Sets the rows picked first and the share of orders sent straight on, to cut waste.",
    )
    assert "model_no_lever" in codes


@pytest.mark.parametrize(
    ("data", "never"),
    [
        ("Every tour has been free with a donation jar, so we know nothing of a ticket price.", True),
        ("All our boxes have been £12 since we began.", True),
        ("Every tour has been different: some free, some £5.", False),
    ],
)
def test_every_past_case_held_at_one_setting_is_a_lever_never_varied(data, never):
    assert lever_never_varied(data) is never


def test_praise_in_print_is_a_gain():
    went = "Less fruit wasted, renewals up, and the farming press might mention us."
    assert only_success(went, "Less fruit wasted between the orchard and the buyer.")


def test_gains_only_beside_a_price_the_optimizer_sets_pass_the_loop_by():
    # the objective names the price too, so that word ties no lever to the system; the optimizer sets it
    codes = orchard_codes(
        objective="Less fruit wasted, at a crate price that keeps the packhouse paying its way.",
        levers=["how many crates go to our own cold store each night", "the crate price"],
        modeler="Tonnes wasted per week from crates stored, the frost dates and the week.",
        optimizer="Sets each week's crates stored and the price for the least waste.",
        went_really_well="Less fruit wasted, renewals rise, and the farming press might mention us.",
    )
    assert "no_feedback_loop" in codes
