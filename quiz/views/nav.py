"""The item strip of a practice attempt: one chip per item, named by its question and showing how it went.

A chip reads "Q4" for a question and "Q4 choice" for its multiple-choice variant, so chip 5 no longer hides
that it is question 4. Where the student may see grades, an answered chip shows its level by colour *and* by
a mark (✓, ◐, ✗, …) with the level in words for screen readers; where they may not, it only says answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.grading import levels
from quiz.models import Answer
from studyguide.course.models import Item

_QUESTION = re.compile(r"\bQ(\d+)\b")
_RESEARCH = re.compile(r"further research (\d+)", re.IGNORECASE)
# A variant of a question is told apart by its kind (the question itself is free text or a reflection).
VARIANT_WORDS = {
    Item.Kind.MULTIPLE_CHOICE: "choice",
    Item.Kind.ORDERING: "order",
    Item.Kind.SHORT_EXACT: "short",
    Item.Kind.FREE_TEXT: "written",
    Item.Kind.REFLECTION: "reflection",
}
# state -> (mark shown on the chip, words for screen readers)
STATES = {
    levels.CORRECT: ("✓", "answered, correct"),
    levels.PARTIAL: ("◐", "answered, partly right"),
    levels.INCORRECT: ("✗", "answered, not right yet"),
    levels.PENDING: ("…", "answered, awaiting your teacher"),
    "answered": ("•", "answered"),
    "": ("", "not answered yet"),
}


def question_label(item: Item) -> str:
    """ "Q4" for questionnaire item 4, "R2" for further research 2, else the item's own reference."""
    if found := _RESEARCH.search(item.source_ref):
        return f"R{found.group(1)}"
    if found := _QUESTION.search(item.source_ref):
        return f"Q{found.group(1)}"
    return item.source_ref or item.item_id


@dataclass(frozen=True)
class Chip:
    index: int  # 1-based place in the attempt (the ``?i=`` of its page)
    item: Item
    label: str  # "Q4", "Q4 choice"
    state: str  # a level, "answered" (grades not visible) or "" (not answered)
    flagged: bool
    current: bool

    @property
    def mark(self) -> str:
        return STATES[self.state][0]

    @property
    def description(self) -> str:
        """What the chip says to a screen reader after its label: kind, state, flag."""
        parts = [self.item.get_kind_display().lower(), STATES[self.state][1]]
        if self.flagged:
            parts.append("flagged")
        return ", ".join(parts)


def chip_state(answer: Answer | None, *, grades_visible: bool) -> str:
    if answer is None:
        return ""
    if not grades_visible:
        return "answered"
    return answer.final_level if answer.final_level in STATES else "answered"


def item_chips(
    items: list[Item], latest: dict[int, Answer], *, grades_visible: bool, flagged, current: int | None
) -> list[Chip]:
    """One chip per item, in the attempt's order (``latest``: the attempt's latest answer by item pk)."""
    chips = []
    for n, item in enumerate(items, start=1):
        label = question_label(item)
        if item.variant_of_id is not None:
            label = f"{label} {VARIANT_WORDS.get(item.kind, item.get_kind_display().lower())}"
        chips.append(
            Chip(
                index=n,
                item=item,
                label=label,
                state=chip_state(latest.get(item.pk), grades_visible=grades_visible),
                flagged=item.item_id in flagged,
                current=n == current,
            )
        )
    return chips
