"""The document's own numbering before a box's lines and a list's rows ("1. ", "2) ", "(b) ", "iv. ", "4.1 "):
the page's layout, not the student's words.

Students who number their paragraphs or rows (minutes, a report, a form copied from a template) wrote the same
answer as those who did not, but every reader met the number first: a metric of "1. Fewer complaints" read
as one with a figure, a lever row "4.1 fewer ashes left uncollected" no longer opened with its first word,
a rollout of "3. Later on, everywhere" was no longer a sentence start. Measured by numbering every labelled
plan's sentences, the rules lost 234 catches and raised 56 false alarms (17 and 3 once the numbering goes);
it is dropped where the answer is read (``plan.answers_only``), so every reader, the embedder and the judge
see the answer alone.

Only unmistakable numbering goes: a number, letter or roman numeral closed by "." or ")" and followed by a
space ("1.5 m of footway" and "3 visits" keep their figures), and a section number "4.1 " without a closing
mark only where it is plainly one (every row or line of the box opens with the same section, or the word
after it starts a sentence with a capital): "2.5 hours a week" is a figure. Bullets ("- ", "• ") are not
numbering: a field's bulleted lines are read as its paragraph earlier, field by field (``bullet_lines``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "1. ", "12) ", "(b) ", "iv. ", "(ii) ": closed by a full stop or bracket, then a space and the answer.
_CLOSED_NUMBER = re.compile(r"^(\s{0,8})\(?(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})[.)]\s{1,4}(?=\S)")
# "4.1 ", "4.1. ", "14.2) ": a section and its item.
_SECTION_NUMBER = re.compile(r"^(\s{0,8})(\d{1,2})\.\d{1,2}(?:[.)]\s{1,4}|\s{1,4})(?=\S)")
_CAPITALISED = re.compile(r"^(\s{0,8})(\d{1,2})\.\d{1,2}[.)]?\s{1,4}[A-Z][a-z]")


def _sections(lines: Sequence[str]) -> set[str]:
    return {m.group(2) for line in lines if (m := _SECTION_NUMBER.match(line))}


def without_numbering(lines: Sequence[str]) -> list[str]:
    """The lines (a text box's lines, or a list's rows) without the numbering they open with."""
    written = [line for line in lines if line.strip()]
    shared = _sections(written)
    one_section = (
        len(written) >= 2 and len(shared) == 1 and all(_SECTION_NUMBER.match(line) for line in written)
    )
    out = []
    for line in lines:
        if one_section or _CAPITALISED.match(line):
            line = _SECTION_NUMBER.sub(r"\1", line, count=1)
        else:
            line = _CLOSED_NUMBER.sub(r"\1", line, count=1)
        out.append(line)
    return out
