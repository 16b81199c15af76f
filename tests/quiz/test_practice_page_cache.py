"""The practice item page is kept rendered per user (``studyguide.pagecache``): the student's own answers, a
teacher's decision, a regrade, a release and an exam that locks the item all show on the next request; a
result (``?answer=``, with "next review in ...") is rendered every time; nobody sees another's tries."""

from __future__ import annotations

import uuid

import pytest
from django.urls import reverse

from quiz import services
from quiz.review import regrade
from quiz.review import services as review_services
from studyguide.course.models import Item
from tests.quiz.review import support
from tests.test_pagecache import client_of, from_memory, kept, rendered_again

pytestmark = pytest.mark.django_db
bank = support.bank
stub_embedder = support.stub_embedder
world = support.world
PRACTICE = reverse("quiz:practice_item", args=["ch2-q1"])


def fresh(client, path=PRACTICE) -> str:
    """The next GET is rendered (not served from memory); the page kept after it is the same."""
    html = rendered_again(client, path)
    again = kept(client, path)[-1].content.decode()
    assert again.count("<li>") == html.count("<li>") and again.count("badge") == html.count("badge")
    return html


def tries_of(html: str) -> str:
    return (
        html.split("Your previous tries", 1)[1].split("</details>", 1)[0]
        if "Your previous tries" in html
        else ""
    )


def test_a_practice_answer_shows_in_the_tries_on_the_next_page(student_user, bank, stub_embedder):
    client = client_of(student_user)
    kept(client, PRACTICE)
    assert "Your previous tries" not in client.get(PRACTICE).content.decode()
    response = client.post(
        PRACTICE, {"text": "Data drift happens when inputs change over time", "submission_key": uuid.uuid4()}
    )
    assert response.status_code == 302
    assert "Data drift happens" in tries_of(fresh(client))


def test_a_service_call_alone_shows_too(student_user, bank, stub_embedder):
    """No view involved (a task, the shell): the answer's own signal drops the student's pages."""
    client = client_of(student_user)
    kept(client, PRACTICE)
    attempt = services.practice_attempt_start(student=student_user)
    services.practice_answer_submit(
        attempt=attempt,
        item=Item.objects.get(item_id="ch2-q1"),
        data=services.AnswerData(text="Something written elsewhere"),
        submission_key=uuid.uuid4(),
    )
    assert "Something written elsewhere" in tries_of(fresh(client))


def test_release_decision_and_regrade_by_the_teacher_show_on_the_students_page(world):
    student = world.students[0]
    client = client_of(student)
    kept(client, PRACTICE)
    assert tries_of(client.get(PRACTICE).content.decode()) == ""  # exam grades wait for the release
    review_services.quiz_release(teacher=world.teacher, quiz=world.quiz, cohort=world.cohort)
    assert "Your previous tries (1)" in fresh(client)
    answer = world.answers[0]
    answer.refresh_from_db()
    review_services.answer_decide(
        teacher=world.teacher, answer=answer, base_version=answer.grade_version, level="incorrect"
    )
    assert 'class="badge incorrect"' in tries_of(fresh(client))
    # A regrade changes the undecided answers only: the second student's try follows it.
    second = client_of(world.students[1])
    before = tries_of(fresh(second))
    from quiz.models import Answer

    Answer.objects.filter(pk=world.answers[1].pk).update(grade_version=0)  # the plan sees it as stale
    kept(second, PRACTICE)
    plan, _run = regrade.regrade_run(
        teacher=world.teacher, item=world.item, cohort=world.cohort, embedder=world.embedder, scope="all"
    )
    after = tries_of(fresh(second))
    world.answers[1].refresh_from_db()
    assert world.answers[1].get_final_level_display() in after
    assert before != after or not plan.changes
    review_services.quiz_release_withdraw(teacher=world.teacher, quiz=world.quiz, cohort=world.cohort)
    assert tries_of(fresh(client)) == ""


def test_another_cohorts_release_and_tries_never_show(world):
    world.b_answer.text = "Cohort B words: run it beside people first"
    world.b_answer.save()
    a_student, b_student = client_of(world.students[0]), client_of(world.b_student)
    kept(a_student, PRACTICE)
    kept(b_student, PRACTICE)
    review_services.quiz_release(teacher=world.other_teacher, quiz=world.quiz_b, cohort=world.cohort_b)
    assert "Cohort B words" in tries_of(fresh(b_student))
    assert tries_of(fresh(a_student)) == ""  # cohort A's exam is not released; B's answer is not theirs
    review_services.quiz_release(teacher=world.teacher, quiz=world.quiz, cohort=world.cohort)
    a_tries, b_tries = tries_of(fresh(a_student)), tries_of(fresh(b_student))
    assert "(1)" in a_tries and "Cohort B words" not in a_tries
    assert "(1)" in b_tries and "Cohort B words" in b_tries


def test_an_exam_that_holds_the_item_locks_the_page_at_once(student_user, bank):
    from quiz.models import Quiz

    client = client_of(student_user)
    assert "Check my answer" in kept(client, PRACTICE)[-1].content.decode()
    services.attempt_start(student=student_user, quiz=Quiz.objects.get(slug=Quiz.EXAM_SLUG))
    assert "You are sitting an exam that contains this question" in fresh(client)


def test_a_result_with_its_next_review_is_rendered_every_time(student_user, bank, stub_embedder):
    client = client_of(student_user)
    client.post(PRACTICE, {"text": "Data drift happens when inputs change", "submission_key": uuid.uuid4()})
    answer_pk = student_user.attempts.get().answers.get().pk
    path = f"{PRACTICE}?answer={answer_pk}"
    responses = [client.get(path) for _ in range(4)]
    assert all(r.status_code == 200 and not from_memory(r) for r in responses)


def test_htmx_card_and_full_page_are_kept_apart(student_user, bank):
    client = client_of(student_user)
    full = kept(client, PRACTICE)[-1].content.decode()
    card = kept(client, PRACTICE, HTTP_HX_REQUEST="true")[-1].content.decode()
    assert "<html" in full and "<html" not in card and 'class="card item-card"' in card


def test_two_students_same_path_see_their_own(student_user, other_student, bank, stub_embedder):
    mine, theirs = client_of(student_user), client_of(other_student)
    mine.post(PRACTICE, {"text": "Only mine: drift of inputs", "submission_key": uuid.uuid4()})
    kept(mine, PRACTICE)
    html = kept(theirs, PRACTICE)[-1].content.decode()
    assert "Only mine" not in html and ">other<" in html
    assert "Only mine" in mine.get(PRACTICE).content.decode()
