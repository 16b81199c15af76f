"""Checklists: only the ticked options are the learner's claims; the options left unticked are rejected.

A learner may answer by ticking boxes, as on a paper form or in a Markdown task list: "[ ] training\n[ ]
fine-tuning\n[x] inference", "- [x] the weights\n- [ ] the training images", "Inference [x]". Read as plain
text every option is one more claim, so a checklist that ticks a wrong option and leaves the right one
unticked carries the key's words and looks right, and a right checklist that leaves a wrong option unticked
looks like a shotgun. A teacher reads the boxes: a ticked line is what the learner says, an unticked one is
an option they turned down. So before grading, ``ticked_claims`` drops each unticked option and the box marks
of the ticked ones, keeping the rest of the text (a heading, a note under the list) as written.

A box is "[ ]" or "[]" (unticked) or "[x]", "[X]", "[✓]", "[✔]" (ticked), or the box characters "☐" and
"☑" / "✅". It opens an option at the start of a line (after a list bullet or number, "- [ ]", "1. [x]"), or
closes it at the line's end ("inference [x]"); several boxes on one line each open the text up to the next.
The boxes make a decision only when at least one is ticked and there are at least two options, or the single
option is ticked: a list whose boxes are all empty is a to-do list or a form left blank, and is left as typed.
Pure module: regular expressions on the raw answer.
"""

from __future__ import annotations

import re

_TICKED = "\u2611\u2705"  # ☑ ✅
_UNTICKED = "\u2610"  # ☐
# "[ ]", "[]", "[x]", "[X]", "[✓]", "[✔]", or a box character
_BOX_RE = re.compile(rf"\[\s?\]|\[\s?[xX\u2713\u2714]\s?\]|[{_TICKED}{_UNTICKED}]")
# what may stand before a box that opens a line: a list bullet or a number
_LINE_LEAD_RE = re.compile(r"[ \t]*(?:[-*+\u2022][ \t]+)?(?:\(?\d{1,2}[.)][ \t]+)?")
# what may follow a box that closes a line: spaces and an end mark
_LINE_TAIL_RE = re.compile(r"[ \t\r.,;!]*$")


def _is_ticked(box: str) -> bool:
    return box in _TICKED or bool(re.search(r"[xX\u2713\u2714]", box))


def _options(line: str) -> tuple[str, list[tuple[bool, str]]] | None:
    """(the text the line keeps before its options, [(ticked, option text), ...]) of a line with boxes, or
    None when its boxes neither open nor close its options (a box in the middle of a sentence)."""
    boxes = list(_BOX_RE.finditer(line))
    if not boxes:
        return None
    lead = _LINE_LEAD_RE.match(line).end()
    if boxes[0].start() == lead:
        # box-first: each box opens the text up to the next box
        options = []
        for i, box in enumerate(boxes):
            end = boxes[i + 1].start() if i + 1 < len(boxes) else len(line)
            options.append((_is_ticked(box.group()), line[box.end() : end].strip()))
        return line[:lead], options
    box = boxes[0]
    if len(boxes) == 1 and line[box.start() - 1].isspace() and _LINE_TAIL_RE.match(line, box.end()):
        # box-last, set off by a space ("inference [x]"; "dls[x]" is code)
        return line[:lead], [(_is_ticked(box.group()), line[lead : box.start()].strip())]
    return None


def ticked_claims(text: str) -> str:
    """``text`` with each unticked option of a checklist dropped and the boxes of its ticked ones removed;
    unchanged when it has no checklist decision (no box ticked, or a single option left unticked)."""
    if not text or not _BOX_RE.search(text):
        return text
    lines = text.split("\n")
    parsed = [_options(line) for line in lines]
    options = [ticked for p in parsed if p for ticked, _ in p[1]]
    if not any(options) or (len(options) < 2 and not all(options)):
        return text
    kept = []
    for line, p in zip(lines, parsed, strict=True):
        if p is None:
            kept.append(line)
            continue
        lead, line_options = p
        chosen = [option for ticked, option in line_options if ticked and option]
        if chosen:
            kept.append(lead + "; ".join(chosen))
    return "\n".join(kept)
