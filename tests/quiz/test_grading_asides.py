"""``asides``: a story or a remark beside the point is no claim about the subject, so the ceilings that count
claims the key does not back leave it out."""

import pytest

from quiz.grading.asides import is_aside
from quiz.grading.features import UnitSupport
from quiz.grading.pipeline import _without_asides
from quiz.grading.text import split_units


@pytest.mark.parametrize(
    "sentence",
    [
        "My cousin fixes old tractors for a living, which is how I got curious about this.",
        "In class we spent an hour arguing about it.",
        "I tried it on my own holiday pictures last summer.",
        "Someone asked about hosting costs in my group.",
        "The power bill is another story.",
        "Sensors also rust in the rain, but that's unrelated.",
    ],
)
def test_stories_and_flagged_remarks_are_asides(sentence):
    assert is_aside(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It also picks the batch size for you.",  # a claim about the subject
        "I think it also picks the batch size.",  # a claim made through the writer's belief
        "Our tutor said it picks the batch size.",  # ... or through someone's words
        "I'm not sure, does it pick the batch size?",  # a hedged question still asks about the subject
        "I'd say it picks the batch size.",
        "We pass a fixed seed so the split is the same.",  # the generic "we" of an explanation
        "We also need a GPU for every customer.",
        "Training longer would fix any other issue.",  # "other issue" is no flag of an aside
    ],
)
def test_claims_about_the_subject_are_no_asides(sentence):
    assert not is_aside(sentence)


def test_an_aside_that_states_a_key_point_is_kept():
    text = "We used a fixed seed in our notebook. We also had trouble with our laptops."
    units = [UnitSupport(u, 0.1, 0.3, 0.3, False, u.text.startswith("We used")) for u in split_units(text)]
    kept = [u.unit.text for u in _without_asides(units)]
    assert any(t.startswith("We used") for t in kept)
    assert not any("laptops" in t for t in kept)
