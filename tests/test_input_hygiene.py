"""Issue 12, finding 5: a NUL byte gave a 500 on PostgreSQL and lost the save; invalid UTF-8 was stored with
replacement characters. One rule for the whole site (``studyguide.middleware.CleanInputMiddleware``): NUL is
removed from every submitted value, a path containing one is a 404, and a body or query string that is not
UTF-8 is refused.

These tests write to whatever database the run uses: SQLite, and PostgreSQL in the second run of
``make test`` (``tests/test_database.py`` checks that the second run really is on PostgreSQL). SQLite stores
NUL happily, so the PostgreSQL run is the one that would give the 500s; the assertions on stored text hold on
both.
"""

import pytest
from django.db import connection
from django.urls import reverse

from quiz.models import Answer
from quiz.review.models import RegradeRequest
from studyguide.worksheets import spec
from studyguide.worksheets.models import FieldComment, Worksheet
from studyguide.worksheets.services import worksheet_create, worksheet_submit
from tests.quiz import quiz_fixtures
from tests.quiz.review import support

pytestmark = pytest.mark.django_db(transaction=False)
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder
world = support.world
HTMX = {"HTTP_HX_REQUEST": "true"}
FORM = "application/x-www-form-urlencoded"


def meta(ws, name):
    ws.refresh_from_db()
    return {f"base_{name}": ws.field_version(name), f"orig_{name}": spec.fingerprint(getattr(ws, name))}


def test_nul_in_worksheet_fields_title_and_levers_is_removed_and_the_save_kept(student_client, student_user):
    ws = worksheet_create(owner=student_user, title="Plan")
    post = {
        "objective": "Sell\x00 more bread",
        "title": "Bakery\x00 plan",
        "levers": ["price\x00 cut", "\x00", "opening hours"],
    }
    for name in list(post):
        post.update(meta(ws, name))
    response = student_client.post(reverse("worksheets:save", args=[ws.pk]), post, **HTMX)
    assert response.status_code == 200, response.content[:300]
    ws.refresh_from_db()
    assert (ws.objective, ws.title, ws.levers) == (
        "Sell more bread",
        "Bakery plan",
        ["price cut", "opening hours"],
    )
    assert connection.vendor in ("sqlite", "postgresql")


def test_nul_in_a_new_worksheet_title(student_client, student_user):
    response = student_client.post(reverse("worksheets:create"), {"title": "My\x00 plan"})
    assert response.status_code == 302
    assert Worksheet.objects.get(owner=student_user).title == "My plan"


def test_nul_in_a_teachers_worksheet_comment(client, teacher_user, student_user, cohort):
    ws = worksheet_create(owner=student_user, title="Plan", values={"objective": "x"})
    worksheet_submit(worksheet=ws)
    client.force_login(teacher_user)
    response = client.post(
        reverse("worksheets:review_detail", args=[ws.pk]), {"field": "objective", "body": "Good\x00 start"}
    )
    assert response.status_code == 302
    assert FieldComment.objects.get().body == "Good start"


def test_nul_in_a_regrade_reason_and_a_teachers_decision_comment(client, world):
    answer = world.answers[0]
    client.force_login(world.students[0])
    from quiz.models import Quiz

    Quiz.objects.filter(pk=world.quiz.pk).update(review_policy=Quiz.ReviewPolicy.IMMEDIATE)
    response = client.post(
        reverse("quiz:regrade_request", args=[answer.pk]), {"reason": "I\x00 covered it", "next": "/"}
    )
    assert response.status_code == 302
    assert RegradeRequest.objects.get(answer=answer).reason == "I covered it"
    client.force_login(world.teacher)
    answer.refresh_from_db()
    response = client.post(
        reverse("quiz:review_decide", args=[world.cohort.pk, answer.pk]),
        {"base_version": answer.grade_version, "level": "partial", "comment": "Nearly\x00 there"},
        **HTMX,
    )
    assert response.status_code == 200
    assert Answer.objects.get(pk=answer.pk).teacher_comment == "Nearly there"


@pytest.mark.parametrize(
    "path",
    [
        "/study/items/ch2-q1%00/",
        "/study/items/%00/",
        "/quiz/practice/%00/",
        "/study/notes/a%00b/",
        "/quiz/attempts/1/items/%00/",
        "/worksheets/examples/%00/",
        "/%00",
    ],
)
def test_nul_in_a_url_is_a_404_even_anonymous(client, student_client, bank, path):
    for c in (client, student_client):
        response = c.get(path)
        assert response.status_code == 404, path
        assert b"Page not found" in response.content


def test_nul_in_query_parameters_and_cookies_is_harmless(client, student_client, bank):
    assert client.get("/classifier/?threshold=%00").status_code == 200
    assert student_client.get("/quiz/practice/ch2-q1/?answer=%00").status_code in (200, 404)
    client.cookies["sessionid"] = "abc\x00def"
    assert client.get("/").status_code == 200


@pytest.mark.parametrize("body", [b"objective=%FF%FEbad", b"objective=caf\xe9", b"objective=%C3%28"])
def test_invalid_utf8_is_refused_never_stored_with_replacement_characters(
    student_client, student_user, world, body
):
    ws = worksheet_create(owner=student_user, title="Plan", values={"objective": "kept"})
    meta_body = "&".join(f"{k}={v}" for k, v in meta(ws, "objective").items()).encode()
    url = reverse("worksheets:save", args=[ws.pk])
    plain = student_client.post(url, body + b"&" + meta_body, content_type=FORM)
    assert plain.status_code == 400 and b"not valid UTF-8" in plain.content
    fragment = student_client.post(url, body + b"&" + meta_body, content_type=FORM, **HTMX)
    assert fragment.status_code == 422 and b"not valid UTF-8" in fragment.content
    ws.refresh_from_db()
    assert ws.objective == "kept"

    answer = world.answers[0]
    reason = body.replace(b"objective", b"reason")
    response = student_client.post(
        reverse("quiz:regrade_request", args=[answer.pk]), reason, content_type=FORM
    )
    assert response.status_code == 400
    assert not RegradeRequest.objects.exists()


def test_invalid_utf8_in_a_query_string_is_refused(client):
    response = client.get("/classifier/", QUERY_STRING="threshold=%FF")
    assert response.status_code == 400


def test_utf8_and_a_typed_replacement_character_free_text_still_work(student_client, student_user):
    ws = worksheet_create(owner=student_user, title="Plan")
    body = "objective=%C3%A9t%C3%A9+%E2%80%94+caf%C3%A9&" + "&".join(
        f"{k}={v}" for k, v in meta(ws, "objective").items()
    )
    response = student_client.post(reverse("worksheets:save", args=[ws.pk]), body.encode(), content_type=FORM)
    assert response.status_code == 302
    ws.refresh_from_db()
    assert ws.objective == "été — café"
