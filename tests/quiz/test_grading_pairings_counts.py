"""``pairings`` (terms paired with the wrong meanings) and ``counts`` (a list's count said wrong), on the
course's shipped keys: answers they must catch, and right answers near them that keep their credit."""

from __future__ import annotations

import pytest

from quiz.grading.counts import wrong_count
from quiz.grading.pairings import mismatched
from quiz.grading.tables import tables_as_sentences
from quiz.grading.text import clean_answer
from quiz.grading.tools.course_keys import course_item_keys


@pytest.fixture(scope="module")
def keys():
    return course_item_keys()


def _read(text: str) -> str:
    return clean_answer(tables_as_sentences(text))


@pytest.mark.parametrize(
    ("item", "answer"),
    [
        # two of four pieces exchanged: as many crossed as kept
        (
            "ch2-q11",
            "blocks -> how to split the data\nsplitter -> types of data\n"
            "get_items -> where the items come from\nget_y -> parent_label",
        ),
        (
            "ch2-q8",
            "Objective = which recommendations to show; Lever = incremental revenue; "
            "Data = purchase probability; Models = a/b tests",
        ),
        (
            "ch2-q7",
            "1. objective: the data we can collect\n2. levers: define the goal\n"
            "3. data: build models\n4. models: what we can control",
        ),
        # the question's subject given a wrong meaning, its key meaning handed to another name
        ("ch2-q10", "`DataLoaders` -> turns images into tensors\nLearner -> holds dls.train and dls.valid"),
        (
            "ch2-q21",
            "ipywidgets: a service that hosts notebooks online\n"
            "Voila: sliders, buttons and upload boxes you put in a notebook",
        ),
        ("ch2-q12", "`splitter`: sets the batch size\n`batch_tfms`: which items go to the validation set"),
        # a table row read as a pair
        (
            "ch2-q11",
            "| term | meaning |\n|---|---|\n| get_items | how to label |\n| get_y | how to split |",
        ),
    ],
)
def test_terms_paired_with_the_wrong_meanings_are_caught(keys, item, answer):
    assert mismatched(_read(answer), keys[item]) == "most"


@pytest.mark.parametrize(
    ("item", "answer"),
    [
        (
            "ch2-q11",
            "blocks = ImageBlock and CategoryBlock; get_items = get_image_files; get_y = parent_label; "
            "splitter = RandomSplitter",
        ),
        (
            "ch2-q8",
            "Objective: extra sales. Lever: ranking of the recommendations. Data: randomised experiments. "
            "Models: two models of purchase probability.",
        ),
        (
            "ch2-q21",
            "ipywidgets: buttons, sliders and upload boxes inside a notebook\n"
            "Voila: turns that notebook into a web app",
        ),
        (
            "ch2-q10",
            "DataLoaders: holds the train and valid DataLoader objects\n"
            "DataLoader: gives the model mini-batches",
        ),
        (
            "ch2-q7",
            "objective: what we want to achieve; levers: what we can control; "
            "data: what data we can collect; models: how the levers affect the objective",
        ),
        ("ch2-q14", "x: independent\ny: dependent"),
        # plain sentences make no pairing
        ("ch2-q11", "The blocks, how to get the items, how to label them and how to split them."),
    ],
)
def test_right_pairs_keep_their_credit(keys, item, answer):
    assert mismatched(_read(answer), keys[item]) is None


@pytest.mark.parametrize(
    ("item", "answer", "said"),
    [
        ("ch2-q7", "Objective, levers, data, models and deployment - the five steps.", 5),
        ("ch2-q7", "There are 3 steps: objective, levers, models.", 3),
        ("ch2-q8", "Two parts matter: the objective (extra sales) and the lever (the ranking).", 2),
        ("ch2-q11", "Three pieces: blocks, get_items and get_y.", 3),
        ("ch2-q11", "The five required pieces: blocks, get_items, get_y, splitter and item_tfms.", 5),
    ],
)
def test_a_list_given_another_count_than_the_key_is_caught(keys, item, answer, said):
    assert wrong_count(_read(answer), keys[item]) == said


@pytest.mark.parametrize(
    ("item", "answer"),
    [
        ("ch2-q7", "The four steps, in order: objective, levers, data, models."),
        ("ch2-q11", "4 pieces: blocks, get_items, get_y, splitter."),
        (
            "ch2-q8",
            "Objective: extra sales. Lever: ranking. Data: randomised experiments. Models: two models.",
        ),
        ("ch2-q7", "Not three steps but four: objective, levers, data, models."),
        # a two-point key is not read: its "two" is too often about something else
        ("ch2-q14", "x and y: the two parts of y = f(x)."),
    ],
)
def test_the_right_count_or_no_count_keeps_its_credit(keys, item, answer):
    assert wrong_count(_read(answer), keys[item]) is None


def test_a_variable_header_pairs_each_row():
    assert tables_as_sentences("| variable | letter |\n|---|---|\n| independent | x |") == "independent: x."


@pytest.mark.real_model
@pytest.mark.parametrize(
    ("item", "answer", "level"),
    [
        (
            "ch2-q11",
            "get_items = how to label; get_y = how to split; splitter = the data types; blocks = files",
            "incorrect",
        ),
        (
            "ch2-q21",
            "ipywidgets -> a hosting service\nVoila -> buttons and sliders inside a notebook",
            "incorrect",
        ),
        ("ch2-q7", "Objective, levers, data, models, monitoring: five steps.", "partial"),
        ("ch2-q14", "| variable | letter |\n|---|---|\n| independent | y |\n| dependent | x |", "incorrect"),
        (
            "ch2-q11",
            "blocks = the data types; get_items = where the files are; get_y = how to label; "
            "splitter = how to split",
            "correct",
        ),
        ("ch2-q7", "The four steps: objective, levers, data, models.", "correct"),
        ("ch2-q14", "| variable | letter |\n|---|---|\n| independent | x |\n| dependent | y |", "correct"),
    ],
)
def test_through_the_real_model(grade_course_answer, item, answer, level):
    assert grade_course_answer(item, answer).level == level
