"""Real browser (Debian Chromium via Playwright): practise a free-text item with htmx, exam autosave + reload.

The grader runs with the stub embedder (``QUIZ_EMBEDDER`` hook) so the page stays fast; the real model is
exercised in test_real_model.py.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import log_in
from tests.quiz import quiz_fixtures
from tests.quiz.quiz_fixtures import GOOD_ANSWER

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder


def test_practise_a_free_text_item_and_see_key_point_feedback(
    live_server, page: Page, student_user, bank, stub_embedder, artifacts_dir
):
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/practice/ch2-q1/")
    url_before = page.url
    page.get_by_label("Your answer").fill(GOOD_ANSWER + " <script>window.pwned = 1</script>")
    page.get_by_role("button", name="Check my answer").click()
    card = page.locator("#item-ch2-q1")
    expect(card.get_by_role("heading", name="Key points")).to_be_visible()
    expect(card.get_by_text("run it in parallel with people")).to_be_visible()
    expect(card.get_by_text("You wrote:").first).to_be_visible()
    expect(card.get_by_text("Reference answer")).to_be_visible()
    assert page.url == url_before  # replaced in place by htmx, no navigation
    assert page.evaluate("window.pwned === undefined")
    page.screenshot(path=str(artifacts_dir / "quiz-practice-feedback.png"), full_page=True)

    card.get_by_role("link", name="Try again").click()
    expect(page.get_by_label("Your answer")).to_be_visible()
    expect(page.get_by_text("Your previous tries (1)")).to_be_visible()  # the graded try, kept


def test_ordering_with_up_down_buttons(live_server, page: Page, student_user, bank):
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/practice/ch2-q3/")
    steps = page.locator(".ordering-step .step-text")
    # bring the correct steps to the top with the move buttons, in order, and leave the distractor out
    for target, text in enumerate(["Manual process", "Limited scope", "Gradual expansion"]):
        for _ in range(5):
            if steps.nth(target).inner_text() == text:
                break
            page.get_by_role("button", name=f"Move “{text}” up").click()
    page.get_by_label("Skip monitoring", exact=True).select_option("")
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#item-ch2-q3 .badge.correct").first).to_be_visible()


def test_exam_autosave_survives_a_reload(
    live_server, page: Page, student_user, bank, stub_embedder, artifacts_dir
):
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/q/chapter-2-exam/")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("heading", name="Chapter 2 — exam")).to_be_visible()
    box = page.locator('textarea[name="ch2-q1-text"]')
    box.press_sequentially("Run it alongside people first, then a limited trial.", delay=5)
    expect(page.locator("#save-status")).to_have_text(re.compile(r"^Saved \d\d:\d\d"), timeout=10_000)
    expect(box).to_have_value("Run it alongside people first, then a limited trial.")  # never replaced
    page.locator('input[name="ch2-q2-choices"]').first.check()
    page.wait_for_timeout(300)
    expect(page.locator("#save-status")).to_have_text(re.compile(r"^Saved"))

    page.reload()
    expect(page.locator('textarea[name="ch2-q1-text"]')).to_have_value(
        "Run it alongside people first, then a limited trial."
    )
    expect(page.locator('input[name="ch2-q2-choices"]').first).to_be_checked()
    expect(page.locator("#save-status")).to_contain_text("Last saved")
    page.screenshot(path=str(artifacts_dir / "quiz-exam-autosave.png"), full_page=True)

    page.get_by_role("button", name="Submit the exam").click()
    expect(page.get_by_text("Exam submitted.")).to_be_visible()
    expect(page.get_by_role("heading", name="Key points").first).to_be_visible()
