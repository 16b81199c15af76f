"""An exam's answers are encoded together (one encoder call per batch, not per answer) and graded exactly as
one by one. Real model; the time a long exam takes is measured by `manage.py bench_pages`, not here."""

import math

import pytest
from django.contrib.auth import get_user_model

from quiz import exam_services, grading, services
from quiz.grading.batch import key_texts, with_answers_encoded
from quiz.keys import item_key_from
from quiz.models import QuizItem
from studyguide.bench.grading import long_answer
from studyguide.course.models import Item
from studyguide.course.selectors import items_with_key
from studyguide.embeddings import PrefetchedTokens
from studyguide.embeddings.runtime import MAX_BATCH_TOKENS, MAX_BATCH_WINDOWS

pytestmark = [pytest.mark.django_db, pytest.mark.real_model]


def exam_items():
    exam = services.builtin_quizzes_ensure()["exam"]
    ids = QuizItem.objects.filter(quiz=exam).values("item_id")
    return exam, list(items_with_key().filter(pk__in=ids).order_by("order"))


def test_an_exam_is_encoded_in_batches_and_graded_as_one_by_one(course, real_grader):
    embedder = real_grader
    exam, items = exam_items()
    assert len(items) == 31
    student = get_user_model().objects.create_user("batch-student")
    drafts = {item: services.AnswerData(text=long_answer(item, 1200)) for item in items}
    free_text = [i for i in items if i.kind == Item.Kind.FREE_TEXT]
    # Keys first (cached like in a warm worker), so the calls counted below are the answers'.
    embedder.encode_tokens_many([t for i in free_text for t in key_texts(item_key_from(i))], cache=True)
    attempt = services.attempt_start(quiz=exam, student=student)
    before = embedder.calls
    exam_services.exam_submit(attempt=attempt, drafts=drafts)
    calls = embedder.calls - before
    windows = sum(
        math.ceil(len(embedder.tokenizer.encode(grading.clean_answer(drafts[i].text)).ids) / 254)
        for i in free_text
    )
    per_batch = min(MAX_BATCH_WINDOWS, MAX_BATCH_TOKENS // embedder.max_tokens)
    assert calls <= math.ceil(windows / per_batch) + 1 < len(free_text)
    for answer in attempt.answers.select_related("item"):
        if answer.item.kind != Item.Kind.FREE_TEXT:
            continue
        alone = grading.grade(answer.text, item_key_from(answer.item), embedder)
        assert answer.auto_level == alone.level
        assert answer.auto_score == pytest.approx(alone.score, abs=2e-4)
        assert [p["status"] for p in answer.evidence["points"]] == [p.status for p in alone.points]


def test_an_embedder_without_batching_is_left_alone():
    class Plain:
        def encode(self, texts):
            raise AssertionError("not called")

    plain = Plain()
    key = grading.ItemKey(item_id="x", question="Why?", reference_answer="Because.", key_points=())
    assert with_answers_encoded(plain, [("an answer", key)]) is plain


def test_blank_and_wordless_answers_are_not_encoded(real_embedder):
    key = grading.ItemKey(item_id="x", question="Why?", reference_answer="Because.", key_points=())
    wrapped = with_answers_encoded(real_embedder, [("  ", key), ("!!!", key), ("A real answer.", key)])
    assert isinstance(wrapped, PrefetchedTokens) and list(wrapped.encodings) == ["A real answer."]
