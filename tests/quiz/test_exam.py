"""Exam mode: autosave (htmx and plain), reload, submit once, late submit, review policy, quiz form."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from quiz.models import Answer, Attempt, Quiz, ReviewCard
from quiz.services import quiz_create
from studyguide.course.models import Choice, Item
from tests.quiz import quiz_fixtures
from tests.quiz.quiz_fixtures import GOOD_ANSWER

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder

HTMX = {"HTTP_HX_REQUEST": "true"}


def start(client, quiz) -> Attempt:
    response = client.post(reverse("quiz:quiz_start", args=[quiz.slug]))
    attempt = Attempt.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))
    return attempt


def test_exam_page_has_autosave_on_every_field(student_client, bank):
    attempt = start(student_client, bank["exam"])
    html = student_client.get(reverse("quiz:attempt", args=[attempt.pk])).content.decode()
    autosave = reverse("quiz:autosave", args=[attempt.pk])
    assert f'hx-post="{autosave}"' in html
    assert 'hx-trigger="input changed delay:800ms"' in html and 'hx-target="#status-ch2-q1"' in html
    # each item posts only its own fields (issue 12: a stale tab must not send the others)
    assert 'hx-params="ch2-q1-text,ch2-q1-seen,ch2-q1-base,ch2-q1-orig,ch2-q1-resolve"' in html
    assert 'name="ch2-q1-text"' in html and "Save draft" in html
    # main items only: the variant is not in the exam
    assert "ch2-q1-mc" not in html


def test_autosave_keeps_the_text_and_returns_only_a_status_line(student_client, bank):
    attempt = start(student_client, bank["exam"])
    url = reverse("quiz:autosave", args=[attempt.pk])
    response = student_client.post(url, {"ch2-q1-text": "Run it in parallel <b>first</b>"}, **HTMX)
    html = response.content.decode()
    assert (
        response.status_code == 200
        and html.startswith('<span class="saved">Saved ')
        and "<textarea" not in html
    )
    answer = Answer.objects.get(attempt=attempt)
    assert answer.text == "Run it in parallel <b>first</b>" and answer.graded_at is None
    # a second save updates the same row
    student_client.post(url, {"ch2-q1-text": "Run it in parallel, then a limited trial."}, **HTMX)
    assert Answer.objects.filter(attempt=attempt).count() == 1
    # reload: the page shows the saved draft, escaped
    page = student_client.get(reverse("quiz:attempt", args=[attempt.pk])).content.decode()
    assert "Run it in parallel, then a limited trial." in page and "Last saved" in page


def test_plain_save_draft_redirects_back(student_client, bank):
    attempt = start(student_client, bank["exam"])
    response = student_client.post(reverse("quiz:autosave", args=[attempt.pk]), {"ch2-q4-text": "export"})
    assert response.status_code == 302 and response["Location"] == reverse("quiz:attempt", args=[attempt.pk])
    assert Answer.objects.get(attempt=attempt).text == "export"


def test_submit_grades_everything_once(student_client, student_user, bank, stub_embedder):
    attempt = start(student_client, bank["exam"])
    right = Choice.objects.filter(item__item_id="ch2-q2", correct=True)
    data = {
        "ch2-q1-text": GOOD_ANSWER,
        "ch2-q2-choices": [str(c.pk) for c in right],
        "ch2-q4-text": "learn.export",
        "ch2-fr1-text": "My plan ...",
        "action": "submit",
    }
    url = reverse("quiz:submit", args=[attempt.pk])
    response = student_client.post(url, data)
    assert response["Location"] == reverse("quiz:result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and not attempt.is_late
    answers = {a.item.item_id: a for a in attempt.answers.select_related("item")}
    assert set(answers) == set(Item.objects.filter(variant_of__isnull=True).values_list("item_id", flat=True))
    assert answers["ch2-q2"].final_level == "correct" and answers["ch2-q4"].final_level == "correct"
    assert answers["ch2-fr1"].final_level == "pending"
    assert answers["ch2-q1"].evidence["points"] and answers["ch2-q1"].final_score is not None
    # ordering left at the page's initial (shuffled) positions is graded as submitted, never lost
    assert answers["ch2-q3"].graded_at is not None
    assert attempt.score is not None
    html = student_client.get(response["Location"]).content.decode()
    assert "Key points" in html and "Awaiting your teacher" in html

    # a second submit (double click, back button) changes nothing
    again = student_client.post(url, {**data, "ch2-q4-text": "changed"})
    assert again["Location"] == reverse("quiz:result", args=[attempt.pk])
    assert Answer.objects.get(attempt=attempt, item__item_id="ch2-q4").text == "learn.export"
    # autosave after submit is refused without touching the answer
    html = student_client.post(
        reverse("quiz:autosave", args=[attempt.pk]), {"ch2-q4-text": "x"}, **HTMX
    ).content.decode()
    assert "already submitted" in html
    assert Answer.objects.get(attempt=attempt, item__item_id="ch2-q4").text == "learn.export"
    # wrong or partial items entered the review queue (grades are visible for the built-in exam)
    assert ReviewCard.objects.filter(student=student_user).exists()


def test_late_submit_is_recorded_not_lost(
    student_client, student_user, bank, cohort, teacher_user, stub_embedder
):
    quiz = quiz_create(
        teacher=teacher_user,
        title="Timed",
        cohort=cohort,
        mode=Quiz.Mode.EXAM,
        time_limit_minutes=10,
        items=list(Item.objects.filter(item_id__in=["ch2-q1", "ch2-q4"])),
    )
    attempt = start(student_client, quiz)
    assert attempt.deadline is not None
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))
    page = student_client.get(reverse("quiz:attempt", args=[attempt.pk])).content.decode()
    assert "time is up" in page
    student_client.post(reverse("quiz:autosave", args=[attempt.pk]), {"ch2-q1-text": "late draft"}, **HTMX)
    assert Answer.objects.get(attempt=attempt).is_late
    response = student_client.post(reverse("quiz:submit", args=[attempt.pk]), {"ch2-q4-text": "export"})
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and attempt.is_late
    assert Answer.objects.get(attempt=attempt, item__item_id="ch2-q4").final_level == "correct"
    assert Answer.objects.get(attempt=attempt, item__item_id="ch2-q1").text == "late draft"
    html = student_client.get(response["Location"]).content.decode()
    assert "late" in html
    # a cohort exam is sat once
    assert student_client.post(reverse("quiz:quiz_start", args=[quiz.slug])).status_code == 302
    assert Attempt.objects.filter(quiz=quiz).count() == 1


def test_after_release_policy_hides_grades_until_released(student_client, bank, cohort, teacher_user):
    quiz = quiz_create(
        teacher=teacher_user,
        title="Held back",
        cohort=cohort,
        mode=Quiz.Mode.EXAM,
        review_policy=Quiz.ReviewPolicy.AFTER_RELEASE,
        items=list(Item.objects.filter(item_id="ch2-q4")),
    )
    attempt = start(student_client, quiz)
    student_client.post(reverse("quiz:submit", args=[attempt.pk]), {"ch2-q4-text": "save"})
    html = student_client.get(reverse("quiz:result", args=[attempt.pk])).content.decode()
    assert "releases the grades" in html and "Accepted" not in html
    answer = Answer.objects.get(attempt=attempt)
    answer.final_score, answer.final_level, answer.teacher_comment = 0.5, "partial", "Close: it is export()."
    answer.decided_by = teacher_user
    answer.save()
    Quiz.objects.filter(pk=quiz.pk).update(released_at=timezone.now())
    html = student_client.get(reverse("quiz:result", args=[attempt.pk])).content.decode()
    assert "50%" in html and "Close: it is export()." in html and "decided by your teacher" in html


def test_exam_flag_saves_drafts_and_marks_the_answer(student_client, bank):
    attempt = start(student_client, bank["exam"])
    url = reverse("quiz:flag", args=[attempt.pk, "ch2-q1"])
    html = student_client.post(url, {"ch2-q1-text": "draft before flag"}, **HTMX).content.decode()
    assert "Flagged" in html
    a = Answer.objects.get(attempt=attempt, item__item_id="ch2-q1")
    assert a.text == "draft before flag" and a.flagged


def test_teacher_creates_a_cohort_quiz_with_time_limit(teacher_client, cohort, bank):
    items = list(Item.objects.filter(variant_of__isnull=True).values_list("pk", flat=True))
    page = teacher_client.get(reverse("quiz:quiz_new")).content.decode()
    assert "Time limit (minutes)" in page
    response = teacher_client.post(
        reverse("quiz:quiz_new"),
        {
            "title": "Week 2 exam",
            "cohort": cohort.pk,
            "mode": "exam",
            "time_limit_minutes": "30",
            "review_policy": "after_release",
            "items": [str(i) for i in items],
        },
    )
    quiz = Quiz.objects.get(title="Week 2 exam")
    assert response["Location"] == reverse("quiz:quiz_detail", args=[quiz.slug])
    assert (quiz.time_limit_minutes, quiz.review_policy, quiz.cohort) == (30, "after_release", cohort)
    assert quiz.quiz_items.count() == len(items)


def test_students_cannot_create_quizzes_or_see_other_cohorts(student_client, make_user, bank):
    from studyguide.accounts.services import cohort_create

    assert student_client.get(reverse("quiz:quiz_new")).status_code == 403
    other_teacher = make_user("t2", teacher=True)
    other = cohort_create(teacher=other_teacher, name="Other")
    quiz = quiz_create(teacher=other_teacher, title="Private", cohort=other, items=[])
    assert student_client.get(reverse("quiz:quiz_detail", args=[quiz.slug])).status_code == 404
    assert "Private" not in student_client.get(reverse("quiz:index")).content.decode()


def test_hidden_exam_grade_cannot_be_peeked_through_the_practice_page(
    student_client, bank, cohort, teacher_user
):
    quiz = quiz_create(
        teacher=teacher_user,
        title="Held back",
        cohort=cohort,
        mode=Quiz.Mode.EXAM,
        review_policy=Quiz.ReviewPolicy.AFTER_RELEASE,
        items=list(Item.objects.filter(item_id="ch2-q4")),
    )
    attempt = start(student_client, quiz)
    student_client.post(reverse("quiz:submit", args=[attempt.pk]), {"ch2-q4-text": "save"})
    answer = Answer.objects.get(attempt=attempt)
    html = student_client.get(f"/quiz/practice/ch2-q4/?answer={answer.pk}").content.decode()
    assert "Accepted" not in html and "Incorrect" not in html and "<input" in html
    assert "Your previous tries" not in html
    assert not ReviewCard.objects.exists()  # hidden grades do not feed the review queue either
