"""Reads of a cohort's grades as tables: the students × items page, the gradebook (one row per student, one
column per item and the totals) and the answers export (one row per answer). The CSV writing itself, safe to
open in a spreadsheet, is ``quiz.review.export``.

Names follow anonymous grading (``selectors.names_hidden``): while a quiz's grades are unreleased, its
students appear under their per-quiz pseudonym, in the exports as in the queue."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from quiz.grading.levels import PENDING
from quiz.models import Quiz
from studyguide.accounts.models import Cohort, Membership
from studyguide.course.models import Item

from . import cohort_settings
from .selectors import EVERYTHING, ReviewScope, cohort_answers, names_hidden, pseudonym, scoped_answers

GRADEBOOK_LEAD = ("student", "student_name")
GRADEBOOK_TAIL = ("total", "out_of", "percent", "answered", "awaiting_teacher")


def _latest(cohort: Cohort, scope: ReviewScope) -> dict[tuple[int, int], dict]:
    """(student id, item pk) -> the student's latest answer to the item in ``scope`` (values only)."""
    latest: dict[tuple[int, int], dict] = {}
    rows = scoped_answers(cohort, scope).order_by("created_at", "pk")
    for row in rows.values(
        "pk", "attempt__student_id", "attempt__quiz_id", "item_id", "final_level", "final_score"
    ):
        latest[(row["attempt__student_id"], row["item_id"])] = row
    return latest


def _students(cohort: Cohort) -> list:
    students = [m.student for m in Membership.objects.filter(cohort=cohort).select_related("student")]
    return sorted(students, key=lambda u: u.username.lower())


@dataclass
class CohortTable:
    items: list[Item]
    rows: list[dict]  # {"student": user, "cells": [ {level, score, answer_id} | None ], "mean": float|None}
    facility: list[float | None]  # per item column


def cohort_table(cohort: Cohort, scope: ReviewScope = EVERYTHING) -> CohortTable:
    """Students x items: each cell is the student's latest reviewable answer to the item."""
    latest = _latest(cohort, scope)
    items = list(Item.objects.filter(pk__in={k[1] for k in latest}).order_by("order", "item_id"))
    rows, col_scores = [], defaultdict(list)
    for s in _students(cohort):
        cells, scores = [], []
        for it in items:
            cell = latest.get((s.pk, it.pk))
            if cell is None:
                cells.append(None)
                continue
            cells.append(
                {
                    "level": cell["final_level"] or PENDING,
                    "score": cell["final_score"],
                    "answer_id": cell["pk"],
                }
            )
            if cell["final_score"] is not None:
                scores.append(cell["final_score"])
                col_scores[it.pk].append(cell["final_score"])
        rows.append({"student": s, "cells": cells, "mean": sum(scores) / len(scores) if scores else None})
    facility = [
        (sum(col_scores[it.pk]) / len(col_scores[it.pk])) if col_scores[it.pk] else None for it in items
    ]
    return CohortTable(items=items, rows=rows, facility=facility)


@dataclass
class Gradebook:
    columns: tuple[str, ...]  # GRADEBOOK_LEAD, one per item (its id), GRADEBOOK_TAIL
    rows: list[dict]


def gradebook(cohort: Cohort, scope: ReviewScope) -> Gradebook:
    """One row per student of the cohort: the final score (0-1) of their latest answer to each item in
    ``scope`` (empty when not answered or awaiting a teacher), the total, the number of items it is out of,
    the percentage, and how many answers still await a teacher.

    If any quiz in the scope still hides names, every row is pseudonymous (the pseudonym of the first such
    quiz, as its queue shows it) and the rows are ordered by pseudonym, so neither a name nor the join order
    tells who is who."""
    latest = _latest(cohort, scope)
    items = list(Item.objects.filter(pk__in={k[1] for k in latest}).order_by("order", "item_id"))
    quizzes = Quiz.objects.filter(pk__in={row["attempt__quiz_id"] for row in latest.values()})
    views = cohort_settings.views_for(quizzes, cohort)
    hidden = sorted(q for q, view in views.items() if view.names_hidden)
    rows = []
    for student in _students(cohort):
        row = {
            "student": pseudonym(hidden[0], student.pk) if hidden else student.username,
            "student_name": "" if hidden else student.get_full_name(),
        }
        total, answered, awaiting = 0.0, 0, 0
        for item in items:
            cell = latest.get((student.pk, item.pk))
            score = None if cell is None else cell["final_score"]
            row[item.item_id] = None if score is None else round(score, 4)
            if cell is not None:
                answered += 1
                awaiting += cell["final_level"] == PENDING
                total += score or 0.0
        row.update(
            total=round(total, 4),
            out_of=len(items),
            percent=round(100 * total / len(items), 1) if items else None,
            answered=answered,
            awaiting_teacher=awaiting,
        )
        rows.append(row)
    if hidden:
        rows.sort(key=lambda r: r["student"])
    return Gradebook(columns=(*GRADEBOOK_LEAD, *(i.item_id for i in items), *GRADEBOOK_TAIL), rows=rows)


def export_rows(cohort: Cohort):
    """One dict per answer of the cohort (all of them, in-progress exam answers included), oldest first.

    Names stay hidden for anonymous quizzes whose grades are not released yet."""
    qs = (
        cohort_answers(cohort, reviewable_only=False)
        .select_related("attempt__quiz", "attempt__student", "item", "decided_by")
        .order_by("attempt__student__username", "attempt__started_at", "item__order", "created_at", "pk")
    )
    hidden_by_quiz: dict[int, bool] = {}
    for a in qs.iterator(chunk_size=500):
        quiz = a.attempt.quiz
        if quiz.pk not in hidden_by_quiz:
            hidden_by_quiz[quiz.pk] = names_hidden(quiz, cohort)
        hidden = hidden_by_quiz[quiz.pk]
        student = a.attempt.student
        yield {
            "cohort": cohort.name,
            "student": pseudonym(quiz.pk, student.pk) if hidden else student.username,
            "student_name": "" if hidden else student.get_full_name(),
            "quiz": quiz.title,
            "attempt": a.attempt_id,
            "attempt_status": a.attempt.status,
            "item": a.item.item_id,
            "answer_id": a.pk,
            "answer_text": a.text,
            "auto_score": a.auto_score,
            "auto_level": a.auto_level,
            "confidence": a.confidence,
            "final_score": a.final_score,
            "final_level": a.final_level,
            "teacher_comment": a.teacher_comment,
            "decided_by": a.decided_by.username if a.decided_by else "",
            "decided_at": a.decided_at,
            "key_version": a.key_version,
            "created_at": a.created_at,
            "graded_at": a.graded_at,
            "submitted_at": a.attempt.submitted_at,
        }
