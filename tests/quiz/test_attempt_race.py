"""Issue 12, finding 8: a once-only cohort exam could be started twice by two simultaneous requests (3 of 5
trials). The database now holds at most one open attempt per student and quiz (a partial unique index), and
``attempt_start`` resumes the attempt that won the race."""

import threading

import pytest
from django.db import IntegrityError, connection, connections, transaction

from quiz.models import Attempt, Quiz
from quiz.services import QuizError, attempt_start, quiz_create
from studyguide.course.models import Item
from tests.quiz import quiz_fixtures

bank = quiz_fixtures.bank


@pytest.fixture
def once_only_exam(bank, teacher_user, cohort):
    return quiz_create(
        teacher=teacher_user,
        title="Sat once",
        cohort=cohort,
        mode=Quiz.Mode.EXAM,
        items=list(Item.objects.filter(item_id="ch2-q4")),
    )


@pytest.mark.django_db
def test_the_database_refuses_a_second_open_attempt(once_only_exam, student_user, bank):
    Attempt.objects.create(quiz=once_only_exam, student=student_user)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.create(quiz=once_only_exam, student=student_user)
    # the rule is about open attempts: a finished one does not block a new one at a quiz that allows it
    practice = bank["practice"]
    Attempt.objects.create(quiz=practice, student=student_user, status=Attempt.Status.SUBMITTED)
    Attempt.objects.create(quiz=practice, student=student_user, status=Attempt.Status.SUBMITTED)
    Attempt.objects.create(quiz=practice, student=student_user)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.create(quiz=practice, student=student_user)


@pytest.mark.django_db
def test_starting_again_resumes_and_a_sat_exam_cannot_be_restarted(once_only_exam, student_user):
    first = attempt_start(quiz=once_only_exam, student=student_user)
    assert attempt_start(quiz=once_only_exam, student=student_user) == first
    Attempt.objects.filter(pk=first.pk).update(status=Attempt.Status.SUBMITTED)
    with pytest.raises(QuizError, match="taken once"):
        attempt_start(quiz=once_only_exam, student=student_user)
    assert Attempt.objects.filter(quiz=once_only_exam).count() == 1


@pytest.mark.django_db(transaction=True)
def test_simultaneous_starts_give_one_attempt(once_only_exam, make_user, cohort):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers on one file, so threads cannot race it the way PostgreSQL can")
    from studyguide.accounts.services import cohort_join

    rounds, n_threads = 6, 5
    for r in range(rounds):
        student = make_user(f"racer{r}")
        cohort_join(student=student, code=cohort.join_code)
        barrier = threading.Barrier(n_threads)
        results, errors = [], []

        def start(student=student, barrier=barrier, results=results, errors=errors):
            try:
                barrier.wait()
                results.append(attempt_start(quiz=once_only_exam, student=student).pk)
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(repr(exc))
            finally:
                connections.close_all()

        threads = [threading.Thread(target=start) for _ in range(n_threads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert not errors, errors
        assert Attempt.objects.filter(quiz=once_only_exam, student=student).count() == 1, f"round {r}"
        assert len(set(results)) == 1 and len(results) == n_threads
