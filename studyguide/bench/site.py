"""A student with something on every page, and the URLs of the pages a student opens (home, quiz list,
practice item, study note, classifier, worksheet, spaced review)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.urls import reverse

STUDENT = "bench_student"
# The first page is the trivial view every other page is measured against.
PAGE_NAMES = (
    "health",
    "home",
    "quiz_list",
    "practice_item",
    "study_note",
    "classifier",
    "worksheet",
    "review",
)
STUDENT_PAGES = PAGE_NAMES[1:]


@dataclass(frozen=True)
class BenchSite:
    user_id: int
    pages: dict[str, str]  # name -> path
    exam_slug: str


def prepare(*, password: str) -> BenchSite:
    """The benchmark student (idempotent): a practice answer, a worksheet, a card due for review."""
    from quiz import services as quiz_services
    from quiz.models import Answer, Quiz
    from studyguide.course.models import Item, StudyNote
    from studyguide.worksheets import services as ws_services
    from studyguide.worksheets.examples import EXAMPLES
    from studyguide.worksheets.models import Worksheet

    user, created = get_user_model().objects.get_or_create(username=STUDENT)
    if created:
        user.set_password(password)
        user.save()
    item = Item.objects.filter(kind=Item.Kind.FREE_TEXT, variant_of__isnull=True).order_by("order").first()
    if not Answer.objects.filter(attempt__student=user, item=item).exists():
        attempt = quiz_services.practice_attempt_start(student=user)
        quiz_services.practice_answer_submit(
            attempt=attempt,
            item=item,
            data=quiz_services.AnswerData(text="Something about the data, I am not sure."),
            submission_key=uuid.uuid5(uuid.NAMESPACE_URL, "studyguide-bench-first-answer"),
        )
    ws = Worksheet.objects.filter(owner=user).first() or ws_services.worksheet_create_from_example(
        owner=user, example=EXAMPLES[0]
    )
    note = StudyNote.objects.order_by("order").first()
    pages = {
        "health": reverse("health"),
        "home": reverse("home"),
        "quiz_list": reverse("quiz:index"),
        "practice_item": reverse("quiz:practice_item", args=[item.item_id]),
        "study_note": reverse("course:note", args=[note.slug]),
        "classifier": reverse("classifier:index"),
        "worksheet": reverse("worksheets:edit", args=[ws.pk]),
        "review": reverse("quiz:review_due"),
    }
    return BenchSite(user_id=user.pk, pages=pages, exam_slug=Quiz.EXAM_SLUG)


def login_backend() -> str:
    """The backend a real login records in the session (Django's rule: the first that can load a user)."""
    from django.contrib.auth import load_backend

    return next(path for path in settings.AUTHENTICATION_BACKENDS if hasattr(load_backend(path), "get_user"))


def session_cookie(user_id: int, *, classify_example: str = "drawn-teddy") -> tuple[str, str]:
    """(cookie name, value) of a fresh logged-in session, with a classification on the classifier page."""
    from importlib import import_module

    from classifier import services as classifier_services

    user = get_user_model().objects.get(pk=user_id)
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = login_backend()
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    if classify_example:
        classifier_services.example_classify(session=store, slug=classify_example)
    store.save()
    return settings.SESSION_COOKIE_NAME, store.session_key
