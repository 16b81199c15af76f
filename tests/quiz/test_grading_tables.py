"""Markdown tables read row by row with their header (``quiz.grading.tables``)."""

from __future__ import annotations

import pytest

from quiz.grading.tables import tables_as_sentences


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "| Model does | Clerk does |\n|---|---|\n| sorts the claims | signs each payout |",
            "Model does: sorts the claims; Clerk does: signs each payout.",
        ),
        ("Steps:\n| 1 | 2 |\n|:-:|:-:|\n| wash | dry |", "Steps:\nwash, dry."),
        # a header that only names roles pairs each row's first cell with the rest
        ("| Term | Meaning |\n|---|---|\n| tea | a hot drink |", "tea: a hot drink."),
        # no header: cells paired when they come in pairs, listed otherwise
        ("| tea | hot | juice | cold |", "tea: hot; juice: cold."),
        ("| tea | coffee | juice |", "tea, coffee, juice."),
        # a short row leaves its last columns out
        ("| a | b | c |\n|---|---|---|\n| x |", "a: x."),
    ],
)
def test_a_table_is_read_row_by_row(text, read):
    assert tables_as_sentences(text) == read


@pytest.mark.parametrize(
    "text",
    ["Pipe it: x | y", "a | b | c", "No table here.", "", "Use `df | head` to look."],
)
def test_text_without_table_rows_is_left_alone(text):
    assert tables_as_sentences(text) == text


@pytest.mark.real_model
@pytest.mark.parametrize(
    ("item", "answer", "level"),
    [
        (
            "ch2-q14",
            "| x | the independent variable, the input | y | the dependent variable, the target |",
            "correct",
        ),
        (
            "ch2-q4",
            "| Step | Who |\n|---|---|\n| flag the risky cases | the model |\n"
            "| make the final decision | a person |",
            "correct",
        ),
        # a table that pairs the terms with the wrong meanings is no right answer
        (
            "ch2-q14",
            "| letter | meaning |\n|---|---|\n| x | the dependent variable |\n"
            "| y | the independent variable |",
            "not correct",
        ),
    ],
)
def test_tables_through_the_real_model(grade_course_answer, item, answer, level):
    got = grade_course_answer(item, answer).level
    assert got != "correct" if level == "not correct" else got == level
