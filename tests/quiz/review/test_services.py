"""Review services and selectors on the real database: decisions, conflicts, groups, regrade, release,
anonymity, regrade requests, cut-off adaptation."""

import pytest

from quiz.grading import levels
from quiz.holding import HOLD_BELOW_CONFIDENCE, grade_cutoffs
from quiz.models import Answer, Attempt, GradeDecision, ItemCutoffs, RegradeRequest, RegradeRun
from quiz.review import gradebook, regrade
from quiz.review import selectors as sel
from quiz.review import services as svc
from studyguide.course.models import KeyPoint
from tests.quiz.review import support
from tests.quiz.review.support import graded_answer, submitted_attempt

pytestmark = pytest.mark.django_db

bank = support.bank
stub_embedder = support.stub_embedder
world = support.world


def test_decision_wins_is_logged_and_updates_the_attempt_score(world):
    a = world.answers[2]
    before_auto = (a.auto_score, a.auto_level)
    d = svc.answer_decide(
        teacher=world.teacher,
        answer=a,
        base_version=a.grade_version,
        level="partial",
        score="0.6",
        comment="Why?",
    )
    a.refresh_from_db()
    assert (a.final_level, a.final_score, a.teacher_comment) == ("partial", 0.6, "Why?")
    assert a.decided_by == world.teacher and a.decided_at is not None and a.grade_version == 1
    assert (a.auto_score, a.auto_level) == before_auto  # the automatic grade is kept apart
    assert d.outcome == "applied" and d.previous_level == before_auto[1] and d.base_version == 0
    assert Attempt.objects.get(pk=a.attempt_id).score == pytest.approx(0.6)


def test_confirm_takes_the_automatic_grade_and_level_only_keeps_scores_sensibly(world):
    a = world.answers[0]
    svc.answer_decide(teacher=world.teacher, answer=a, base_version=0, confirm=True)
    a.refresh_from_db()
    # the student sees the automatic level, its score placed in the level's band
    assert a.final_level == a.auto_level
    cutoffs = grade_cutoffs(a.evidence, "free_text")
    assert a.final_score == levels.shown_score(a.auto_score, a.auto_level, cutoffs)
    assert levels.score_fits_level(a.final_score, a.final_level)
    assert GradeDecision.objects.get(answer=a).confirmed_auto
    b = world.answers[3]
    svc.answer_decide(teacher=world.teacher, answer=b, base_version=0, level="correct")
    b.refresh_from_db()
    assert b.final_score == 1.0
    with pytest.raises(svc.ReviewError):
        svc.answer_decide(teacher=world.teacher, answer=b, base_version=1, level="excellent")
    with pytest.raises(svc.ReviewError):
        svc.answer_decide(teacher=world.teacher, answer=b, base_version=1, level="partial", score="1.5")


def test_two_teachers_at_once_the_second_gets_a_conflict_and_nothing_is_lost(world, make_user):
    from studyguide.accounts.services import user_make_teacher

    co = make_user("coteacher")
    user_make_teacher(user=co)
    world.cohort.teachers.add(co)
    a = world.answers[1]
    seen = a.grade_version  # both loaded the page at this version
    svc.answer_decide(teacher=world.teacher, answer=a, base_version=seen, level="correct", comment="first")
    with pytest.raises(svc.DecisionConflict) as exc:
        svc.answer_decide(teacher=co, answer=a, base_version=seen, level="incorrect", comment="second")
    conflict = exc.value
    assert conflict.current.final_level == "correct" and conflict.current.teacher_comment == "first"
    assert conflict.attempted.outcome == "conflict" and conflict.attempted.comment == "second"
    a.refresh_from_db()
    assert a.final_level == "correct" and a.decided_by == world.teacher
    log = list(
        GradeDecision.objects.filter(answer=a).order_by("created_at", "id").values_list("outcome", "teacher")
    )
    assert log == [("applied", world.teacher.pk), ("conflict", co.pk)]
    # the second teacher may now apply theirs knowingly, on the current version
    svc.answer_decide(teacher=co, answer=a, base_version=conflict.current.grade_version, level="incorrect")
    a.refresh_from_db()
    assert a.final_level == "incorrect" and a.decided_by == co


