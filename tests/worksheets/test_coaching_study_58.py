"""Misses of the fifty-eighth blind set's first look, fixed for their general cause and tested here in another
trade (an orchard's packhouse): watching said to have nothing left to look at after the trial, a simulator
box that "won't be doing this part", a risks box that answers "Not much, to be honest", a new crowd "younger
than our usual customers" as a risk unlike the data, a prediction printed on each case's card while the
choice stays "as I always have", a phased start turned down with "the first Monday of" as its only date, a
party's consent as a lever, and a metric box that "hasn't worked that out yet"."""

import pytest

from tests.worksheets.orchard import orchard_codes, orchard_plan


def test_the_sound_plan_has_none_of_these_notes():
    assert not orchard_codes() & {
        "no_monitoring",
        "no_simulator",
        "no_risks",
        "no_ood_risk",
        "prediction_not_decision",
        "no_rollout",
        "lever_not_controllable",
        "objective_no_metric",
    }


def test_nothing_left_to_watch_after_the_trial_is_no_monitoring():
    monitoring = (
        "Each week during the trial we look at waste and rejected crates. After that it's just how the "
        "packhouse works and there's nothing more to keep an eye on."
    )
    assert "no_monitoring" in orchard_codes(monitoring=monitoring)
    bounded = (
        "Maya each Friday: tonnes thrown away and crates rejected; nothing more to check than those two."
    )
    assert "no_monitoring" not in orchard_codes(monitoring=bounded)


def test_a_simulator_box_that_plans_to_skip_the_part():
    simulator = "We won't be doing this part. The optimizer gives us the split and we use it as it comes."
    assert "no_simulator" in orchard_codes(simulator=simulator)


def test_a_bare_amount_answers_the_risks_question_with_none():
    assert "no_risks" in orchard_codes(
        risks="Not much, to be honest. They're apples; we've grown them for years."
    )
    named = "Not much. A variety we have never grown would be new to the model."
    assert "no_risks" not in orchard_codes(risks=named)


def test_a_crowd_unlike_the_usual_one_is_a_risk_unlike_the_data():
    risks = "A buyer copying our packs. Packaging rules changing. A rush of buyers from a TV piece{}."
    assert "no_ood_risk" in orchard_codes(risks=risks.format(""))
    assert "no_ood_risk" not in orchard_codes(risks=risks.format(", younger than our usual customers"))


def test_a_prediction_on_each_card_while_the_choice_stays_as_always():
    optimizer = (
        "Each crate gets a printed estimate of its chance of going soft on its label. I'll still decide "
        "which crates go to the cold store, as I always have, by eye."
    )
    assert "prediction_not_decision" in orchard_codes(optimizer=optimizer)


def test_a_phased_start_turned_down_with_only_a_first_day_named():
    rollout = (
        "We do not see a need for a phased start. The new split begins on the first Monday of the season "
        "across every row and continues."
    )
    assert "no_rollout" in orchard_codes(rollout=rollout)


def test_a_partys_consent_is_their_act():
    levers = [
        "how many crates go straight to the buyer vs our own cold store",
        "supermarket buyers approving the sample crate within two days",
    ]
    assert "lever_not_controllable" in orchard_codes(levers=levers)


def test_a_metric_not_worked_out_yet_is_no_metric():
    metric = (
        "Haven't worked that out yet. We'll run the first picking and see how everyone feels, then decide on "
        "something to track."
    )
    assert "objective_no_metric" in orchard_codes(metric=metric)


@pytest.mark.real_model
def test_photos_of_the_models_own_cases_kept_beside_the_data_are_no_images_it_reads(real_semantics):
    from studyguide.worksheets.coaching import semantic

    def notes(**fields):
        return {n.code for n in semantic.check(orchard_plan(**fields)).notes}

    fields = {
        "risks": "Our van breaking down. A picker off sick in the busy week. Diesel prices going up.",
        "data_have": "Five seasons of picking logs, crates sent and waste per week. Photos of each crate.",
        "went_really_well": "The rows we pick first look best in the data, so keep one row in ten in the old "
        "order.",
    }
    assert "no_ood_risk" in notes(**fields)  # said, not only asked as for a product that reads images
    read = {**fields, "modeler": "Tonnes wasted per week, from photos of each crate and the split."}
    assert "no_ood_risk" not in notes(**read)
