"""The document's numbering before a box's lines and a list's rows is layout, not the answer
(studyguide/worksheets/coaching/list_labels.py): each reading beside the figures that must stay. Pure."""

import pytest

from studyguide.worksheets.coaching.list_labels import without_numbering
from tests.worksheets.test_coaching_evidence import codes_of


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("1. Fewer complaints", "Fewer complaints"),
        ("12) the price per seat", "the price per seat"),
        ("(b) which rooms we open", "which rooms we open"),
        ("iv. Nothing more to add", "Nothing more to add"),
        ("14.1 The model sits in a notebook", "The model sits in a notebook"),
        ("  3. indented too", "  indented too"),
    ],
)
def test_unmistakable_numbering_is_dropped(line, read):
    assert without_numbering([line]) == [read]


@pytest.mark.parametrize(
    "line",
    [
        "1.5 m of clear footway",  # a figure, not a number closed by a mark
        "2.5 hours a week of the manager's time",  # a section number only before a capital or in a run
        "3 visits a month",
        "e.g. the weather",
        "2023: 410 bookings",
    ],
)
def test_figures_at_the_start_of_a_line_stay(line):
    assert without_numbering([line]) == [line]


def test_a_run_of_rows_under_one_section_loses_its_section_numbers():
    rows = ["4.1 fewer ashes left uncollected", "4.2 families collecting within 3 months"]
    assert without_numbering(rows) == ["fewer ashes left uncollected", "families collecting within 3 months"]


def test_rows_under_different_sections_keep_lowercase_figures():
    rows = ["1.5 m footway", "2.5 hours"]
    assert without_numbering(rows) == rows


def test_a_numbered_metric_with_no_figure_is_still_a_feeling():
    assert "metric_no_number" in codes_of(metric="1. Happier customers.\n2. A calmer front desk.")


def test_a_numbered_metric_with_figures_keeps_them():
    metric = "1. Chair hours lost to no-shows per month (41 in May).\n2. Share of deposits refunded."
    assert "metric_no_number" not in codes_of(metric=metric)


def test_a_numbered_denial_is_still_a_denial():
    assert "no_risks" in codes_of(risks="1. None - nothing can go wrong with a reminder.")


def test_numbered_lever_rows_are_read_from_their_first_word():
    levers = ["1. the deposit we ask per booking", "2. when we send the reminder"]
    assert codes_of(levers=levers) == set()
