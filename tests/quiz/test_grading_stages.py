"""Stages the key does not speak of (``quiz.grading.stages``): written in our own words."""

from quiz.grading.stages import unbacked_stages

SERVING_KEY = "serve predictions to users one request at a time in production"
TRAINING_KEY = "random changes to the training images make the model generalise"


def test_a_stage_the_key_never_names_is_found():
    assert unbacked_stages("The check happens during training.", SERVING_KEY)
    assert unbacked_stages("It is done at inference time on the upload.", TRAINING_KEY)
    assert unbacked_stages("The trouble is during data collection.", SERVING_KEY)


def test_a_stage_the_key_names_is_backed():
    assert not unbacked_stages("It matters in production.", SERVING_KEY)
    assert not unbacked_stages("It happens during training.", TRAINING_KEY)


def test_after_training_and_words_that_place_nothing_are_left_alone():
    assert not unbacked_stages("You'd look at it after training.", SERVING_KEY)
    assert not unbacked_stages("Images in the collection were dark.", SERVING_KEY)
