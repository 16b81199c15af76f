"""Real browser: a practice tab left open while the student starts an exam in another tab. Submitting the old
practice form is refused in place (the 409 fragment is swapped, not a generic error banner) and the study
page hides the key until the exam is submitted."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser import log_in
from tests.quiz import quiz_fixtures
from tests.quiz.quiz_fixtures import GOOD_ANSWER

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder


def test_an_exam_started_in_another_tab_locks_practice_and_the_key(
    live_server, page: Page, student_user, bank, stub_embedder, artifacts_dir
):
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/practice/ch2-q1/")
    expect(page.get_by_label("Your answer")).to_be_visible()

    exam_tab = page.context.new_page()
    exam_tab.goto(live_server.url + "/quiz/q/chapter-2-exam/")
    exam_tab.get_by_role("button", name="Start").click()
    expect(exam_tab.get_by_role("heading", name="Chapter 2 — exam")).to_be_visible()

    page.get_by_label("Your answer").fill(GOOD_ANSWER)
    page.get_by_role("button", name="Check my answer").click()
    card = page.locator("#item-ch2-q1")
    expect(card.get_by_text("You are sitting an exam that contains this question")).to_be_visible()
    expect(card.locator("details.reference")).to_have_count(0)
    expect(page.locator("#htmx-error")).to_be_hidden()
    page.screenshot(path=str(artifacts_dir / "quiz-exam-lock.png"), full_page=True)

    page.goto(live_server.url + "/study/items/ch2-q1/")
    expect(page.get_by_text("stay hidden")).to_be_visible()
    expect(page.get_by_text("Show the reference answer and key points")).to_have_count(0)

    exam_tab.locator('textarea[name="ch2-q1-text"]').fill(GOOD_ANSWER)  # answered in the exam this time
    exam_tab.get_by_role("button", name="Submit the exam").click()
    exam_tab.get_by_role("button", name="Yes, submit my exam").click()  # the confirmation step
    expect(exam_tab.get_by_text("Exam submitted.")).to_be_visible()
    page.reload()
    expect(page.get_by_text("Show the reference answer and key points")).to_be_visible()
