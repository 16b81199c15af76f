"""Exam grading in the task worker: the submit stores and closes at once with the job queued (no encoder call
in the request), the real django-tasks worker grades, the result page polls until the grades land (htmx, and a
meta refresh without JavaScript), a stale job is queued again, a second run or a teacher's decision is never
overwritten, and nobody polls another student's attempt. The submit time of a long exam is measured by
`manage.py bench_pages` (exam_submit_s), not here."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from quiz import exam_grading
from quiz.models import Answer, Attempt, Quiz
from quiz.services import quiz_create
from studyguide.course.models import Item
from tests.classifier.projects.conftest import WorkerThread
from tests.classifier.projects.conftest import task_worker as task_worker  # the fixture
from tests.quiz import quiz_fixtures
from tests.quiz.quiz_fixtures import GOOD_ANSWER

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank
HTMX = {"HTTP_HX_REQUEST": "true"}


class CountingEmbedder:
    """The stub embedder, counting its encoder calls (module level: QUIZ_EMBEDDER names a factory)."""

    calls = 0

    def encode(self, texts):
        from tests.quiz.stubs import stub_embedder

        CountingEmbedder.calls += 1
        return stub_embedder().encode(texts)


def counting_embedder() -> CountingEmbedder:
    return CountingEmbedder()


@pytest.fixture
def queued(settings, monkeypatch, tmp_path):
    """Grading through the database queue (as in production) with the counting stub embedder."""
    from tests.quiz.stubs import use_fallback_model_if_absent

    settings.QUIZ_GRADING_TASKS_BACKEND = "default"
    settings.QUIZ_EMBEDDER = "tests.quiz.test_exam_grading_task.counting_embedder"
    use_fallback_model_if_absent(monkeypatch, tmp_path)
    CountingEmbedder.calls = 0
    return settings


def submit(client, quiz, data: dict) -> tuple[Attempt, object]:
    started = client.post(reverse("quiz:quiz_start", args=[quiz.slug]))
    attempt = Attempt.objects.get(pk=int(started["Location"].rstrip("/").split("/")[-1]))
    return attempt, client.post(reverse("quiz:submit", args=[attempt.pk]), data)


def grading_tasks():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path="quiz.tasks.grade_exam")


def exam_data(bank) -> dict:
    from studyguide.course.models import Choice

    right = Choice.objects.filter(item__item_id="ch2-q2", correct=True)
    return {"ch2-q1-text": GOOD_ANSWER, "ch2-q2-choices": [str(c.pk) for c in right], "ch2-q4-text": "export"}


def test_submit_stores_closes_and_queues_without_encoding(student_client, bank, queued):
    attempt, response = submit(student_client, bank["exam"], exam_data(bank))
    assert response["Location"] == reverse("quiz:result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and attempt.grading_pending
    assert CountingEmbedder.calls == 0  # no encoder call in the request
    task = grading_tasks().get()
    assert task.queue_name == "grading" and task.args_kwargs["kwargs"] == {"attempt_id": attempt.pk}
    answers = {a.item.item_id: a for a in attempt.answers.select_related("item")}
    assert answers["ch2-q1"].text == GOOD_ANSWER and answers["ch2-q1"].graded_at is None
    # what needs no model is graded in the submit
    assert answers["ch2-q2"].final_level == "correct" and answers["ch2-q4"].final_level == "correct"

    page = student_client.get(response["Location"]).content.decode()
    assert "Grading your answers…" in page and 'hx-trigger="every 2s"' in page
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in page
    assert "Key points" not in page
    poll = student_client.get(response["Location"], **HTMX)
    assert poll.status_code == 200 and "<html" not in poll.content.decode()
    assert "every 2s" in poll.content.decode()

    # the quiz page and the history say the exam is being graded, never a score of the choice items alone
    detail = student_client.get(reverse("quiz:quiz_detail", args=[bank["exam"].slug])).content.decode()
    assert "grading…" in detail and "%</td>" not in detail
    history = student_client.get(reverse("quiz:history")).content.decode()
    assert "<td>grading…</td>" in history

    # a second submit (double click, back button) changes nothing and queues nothing
    again = student_client.post(reverse("quiz:submit", args=[attempt.pk]), {"ch2-q1-text": "changed"})
    assert again["Location"] == reverse("quiz:result", args=[attempt.pk])
    assert Answer.objects.get(attempt=attempt, item__item_id="ch2-q1").text == GOOD_ANSWER
    assert grading_tasks().count() == 1


@pytest.mark.django_db(transaction=True)  # the worker thread has its own connection
@pytest.mark.usefixtures("task_worker")  # SQLite statements wait for the worker's locks, as on PostgreSQL
def test_the_worker_grades_and_the_poll_then_shows_the_result(student_client, bank, queued):
    attempt, response = submit(student_client, bank["exam"], exam_data(bank))
    grading_worker = WorkerThread()  # the real worker loop, on the grading queue (beside task_worker's)
    grading_worker.worker.queue_names = ["grading"]
    with grading_worker:
        deadline = time.monotonic() + 60
        while Attempt.objects.get(pk=attempt.pk).grading_pending and time.monotonic() < deadline:
            time.sleep(0.2)
    attempt.refresh_from_db()
    assert not attempt.grading_pending and attempt.score is not None
    assert CountingEmbedder.calls >= 1
    answer = Answer.objects.get(attempt=attempt, item__item_id="ch2-q1")
    assert answer.graded_at is not None and answer.evidence["points"] and answer.final_level
    poll = student_client.get(response["Location"], **HTMX)
    html = poll.content.decode()
    assert poll.status_code == 286 and "Key points" in html and "every 2s" not in html
    page = student_client.get(response["Location"]).content.decode()
    assert "Grading your answers" not in page and "http-equiv" not in page and "Key points" in page


def test_a_stale_job_is_queued_again_once(student_client, bank, queued):
    attempt, response = submit(student_client, bank["exam"], exam_data(bank))
    fresh = student_client.get(response["Location"]).content.decode()
    assert "started again" not in fresh and grading_tasks().count() == 1
    long_ago = timezone.now() - timedelta(seconds=queued.QUIZ_GRADING_STALE_SECONDS + 5)
    Attempt.objects.filter(pk=attempt.pk).update(grading_queued_at=long_ago)
    page = student_client.get(response["Location"]).content.decode()
    assert "started again" in page and grading_tasks().count() == 2
    student_client.get(response["Location"])  # no longer stale: not queued a third time
    assert grading_tasks().count() == 2
    # the operator's sweep finds nothing stale now; a job lost before it was queued is found
    assert exam_grading.exam_grading_resume_all() == []
    Attempt.objects.filter(pk=attempt.pk).update(grading_queued_at=long_ago)
    assert exam_grading.exam_grading_resume_all() == [attempt.pk] and grading_tasks().count() == 3


def test_a_second_run_and_a_teacher_decision_are_not_overwritten(student_client, bank, queued, teacher_user):
    attempt, _ = submit(student_client, bank["exam"], exam_data(bank))
    answer = Answer.objects.get(attempt=attempt, item__item_id="ch2-q1")
    answer.final_score, answer.final_level, answer.decided_by = 0.2, "incorrect", teacher_user
    answer.save()
    assert exam_grading.exam_grade(attempt_id=attempt.pk) == 1
    answer.refresh_from_db()
    assert answer.auto_level and answer.graded_at is not None  # the automatic grade is kept beside
    assert (answer.final_level, answer.final_score) == ("incorrect", 0.2)  # the teacher's decision stands
    graded_at = answer.graded_at
    assert exam_grading.exam_grade(attempt_id=attempt.pk) == 0  # a second run changes nothing
    answer.refresh_from_db()
    assert answer.graded_at == graded_at and not Attempt.objects.get(pk=attempt.pk).grading_pending


def test_holding_rules_apply_to_the_queued_grade(student_client, bank, cohort, teacher_user, queued):
    quiz = quiz_create(
        teacher=teacher_user,
        title="Cohort exam",
        cohort=cohort,
        mode=Quiz.Mode.EXAM,
        items=list(Item.objects.filter(item_id__in=["ch2-q1", "ch2-fr1"])),
    )
    attempt, _ = submit(student_client, quiz, {"ch2-q1-text": "models", "ch2-fr1-text": "My plan ..."})
    exam_grading.exam_grade(attempt_id=attempt.pk)
    answers = {a.item.item_id: a for a in attempt.answers.select_related("item")}
    q1 = answers["ch2-q1"]
    # an unsure exam grade in a cohort exam waits for the teacher (quiz.holding), as it did when graded inline
    if q1.confidence is not None and q1.confidence < 0.6:
        assert q1.final_level == "pending" and q1.auto_level in ("correct", "partial", "incorrect")
    else:
        assert q1.final_level == q1.auto_level
    assert answers["ch2-fr1"].final_level == "pending"  # a reflection: always the teacher's


def test_after_release_shows_no_grading_and_polls_nothing(student_client, bank, cohort, teacher_user, queued):
    quiz = quiz_create(
        teacher=teacher_user,
        title="Held back",
        cohort=cohort,
        mode=Quiz.Mode.EXAM,
        review_policy=Quiz.ReviewPolicy.AFTER_RELEASE,
        items=list(Item.objects.filter(item_id="ch2-q1")),
    )
    attempt, response = submit(student_client, quiz, {"ch2-q1-text": GOOD_ANSWER})
    assert Attempt.objects.get(pk=attempt.pk).grading_pending
    page = student_client.get(response["Location"]).content.decode()
    assert "releases the grades" in page and "every 2s" not in page and "Grading" not in page


def test_another_students_attempt_cannot_be_polled(client, student_client, bank, queued, other_student):
    attempt, response = submit(student_client, bank["exam"], exam_data(bank))
    client.force_login(other_student)
    assert client.get(response["Location"]).status_code == 404
    assert client.get(response["Location"], **HTMX).status_code == 404
    long_ago = timezone.now() - timedelta(days=1)
    Attempt.objects.filter(pk=attempt.pk).update(grading_queued_at=long_ago)
    client.get(response["Location"])
    assert grading_tasks().count() == 1  # another user's look re-queues nothing


def test_the_resume_command_queues_stale_jobs(student_client, bank, queued):
    import io

    from django.core.management import call_command

    attempt, _ = submit(student_client, bank["exam"], exam_data(bank))
    Attempt.objects.filter(pk=attempt.pk).update(grading_queued_at=timezone.now() - timedelta(days=1))
    out = io.StringIO()
    call_command("exam_grading_resume", stdout=out)
    assert f"1 exam grading job(s) queued again: [{attempt.pk}]" in out.getvalue()
    assert grading_tasks().count() == 2
