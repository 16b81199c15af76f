"""How many database queries each main student page makes (a page that grows a query per row fails here).

The counts are for a warm worker: the third request of the same page. The session, the user with the teacher
flag and a few facts about them (``studyguide.accounts.usercache``) then come from the shared cache, and the
course from the worker's memory (``studyguide.versioned``): tests/test_caching.py checks that changes show at
once. Speed itself is measured by `make bench`, never here.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from quiz import services as quiz_services
from studyguide.course.models import Item, StudyNote

pytestmark = [pytest.mark.django_db, pytest.mark.real_model]

SESSION_AND_USER = 0  # both from the shared cache once warm
# page -> queries beyond the session and the user, with what they are
PAGE_QUERIES = {
    "home": 0,  # cards due, cohorts joined, released results: kept beside the user
    "quiz_list": 0,  # visible quizzes, the student's progress, cards due: kept beside the user
    "practice_item": 0,  # kept rendered per user (studyguide.pagecache); the student's tries on a miss
    "study_note": 0,  # the rendered note is kept per course version
    "classifier": 0,  # active model version (per worker), class examples and own models (beside the user)
    "worksheet": 0,  # kept rendered per user (studyguide.pagecache); the worksheet and its comments on a miss
    "review": 0,  # kept rendered per user (studyguide.pagecache); on a miss the card's tries (review cards,
    # practice attempt, exam locks: beside the user; items: kept per course version)
}


@pytest.fixture
def classifier_version(db):
    from classifier import services
    from classifier.build import BUILTIN_SLUG, build_builtin

    manifest, _ = build_builtin(Path(settings.CLASSIFIER_MODEL_DIR) / BUILTIN_SLUG, log=lambda m: None)
    return services.model_version_register(manifest=manifest, activate=True)


@pytest.fixture
def pages(course, student_client, student_user, classifier_version, settings):
    from studyguide.worksheets import services as ws_services
    from studyguide.worksheets.examples import EXAMPLES

    settings.QUIZ_EMBEDDER = "tests.quiz.stubs.stub_embedder"
    item = Item.objects.filter(kind=Item.Kind.FREE_TEXT, variant_of__isnull=True).order_by("order").first()
    attempt = quiz_services.practice_attempt_start(student=student_user)
    quiz_services.practice_answer_submit(
        attempt=attempt,
        item=item,
        data=quiz_services.AnswerData(text="Not sure."),
        submission_key=uuid.uuid4(),
    )
    worksheet = ws_services.worksheet_create_from_example(owner=student_user, example=EXAMPLES[0])
    student_client.post(reverse("classifier:example"), {"slug": "drawn-teddy"})
    return {
        "home": reverse("home"),
        "quiz_list": reverse("quiz:index"),
        "practice_item": reverse("quiz:practice_item", args=[item.item_id]),
        "study_note": reverse("course:note", args=[StudyNote.objects.order_by("order").first().slug]),
        "classifier": reverse("classifier:index"),
        "worksheet": reverse("worksheets:edit", args=[worksheet.pk]),
        "review": reverse("quiz:review_due"),
    }


@pytest.mark.parametrize("page", list(PAGE_QUERIES))
def test_page_query_count(page, pages, student_client, django_assert_num_queries):
    path = pages[page]
    for _ in range(2):  # warm: per-process caches filled, the user's page token made, the page kept
        assert student_client.get(path).status_code == 200
    with django_assert_num_queries(SESSION_AND_USER + PAGE_QUERIES[page]):
        response = student_client.get(path)
    assert response.status_code == 200


def test_the_review_page_has_a_card_to_show(pages, student_client):
    """The review page above is measured with something due, not empty."""
    assert "Not sure." in student_client.get(pages["review"]).content.decode()


def test_the_teacher_flag_comes_with_the_user(teacher_client, django_assert_num_queries):
    teacher_client.get(reverse("home"))
    with django_assert_num_queries(SESSION_AND_USER + 1):  # home: the cohorts taught
        html = teacher_client.get(reverse("home")).content.decode()
    assert reverse("quiz:review_home") in html
