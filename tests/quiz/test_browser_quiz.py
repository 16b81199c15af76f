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
    # wait for the choice's own save (the status already says "Saved" from the text's)
    with page.expect_response(lambda r: "/autosave/" in r.url and r.request.method == "POST") as saved:
        page.locator('input[name="ch2-q2-choices"]').first.check()
    assert saved.value.ok
    expect(page.locator("#save-status")).to_have_text(re.compile(r"^Saved"))

    page.reload()
    expect(page.locator('textarea[name="ch2-q1-text"]')).to_have_value(
        "Run it alongside people first, then a limited trial."
    )
    expect(page.locator('input[name="ch2-q2-choices"]').first).to_be_checked()
    expect(page.locator("#save-status")).to_contain_text("Last saved")
    page.screenshot(path=str(artifacts_dir / "quiz-exam-autosave.png"), full_page=True)

    page.get_by_role("button", name="Submit the exam").click()
    page.get_by_role("button", name="Yes, submit my exam").click()  # the confirmation step
    expect(page.get_by_text("Exam submitted.")).to_be_visible()
    expect(page.get_by_role("heading", name="Key points").first).to_be_visible()


def test_two_tabs_on_one_exam_lose_nothing(
    live_server, page: Page, student_user, bank, stub_embedder, artifacts_dir
):
    """Issue 12, finding 4, in a real browser: a stale second tab shows a conflict with both answers instead
    of overwriting the first tab's; the student keeps one, answers another item there and submits."""
    from quiz.models import Answer

    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/q/chapter-2-exam/")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("heading", name="Chapter 2 — exam")).to_be_visible()
    exam_url = page.url
    stale = page.context.new_page()  # the same session in a second tab, loaded before the first tab types
    stale.goto(exam_url)

    page.locator('textarea[name="ch2-q1-text"]').press_sequentially(
        "Alongside people, then a trial.", delay=5
    )
    expect(page.locator("#status-ch2-q1")).to_have_text(re.compile(r"^Saved \d\d:\d\d"), timeout=10_000)

    # the stale tab types in the same item: a conflict, both answers shown, nothing overwritten
    stale.locator('textarea[name="ch2-q1-text"]').press_sequentially("Second tab text", delay=5)
    expect(stale.locator("#status-ch2-q1")).to_contain_text("changed in another tab", timeout=10_000)
    panel = stale.locator("#conflict-ch2-q1")
    expect(panel.get_by_text("was changed in another tab or device")).to_be_visible()
    expect(panel.locator("textarea")).to_have_value(re.compile("Alongside people, then a trial."))
    expect(panel.get_by_text("Second tab text")).to_be_visible()
    assert Answer.objects.get(item__item_id="ch2-q1").text == "Alongside people, then a trial."
    stale.screenshot(path=str(artifacts_dir / "quiz-exam-conflict.png"), full_page=True)

    # the student keeps the first tab's answer in the stale tab, then answers another item there and submits
    panel.get_by_role("button", name="Put this version in my box").click()
    panel.get_by_role("button", name="Save my answer over the other version").click()
    expect(stale.locator("#status-ch2-q1")).to_have_text(re.compile(r"^Saved"), timeout=10_000)
    stale.locator('input[name="ch2-q4-text"]').fill("learn.export")
    expect(stale.locator("#status-ch2-q4")).to_have_text(re.compile(r"^Saved"), timeout=10_000)
    stale.get_by_role("button", name="Submit the exam").click()
    stale.get_by_role("button", name="Yes, submit my exam").click()  # the confirmation step
    expect(stale.get_by_text("Exam submitted.")).to_be_visible()
    assert Answer.objects.get(item__item_id="ch2-q1").text == "Alongside people, then a trial."
    assert Answer.objects.get(item__item_id="ch2-q4").text == "learn.export"
