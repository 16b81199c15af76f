"""Shared helpers for the teacher-review tests (no tests here; the test modules beside it import them)."""

from types import SimpleNamespace

import pytest
from django.utils import timezone

from tests.quiz import quiz_fixtures
from tests.quiz.quiz_fixtures import GOOD_ANSWER

bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder

ANSWERS = [
    GOOD_ANSWER,
    "Run it in parallel with humans checking, then a limited scope trial.",
    "Deploy it everywhere at once because validation accuracy is enough.",
    "I am not sure.",
]


def submitted_attempt(quiz, student):
    from quiz.models import Attempt

    now = timezone.now()
    return Attempt.objects.create(
        quiz=quiz, student=student, status=Attempt.Status.SUBMITTED, submitted_at=now
    )


def graded_answer(attempt, item, text, embedder):
    from quiz.models import Answer
    from quiz.services import answer_grade, attempt_score_recompute

    answer = Answer(attempt=attempt, item=item, text=text)
    answer_grade(answer=answer, item=item, embedder=embedder)
    answer.save()
    attempt_score_recompute(attempt=attempt)
    return answer


@pytest.fixture
def world(db, bank, stub_embedder, make_user, teacher_user, student_user, cohort):
    """Cohort A (teacher_user; students stu, s2, s3) with an exam quiz (grades after release) answered by all;
    cohort B of another teacher with one student and one answer."""
    from quiz.models import Quiz
    from quiz.services import quiz_create
    from studyguide.accounts.services import cohort_create, cohort_join
    from studyguide.course.models import Item

    free = Item.objects.get(item_id="ch2-q1")
    quiz = quiz_create(
        teacher=teacher_user,
        title="Unit check",
        items=[free],
        mode=Quiz.Mode.EXAM,
        cohort=cohort,
        review_policy=Quiz.ReviewPolicy.AFTER_RELEASE,
    )
    students = [student_user]
    for name in ("s2", "s3", "s4"):
        s = make_user(name, first_name=name.upper(), last_name="Lastname")
        cohort_join(student=s, code=cohort.join_code)
        students.append(s)
    answers = []
    for s, text in zip(students, ANSWERS, strict=True):
        answers.append(graded_answer(submitted_attempt(quiz, s), free, text, stub_embedder))

    other_teacher = make_user("teach_b", teacher=True)
    cohort_b = cohort_create(teacher=other_teacher, name="Class B")
    b_student = make_user("b_student")
    cohort_join(student=b_student, code=cohort_b.join_code)
    quiz_b = quiz_create(
        teacher=other_teacher, title="B check", items=[free], mode=Quiz.Mode.EXAM, cohort=cohort_b
    )
    b_answer = graded_answer(submitted_attempt(quiz_b, b_student), free, GOOD_ANSWER, stub_embedder)
    return SimpleNamespace(
        teacher=teacher_user,
        cohort=cohort,
        quiz=quiz,
        item=free,
        students=students,
        answers=answers,
        embedder=stub_embedder,
        other_teacher=other_teacher,
        cohort_b=cohort_b,
        quiz_b=quiz_b,
        b_student=b_student,
        b_answer=b_answer,
    )
