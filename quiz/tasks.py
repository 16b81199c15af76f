"""The background task that grades a submitted exam's free-text answers (``manage.py db_worker``).

Importing this module is cheap (the web process imports it to enqueue); the embedder is loaded by the worker
on its first job. The work and its rules are in ``quiz.exam_grading``.
"""

from __future__ import annotations

from django_tasks import task

from quiz.exam_grading import exam_grade


@task(queue_name="grading")
def grade_exam(attempt_id: int) -> dict:
    return {"attempt": attempt_id, "graded": exam_grade(attempt_id=attempt_id)}
