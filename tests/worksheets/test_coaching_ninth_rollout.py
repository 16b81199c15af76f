"""Ninth set's study (risks, rollout, monitoring, baseline): each rule read by its structure. Sentences are
our own."""

from studyguide.worksheets.coaching.denials import no_comparison, watching_ends
from studyguide.worksheets.coaching.lexicon import GRADUAL_WORDS, OOD_STATED
from studyguide.worksheets.coaching.rollout import person_in_charge, power_given, single_switch_over
from studyguide.worksheets.coaching.substance import COMPARISON_WORDS
from studyguide.worksheets.coaching.text import has_any


def test_power_given_through_an_aside_and_to_you():
    assert power_given("Your sister, who keeps the accounts, can tell you to drop it.")
    assert power_given("Our cook (who runs the pass) can scrap the new menu any night.")
    assert not power_given("The app, which sets the slots, can drop a booking.")


def test_an_act_whose_subject_is_the_system_puts_nobody_in_charge():
    assert not person_in_charge("Computer decide the order. Nobody touch it.")
    assert person_in_charge("The computer suggests an order and the foreman decides.")


def test_one_day_from_which_the_new_way_holds_is_a_switch_over():
    assert single_switch_over("The new timetable is pinned up on a Friday and from then on we follow it.")
    assert not single_switch_over("We try it on a Friday, and carry on with the old one the other days.")


def test_all_of_a_counted_few_is_no_limited_scope():
    assert not has_any("The new charges apply in the four shops of the group.", GRADUAL_WORDS)
    assert has_any("The new charges apply at the Harbour shop.", GRADUAL_WORDS)


def test_watching_declined_with_a_contraction_or_records_not_kept():
    assert watching_ends("Once it runs, nobody's got time to look at it.")
    assert watching_ends("After the switch no records will be kept.")
    assert not watching_ends("Nobody's shift ends before the weekly check of the figures.")


def test_inputs_hardly_seen_are_out_of_domain():
    assert has_any("A load of odd parts we have hardly seen would fool it.", OOD_STATED)


def test_a_present_way_denied_is_no_comparison():
    assert no_comparison(
        "There is no set routine at present, so we would not make a comparison.", COMPARISON_WORDS
    )
    assert not no_comparison("No formal baseline; we compare with last year's figures.", COMPARISON_WORDS)
