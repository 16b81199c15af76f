"""Server-side rules behind issue 13's student journeys (the browser tests drive the same pages in Chromium):
the ordering form, the exam's confirmation step, the quiz list, released results on the home page, the item
chips, and "Try again" holding the previous answer. Bad input and other users' data included."""

import uuid

import pytest
from django.urls import reverse

from quiz import selectors, services
from quiz.models import Answer, Attempt, Quiz
from quiz.review.services import quiz_release, quiz_release_withdraw
from quiz.views.nav import question_label
from studyguide.course.models import Item
from tests.quiz import quiz_fixtures
from tests.quiz.quiz_fixtures import GOOD_ANSWER

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder


def start(client, quiz) -> Attempt:
    response = client.post(reverse("quiz:quiz_start", args=[quiz.slug]))
    return Attempt.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))


def positions(item: Item, order: dict[str, str]) -> dict[str, str]:
    options = selectors.ordering_options(item)
    return {f"pos_{k}": order.get(text, "") for k, text in enumerate(options)}


def test_ordering_refuses_two_steps_on_one_position_and_keeps_the_choices(student_client, bank):
    item = Item.objects.get(item_id="ch2-q3")
    url = reverse("quiz:practice_item", args=["ch2-q3"])
    data = positions(item, {"Manual process": "1", "Limited scope": "1", "Gradual expansion": "2"})
    response = student_client.post(url, data)
    assert response.status_code == 422
    html = response.content.decode()
    assert "share position 1: give each step its own position" in html
    assert "“Limited scope” and “Manual process”" in html or "“Manual process” and “Limited scope”" in html
    assert not Answer.objects.exists()
    # every position a different number: graded in exactly that order
    data = positions(item, {"Manual process": "1", "Limited scope": "2", "Gradual expansion": "3"})
    student_client.post(url, data)
    assert Answer.objects.get().order == ["Manual process", "Limited scope", "Gradual expansion"]


def test_exam_drafts_refuse_two_steps_on_one_position_too(student_client, bank):
    attempt = start(student_client, bank["exam"])
    item = Item.objects.get(item_id="ch2-q3")
    data = {
        f"ch2-q3-{k}": v for k, v in positions(item, {"Manual process": "2", "Limited scope": "2"}).items()
    }
    response = student_client.post(reverse("quiz:autosave", args=[attempt.pk]), data)
    assert response.status_code == 422 and "share position 2" in response.content.decode()


def test_the_confirmation_step_saves_every_draft_and_submits_nothing(student_client, bank, stub_embedder):
    attempt = start(student_client, bank["exam"])
    confirm = reverse("quiz:submit_confirm", args=[attempt.pk])
    response = student_client.post(confirm, {"ch2-q1-text": GOOD_ANSWER, "ch2-q4-text": "export"})
    assert response.status_code == 302 and response["Location"] == confirm
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert {a.item.item_id: a.text for a in attempt.answers.all()} == {
        "ch2-q1": GOOD_ANSWER,
        "ch2-q4": "export",
    }
    page = student_client.get(confirm).content.decode()
    assert "You answered 2 of 5 items" in page and "Yes, submit my exam" in page
    # an answer that cannot be stored sends the student back to the exam with the reason, nothing submitted
    response = student_client.post(confirm, {"ch2-q1-text": "y" * 20_001})
    assert response.status_code == 422 and "the limit is 20,000" in response.content.decode()
    # the confirmation's own button submits
    response = student_client.post(reverse("quiz:submit", args=[attempt.pk]))
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert student_client.get(confirm)["Location"] == reverse("quiz:result", args=[attempt.pk])


def test_the_confirmation_step_is_the_students_own(client, student_client, other_student, bank):
    attempt = start(student_client, bank["exam"])
    client.force_login(other_student)
    confirm = reverse("quiz:submit_confirm", args=[attempt.pk])
    assert client.get(confirm).status_code == 404
    assert client.post(confirm, {"ch2-q1-text": "mine now"}).status_code == 404
    assert not Answer.objects.exists()


def test_a_practice_attempt_has_no_confirmation_step(student_client, bank):
    attempt = start(student_client, bank["practice"])
    response = student_client.get(reverse("quiz:submit_confirm", args=[attempt.pk]))
    assert response["Location"] == reverse("quiz:attempt", args=[attempt.pk])


@pytest.fixture
def cohort_exam(bank, teacher_user, cohort):
    return services.quiz_create(
        teacher=teacher_user,
        title="Unit check",
        items=list(Item.objects.filter(item_id__in=["ch2-q1", "ch2-q4"])),
        mode=Quiz.Mode.EXAM,
        cohort=cohort,
        review_policy=Quiz.ReviewPolicy.AFTER_RELEASE,
    )


def sit(client, quiz) -> Attempt:
    attempt = start(client, quiz)
    client.post(reverse("quiz:submit", args=[attempt.pk]), {"ch2-q4-text": "export"})
    attempt.refresh_from_db()
    return attempt


