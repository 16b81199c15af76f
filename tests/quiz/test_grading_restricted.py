"""``restricted``: the right idea held only under a condition the key lacks is not the key."""

import pytest

from quiz.grading.levels import CORRECT
from quiz.grading.restricted import restriction_spans, unbacked_restrictions

BRIDGE_KEY = "the bridge carries cars and lorries across the river every day of the year"


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("The bridge carries cars, but only when the tide is low.", "when the tide is low"),
        ("It carries lorries - though that only works on weekdays.", "on weekdays"),
        ("That rule applies only to red lorries; blue ones sink.", "to red lorries"),
        ("It is open to cars, but just for residents.", "for residents"),
        ("You only need it once the river is frozen.", "once the river is frozen"),
    ],
)
def test_an_exclusive_condition_is_read_to_the_end_of_its_clause(text, condition):
    assert restriction_spans(text) == [condition]


@pytest.mark.parametrize(
    "text",
    [
        # "only" before what the claim is about restricts no condition
        "The ferry only knows the route it was shown.",
        "Only the left lane is closed.",
        "It predicts only the classes it saw.",
        # what a model or a cook learnt from is the idea itself
        "A cook trained only on French recipes is lost in a sushi bar.",
        # "not only" widens
        "It works not only on weekdays but every day.",
        # a caveat with "as long as" is often the key's own
        "The split stays the same as long as the files stay the same.",
    ],
)
def test_only_before_the_subject_not_only_and_learnt_from_are_no_condition(text):
    assert restriction_spans(text) == []


def test_a_condition_is_the_keys_own_when_the_key_carries_its_words():
    assert unbacked_restrictions("It carries cars, but only when the tide is low.", BRIDGE_KEY) == [
        "when the tide is low"
    ]
    # the key's words: "every day of the year", "across the river"
    assert unbacked_restrictions("It carries lorries only across the river.", BRIDGE_KEY) == []
    # a key that states a condition of its own is read as carrying the learner's
    conditional_key = BRIDGE_KEY + ", but lorries may cross only when the wind is calm"
    assert unbacked_restrictions("It carries cars, but only when the tide is low.", conditional_key) == []


@pytest.mark.real_model
@pytest.mark.parametrize(
    ("item", "text"),
    [
        (
            "ch2-q13",
            "Pass the same random seed to the splitter so the validation set is identical each run, but "
            "this only holds when the notebook runs inside a Docker container.",
        ),
        (
            "ch2-q18",
            "A grid of actual classes against predicted classes that shows which ones the model mixes up, "
            "though it only works for balanced datasets.",
        ),
        (
            "ch2-q16",
            "Training on randomly altered copies of the inputs, such as flips and small rotations that keep "
            "the label, so the model generalises better. But only if the images are stored as PNG files.",
        ),
        (
            "ch2-q21",
            "Interactive controls like buttons, sliders and file pickers inside a Jupyter notebook, but "
            "they only run on a Mac.",
        ),
    ],
)
def test_a_key_point_restricted_to_a_made_up_condition_is_not_correct(grade_course_answer, item, text):
    r = grade_course_answer(item, text)
    assert r.level != CORRECT, (r.level, r.ceiling_reasons)


@pytest.mark.real_model
@pytest.mark.parametrize(
    ("item", "text"),
    [
        # the key itself holds under a condition: the learner's wording of it stays credited
        (
            "ch2-q22",
            "A CPU is the normal choice for serving one request at a time; a GPU only pays off when "
            "traffic is heavy enough to batch many requests together.",
        ),
        # "only" as part of the right idea
        (
            "ch2-q25",
            "Inputs in production that are very unlike the data the model was trained on; a model trained "
            "only on daytime photos meets night frames, for example.",
        ),
        (
            "ch2-q17",
            "item_tfms run on each item separately on the CPU, for example Resize; batch_tfms run on whole "
            "batches on the GPU, and they can only run after the items are the same size.",
        ),
        (
            "ch2-q23",
            "The app only works with a network connection, every prediction has to travel to the server and "
            "back, the users' data leaves their device and serving many users costs money.",
        ),
    ],
)
def test_a_conditional_key_and_only_as_part_of_the_idea_stay_correct(grade_course_answer, item, text):
    r = grade_course_answer(item, text)
    assert r.level == CORRECT, (r.level, r.ceiling_reasons)
