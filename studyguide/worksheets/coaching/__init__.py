"""Coaching notes for a Drivetrain plan. Pure: no Django, and no torch at import.

- ``plan``: the plan coaching reads (derived from the worksheet's fields) and its JSON parsing;
- ``levers``: who decides a lever, read from the phrase's structure;
- ``lexicon`` and ``text``: the word patterns and text helpers the rules match with;
- ``rules`` and ``substance``: ``coach(plan, semantics=None)``, the checks and their stable codes;
- ``context``: what one check of one plan shares (``Context``) and the ``Semantics`` protocol;
- ``notes``: the codes, their importance, which are only asked as questions, and the ``Feedback`` a student
  sees;
- ``semantic``: the sentence-embedding half (through ``studyguide.embeddings``), loaded on first use, and
  ``check()``, the rules plus the model when it is available.
"""

from .notes import CODES, Feedback, Note
from .plan import ALIASES, JSON_KEYS, Plan, PlanError, plan_from_mapping, plan_from_values
from .rules import MAX_COACHED, Semantics, check_plan, coach

__all__ = [
    "ALIASES",
    "CODES",
    "JSON_KEYS",
    "MAX_COACHED",
    "Feedback",
    "Note",
    "Plan",
    "PlanError",
    "Semantics",
    "check_plan",
    "coach",
    "plan_from_mapping",
    "plan_from_values",
]
