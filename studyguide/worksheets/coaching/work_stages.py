"""Whether a lever row is a stage of the project's own work plan: "Phase 1: data extract", "Step 3 - pilot at
the north depot", "Milestone B: go live". A list of such rows says when the team will do the work of building
the model, not what the model's recommendation will set; the settings the optimizer searches over are missing
from the list. Read from the row's opening label (a stage word and its number or letter), never from what the
stage is about, so any domain's project plan reads the same. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

# A stage word, then its number, letter or ordinal, then the label's end (a colon, a dash, a full stop or a
# bracket): "Phase 2:", "Stage B -", "Step one.", "Workstream 3)". Bounded: one short marker only.
_STAGE_LABEL = re.compile(
    r"^\W{0,4}(?:phase|stage|step|milestone|workstream|work package|sprint|wave)\s{1,3}"
    r"(?:\d{1,2}[a-z]?|[a-h]|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s{0,2}(?:[:.)–—-]|\s[–—-]\s)",
    re.IGNORECASE,
)


def opens_with_a_stage(lever: str) -> bool:
    """Whether the lever row opens with the label of a stage of the project's work ("Phase 1: ...")."""
    return bool(_STAGE_LABEL.match(lever or ""))


# What the rest of a row would hold if it set something after all ("Phase 1: price at £4"): then the label
# only says when a setting changes, and the row may be a lever.
_SETS_SOMETHING = re.compile(
    r"\b(?:how|which|whether|when|we|our|us|sets?|price|fee|discount|rate|size|number of|amount)\b",
    re.IGNORECASE,
)


def stages_listed(levers: list[str]) -> list[str]:
    """The lever rows that are stages of the project's work, when they are at least two and half the list
    (one stage among real levers is a slip of the pen, not a list of stages)."""
    rows = [row for row in levers if opens_with_a_stage(row) and not _SETS_SOMETHING.search(row)]
    return rows if len(rows) >= 2 and 2 * len(rows) >= len(levers) else []
