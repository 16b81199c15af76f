"""Markdown tables read as sentences: "| Model does | Human does |\\n|---|---|\\n| flags cases | decides |"
says that the model flags cases and the human decides.

Read as typed, a table is a run of cells cut apart by pipes: each cell is a fragment without its column's
name, and a header row's names stand apart from the values they govern, so a right answer laid out as a table
reads as a salad. A teacher reads each row with its header: "Model does: flags cases; Human does: decides."
A table without a header row that pairs its cells ("| crop | cuts the edges | pad | adds borders |") is read
pair by pair. Only whole lines that open and close with a pipe are table rows, so a pipe inside a sentence
or code ("x | y") is left alone. Pure module: string work on the raw answer.
"""

from __future__ import annotations

import re

_ROW_RE = re.compile(r"^\s*\|(.*\|)?\s*$")
# the line under a header: "|---|:--:|", "---|---"
_RULE_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_MIN_PAIRED_CELLS = 4  # "| a | b |" is one pair only: read as a list


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _sentence(parts: list[str]) -> str:
    text = "; ".join(p for p in parts if p)
    return text if not text or text[-1] in ".!?" else text + "."


# Header cells that only name a column's role ("| Term | Meaning |", "| 1 | 2 |"): a row of such a table says
# "crop: cuts the edges", and "Term: crop; Meaning: cuts the edges" would part each term from its meaning.
_ROLE_HEADERS = frozenset(
    "term terms word words name names letter letters variable variables symbol concept meaning meanings "
    "definition definitions description explanation what value values key answer item items step steps "
    "phase phases no no. number part parts piece pieces role who detail details example examples type kind "
    "category thing option options note notes why how when where result results # -".split()
)


def _names_roles_only(header: list[str]) -> bool:
    return all(not cell or cell.lower() in _ROLE_HEADERS or cell.isdigit() for cell in header)


def _row_paired(cells: list[str]) -> str:
    """A row of a role-only table: "first: the rest" ("x: the input"), a numbered header's row as a list."""
    cells = [c for c in cells if c]
    if len(cells) < 2:
        return _sentence(cells)
    return _sentence([f"{cells[0]}: {', '.join(cells[1:])}"])


def _read_table(rows: list[str]) -> list[str]:
    if len(rows) >= 2 and _RULE_RE.match(rows[1]):
        header, body = _cells(rows[0]), [_cells(r) for r in rows[2:] if not _RULE_RE.match(r)]
        if not body:
            return [_sentence(header)]
        if all(cell.isdigit() for cell in header if cell):  # "| 1 | 2 | 3 |": a numbered list
            return [_sentence([", ".join(c for c in cells if c)]) for cells in body]
        if _names_roles_only(header):
            return [_row_paired(cells) for cells in body]
        return [
            _sentence(
                [
                    f"{name}: {cell}" if name else cell
                    for name, cell in zip(header, cells, strict=False)
                    if cell
                ]
            )
            for cells in body
        ]
    read = []
    for row in rows:
        if _RULE_RE.match(row):
            continue
        cells = [c for c in _cells(row) if c]
        if len(cells) >= _MIN_PAIRED_CELLS and len(cells) % 2 == 0:
            read.append(_sentence([f"{a}: {b}" for a, b in zip(cells[::2], cells[1::2], strict=True)]))
        else:
            read.append(_sentence([", ".join(cells)]))
    return read


def tables_as_sentences(text: str) -> str:
    """``text`` with each Markdown table (a run of lines that open and close with "|") read row by row."""
    if not text or "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not (_ROW_RE.match(lines[i]) and lines[i].count("|") >= 2):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (_ROW_RE.match(lines[j]) or _RULE_RE.match(lines[j])) and "|" in lines[j]:
            j += 1
        out.extend(_read_table(lines[i:j]))
        i = j
    return "\n".join(out)