def test_the_quiz_list_shows_a_once_only_exam_as_submitted(student_client, student_user, cohort_exam, bank):
    attempt = sit(student_client, cohort_exam)
    assert cohort_exam.once_only and not bank["exam"].once_only
    html = student_client.get(reverse("quiz:index")).content.decode()
    card = html[html.index("Unit check") :].split("</article>")[0]
    assert "Submitted" in card and reverse("quiz:result", args=[attempt.pk]) in card
    assert "quiz_start" not in card and "Start" not in card
    # and the server refuses a second sitting whatever the page shows
    response = student_client.post(reverse("quiz:quiz_start", args=[cohort_exam.slug]), follow=True)
    assert "already sat this exam" in response.content.decode()
    assert Attempt.objects.filter(quiz=cohort_exam).count() == 1
    # the built-in exam can be sat again, and says where the last result is
    built_in = sit(student_client, bank["exam"])
    html = student_client.get(reverse("quiz:index")).content.decode()
    card = html[html.index("Chapter 2 — exam") :].split("</article>")[0]
    assert "Start again" in card and reverse("quiz:result", args=[built_in.pk]) in card


def test_progress_by_quiz(student_user, bank):
    first = services.attempt_start(quiz=bank["practice"], student=student_user)
    services.practice_attempt_finish(attempt=first)
    second = services.attempt_start(quiz=bank["practice"], student=student_user)
    progress = selectors.quiz_progress(student_user)[bank["practice"].pk]
    assert progress == selectors.QuizProgress(open_pk=second.pk, last_submitted_pk=first.pk, n_submitted=1)
    assert bank["exam"].pk not in selectors.quiz_progress(student_user)


def test_released_results_are_listed_until_seen_and_again_after_a_new_release(
    student_client, student_user, other_student, teacher_user, cohort_exam, stub_embedder
):
    attempt = sit(student_client, cohort_exam)
    home = reverse("home")
    assert "Grades released" not in student_client.get(home).content.decode()
    assert not selectors.released_results_unseen(student_user).exists()

    quiz_release(teacher=teacher_user, quiz=cohort_exam)
    html = student_client.get(home).content.decode()
    assert "Grades released" in html and reverse("quiz:result", args=[attempt.pk]) in html
    assert not selectors.released_results_unseen(other_student).exists()  # nobody else's results

    student_client.get(reverse("quiz:result", args=[attempt.pk]))
    assert "Grades released" not in student_client.get(home).content.decode()

    quiz_release_withdraw(teacher=teacher_user, quiz=cohort_exam)
    student_client.get(reverse("quiz:result", args=[attempt.pk]))  # grades hidden: not "seen"
    quiz_release(teacher=teacher_user, quiz=cohort_exam)
    assert list(selectors.released_results_unseen(student_user)) == [attempt]


def test_question_labels():
    def item(ref, kind=Item.Kind.FREE_TEXT):
        return Item(item_id="x", source_ref=ref, kind=kind)

    assert question_label(item("Chapter 2, questionnaire Q14")) == "Q14"
    assert question_label(item("Chapter 2, further research 3")) == "R3"
    assert question_label(item("Q1 quick check")) == "Q1"
    assert question_label(item("Appendix")) == "Appendix"


def test_the_attempt_page_labels_chips_and_shows_the_latest_answer(
    student_client, student_user, bank, stub_embedder
):
    attempt = start(student_client, bank["practice"])
    item = Item.objects.get(item_id="ch2-q1")
    answer, _ = services.practice_answer_submit(
        attempt=attempt, item=item, data=services.AnswerData(text=GOOD_ANSWER), submission_key=uuid.uuid4()
    )
    page = student_client.get(reverse("quiz:attempt", args=[attempt.pk]) + "?i=1").content.decode()
    assert 'aria-label="Q1: free text, answered, correct"' in page
    assert 'aria-label="Q1 choice: multiple choice, not answered yet"' in page
    assert "Key points" in page and "Try again" in page and '<textarea name="text"' not in page
    # Try again: a form holding the previous answer
    retry = student_client.get(reverse("quiz:attempt", args=[attempt.pk]) + f"?i=1&retry={answer.pk}")
    assert GOOD_ANSWER in retry.content.decode() and '<textarea name="text"' in retry.content.decode()


def test_try_again_never_opens_another_students_answer(
    client, student_client, other_student, bank, stub_embedder
):
    attempt = start(student_client, bank["practice"])
    item = Item.objects.get(item_id="ch2-q1")
    answer, _ = services.practice_answer_submit(
        attempt=attempt, item=item, data=services.AnswerData(text="my secret"), submission_key=uuid.uuid4()
    )
    client.force_login(other_student)
    response = client.get(reverse("quiz:practice_item", args=["ch2-q1"]) + f"?retry={answer.pk}")
    assert response.status_code == 404
    for bad in ("abc", "-1", "1" * 40):
        response = client.get(reverse("quiz:practice_item", args=["ch2-q1"]) + f"?retry={bad}")
        assert response.status_code in (200, 404) and "my secret" not in response.content.decode()