def test_group_grading_applies_one_decision_to_each_member_and_skips_decided_ones(world):
    first, second, third = world.answers[1], world.answers[2], world.answers[3]
    svc.answer_decide(teacher=world.teacher, answer=third, base_version=0, level="partial")
    third.refresh_from_db()
    stale = {first.pk: first.grade_version, second.pk: 99, third.pk: third.grade_version}
    out = svc.answer_group_decide(
        teacher=world.teacher,
        answers=[first, second, third],
        versions=stale,
        level="incorrect",
        comment="See notes",
    )
    assert out.applied == [first.pk]
    assert out.skipped_decided == [third.pk]
    assert [c.current.pk for c in out.conflicts] == [second.pk]
    first.refresh_from_db()
    assert first.final_level == "incorrect" and first.teacher_comment == "See notes"
    assert GradeDecision.objects.get(answer=first).source == "cluster"
    # adjust one member afterwards
    svc.answer_decide(teacher=world.teacher, answer=first, base_version=first.grade_version, level="partial")
    first.refresh_from_db()
    assert first.final_level == "partial"
    assert GradeDecision.objects.filter(answer=first, outcome="applied").count() == 2


def _change_key(item):
    """A key change that makes the 'parallel' answers weaker: the first key point now wants other words."""
    kp = KeyPoint.objects.get(item=item, order=0)
    kp.label = "shadow deployment with logging"
    kp.detail = "Run a shadow deployment that logs predictions without acting on them."
    kp.phrasings = ["shadow deployment", "logs predictions", "without acting"]
    kp.save()
    item.key_version += 1
    item.save(update_fields=["key_version"])


def test_regrade_dry_run_changes_nothing_and_real_run_never_touches_teacher_decisions(world):
    decided = world.answers[1]
    svc.answer_decide(teacher=world.teacher, answer=decided, base_version=0, level="correct", comment="kept")
    _change_key(world.item)
    before = {a.pk: (a.auto_score, a.final_level) for a in Answer.objects.all()}

    plan = regrade.regrade_plan(item=world.item, cohort=world.cohort, embedder=world.embedder)
    assert plan.dry_run and plan.kept_teacher == 1 and plan.considered == 3
    assert {a.pk: (a.auto_score, a.final_level) for a in Answer.objects.all()} == before  # dry run: no writes
    assert plan.summary.startswith(f"{len(plan.changes)} answer")
    assert f"{plan.up} up, {plan.down} down" in plan.summary
    assert len(plan.changes) + plan.score_changes >= 1

    plan2, run = regrade.regrade_run(
        teacher=world.teacher, item=world.item, cohort=world.cohort, embedder=world.embedder
    )
    assert [c.answer_id for c in plan2.changes] == [c.answer_id for c in plan.changes]
    assert isinstance(run, RegradeRun) and run.n_kept_teacher == 1 and run.n_considered == 3
    decided.refresh_from_db()
    assert (decided.final_level, decided.teacher_comment, decided.key_version) == ("correct", "kept", 1)
    for a in Answer.objects.filter(attempt__quiz=world.quiz).exclude(pk=decided.pk):
        # the regrade keeps the exam hold: an unsure grade still waits for the teacher
        held = a.confidence < HOLD_BELOW_CONFIDENCE
        assert a.key_version == world.item.key_version
        assert a.final_level == ("pending" if held else a.auto_level)
    # the other cohort's answer is not regraded by this teacher
    world.b_answer.refresh_from_db()
    assert world.b_answer.key_version == 1
    # a second dry run (stale scope) has nothing left to do
    again = regrade.regrade_plan(item=world.item, cohort=world.cohort, embedder=world.embedder)
    assert again.considered == 0 and again.kept_teacher == 1


def test_anonymous_grading_hides_names_until_release(world):
    world.quiz.anonymous_grading = True
    world.quiz.save()
    names = [e.name for e in sel.review_queue(world.cohort, world.item, show="all")]
    assert all(n.startswith("Student ") for n in names) and not any("stu" in n or "S2" in n for n in names)
    assert len(set(names)) == 4
    rows = list(gradebook.export_rows(world.cohort))
    assert all(r["student"].startswith("Student ") and r["student_name"] == "" for r in rows)
    svc.quiz_release(teacher=world.teacher, quiz=world.quiz)
    world.quiz.refresh_from_db()
    assert world.quiz.released_at is not None and world.quiz.released_by == world.teacher
    names = {e.name for e in sel.review_queue(world.cohort, world.item, show="all")}
    assert "stu" in names and "S2 Lastname (s2)" in names


