"""Assessment integrity: who sees an item's key and when, the exam hold of unsure grades, and scores that read
like their level. Real database and views; the stub embedder (or a fixed grade) stands in for the model."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quiz import holding, services
from quiz.grading import levels
from quiz.models import Answer, Attempt, Quiz, ReviewCard
from quiz.review import selectors as review_selectors
from quiz.review import services as review_services
from studyguide.course.models import Item
from tests.quiz import quiz_fixtures
from tests.quiz.quiz_fixtures import GOOD_ANSWER

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder

HTMX = {"HTTP_HX_REQUEST": "true"}
REFERENCE = "Start with manual operation alongside people"  # the bank item's reference answer
KEY_DETAIL = "Manual process first: humans check every prediction"  # one of its key-point details


def item_page(client, item_id="ch2-q1") -> str:
    return client.get(reverse("course:item", args=[item_id])).content.decode()


def practise(client, item_id="ch2-q1", text=GOOD_ANSWER, **extra):
    return client.post(
        reverse("quiz:practice_item", args=[item_id]),
        {"text": text, "submission_key": str(uuid.uuid4())},
        **extra,
    )


def start_exam(client, quiz) -> Attempt:
    response = client.post(reverse("quiz:quiz_start", args=[quiz.slug]))
    return Attempt.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))


# ---------------------------------------------------------------------------------------------------------
# Who sees the key
# ---------------------------------------------------------------------------------------------------------


def test_a_logged_out_visitor_never_sees_the_key(client, bank):
    html = item_page(client)
    assert "Why should a model be deployed gradually" in html  # the question itself is public
    assert REFERENCE not in html and KEY_DETAIL not in html and "validation accuracy is enough" not in html
    assert "Log in" in html


def test_a_student_sees_the_key_only_after_answering(client, student_user, bank, stub_embedder):
    client.force_login(student_user)
    html = item_page(client)
    assert REFERENCE not in html and KEY_DETAIL not in html and "Answer this question first" in html
    practise(client)
    html = item_page(client)
    assert REFERENCE in html and KEY_DETAIL in html and "validation accuracy is enough" in html


def test_another_students_answer_unlocks_nothing_for_me(
    client, student_user, other_student, bank, stub_embedder
):
    client.force_login(other_student)
    practise(client)
    assert REFERENCE in item_page(client)
    client.force_login(student_user)
    assert REFERENCE not in item_page(client)


def test_a_blank_or_ungraded_exam_draft_is_not_an_answer(client, student_user, bank):
    client.force_login(student_user)
    attempt = start_exam(client, bank["exam"])
    client.post(reverse("quiz:autosave", args=[attempt.pk]), {"ch2-q2-text": ""}, **HTMX)
    assert REFERENCE not in item_page(client)


def test_the_item_card_reads_the_key_rule_from_the_tries_it_shows(student_user, other_student, bank):
    """The card decides the key rule from the tries it lists (one query fewer); it must agree with the rule
    itself, including when every try shown is blank and only an older answer counts."""
    from quiz import selectors
    from studyguide.course.access import KeyAccess
    from studyguide.course.selectors import get_item

    item = get_item("ch2-q1")
    attempt = services.practice_attempt_start(student=student_user)

    def answer(text: str) -> None:
        Answer.objects.create(attempt=attempt, item=item, text=text, graded_at=timezone.now())

    def both() -> tuple[KeyAccess, KeyAccess]:
        _tries, access = selectors.tries_and_key_access(student_user, item, limit=3)
        return access, selectors.key_access_for_items(student_user, [item])[item.pk]

    assert both() == (KeyAccess.ANSWER_FIRST, KeyAccess.ANSWER_FIRST)
    answer("")
    assert both() == (KeyAccess.ANSWER_FIRST, KeyAccess.ANSWER_FIRST)
    Answer.objects.all().delete()
    answer(GOOD_ANSWER)
    for _ in range(3):
        answer("")  # the three tries shown are blank; the older answer still unlocks the key
    assert both() == (KeyAccess.VISIBLE, KeyAccess.VISIBLE)
    Answer.objects.all().delete()
    for _ in range(3):
        answer("")
    assert both() == (KeyAccess.ANSWER_FIRST, KeyAccess.ANSWER_FIRST)
    answer(GOOD_ANSWER)
    assert both() == (KeyAccess.VISIBLE, KeyAccess.VISIBLE)
    Attempt.objects.create(quiz=bank["exam"], student=student_user)  # sitting an exam holding the item
    assert both() == (KeyAccess.EXAM, KeyAccess.EXAM)
    assert selectors.tries_and_key_access(other_student, item)[1] == KeyAccess.ANSWER_FIRST


def test_teachers_always_see_the_key(teacher_client, bank):
    html = item_page(teacher_client)
    assert REFERENCE in html and KEY_DETAIL in html


def test_an_open_exam_hides_the_key_even_after_practice(
    client, student_user, other_student, bank, stub_embedder
):
    client.force_login(student_user)
    practise(client)
    practise(client, "ch2-q1-mc", text="")  # a variant practised too (blank: refused by the form, harmless)
    assert REFERENCE in item_page(client)
    practice_attempt = Attempt.objects.get(student=student_user, quiz__mode=Quiz.Mode.PRACTICE)
    attempt = start_exam(client, bank["exam"])

    # the study page, the variant's page, and an earlier practice result all hide it now
    html = item_page(client)
    assert REFERENCE not in html and KEY_DETAIL not in html and "sitting an exam" in html
    assert "Manual operation alongside people." not in item_page(client, "ch2-q1-mc")
    services.practice_attempt_finish(attempt=practice_attempt)
    result = client.get(reverse("quiz:result", args=[practice_attempt.pk])).content.decode()
    assert REFERENCE not in result and "run it in parallel with people" not in result
    assert "hidden while you sit an exam" in result

    # practising it is refused and stores nothing, with or without htmx
    n = Answer.objects.count()
    page = client.get(reverse("quiz:practice_item", args=["ch2-q1"])).content.decode()
    assert "sitting an exam that contains this question" in page and 'name="text"' not in page
    response = practise(client, **HTMX)
    assert response.status_code == 409 and "sitting an exam" in response.content.decode()
    response = practise(client)
    assert response.status_code == 302 and Answer.objects.count() == n
    assert "practise it after you submit the exam" in client.get(response["Location"]).content.decode()

    # another student's open exam locks nothing for them, and mine locks nothing for them either
    client.force_login(other_student)
    assert practise(client, **HTMX).status_code == 200

    # once the exam is submitted (grades shown at once), the key is back
    client.force_login(student_user)
    client.post(reverse("quiz:submit", args=[attempt.pk]), {"ch2-q1-text": GOOD_ANSWER})
    assert REFERENCE in item_page(client)


def test_someone_elses_open_exam_locks_nothing_for_me(
    client, student_user, other_student, bank, stub_embedder
):
    client.force_login(other_student)
    start_exam(client, bank["exam"])
    client.force_login(student_user)
    assert practise(client, **HTMX).status_code == 200
    assert REFERENCE in item_page(client)


def test_a_practice_result_shows_the_key_right_after_answering(student_client, bank, stub_embedder):
    html = practise(student_client, **HTMX).content.decode()
    assert "Reference answer" in html and REFERENCE in html


# ---------------------------------------------------------------------------------------------------------
# Unsure exam grades wait for the teacher
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def hold_everything(monkeypatch):
    """Every free-text exam grade counts as unsure (the real threshold depends on the grader's confidence)."""
    monkeypatch.setattr(holding, "HOLD_BELOW_CONFIDENCE", 1.01)


def test_an_unsure_exam_grade_waits_for_the_teacher(
    student_client, student_user, teacher_user, cohort, bank, stub_embedder, hold_everything
):
    quiz = services.quiz_create(
        teacher=teacher_user,
        title="Unit exam",
        cohort=cohort,
        mode=Quiz.Mode.EXAM,
        review_policy=Quiz.ReviewPolicy.AFTER_RELEASE,
        items=list(Item.objects.filter(item_id__in=["ch2-q1", "ch2-q4"])),
    )
    attempt = start_exam(student_client, quiz)
    student_client.post(
        reverse("quiz:submit", args=[attempt.pk]), {"ch2-q1-text": GOOD_ANSWER, "ch2-q4-text": "export"}
    )
    free = Answer.objects.get(attempt=attempt, item__item_id="ch2-q1")
    exact = Answer.objects.get(attempt=attempt, item__item_id="ch2-q4")
    assert free.auto_level in levels.LEVELS and free.final_level == "pending" and free.final_score is None
    assert exact.final_level == "correct"  # exact grades are certain: never held
    review_services.quiz_release(teacher=teacher_user, quiz=quiz)
    attempt.refresh_from_db()
    assert attempt.score == exact.final_score  # the held answer is not counted yet

    html = student_client.get(reverse("quiz:result", args=[attempt.pk])).content.decode()
    assert "Awaiting your teacher" in html and "your teacher will decide it" in html
    assert "run it in parallel with people" not in html  # the grader's feedback waits too

    # the teacher sees it first in the queue, marked, and decides it
    practice = Answer.objects.create(
        attempt=services.practice_attempt_start(student=student_user),
        item=free.item,
        text="something",
        auto_score=0.2,
        auto_level="incorrect",
        final_score=0.1,
        final_level="incorrect",
        confidence=0.01,  # less confident than the held answer, but not held: it comes after
        graded_at=free.graded_at,
    )
    queue = review_selectors.review_queue(cohort, free.item)
    assert [e.answer.pk for e in queue][:2] == [free.pk, practice.pk] and queue[0].held
    teacher_client = Client()
    teacher_client.force_login(teacher_user)
    queue_html = teacher_client.get(reverse("quiz:review_queue", args=[cohort.pk, "ch2-q1"])).content.decode()
    assert "held for you" in queue_html
    assert not ReviewCard.objects.filter(
        student=student_user, item=free.item
    ).exists()  # nothing to review yet
    review_services.answer_decide(
        teacher=teacher_user, answer=free, base_version=free.grade_version, level="partial"
    )
    html = student_client.get(reverse("quiz:result", args=[attempt.pk])).content.decode()
    assert "Awaiting your teacher" not in html and "decided by your teacher" in html
    # once decided, a partly right answer enters spaced review like any released grade
    assert ReviewCard.objects.filter(student=student_user, item=free.item).exists()


def test_practice_grades_are_never_held(student_client, bank, stub_embedder, hold_everything):
    practise(student_client)
    answer = Answer.objects.get()
    assert answer.final_level == answer.auto_level != "pending"


def test_the_open_built_in_exam_has_no_teacher_to_wait_for(
    student_client, bank, stub_embedder, hold_everything
):
    attempt = start_exam(student_client, bank["exam"])
    student_client.post(reverse("quiz:submit", args=[attempt.pk]), {"ch2-q1-text": GOOD_ANSWER})
    answer = Answer.objects.get(attempt=attempt, item__item_id="ch2-q1")
    assert answer.final_level == answer.auto_level != "pending"


def test_the_hold_threshold_rule():
    assert holding.held_for_teacher(kind="free_text", exam=True, text="x", confidence=0.1)
    assert not holding.held_for_teacher(kind="free_text", exam=True, text="x", confidence=0.9)
    assert not holding.held_for_teacher(kind="free_text", exam=False, text="x", confidence=0.1)
    assert not holding.held_for_teacher(kind="free_text", exam=True, text="  ", confidence=0.1)  # blank
    assert not holding.held_for_teacher(kind="multiple_choice", exam=True, text="", confidence=0.1)


# ---------------------------------------------------------------------------------------------------------
# The score shown reads like the level
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cutoffs", [(0.66, 0.83), (0.3, 0.5), (0.5, 0.999), None])
def test_shown_scores_stay_in_their_level_band_and_keep_their_order(cutoffs):
    for level in levels.LEVELS:
        shown = [levels.shown_score(s / 100, level, cutoffs) for s in range(101)]
        assert all(levels.score_fits_level(x, level) for x in shown)
        assert shown == sorted(shown)  # monotone
    assert max(levels.SCORE_BANDS[levels.INCORRECT]) < 0.5  # a wrong answer never reads like a pass
    assert all(levels.score_fits_level(levels.DEFAULT_SCORE[lv], lv) for lv in levels.LEVELS)


class FixedGrade:
    """A grader result whose level and raw score we choose: a wrong answer scored just under the cut-off."""

    score, level, confidence = 0.62, levels.INCORRECT, 0.9

    def to_dict(self):
        return {
            "score": self.score,
            "level": self.level,
            "confidence": self.confidence,
            "points": [],
            "misconceptions": [],
            "hints": [],
            "features": {},
            "cutoffs": [0.66, 0.83],
        }


def test_a_wrong_answer_never_reads_like_a_pass(student_client, bank, stub_embedder, monkeypatch):
    monkeypatch.setattr(services.grading, "grade", lambda *a, **k: FixedGrade())
    html = practise(student_client, **HTMX).content.decode()
    answer = Answer.objects.get()
    assert answer.auto_score == 0.62 and answer.final_level == "incorrect"
    assert answer.final_score <= 0.4
    head = html[html.index('class="result-head"') :]
    assert head.index("Incorrect") < head.index(f"{round(answer.final_score * 100)}%")  # level first
    assert "62 %" not in html and "62%" not in html


def test_an_old_raw_score_is_shown_inside_its_band(student_client, bank, stub_embedder):
    practise(student_client)
    answer = Answer.objects.get()
    Answer.objects.filter(pk=answer.pk).update(final_level="incorrect", final_score=0.55)
    answer.refresh_from_db()
    assert answer.shown_score == 0.4
    html = student_client.get(reverse("quiz:practice_item", args=["ch2-q1"]) + f"?answer={answer.pk}")
    assert "55%" not in html.content.decode() and "40%" in html.content.decode()


def test_a_teacher_score_must_fit_its_level(teacher_user, student_user, cohort, bank, stub_embedder):
    answer, _ = services.practice_answer_submit(
        attempt=services.practice_attempt_start(student=student_user),
        item=Item.objects.get(item_id="ch2-q1"),
        data=services.AnswerData(text="no idea"),
        submission_key=uuid.uuid4(),
    )
    with pytest.raises(review_services.ReviewError, match="does not read as"):
        review_services.answer_decide(
            teacher=teacher_user,
            answer=answer,
            base_version=answer.grade_version,
            level="incorrect",
            score="0.55",
        )
    review_services.answer_decide(
        teacher=teacher_user, answer=answer, base_version=answer.grade_version, level="incorrect", score="0.2"
    )
    answer.refresh_from_db()
    assert (answer.final_level, answer.final_score) == ("incorrect", 0.2)


def test_the_review_page_refuses_a_score_that_contradicts_the_level(
    client, teacher_user, student_user, cohort, bank, stub_embedder
):
    answer, _ = services.practice_answer_submit(
        attempt=services.practice_attempt_start(student=student_user),
        item=Item.objects.get(item_id="ch2-q1"),
        data=services.AnswerData(text="no idea"),
        submission_key=uuid.uuid4(),
    )
    client.force_login(teacher_user)
    url = reverse("quiz:review_decide", args=[cohort.pk, answer.pk])
    data = {"base_version": answer.grade_version, "level": "incorrect", "score": "0.55", "action": "save"}
    response = client.post(url, data, **HTMX)
    assert response.status_code == 422 and "does not read as" in response.content.decode()
    answer.refresh_from_db()
    assert answer.decided_by is None
