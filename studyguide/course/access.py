"""Who may see an item's key (reference answer, key points, common mistakes, checklist) on the study pages.

A student sees the key of a question only after answering it, never while sitting an exam that contains it;
teachers always see it; anonymous visitors never do. The course app describes items and knows nothing about
answers or exams, so the quiz app, which does, provides the rule for signed-in students when it starts
(``quiz.apps``). Without a provider, only teachers see keys.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from studyguide.accounts.selectors import is_teacher

from .models import Item


class KeyAccess(StrEnum):
    VISIBLE = "visible"
    LOGIN = "login"  # anonymous visitor
    ANSWER_FIRST = "answer_first"  # the student has not answered this question yet
    EXAM = "exam"  # the student is sitting an exam that contains this question


StudentRule = Callable[[object, Item], KeyAccess]
_student_rule: StudentRule | None = None


def key_access_provide(rule: StudentRule) -> None:
    """Install the rule for signed-in students who are not teachers (called once by the quiz app)."""
    global _student_rule
    _student_rule = rule


def key_access(user, item: Item) -> KeyAccess:
    if not getattr(user, "is_authenticated", False):
        return KeyAccess.LOGIN
    if is_teacher(user):
        return KeyAccess.VISIBLE
    if _student_rule is None:
        return KeyAccess.ANSWER_FIRST
    return _student_rule(user, item)
