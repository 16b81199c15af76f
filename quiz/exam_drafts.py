"""Exam drafts as values (no database writes here): one item's posted answer with the version it is based on,
a conflict, and the fingerprint and comparison ``quiz.exam_services`` uses to tell them apart."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from quiz.models import Answer
from quiz.services import AnswerData
from studyguide.course.models import Item


@dataclass
class Draft:
    """One item's answer as a tab posted it. ``base`` None: a server-side caller that checks no version."""

    data: AnswerData
    base: int | None = None
    orig: str = ""
    resolve: int | None = None


@dataclass
class DraftConflict:
    item: Item
    mine: AnswerData
    theirs: Answer  # the stored draft, newer than the tab's copy
    their_version: int


def answer_data_of(row: Answer | None) -> AnswerData:
    if row is None:
        return AnswerData()
    return AnswerData(text=row.text, choice_ids=list(row.choice_ids), order=list(row.order))


def fingerprint(data: AnswerData) -> str:
    """A short stable hash of an answer: the page sends it back so an untouched item is recognised."""
    choices = sorted(int(c) for c in data.choice_ids)
    raw = json.dumps([data.text, choices, list(data.order)], ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def same_answer(a: AnswerData, b: AnswerData) -> bool:
    return (a.text, sorted(a.choice_ids), list(a.order)) == (b.text, sorted(b.choice_ids), list(b.order))
