"""Issue 12, finding 9: any teacher could change the settings of the shared built-in quizzes (anonymous
grading, release, withdraw) as soon as one of their students had attempted it, and that changed every
other teacher's queue. These settings are now per cohort for a shared quiz (``CohortQuizSettings``): two
teachers, two cohorts, the same built-in exam, each teacher changes only their own cohort's view."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse

from quiz.models import CohortQuizSettings, Quiz, ReviewCard
from studyguide.accounts.services import cohort_create, cohort_join
from tests.quiz.review import support

pytestmark = pytest.mark.django_db
bank = support.bank
stub_embedder = support.stub_embedder


@pytest.fixture
def shared(bank, stub_embedder, make_user):
    """The built-in exam (shared by every cohort), answered by Ann (cohort A) and Ben (cohort B)."""
    from studyguide.course.models import Item

    exam, item = bank["exam"], Item.objects.get(item_id="ch2-q1")
    teachers, cohorts, answers = [], [], []
    for tag, name in (("a", "Ann"), ("b", "Ben")):
        teacher = make_user(f"teacher_{tag}", teacher=True)
        student = make_user(f"student_{tag}", first_name=name, last_name="Pupil")
        cohort = cohort_create(teacher=teacher, name=f"Class {tag.upper()}")
        cohort_join(student=student, code=cohort.join_code)
        attempt = support.submitted_attempt(exam, student)
        answers.append(support.graded_answer(attempt, item, "Wrong: ship it all at once.", stub_embedder))
        teachers.append(teacher)
        cohorts.append(cohort)
    return {"exam": exam, "item": item, "teachers": teachers, "cohorts": cohorts, "answers": answers}


def queue_html(client, teacher, cohort, item) -> str:
    client.force_login(teacher)
    return client.get(reverse("quiz:review_queue", args=[cohort.pk, item.item_id])).content.decode()


def test_anonymous_grading_on_a_shared_quiz_changes_one_cohorts_queue(client, shared):
    (ta, tb), (ca, cb), exam, item = shared["teachers"], shared["cohorts"], shared["exam"], shared["item"]
    client.force_login(ta)
    client.post(reverse("quiz:review_anonymous", args=[ca.pk, exam.pk]), {"anonymous": "1"})
    html_a = queue_html(client, ta, ca, item)
    assert "Ann Pupil" not in html_a and "Student " in html_a
    html_b = queue_html(client, tb, cb, item)
    assert "Ben Pupil" in html_b  # teacher B's queue is as it was
    exam.refresh_from_db()
    assert not exam.anonymous_grading  # the quiz itself is untouched
    # teacher B's cohort page still says "off"; teacher A's says "on"
    page_b = client.get(reverse("quiz:review_cohort", args=[cb.pk])).content.decode()
    assert "Turn on" in page_b.split('id="release-h"')[1]
    client.force_login(ta)
    page_a = client.get(reverse("quiz:review_cohort", args=[ca.pk])).content.decode()
    assert "Turn off" in page_a.split('id="release-h"')[1]


def test_release_and_withdraw_of_a_shared_quiz_are_per_cohort(client, shared):
    (ta, tb), (ca, cb), exam = shared["teachers"], shared["cohorts"], shared["exam"]
    client.force_login(tb)
    client.post(reverse("quiz:review_anonymous", args=[cb.pk, exam.pk]), {"anonymous": "1"})
    client.force_login(ta)
    client.post(reverse("quiz:review_release", args=[ca.pk, exam.pk]), {"action": "release"})
    row_a = CohortQuizSettings.objects.get(quiz=exam, cohort=ca)
    assert row_a.released_at is not None and row_a.released_by == ta
    assert CohortQuizSettings.objects.get(quiz=exam, cohort=cb).released_at is None
    # B's anonymity holds: A's release did not reveal B's students' names
    assert "Ben Pupil" not in queue_html(client, tb, cb, shared["item"])
    client.force_login(tb)
    client.post(reverse("quiz:review_release", args=[cb.pk, exam.pk]), {"action": "release"})
    client.force_login(ta)
    client.post(reverse("quiz:review_release", args=[ca.pk, exam.pk]), {"action": "withdraw"})
    assert CohortQuizSettings.objects.get(quiz=exam, cohort=ca).released_at is None
    assert CohortQuizSettings.objects.get(quiz=exam, cohort=cb).released_at is not None
    exam.refresh_from_db()
    assert exam.released_at is None
    # a teacher with no students on the shared quiz cannot touch it at all
    outsider_cohort = cohort_create(teacher=client_user(client, "teacher_c"), name="Class C")
    response = client.post(reverse("quiz:review_release", args=[outsider_cohort.pk, exam.pk]))
    assert response.status_code == 404


def client_user(client, username):
    from django.contrib.auth import get_user_model

    from studyguide.accounts.services import user_make_teacher

    user = get_user_model().objects.create_user(username=username, password="x-unused-9")
    user_make_teacher(user=user)
    client.force_login(user)
    return user


def test_releasing_a_shared_quiz_queues_reviews_for_that_cohort_only(shared):
    from quiz.review.services import quiz_release

    (ta, _tb), (ca, _cb), exam = shared["teachers"], shared["cohorts"], shared["exam"]
    ReviewCard.objects.all().delete()
    quiz_release(teacher=ta, quiz=exam, cohort=ca)
    assert set(ReviewCard.objects.values_list("student__username", flat=True)) == {"student_a"}
    with pytest.raises(ValueError, match="per cohort"):
        quiz_release(teacher=ta, quiz=exam)


def test_a_shared_quiz_shows_grades_immediately(bank):
    exam = bank["exam"]
    exam.review_policy = Quiz.ReviewPolicy.AFTER_RELEASE
    with pytest.raises(ValidationError, match="shared by every cohort"):
        exam.full_clean()


def test_the_migration_keeps_each_cohorts_view_of_old_global_settings(shared):
    exam, (ca, cb) = shared["exam"], shared["cohorts"]
    Quiz.objects.filter(pk=exam.pk).update(anonymous_grading=True)
    migration = importlib.import_module("quiz.migrations.0003_cohort_quiz_settings")
    migration.move_shared_settings_to_cohorts(apps, None)
    rows = CohortQuizSettings.objects.filter(quiz=exam)
    assert {r.cohort_id for r in rows} == {ca.pk, cb.pk} and all(r.anonymous_grading for r in rows)
    exam.refresh_from_db()
    assert not exam.anonymous_grading
