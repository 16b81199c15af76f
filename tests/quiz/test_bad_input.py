"""Bad input: empty, over-long, HTML/script, control characters, non-UTF-8 bodies; permissions."""

import uuid

import pytest
from django.urls import reverse

from quiz.models import Answer, Attempt
from tests.quiz import quiz_fixtures

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder

HTMX = {"HTTP_HX_REQUEST": "true"}
PRACTICE = "/quiz/practice/ch2-q1/"


def test_empty_answer_is_refused_with_a_message(student_client, bank):
    for text in ["", "   \n ", "\x00\x01"]:
        html = student_client.post(PRACTICE, {"text": text}).content.decode()
        assert "Write an answer before submitting." in html
    assert not Answer.objects.exists()
    html = student_client.post("/quiz/practice/ch2-q1-mc/", {}, **HTMX).content.decode()
    assert "Pick an answer." in html


def test_over_long_answer_is_refused_and_kept_in_the_form(student_client, bank):
    text = "word " * 4000 + "END-MARKER"  # 20 010 characters
    response = student_client.post(PRACTICE, {"text": text}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 422  # invalid input: a fragment htmx swaps (studyguide/http.py)
    assert "the limit is 20,000" in html and "END-MARKER</textarea>" in html
    assert not Answer.objects.exists()


def test_a_long_answer_is_stored_whole_and_the_student_is_told_how_much_was_graded(
    student_client, bank, stub_embedder
):
    text = "Run it in parallel with people, then a limited scope trial. " * 300  # 18 000 characters
    html = student_client.post(PRACTICE, {"text": text}, **HTMX).content.decode()
    assert Answer.objects.get().text == text.rstrip()  # stored whole
    graded = Answer.objects.get().evidence["graded_chars"]
    assert 0 < graded <= 4000
    assert f"only its first {graded} characters were graded" in html


def test_over_long_exam_draft_is_not_saved_and_reported(student_client, student_user, bank):
    attempt = Attempt.objects.create(quiz=bank["exam"], student=student_user)
    html = student_client.post(
        reverse("quiz:autosave", args=[attempt.pk]),
        {"ch2-q1-text": "x" * 20_001, "ch2-q4-text": "export"},
        **HTMX,
    ).content.decode()
    assert "Not saved" in html and "ch2-q1" in html
    assert list(Answer.objects.values_list("item__item_id", flat=True)) == ["ch2-q4"]
    # without JS the page comes back with the text kept and the error shown
    html = student_client.post(
        reverse("quiz:submit", args=[attempt.pk]), {"ch2-q1-text": "y" * 20_001}
    ).content.decode()
    assert "the limit is 20,000" in html and "y" * 100 in html
    attempt.refresh_from_db()
    assert attempt.status == "in_progress"


def test_html_and_script_are_escaped_on_display(student_client, bank, stub_embedder):
    evil = '<script>alert("x")</script> run it in parallel with people <img src=x onerror=alert(1)>'
    html = student_client.post(
        PRACTICE, {"text": evil, "submission_key": str(uuid.uuid4())}, **HTMX
    ).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert Answer.objects.get().text == evil  # stored as typed, escaped only on display
    html = student_client.get(reverse("quiz:history")).content.decode()
    assert "<script>alert" not in html


def test_control_characters_are_stripped_but_newlines_and_tabs_kept(student_client, bank, stub_embedder):
    student_client.post(PRACTICE, {"text": "manual\x00 process\x07 first\r\nthen\ta limited\x1b trial\x7f"})
    assert Answer.objects.get().text == "manual process first\nthen\ta limited trial"


@pytest.mark.parametrize("body", [b"text=%FF%FEbad", b"text=caf\xe9", b"text=%C3%28"])
def test_non_utf8_post_is_a_clear_400(student_client, student_user, bank, body):
    response = student_client.post(PRACTICE, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert b"not valid UTF-8" in response.content
    attempt = Attempt.objects.create(quiz=bank["exam"], student=student_user)
    response = student_client.post(
        reverse("quiz:autosave", args=[attempt.pk]),
        body.replace(b"text", b"ch2-q1-text"),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert not Answer.objects.exists()


def test_utf8_text_is_fine(student_client, bank):
    student_client.post(
        "/quiz/practice/ch2-q4/",
        b"text=%C3%A9xport",
        content_type="application/x-www-form-urlencoded",
    )
    assert Answer.objects.get().text == "éxport"


def test_another_students_attempt_is_404(client, student_user, other_student, bank):
    mine = Attempt.objects.create(quiz=bank["exam"], student=student_user)
    answer = Answer.objects.create(attempt=mine, item_id=bank["exam"].quiz_items.first().item_id, text="mine")
    practice = Attempt.objects.create(quiz=bank["practice"], student=student_user)
    client.force_login(other_student)
    assert client.get(reverse("quiz:attempt", args=[mine.pk])).status_code == 404
    assert client.get(reverse("quiz:result", args=[mine.pk])).status_code == 404
    assert client.post(reverse("quiz:autosave", args=[mine.pk]), {"ch2-q1-text": "hijack"}).status_code == 404
    assert client.post(reverse("quiz:submit", args=[mine.pk])).status_code == 404
    assert client.post(reverse("quiz:flag", args=[mine.pk, "ch2-q1"])).status_code == 404
    assert (
        client.post(reverse("quiz:answer", args=[practice.pk, "ch2-q4"]), {"text": "export"}).status_code
        == 404
    )
    assert client.post(reverse("quiz:rate", args=[answer.pk]), {"rating": "good"}).status_code == 404
    assert client.get(f"/quiz/practice/ch2-q1/?answer={answer.pk}").status_code == 404
    mine.refresh_from_db()
    assert mine.status == "in_progress" and Answer.objects.get(pk=answer.pk).text == "mine"


def test_anonymous_users_go_to_login(client, bank):
    for url in ["/quiz/", "/quiz/due/", PRACTICE, "/quiz/history/", "/quiz/new/"]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url
    assert client.post(PRACTICE, {"text": "hi"}).status_code == 302
    assert not Answer.objects.exists()


def test_unknown_item_is_404(student_client, bank):
    assert student_client.get("/quiz/practice/ch2-q99/").status_code == 404
