"""The same worksheet in another writing style, to measure whether the coach reads a plan the same way
however it is laid out (``manage.py worksheet_coaching_eval --restyle STYLE``).

Students write the same plan as lowercase notes, as bullets, as numbered paragraphs or without full stops; a
note that comes or goes with the layout is not about the plan. Each style rewrites every free-text box (and,
where the style applies to a row, every list row) and leaves the title and the yes/no experiment choice alone.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .coaching.text import sentences

_LEFT_AS_WRITTEN = frozenset({"title", "experiment_needed"})
_SENTENCE_STOP = re.compile(r"\.(?=\s|$)")


def _lines(text: str, mark: Callable[[int], str]) -> str:
    found = sentences(text, limit=200)
    return "\n".join(f"{mark(i)}{s.strip()}" for i, s in enumerate(found, 1)) if found else text


# style -> (how a text box is rewritten, whether list rows are rewritten too)
STYLES: dict[str, tuple[Callable[[str], str], bool]] = {
    "lower": (str.lower, True),
    "bullets": (lambda text: _lines(text, lambda i: "- "), False),
    "numbered": (lambda text: _lines(text, lambda i: f"{i}. "), False),
    "nodots": (lambda text: _SENTENCE_STOP.sub("", text), True),
}


def restyle(worksheet: Mapping, style: str) -> dict:
    """The worksheet with every box written in ``style`` (one of ``STYLES``)."""
    rewrite, rows_too = STYLES[style]
    out = {}
    for key, value in worksheet.items():
        if key in _LEFT_AS_WRITTEN:
            out[key] = value
        elif isinstance(value, str) and value.strip():
            out[key] = rewrite(value)
        elif isinstance(value, list) and rows_too:
            out[key] = [rewrite(row) if isinstance(row, str) else row for row in value]
        else:
            out[key] = value
    return out
