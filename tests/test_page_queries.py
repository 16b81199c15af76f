"""How many database queries each main student page makes (a page that grows a query per row fails here).

Every logged-in page pays two: the session and the user (the teacher flag comes with the user, see
``studyguide.accounts.backends``). The counts are for a warm worker: the second request of the same page.
Speed itself is measured by `make bench`, never here.
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

SESSION_AND_USER = 2
# page -> queries beyond the session and the user, with what they are
PAGE_QUERIES = {
    "home": 2,  # spaced-review count, joined cohorts
    "quiz_list": 3,  # visible quizzes, the student's attempts, the review count in the page
    "practice_item": 6,  # item, key points, misconceptions, choices, open practice attempt, its answers
    "study_note": 2,  # every note (this one and its neighbours), the note's items
    "classifier": 3,  # active model version, gallery flags, the student's own trained models (the picker)
    "worksheet": 2,  # the worksheet, its teacher comments
    "review": 8,  # due cards, practice attempt, the cards' items (+ key points, misconceptions, choices),
    # answers, upcoming cards
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
    assert student_client.get(path).status_code == 200  # warm: per-process caches filled
    with django_assert_num_queries(SESSION_AND_USER + PAGE_QUERIES[page]):
        response = student_client.get(path)
    assert response.status_code == 200


def test_the_review_page_has_a_card_to_show(pages, student_client):
    """The review page above is measured with something due, not empty."""
    assert "Not sure." in student_client.get(pages["review"]).content.decode()


def test_the_teacher_flag_comes_with_the_user(teacher_client, django_assert_num_queries):
    with django_assert_num_queries(SESSION_AND_USER + 3):  # home: review count, cohorts joined and taught
        html = teacher_client.get(reverse("home")).content.decode()
    assert reverse("quiz:review_home") in html
