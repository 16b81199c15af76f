"""Practice mode: single items and practice attempts, htmx and plain posts, exact graders, history."""

import uuid

import pytest
from django.urls import reverse

from quiz.grading import levels
from quiz.models import Answer, Attempt, ReviewCard
from studyguide.course.models import Choice, Item
from tests.quiz import quiz_fixtures
from tests.quiz.quiz_fixtures import GOOD_ANSWER

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder

HTMX = {"HTTP_HX_REQUEST": "true"}


def practice_url(item_id):
    return reverse("quiz:practice_item", args=[item_id])


def test_practice_page_shows_the_form(student_client, bank):
    html = student_client.get(practice_url("ch2-q1")).content.decode()
    assert "Why should a model be deployed gradually" in html
    assert 'name="submission_key"' in html and 'hx-post="/quiz/practice/ch2-q1/"' in html


def test_htmx_submit_returns_the_graded_card_in_place(student_client, bank, stub_embedder):
    response = student_client.post(
        practice_url("ch2-q1"), {"text": GOOD_ANSWER, "submission_key": str(uuid.uuid4())}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html  # a partial, not the page
    assert 'id="item-ch2-q1"' in html
    assert "Key points" in html and "run it in parallel with people" in html
    assert "You wrote:" in html  # the student's matching phrase is quoted
    assert "Reference answer" in html and reverse("course:note", args=["deployment"]) in html
    answer = Answer.objects.get()
    assert answer.auto_level in {"correct", "partial", "incorrect"}
    assert answer.final_level == answer.auto_level and answer.evidence["points"]
    assert levels.score_fits_level(
        answer.final_score, answer.final_level
    )  # the student's score reads as its level
    assert answer.key_version == 1 and answer.graded_at is not None


def test_plain_submit_redirects_and_shows_the_result(student_client, bank, stub_embedder):
    response = student_client.post(
        practice_url("ch2-q1"), {"text": "They roll out gradually with reporting."}
    )
    assert response.status_code == 302
    answer = Answer.objects.get()
    assert response["Location"] == f"{practice_url('ch2-q1')}?answer={answer.pk}#item-ch2-q1"
    html = student_client.get(response["Location"]).content.decode()
    assert "Key points" in html and "Try again" in html


def test_try_again_keeps_history(student_client, bank, stub_embedder):
    for text in ["manual process first", "limited scope trial and expand gradually with good reporting"]:
        student_client.post(practice_url("ch2-q1"), {"text": text, "submission_key": str(uuid.uuid4())})
    assert Answer.objects.filter(item__item_id="ch2-q1").count() == 2
    html = student_client.get(practice_url("ch2-q1"), **HTMX).content.decode()
    assert "Your previous tries (2)" in html and "<textarea" in html


def test_the_tries_list_reads_each_try_in_the_one_query(student_client, bank, django_assert_num_queries):
    """The tries are loaded with ``selectors.TRY_FIELDS`` only: a field the list shows but does not load would
    cost a query per try."""
    flip, rotate, delete = Choice.objects.filter(item__item_id="ch2-q2").order_by("order")
    url = practice_url("ch2-q2")
    student_client.post(url, {"choices": [str(flip.pk)]})
    student_client.get(url)  # warm
    with django_assert_num_queries(1):
        student_client.get(url)
    for picked in ([flip, delete], [rotate], []):
        student_client.post(url, {"choices": [str(c.pk) for c in picked]})
    with django_assert_num_queries(1):
        html = student_client.get(url).content.decode()
    tries = html[html.index("Your previous tries (3)") :]
    tries = tries[: tries.index("</details>")]
    assert tries.count(">Partial</span>") == 2 and tries.count(">Incorrect</span>") == 1  # newest first
    assert tries.count("50%") == 2 and tries.count("0%") == 3


def test_double_submit_creates_one_answer(student_client, bank, stub_embedder):
    key = str(uuid.uuid4())
    first = student_client.post(practice_url("ch2-q1"), {"text": GOOD_ANSWER, "submission_key": key})
    second = student_client.post(practice_url("ch2-q1"), {"text": GOOD_ANSWER, "submission_key": key})
    assert Answer.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_multiple_choice_single_and_multi_are_graded_exactly(student_client, bank):
    right = Choice.objects.get(item__item_id="ch2-q1-mc", correct=True)
    student_client.post(practice_url("ch2-q1-mc"), {"choices": str(right.pk)})
    a = Answer.objects.get(item__item_id="ch2-q1-mc")
    assert (a.final_score, a.final_level, a.choice_ids) == (1.0, "correct", [right.pk])

    flip, rotate, delete = Choice.objects.filter(item__item_id="ch2-q2").order_by("order")
    student_client.post(practice_url("ch2-q2"), {"choices": [str(flip.pk)]})
    student_client.post(practice_url("ch2-q2"), {"choices": [str(flip.pk), str(delete.pk)]})
    scores = list(
        Answer.objects.filter(item__item_id="ch2-q2").order_by("pk").values_list("final_score", "final_level")
    )
    assert scores == [(0.5, "partial"), (0.0, "incorrect")]


def test_choice_from_another_item_is_refused(student_client, bank):
    other = Choice.objects.filter(item__item_id="ch2-q2").first()
    html = student_client.post(practice_url("ch2-q1-mc"), {"choices": str(other.pk)}).content.decode()
    assert "Select a valid choice" in html and not Answer.objects.exists()


def test_ordering_without_js_uses_position_selects(student_client, bank):
    from quiz.selectors import ordering_options

    item = Item.objects.get(item_id="ch2-q3")
    options = ordering_options(item)
    assert options[:3] != item.steps  # never shown in the right order
    correct = {text: str(i + 1) for i, text in enumerate(item.steps)}
    data = {f"pos_{k}": correct.get(text, "") for k, text in enumerate(options)}
    student_client.post(practice_url("ch2-q3"), data)
    a = Answer.objects.get()
    assert a.order == item.steps and a.final_score == 1.0 and a.final_level == "correct"

    # swap the last two: 2 of 3 pairs in order -> partial credit
    data = {
        f"pos_{k}": {"Manual process": "1", "Limited scope": "3", "Gradual expansion": "2"}.get(t, "")
        for k, t in enumerate(options)
    }
    student_client.post(practice_url("ch2-q3"), data)
    a = Answer.objects.latest("pk")
    assert a.auto_score == pytest.approx(2 / 3, abs=1e-3) and a.final_level == "partial"
    assert 0.5 <= a.final_score <= 0.8  # what the student sees sits in the partial band
    html = student_client.get(f"{practice_url('ch2-q3')}?answer={a.pk}").content.decode()
    assert "Correct order" in html


def test_short_exact_answer(student_client, bank):
    student_client.post(practice_url("ch2-q4"), {"text": "  Learn.Export "})
    student_client.post(practice_url("ch2-q4"), {"text": "save"})
    levels = list(Answer.objects.order_by("pk").values_list("final_level", flat=True))
    assert levels == ["correct", "incorrect"]


def test_reflection_is_pending_for_the_teacher_and_shows_the_checklist(student_client, bank):
    response = student_client.post(practice_url("ch2-fr1"), {"text": "My plan: start manually."}, **HTMX)
    a = Answer.objects.get()
    assert a.final_level == "pending" and a.final_score is None and a.auto_level == "pending"
    html = response.content.decode()
    assert "Awaiting your teacher" in html and "describes a gradual rollout" in html


def test_practice_attempt_one_at_a_time_all_list_and_finish(
    student_client, student_user, bank, stub_embedder
):
    practice = bank["practice"]
    response = student_client.post(reverse("quiz:quiz_start", args=[practice.slug]))
    attempt = Attempt.objects.get(student=student_user)
    assert response["Location"] == reverse("quiz:attempt", args=[attempt.pk])
    page = student_client.get(response["Location"] + "?i=2").content.decode()
    assert "Which step comes first" in page and "Next" in page
    assert "Why should a model" in student_client.get(response["Location"] + "?all=1").content.decode()

    url = reverse("quiz:answer", args=[attempt.pk, "ch2-q4"])
    r = student_client.post(url, {"text": "export", "return_to": f"/quiz/attempts/{attempt.pk}/?i=5"})
    assert r["Location"].startswith(f"/quiz/attempts/{attempt.pk}/?i=5&answer=")
    # resuming: starting again returns the same open attempt
    student_client.post(reverse("quiz:quiz_start", args=[practice.slug]))
    assert Attempt.objects.filter(student=student_user).count() == 1
    student_client.post(reverse("quiz:submit", args=[attempt.pk]))
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and attempt.score == 1.0
    html = student_client.get(reverse("quiz:result", args=[attempt.pk])).content.decode()
    assert "100%" in html


def test_flag_an_item_plain_and_htmx(student_client, student_user, bank):
    attempt = Attempt.objects.create(quiz=bank["practice"], student=student_user)
    url = reverse("quiz:flag", args=[attempt.pk, "ch2-q1"])
    assert student_client.post(url).status_code == 302
    attempt.refresh_from_db()
    assert attempt.flagged_items == ["ch2-q1"]
    html = student_client.post(url, **HTMX).content.decode()
    assert "Flag to revisit" in html
    attempt.refresh_from_db()
    assert attempt.flagged_items == []


def test_history_page_has_an_svg_chart(student_client, bank):
    student_client.post(practice_url("ch2-q4"), {"text": "export"})
    student_client.post(practice_url("ch2-q4"), {"text": "nope"})
    html = student_client.get(reverse("quiz:history")).content.decode()
    assert "<svg" in html and "Mean score per day" in html and "50%" in html


def test_index_lists_builtin_quizzes(student_client, bank):
    html = student_client.get(reverse("quiz:index")).content.decode()
    assert "Chapter 2 — practice" in html and "Chapter 2 — exam" in html


def test_wrong_answer_enters_the_review_queue(student_client, student_user, bank):
    student_client.post(practice_url("ch2-q4"), {"text": "save"})
    assert ReviewCard.objects.filter(student=student_user, item__item_id="ch2-q4").exists()
    student_client.post(
        practice_url("ch2-q1-mc"),
        {"choices": str(Choice.objects.get(item__item_id="ch2-q1-mc", correct=True).pk)},
    )
    assert not ReviewCard.objects.filter(item__item_id="ch2-q1-mc").exists()


@pytest.mark.django_db(transaction=True)
def test_an_answer_to_an_attempt_removed_meanwhile_is_refused_with_a_message(
    student_user, bank, stub_embedder
):
    """The attempt was read, then deleted (by a teacher, or a cleanup) before the answer was stored: the
    foreign key fails at the save, and the student gets a clear refusal rather than a server error."""
    from quiz.services import AnswerData, AttemptClosed, practice_answer_submit, practice_attempt_start

    attempt = practice_attempt_start(student=student_user)
    Attempt.objects.filter(pk=attempt.pk).delete()
    with pytest.raises(AttemptClosed, match="no longer exists"):
        practice_answer_submit(
            attempt=attempt,
            item=Item.objects.get(item_id="ch2-q1"),
            data=AnswerData(text=GOOD_ANSWER),
            submission_key=uuid.uuid4(),
        )
    assert not Answer.objects.exists()
