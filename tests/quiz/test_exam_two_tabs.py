"""Issue 12, finding 4: exam autosave posted the whole form, so a stale second tab or device erased answers
written in the first (q1's text replaced by an empty string). Autosave is now per item with per-item
versions; a stale save is a 409 conflict showing both answers, and the final submit never overwrites a newer
per-item save with a stale one. These tests drive two "tabs" through the test client, each posting exactly
what its page holds (the hidden version and fingerprint of every item included)."""

import re

import pytest
from django.urls import reverse

from quiz.models import Answer, Attempt
from tests.quiz import quiz_fixtures

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder
HTMX = {"HTTP_HX_REQUEST": "true"}
HIDDEN = re.compile(r'<input type="hidden" name="(ch2-[\w-]+)" value="([^"]*)"')


class Tab:
    """One browser tab on the exam page: the hidden inputs it holds, updated by its autosave answers."""

    def __init__(self, client, attempt):
        self.client, self.attempt = client, attempt
        html = client.get(reverse("quiz:attempt", args=[attempt.pk])).content.decode()
        self.hidden = dict(HIDDEN.findall(html))
        self.texts = {
            m[0]: m[1].strip() for m in re.findall(r'name="(ch2-[\w-]+-text)"[^>]*>\n?([^<]*)</', html)
        }

    def item_fields(self, item_id: str) -> dict:
        return {k: v for k, v in self.hidden.items() if k.startswith(f"{item_id}-")}

    def autosave(self, item_id: str, text: str, **extra):
        """What htmx posts when the student types in one item (hx-params: that item's fields only)."""
        self.texts[f"{item_id}-text"] = text
        data = {**self.item_fields(item_id), f"{item_id}-text": text, **extra}
        response = self.client.post(reverse("quiz:autosave", args=[self.attempt.pk]), data, **HTMX)
        self.hidden.update(HIDDEN.findall(response.content.decode()))  # the out-of-band version update
        return response

    def whole_form(self) -> dict:
        return {**self.hidden, **self.texts}

    def submit(self):
        return self.client.post(reverse("quiz:submit", args=[self.attempt.pk]), self.whole_form())

    def save_draft_without_js(self):
        return self.client.post(reverse("quiz:autosave", args=[self.attempt.pk]), self.whole_form())


@pytest.fixture
def attempt(student_client, bank):
    response = student_client.post(reverse("quiz:quiz_start", args=[bank["exam"].slug]))
    return Attempt.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))


def text_of(attempt, item_id):
    return Answer.objects.get(attempt=attempt, item__item_id=item_id).text


def test_a_stale_tabs_submit_keeps_the_first_tabs_answer(student_client, attempt, stub_embedder):
    first, stale = Tab(student_client, attempt), Tab(student_client, attempt)
    assert first.autosave("ch2-q1", "Run it in parallel with people first.").status_code == 200
    assert stale.autosave("ch2-q4", "learn.export").status_code == 200  # another item: no conflict
    response = stale.submit()  # still holds an empty, untouched q1
    assert response.status_code == 302 and response["Location"] == reverse("quiz:result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.status == "submitted"
    assert text_of(attempt, "ch2-q1") == "Run it in parallel with people first."
    assert text_of(attempt, "ch2-q4") == "learn.export"


def test_a_stale_autosave_of_the_same_item_is_a_409_with_both_answers(student_client, attempt):
    first, stale = Tab(student_client, attempt), Tab(student_client, attempt)
    first.autosave("ch2-q1", "Answer from the first tab")
    response = stale.autosave("ch2-q1", "Answer from the second tab")
    html = response.content.decode()
    assert response.status_code == 409  # a fragment htmx swaps (studyguide/http.py)
    assert "Answer from the first tab" in html and "Answer from the second tab" in html
    assert "changed in another tab" in html and 'name="ch2-q1-resolve"' in html
    assert text_of(attempt, "ch2-q1") == "Answer from the first tab"  # nothing lost, nothing overwritten
    # the stale tab keeps getting the conflict until the student decides...
    assert stale.autosave("ch2-q1", "Answer from the second tab, edited").status_code == 409
    # ...and "save mine over the other version" names the version the student has seen
    their_version = re.search(r'name="ch2-q1-resolve" value="(\d+)"', html).group(1)
    response = stale.autosave(
        "ch2-q1", "Answer from the second tab, edited", **{"ch2-q1-resolve": their_version}
    )
    assert response.status_code == 200
    assert text_of(attempt, "ch2-q1") == "Answer from the second tab, edited"
    # now the first tab is the stale one for q1
    assert first.autosave("ch2-q1", "First tab again").status_code == 409


def test_a_stale_submit_with_a_changed_answer_is_not_applied(student_client, attempt, stub_embedder):
    first, stale = Tab(student_client, attempt), Tab(student_client, attempt)
    first.autosave("ch2-q1", "Newer answer")
    stale.texts["ch2-q1-text"] = "Older tab's different answer"
    response = stale.submit()
    html = response.content.decode()
    assert response.status_code == 409
    assert "Newer answer" in html and "Older tab&#x27;s different answer" in html
    attempt.refresh_from_db()
    assert attempt.status == "in_progress" and text_of(attempt, "ch2-q1") == "Newer answer"
    # the first tab's submit goes through
    assert first.submit().status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and text_of(attempt, "ch2-q1") == "Newer answer"


def test_save_draft_without_javascript_from_a_stale_tab(student_client, attempt):
    first, stale = Tab(student_client, attempt), Tab(student_client, attempt)
    first.autosave("ch2-q1", "Kept")
    stale.texts["ch2-fr1-text"] = "My plan"
    response = stale.save_draft_without_js()
    assert response.status_code == 302
    assert text_of(attempt, "ch2-q1") == "Kept" and text_of(attempt, "ch2-fr1") == "My plan"


def test_versions_grow_per_item_and_a_no_op_is_never_a_conflict(student_client, attempt):
    first, stale = Tab(student_client, attempt), Tab(student_client, attempt)
    first.autosave("ch2-q1", "Same text")
    assert stale.autosave("ch2-q1", "Same text").status_code == 200
    first.autosave("ch2-q1", "Same text, longer")
    assert Answer.objects.get(attempt=attempt, item__item_id="ch2-q1").draft_version == 2
    assert first.hidden["ch2-q1-base"] == "2"
