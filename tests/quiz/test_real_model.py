"""Grading through the real MiniLM embedder (few tests, one model load per module)."""

import uuid

import pytest
from django.urls import reverse

from quiz.models import Answer
from studyguide.course.models import Item

pytestmark = [pytest.mark.django_db, pytest.mark.real_model]


def test_practice_free_text_with_the_real_model(student_client, course, real_grader):
    url = reverse("quiz:practice_item", args=["ch2-q27"])
    good = (
        "First you run it by hand next to the old process, with people checking every output. "
        "Then you let it act in a small area for a short time under close watch. "
        "Finally you widen it bit by bit while reporting on how it behaves."
    )
    poor = "You should train the model on more data and use a bigger GPU."
    html = student_client.post(
        url, {"text": good, "submission_key": str(uuid.uuid4())}, HTTP_HX_REQUEST="true"
    )
    html = html.content.decode()
    student_client.post(url, {"text": poor, "submission_key": str(uuid.uuid4())})
    good_answer, poor_answer = Answer.objects.order_by("pk")
    assert good_answer.final_score > poor_answer.final_score
    assert poor_answer.final_level == "incorrect"
    covered = [p for p in good_answer.evidence["points"] if p["status"] in ("covered", "unclear")]
    assert len(covered) >= 2 and all(p["quote"] for p in covered)
    assert "You wrote:" in html
    # practice hints name the idea a point is about, never its answer
    hints = Answer.objects.get(pk=poor_answer.pk).evidence["hints"]
    assert hints and all(h.startswith(("Did you cover", "Could you say more about")) for h in hints)
    for point in Item.objects.get(item_id="ch2-q27").key_points.all():
        assert not any(phrase.lower() in " ".join(hints).lower() for phrase in point.phrasings), point.label
