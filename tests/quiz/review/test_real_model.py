"""Teacher review through the real MiniLM embedder (few tests, one model load per module): answer groups and a
regrade dry run vs real run on the real question bank."""

import pytest

from quiz.models import Answer, Quiz
from quiz.review import regrade
from quiz.review import services as svc
from quiz.review.clustering import DEFAULT_THRESHOLD, cluster_texts
from tests.quiz.review.support import graded_answer, submitted_attempt

pytestmark = [pytest.mark.django_db, pytest.mark.real_model]


def test_real_embedder_groups_paraphrases_and_separates_different_answers(real_embedder):
    texts = [
        "It is a single number that tells you the accuracy of the model.",
        "It is one number showing how accurate the model is.",
        "Rows are the real classes and columns are the predicted ones.",
        "A table of actual labels against predicted labels; the diagonal counts the correct predictions.",
        "A matrix holding the weights of the model.",
    ]
    groups = cluster_texts(texts, real_embedder, threshold=DEFAULT_THRESHOLD)
    by_index = {i: g for g in groups for i in g.members}
    assert by_index[0] is by_index[1]
    assert len({id(by_index[i]) for i in (0, 2, 4)}) == 3


def test_regrade_with_the_real_grader_keeps_teacher_decisions(
    course, real_grader, teacher_user, student_user, make_user, cohort
):
    from quiz.services import quiz_create
    from studyguide.accounts.services import cohort_join
    from studyguide.course.models import Item, KeyPoint

    item = Item.objects.get(item_id="ch2-q18")
    quiz = quiz_create(teacher=teacher_user, title="Real", items=[item], mode=Quiz.Mode.EXAM, cohort=cohort)
    texts = [
        "Rows are the actual classes and columns the predicted ones; the diagonal shows correct predictions.",
        "It shows which classes the model confuses with each other.",
        "It is a single number that tells you the accuracy.",
    ]
    students = [student_user]
    for name in ("r2", "r3"):
        s = make_user(name)
        cohort_join(student=s, code=cohort.join_code)
        students.append(s)
    answers = [
        graded_answer(submitted_attempt(quiz, s), item, t, real_grader)
        for s, t in zip(students, texts, strict=True)
    ]
    svc.answer_decide(
        teacher=teacher_user, answer=answers[2], base_version=0, level="partial", comment="Kept"
    )
    # the key changes: the "confused classes" point is removed
    KeyPoint.objects.filter(item=item, label__icontains="confused").delete()
    item.key_version += 1
    item.save(update_fields=["key_version"])
    plan = regrade.regrade_plan(item=item, cohort=cohort, embedder=real_grader)
    assert plan.considered == 2 and plan.kept_teacher == 1
    assert Answer.objects.filter(item=item, key_version=1).count() == 3  # dry run wrote nothing
    plan2, run = regrade.regrade_run(teacher=teacher_user, item=item, cohort=cohort, embedder=real_grader)
    assert run.n_considered == 2 and len(plan2.changes) == len(plan.changes)
    kept = Answer.objects.get(pk=answers[2].pk)
    assert (kept.final_level, kept.teacher_comment, kept.key_version) == ("partial", "Kept", 1)
    assert Answer.objects.filter(item=item, key_version=2).count() == 2
