"""Coaching notes for a Drivetrain plan. Pure: no Django, and no torch at import.

- ``plan``: the plan coaching reads (derived from the worksheet's fields) and its JSON parsing;
- ``lexicon``: the word lists and text helpers the rules match with;
- ``rules``: ``check_plan(plan, semantics=None)``, the notes and their stable codes;
- ``semantic``: the sentence-embedding half (through ``studyguide.embeddings``), loaded on first use, and
  ``check()``, the rules plus the model when it is available.
"""

from .plan import JSON_KEYS, OPTIONAL_KEYS, Plan, PlanError, plan_from_mapping, plan_from_values
from .rules import CODES, Note, Semantics, check_plan

__all__ = [
    "CODES",
    "JSON_KEYS",
    "OPTIONAL_KEYS",
    "Note",
    "Plan",
    "PlanError",
    "Semantics",
    "check_plan",
    "plan_from_mapping",
    "plan_from_values",
]
