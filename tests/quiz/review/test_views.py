"""Review pages through the Django test client: permission matrix, queue, decisions (htmx and plain),
conflicts, groups, release, anonymous toggle, regrade, statistics, export (download and command), regrade
requests."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from quiz.models import Answer, GradeDecision, Quiz, RegradeRequest
from tests.quiz.review import support

pytestmark = pytest.mark.django_db

bank = support.bank
stub_embedder = support.stub_embedder
world = support.world
HTMX = {"HTTP_HX_REQUEST": "true"}


def teacher_urls(w):
    c, i, a, q = w.cohort.pk, w.item.item_id, w.answers[0].pk, w.quiz.pk
    get = [
        reverse("quiz:review_home"),
        reverse("quiz:review_cohort", args=[c]),
        reverse("quiz:review_queue", args=[c, i]),
        reverse("quiz:review_groups", args=[c, i]),
        reverse("quiz:review_regrade", args=[c, i]),
        reverse("quiz:review_item_stats", args=[c, i]),
        reverse("quiz:review_table", args=[c]),
        reverse("quiz:review_student", args=[c, w.students[0].pk]),
        reverse("quiz:review_answer", args=[c, a]),
        reverse("quiz:review_export", args=[c]),
    ]
    post = [
        reverse("quiz:review_decide", args=[c, a]),
        reverse("quiz:review_release", args=[c, q]),
        reverse("quiz:review_anonymous", args=[c, q]),
    ]
    return get, post


def test_permission_matrix(client, world):
    get, post = teacher_urls(world)
    # anonymous visitors: login page
    for url in get + post:
        response = client.get(url) if url in get else client.post(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    # students: 403 everywhere
    client.force_login(world.students[0])
    for url in get + post:
        response = client.get(url) if url in get else client.post(url)
        assert response.status_code == 403, url
    # the teacher of cohort B: 404 on everything of cohort A (the home page is theirs)
    client.force_login(world.other_teacher)
    for url in get[1:] + post:
        response = (
            client.get(url) if url in get else client.post(url, {"level": "correct", "base_version": 0})
        )
        assert response.status_code == 404, url
    # ...even with cohort B's id in the URL and cohort A's answer
    url = reverse("quiz:review_decide", args=[world.cohort_b.pk, world.answers[0].pk])
    assert client.post(url, {"level": "correct", "base_version": 0}).status_code == 404
    # ...and cannot release cohort A's quiz through their own cohort
    assert (
        client.post(reverse("quiz:review_release", args=[world.cohort_b.pk, world.quiz.pk])).status_code
        == 404
    )
    a = Answer.objects.get(pk=world.answers[0].pk)
    assert a.decided_by is None and not GradeDecision.objects.exists()
    assert Quiz.objects.get(pk=world.quiz.pk).released_at is None
    # the teacher of cohort A: every page renders
    client.force_login(world.teacher)
    for url in get:
        assert client.get(url).status_code == 200, url


def test_queue_shows_evidence_and_decision_forms(teacher_client, world):
    html = teacher_client.get(
        reverse("quiz:review_queue", args=[world.cohort.pk, world.item.item_id])
    ).content.decode()
    assert html.count('class="answer-card') == 4
    assert "run it in parallel with people" in html  # key-point evidence beside the answer
    assert 'name="base_version" value="0"' in html and "Confirm grader" in html
    assert "review.js" in html and "<kbd>j</kbd>" in html
    assert "b_student" not in html


def test_plain_post_decides_and_redirects_to_the_next_answer(teacher_client, world):
    a = world.answers[3]
    url = reverse("quiz:review_decide", args=[world.cohort.pk, a.pk])
    response = teacher_client.post(
        url, {"base_version": 0, "level": "partial", "score": "", "comment": "Close"}
    )
    assert response.status_code == 302 and "#answer-" in response["Location"]
    a.refresh_from_db()
    assert (a.final_level, a.final_score, a.teacher_comment) == ("partial", 0.5, "Close")


def test_htmx_decision_swaps_the_card_and_conflict_shows_both(teacher_client, world):
    a = world.answers[1]
    url = reverse("quiz:review_decide", args=[world.cohort.pk, a.pk])
    response = teacher_client.post(url, {"base_version": 0, "level": "correct", "comment": "Good"}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200 and response["HX-Trigger"] == "review-saved"
    assert (
        html.lstrip().startswith("<article") and "Saved." in html and 'name="base_version" value="1"' in html
    )
    # a second decision made on the old page (version 0): conflict with both decisions shown
    response = teacher_client.post(url, {"base_version": 0, "level": "incorrect", "comment": "Wrong"}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 409  # a conflict fragment htmx swaps (studyguide/http.py)
    assert "Someone else decided on this answer first" in html and "Good" in html and "Wrong" in html
    assert "Apply mine instead" in html
    plain = teacher_client.post(url, {"base_version": 0, "level": "incorrect", "comment": "Wrong"})
    assert plain.status_code == 409 and "Decision history" in plain.content.decode()
    a.refresh_from_db()
    assert a.final_level == "correct"
    assert GradeDecision.objects.filter(answer=a, outcome="conflict").count() == 2


def test_bad_decision_input_is_reported(teacher_client, world):
    a = world.answers[0]
    url = reverse("quiz:review_decide", args=[world.cohort.pk, a.pk])
    response = teacher_client.post(url, {"base_version": 0, "level": "partial", "score": "abc"}, **HTMX)
    assert response.status_code == 422 and "between 0 and 1" in response.content.decode()
    response = teacher_client.post(url, {"base_version": 0})
    assert response.status_code == 302
    a.refresh_from_db()
    assert a.decided_by is None


def test_groups_page_and_group_grading(teacher_client, world):
    url = reverse("quiz:review_groups", args=[world.cohort.pk, world.item.item_id])
    html = teacher_client.get(url).content.decode()
    assert "Grade this group" in html and "4 answers in" in html
    ids = [world.answers[2].pk, world.answers[3].pk, world.b_answer.pk]  # cohort B's id is ignored
    data = {"answer": ids, "level": "incorrect", "comment": "Revise the rollout note."}
    data.update({f"version_{pk}": 0 for pk in ids})
    response = teacher_client.post(url, data)
    assert response.status_code == 302
    levels = dict(Answer.objects.filter(pk__in=ids).values_list("pk", "final_level"))
    assert levels[world.answers[2].pk] == levels[world.answers[3].pk] == "incorrect"
    world.b_answer.refresh_from_db()
    assert world.b_answer.decided_by is None


def test_release_and_anonymous_toggle(teacher_client, world):
    c, q = world.cohort.pk, world.quiz.pk
    teacher_client.post(reverse("quiz:review_anonymous", args=[c, q]), {"anonymous": "1"})
    world.quiz.refresh_from_db()
    assert world.quiz.anonymous_grading
    html = teacher_client.get(reverse("quiz:review_queue", args=[c, world.item.item_id])).content.decode()
    assert "Student " in html and "S2 Lastname" not in html
    teacher_client.post(reverse("quiz:review_release", args=[c, q]), {"action": "release"})
    world.quiz.refresh_from_db()
    assert world.quiz.released_at is not None
    html = teacher_client.get(reverse("quiz:review_queue", args=[c, world.item.item_id])).content.decode()
    assert "S2 Lastname" in html
    teacher_client.post(reverse("quiz:review_release", args=[c, q]), {"action": "withdraw"})
    world.quiz.refresh_from_db()
    assert world.quiz.released_at is None


def test_regrade_pages_dry_run_then_apply(teacher_client, world):
    from tests.quiz.review.test_services import _change_key

    _change_key(world.item)
    url = reverse("quiz:review_regrade", args=[world.cohort.pk, world.item.item_id])
    html = teacher_client.get(url).content.decode()
    assert "Dry run:" in html and "level:" in html and "Apply the regrade to 4 answers" in html
    assert set(Answer.objects.filter(attempt__quiz=world.quiz).values_list("key_version", flat=True)) == {1}
    html = teacher_client.post(url, {"scope": "stale"}).content.decode()
    assert "Done:" in html
    assert set(Answer.objects.filter(attempt__quiz=world.quiz).values_list("key_version", flat=True)) == {2}


def test_statistics_pages_render_svg(teacher_client, world):
    html = teacher_client.get(
        reverse("quiz:review_item_stats", args=[world.cohort.pk, "ch2-q1"])
    ).content.decode()
    assert html.count("<svg") == 2 and "Facility" in html and "adapt once" in html
    html = teacher_client.get(reverse("quiz:review_table", args=[world.cohort.pk])).content.decode()
    assert "<svg" in html and ">stu</a>" in html and "b_student" not in html
    html = teacher_client.get(
        reverse("quiz:review_student", args=[world.cohort.pk, world.students[1].pk])
    ).content
    assert b"<svg" in html
    assert (
        teacher_client.get(
            reverse("quiz:review_student", args=[world.cohort.pk, world.b_student.pk])
        ).status_code
        == 404
    )


def _csv(text: str):
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_export_download_and_command_escape_formulas(teacher_client, world):
    a = world.answers[0]
    Answer.objects.filter(pk=a.pk).update(text='=HYPERLINK("http://evil","x")')
    response = teacher_client.get(reverse("quiz:review_export", args=[world.cohort.pk]))
    assert response["Content-Type"].startswith("text/csv") and "attachment" in response["Content-Disposition"]
    rows = _csv(b"".join(response.streaming_content).decode())
    assert len(rows) == 4 and {r["cohort"] for r in rows} == {"Class A"}
    evil = next(r for r in rows if r["answer_id"] == str(a.pk))
    assert evil["answer_text"].startswith("'=HYPERLINK")
    out, err = io.StringIO(), io.StringIO()
    call_command("export_answers", "--cohort", "class a", "--format", "csv", stdout=out, stderr=err)
    rows2 = _csv(out.getvalue())
    assert [r["answer_id"] for r in rows2] == [r["answer_id"] for r in rows] and "4 answers" in err.getvalue()


def test_export_command_errors(world):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No cohort"):
        call_command("export_answers", "--cohort", "nope", stdout=io.StringIO())
    with pytest.raises(CommandError, match="Name the cohort"):
        call_command("export_answers", stdout=io.StringIO())


def test_student_regrade_request_flow(client, world):
    a = world.answers[0]
    url = reverse("quiz:regrade_request", args=[a.pk])
    client.force_login(world.students[1])
    assert client.get(url).status_code == 404  # not their answer
    client.force_login(world.students[0])
    assert client.get(url).status_code == 404  # grades not released yet
    world.quiz.released_at = world.quiz.created_at
    world.quiz.save()
    html = client.get(url).content.decode()
    assert "Why should the grade change?" in html
    html = client.post(url, {"reason": "I named all three steps."}, **HTMX).content.decode()
    assert "You asked for a regrade" in html
    assert RegradeRequest.objects.get(answer=a).reason == "I named all three steps."
    response = client.post(url, {"reason": "again", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == url  # no open redirect
    response = client.post(url, {"reason": "again", "next": "/\\evil.example/"})
    assert response.status_code == 302 and response["Location"] == url  # browsers read /\ as //
    assert RegradeRequest.objects.filter(answer=a).count() == 1
    # the teacher sees it first in the queue and on the cohort page
    client.force_login(world.teacher)
    html = client.get(
        reverse("quiz:review_queue", args=[world.cohort.pk, world.item.item_id])
    ).content.decode()
    first_card = html[html.index('class="answer-card') :][:120]
    assert "has-request" in first_card and "I named all three steps." in html
    assert (
        "I named all three steps."
        in client.get(reverse("quiz:review_cohort", args=[world.cohort.pk])).content.decode()
    )


def test_regrade_request_include_renders_for_the_owner_only(rf, world):
    from django.template.loader import render_to_string

    world.quiz.released_at = world.quiz.created_at
    world.quiz.save()
    a = Answer.objects.select_related("attempt__quiz").get(pk=world.answers[0].pk)
    request = rf.get("/quiz/")
    request.user = world.students[0]
    html = render_to_string("quiz/review/regrade_request.html#regrade-form", {"answer": a}, request=request)
    assert "Send request" in html
    request.user = world.students[1]
    assert "Send request" not in render_to_string(
        "quiz/review/regrade_request.html#regrade-form", {"answer": a}, request=request
    )


def test_create_demo_data_is_idempotent(world, course, stub_embedder):
    from studyguide.accounts.services import demo_accounts_create

    demo = demo_accounts_create(password="demo-password-123")
    out = io.StringIO()
    call_command("create_demo_data", stdout=out)
    cohort = demo["cohort"]
    from quiz.review.selectors import cohort_answers, open_requests

    answers = cohort_answers(cohort)
    n = answers.count()
    assert n >= 8 * 6 and "8 student(s) filled" in out.getvalue()
    levels = set(answers.values_list("final_level", flat=True))
    assert {"correct", "incorrect"} <= levels
    assert open_requests(cohort).count() == 1
    call_command("create_demo_data", stdout=out)
    assert cohort_answers(cohort).count() == n
