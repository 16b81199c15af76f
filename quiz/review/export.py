"""CSV export of answers, safe to open in a spreadsheet (pure: standard library only).

Spreadsheet programs treat a cell whose text starts with ``=``, ``+``, ``-`` or ``@`` (and, in some of them, a
tab or carriage return) as a formula: a student could write ``=HYPERLINK(...)`` as an answer and have it run
on the teacher's machine. Every text cell starting with one of those characters (also after leading spaces) is
prefixed with a single quote, which spreadsheets display as plain text. Numbers are written as numbers."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import IO

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = (
    "cohort",
    "student",
    "student_name",
    "quiz",
    "attempt",
    "attempt_status",
    "item",
    "answer_id",
    "answer_text",
    "auto_score",
    "auto_level",
    "confidence",
    "final_score",
    "final_level",
    "teacher_comment",
    "decided_by",
    "decided_at",
    "key_version",
    "created_at",
    "graded_at",
    "submitted_at",
)


def safe_cell(value) -> str | int | float:
    """One CSV cell: None -> "", datetimes -> ISO 8601, numbers unchanged, text neutralised against
    formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    text = str(value)
    if text.startswith(FORMULA_TRIGGERS) or text.lstrip(" ").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def write_csv(rows: Iterable[Mapping], out: IO[str], columns: tuple[str, ...] = COLUMNS) -> int:
    """Write a header and one line per row (missing keys -> empty cells); returns the number of rows."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(c) for c in columns])
    n = 0
    for row in rows:
        writer.writerow([safe_cell(row.get(c)) for c in columns])
        n += 1
    return n


class Echo:
    """A write-only file-like object returning what is written (for streaming responses)."""

    def write(self, value: str) -> str:
        return value


def iter_csv(rows: Iterable[Mapping], columns: tuple[str, ...] = COLUMNS):
    """Yield the CSV line by line (header first): for StreamingHttpResponse."""
    writer = csv.writer(Echo(), lineterminator="\r\n")
    yield writer.writerow([safe_cell(c) for c in columns])  # a column may be named after an item id
    for row in rows:
        yield writer.writerow([safe_cell(row.get(c)) for c in columns])


__all__ = ["COLUMNS", "FORMULA_TRIGGERS", "iter_csv", "safe_cell", "write_csv"]