def test_queue_orders_requests_then_least_confident_and_hides_decided(world):
    entries = sel.review_queue(world.cohort, world.item)
    confs = [e.answer.confidence for e in entries]
    assert confs == sorted(confs)
    svc.quiz_release(teacher=world.teacher, quiz=world.quiz)
    target = world.answers[0]
    svc.answer_decide(teacher=world.teacher, answer=target, base_version=0, confirm=True)
    assert target.pk not in [e.answer.pk for e in sel.review_queue(world.cohort, world.item)]
    target.refresh_from_db()
    req = svc.regrade_request_create(
        student=world.students[0], answer=target, reason="I covered the rollout steps."
    )
    first = sel.review_queue(world.cohort, world.item)[0]
    assert first.answer.pk == target.pk and first.request == req
    # the teacher's next decision resolves it
    svc.answer_decide(
        teacher=world.teacher, answer=target, base_version=target.grade_version, level="correct"
    )
    req.refresh_from_db()
    assert req.status == "resolved" and req.resolved_by == world.teacher
    assert req.decision.source == GradeDecision.Source.REGRADE_REQUEST


def test_regrade_request_rules(world):
    a = world.answers[0]
    with pytest.raises(svc.ReviewError, match="no visible grade"):
        svc.regrade_request_create(student=world.students[0], answer=a, reason="please")  # not released yet
    svc.quiz_release(teacher=world.teacher, quiz=world.quiz)
    a = Answer.objects.select_related("attempt__quiz").get(pk=a.pk)
    with pytest.raises(svc.ReviewError, match="your own"):
        svc.regrade_request_create(student=world.students[1], answer=a, reason="please")
    with pytest.raises(svc.ReviewError, match="why"):
        svc.regrade_request_create(student=world.students[0], answer=a, reason="   ")
    svc.regrade_request_create(student=world.students[0], answer=a, reason="please look")
    with pytest.raises(svc.ReviewError, match="already"):
        svc.regrade_request_create(student=world.students[0], answer=a, reason="again")
    assert RegradeRequest.objects.filter(answer=a).count() == 1


def test_cutoffs_adapt_after_enough_teacher_decisions(world):
    from quiz.review.adaptation import MIN_DECISIONS

    quiz, item, emb = world.quiz, world.item, world.embedder
    texts = [
        "Run it in parallel with people.",
        "A limited scope trial first.",
        "Expand gradually with good reporting.",
        "Run it in parallel, then a limited scope trial, then expand gradually with good reporting.",
        "Just deploy it.",
        "Humans check every prediction in a manual process alongside the model.",
        "Do a small trial in one region.",
        "No idea.",
    ]
    extra = []
    for i, t in enumerate(texts):
        s = world.students[i % len(world.students)]
        extra.append(graded_answer(submitted_attempt(quiz, s), item, t, emb))
    pool = world.answers + extra
    for a in pool[: MIN_DECISIONS - 1]:
        svc.answer_decide(teacher=world.teacher, answer=a, base_version=a.grade_version, level="incorrect")
    assert not ItemCutoffs.objects.filter(item=item).exists()
    for a in pool[MIN_DECISIONS - 1 :]:
        # a very strict teacher: everything is incorrect unless nearly perfect
        level = "correct" if (a.auto_score or 0) > 0.95 else "incorrect"
        svc.answer_decide(teacher=world.teacher, answer=a, base_version=a.grade_version, level=level)
    row = ItemCutoffs.objects.get(item=item)
    assert row.fitted_on == len(pool) and row.folds == 5
    assert 0 <= row.agreement_before <= 1 and 0 <= row.agreement_after <= 1
    assert row.active == (row.agreement_after >= row.agreement_before)
    stats = sel.item_statistics(world.cohort, item)
    assert stats.n_decided == len(pool) and stats.cutoffs == row
    assert sel.active_cutoffs(item) == (row.cutoffs if row.active else None)


def test_statistics_table_and_progress(world):
    stats = sel.item_statistics(world.cohort, world.item)
    assert stats.n_answers == 4 and sum(stats.levels.values()) == 4
    assert 0 <= stats.facility <= 1 and stats.n_with_evidence == 4
    assert stats.missed and all(n <= 4 for _, n in stats.missed)
    table = gradebook.cohort_table(world.cohort)
    assert [it.item_id for it in table.items] == ["ch2-q1"]
    assert [r["student"].username for r in table.rows] == ["s2", "s3", "s4", "stu"]
    assert all(r["cells"][0] is not None for r in table.rows)
    progress = sel.student_progress(world.cohort, world.students[0])
    assert len(progress.points) == 1 and progress.items[0]["tries"] == 1
    items = sel.cohort_items(world.cohort)
    assert items[0].n_answers == 4 and items[0].n_to_review == 4
    # cohort B's answer never shows in cohort A
    assert world.b_answer.pk not in set(sel.cohort_answers(world.cohort).values_list("pk", flat=True))
