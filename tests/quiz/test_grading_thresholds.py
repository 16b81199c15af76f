"""Thresholds the key does not back (``quiz.grading.thresholds``): written in our own words."""

from quiz.grading.thresholds import unbacked_thresholds

KEY = "a validation set of 20% of the images; batches of 64"


def test_a_made_up_threshold_is_found():
    assert unbacked_thresholds("It only counts with more than 3 distinct values.", KEY)
    assert unbacked_thresholds("You need a GPU from 40 visitors an hour on.", KEY)
    assert unbacked_thresholds("It matters once more than half of the inputs differ.", KEY)
    assert unbacked_thresholds("It must cover at least 75% of the staff.", KEY)


def test_a_number_the_key_gives_is_backed():
    assert not unbacked_thresholds("Keep at least 20% of the images for validation.", KEY)
    assert not unbacked_thresholds("Batches of up to 64 images go to the GPU.", KEY)


def test_a_number_without_a_comparison_or_a_weak_one_without_digits_is_no_threshold():
    assert not unbacked_thresholds("If 200 of your 1,000 images go to validation, 800 are for training.", KEY)
    assert not unbacked_thresholds("The data drifts from one season to another.", KEY)
    assert not unbacked_thresholds("The loss rises after a few epochs.", KEY)


def test_a_whole_number_is_not_backed_by_a_longer_one():
    assert unbacked_thresholds("Use more than 2 classes.", "a share of 0.25")


def test_a_vague_amount_is_no_threshold():
    assert not unbacked_thresholds("Columns with more than a handful of distinct values.", KEY)
    assert not unbacked_thresholds("It helps once you have more than a couple of classes.", KEY)
