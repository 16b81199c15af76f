"""Real browser (Debian Chromium via Playwright): the exam journey of issue 13, item 4, and an exam item done
with the keyboard alone.

- text typed less than a second before leaving the page is saved on the way out, and leaving while a save is
  pending asks first;
- submitting, which cannot be undone, goes through a confirmation page (with or without JavaScript);
- the quiz list says "Submitted" / "See result" for an exam sat once, and never offers to start it again;
- the home page lists results whose grades were just released, until the student has seen them.
"""

import re
import time

import pytest
from playwright.sync_api import Page, expect

from tests.browser import log_in
from tests.quiz import quiz_fixtures
from tests.quiz.quiz_fixtures import GOOD_ANSWER

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder


def start_exam(page: Page, base_url: str, slug: str = "chapter-2-exam") -> str:
    page.goto(f"{base_url}/quiz/q/{slug}/")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#exam-form")).to_be_visible()
    return page.url


def stored_text(item_id: str) -> str | None:
    from quiz.models import Answer

    row = Answer.objects.filter(item__item_id=item_id).order_by("-updated_at").first()
    return row.text if row else None


def stop_the_clock(page: Page) -> None:
    """Stand the page's clock still (it was installed before the page loaded): the autosave's 800 ms pause
    never ends until the clock resumes, so "a save is pending" does not depend on how fast the machine is."""
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)


def wait_for_stored(item_id: str, text: str, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if stored_text(item_id) == text:
            return
        time.sleep(0.1)
    raise AssertionError(f"{item_id} stored {stored_text(item_id)!r}, not {text!r}")


def test_text_typed_just_before_leaving_is_saved_and_leaving_asks_first(
    live_server, page: Page, student_user, bank, stub_embedder
):
    page.clock.install()
    log_in(page, live_server.url, student_user.username)
    exam_url = start_exam(page, live_server.url)
    dialogs = []

    def leave(dialog):
        dialogs.append(dialog.type)
        dialog.accept()

    page.on("dialog", leave)
    box = page.locator('textarea[name="ch2-q1-text"]')
    box.click()
    stop_the_clock(page)
    page.keyboard.type("Alongside people first.")
    # inside the autosave's 800 ms pause: the save is still pending when the link is followed
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Quizzes").click()
    expect(page).to_have_url(re.compile(r"/quiz/$"))
    assert dialogs == ["beforeunload"]  # the student was asked before leaving with a save pending
    wait_for_stored("ch2-q1", "Alongside people first.")  # flushed on the way out
    page.clock.resume()
    page.goto(exam_url)
    expect(page.locator('textarea[name="ch2-q1-text"]')).to_have_value("Alongside people first.")

    # once saved, leaving asks nothing
    expect(page.locator("#save-status")).to_contain_text("Last saved")
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Quizzes").click()
    expect(page).to_have_url(re.compile(r"/quiz/$"))
    assert dialogs == ["beforeunload"]


def test_staying_after_the_warning_keeps_the_text_and_saves_it(
    live_server, page: Page, student_user, bank, stub_embedder
):
    page.clock.install()
    log_in(page, live_server.url, student_user.username)
    exam_url = start_exam(page, live_server.url)
    page.on("dialog", lambda dialog: dialog.dismiss())  # "stay on this page"
    page.locator('textarea[name="ch2-q1-text"]').click()
    stop_the_clock(page)
    page.keyboard.type("First draft")
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Quizzes").click()
    page.wait_for_timeout(300)
    assert page.url == exam_url
    expect(page.locator("#status-ch2-q1")).to_have_text(re.compile(r"^Saved"), timeout=10_000)
    wait_for_stored("ch2-q1", "First draft")
    page.clock.resume()
    # the flushed save and the page agree on the draft's version: typing on saves, never a conflict
    box = page.locator('textarea[name="ch2-q1-text"]')
    box.click()  # following the link had moved the focus to it
    box.press("End")
    page.keyboard.type(", then a trial.")
    expect(page.locator("#status-ch2-q1")).to_have_text(re.compile(r"^Saved"), timeout=10_000)
    wait_for_stored("ch2-q1", "First draft, then a trial.")
    expect(page.locator("#conflict-ch2-q1")).to_be_empty()


def test_a_hidden_tab_flushes_its_pending_save(live_server, page: Page, student_user, bank, stub_embedder):
    page.clock.install()
    log_in(page, live_server.url, student_user.username)
    start_exam(page, live_server.url)
    page.locator('input[name="ch2-q4-text"]').click()
    stop_the_clock(page)  # the autosave's pause never ends: only the flush can store the text
    page.keyboard.type("learn.export")
    # the tab is hidden (another tab, the phone's home screen): the pending save goes at once
    page.evaluate(
        """() => {
            Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
            document.dispatchEvent(new Event("visibilitychange"));
        }"""
    )
    wait_for_stored("ch2-q4", "learn.export")


def test_submitting_an_exam_asks_for_confirmation_first(
    live_server, page: Page, student_user, bank, stub_embedder
):
    from quiz.models import Attempt

    log_in(page, live_server.url, student_user.username)
    exam_url = start_exam(page, live_server.url)
    page.locator('input[name="ch2-q4-text"]').fill("learn.export")
    page.get_by_role("button", name="Submit the exam").click()
    expect(page.get_by_role("heading", name="Submit your exam?")).to_be_visible()
    summary = page.locator(".submit-summary")
    # the ordering item starts in the order shown, which is an answer (it would be submitted as it stands)
    expect(summary).to_contain_text("You answered 2 of 5 items")
    blank = summary.get_by_role("list").first.get_by_role("link")
    expect(blank).to_have_text([re.compile("^Q1"), re.compile("^Q2"), re.compile("^R1")])  # left blank
    assert Attempt.objects.get().status == Attempt.Status.IN_PROGRESS
    assert stored_text("ch2-q4") == "learn.export"  # saved on the way to the confirmation

    page.get_by_role("link", name="Back to the exam").click()
    expect(page).to_have_url(exam_url)
    expect(page.locator('input[name="ch2-q4-text"]')).to_have_value("learn.export")
    page.get_by_role("button", name="Submit the exam").click()
    page.get_by_role("button", name="Yes, submit my exam").click()
    expect(page.get_by_text("Exam submitted.")).to_be_visible()
    assert Attempt.objects.get().status == Attempt.Status.SUBMITTED


def test_submitting_without_javascript_also_asks_first(
    live_server, browser, student_user, bank, stub_embedder
):
    from quiz.models import Attempt

    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        log_in(page, live_server.url, student_user.username)
        start_exam(page, live_server.url)
        page.locator('textarea[name="ch2-q1-text"]').fill(GOOD_ANSWER)
        page.get_by_role("button", name="Submit the exam").click()
        expect(page.get_by_role("heading", name="Submit your exam?")).to_be_visible()
        assert Attempt.objects.get().status == Attempt.Status.IN_PROGRESS
        page.get_by_role("button", name="Yes, submit my exam").click()
        expect(page.get_by_text("Exam submitted.")).to_be_visible()
        assert stored_text("ch2-q1") == GOOD_ANSWER
    finally:
        context.close()


@pytest.fixture
def cohort_exam(bank, teacher_user, cohort):
    from quiz.models import Quiz
    from quiz.services import quiz_create
    from studyguide.course.models import Item

    return quiz_create(
        teacher=teacher_user,
        title="Unit check",
        items=list(Item.objects.filter(item_id__in=["ch2-q1", "ch2-q4"])),
        mode=Quiz.Mode.EXAM,
        cohort=cohort,
        review_policy=Quiz.ReviewPolicy.AFTER_RELEASE,
    )


def submit_exam(page: Page, base_url: str, slug: str) -> None:
    start_exam(page, base_url, slug)
    page.locator('input[name="ch2-q4-text"]').fill("learn.export")
    page.get_by_role("button", name="Submit the exam").click()
    page.get_by_role("button", name="Yes, submit my exam").click()
    expect(page.get_by_text("Exam submitted.")).to_be_visible()


def test_the_quiz_list_shows_a_sat_exam_as_submitted_and_never_offers_it_again(
    live_server, page: Page, student_user, cohort_exam, stub_embedder
):
    log_in(page, live_server.url, student_user.username)
    submit_exam(page, live_server.url, cohort_exam.slug)
    page.goto(live_server.url + "/quiz/")
    card = page.locator("article.card", has=page.get_by_role("heading", name="Unit check"))
    expect(card).to_contain_text("Submitted")
    expect(card.get_by_role("button", name="Start")).to_have_count(0)
    card.get_by_role("link", name="See result").click()
    expect(page.get_by_role("heading", name="Unit check — result")).to_be_visible()

    page.goto(f"{live_server.url}/quiz/q/{cohort_exam.slug}/")
    expect(page.get_by_role("button", name=re.compile("Start"))).to_have_count(0)
    expect(page.get_by_role("link", name="See result")).to_be_visible()


def test_the_home_page_lists_released_results_until_seen(
    live_server, page: Page, student_user, teacher_user, cohort_exam, stub_embedder
):
    from quiz.review.services import quiz_release

    log_in(page, live_server.url, student_user.username)
    submit_exam(page, live_server.url, cohort_exam.slug)
    page.goto(live_server.url + "/")
    expect(page.get_by_role("region", name="Grades released")).to_have_count(0)

    quiz_release(teacher=teacher_user, quiz=cohort_exam)
    page.goto(live_server.url + "/")
    notice = page.get_by_role("region", name="Grades released")
    expect(notice).to_contain_text("Unit check")
    notice.get_by_role("link", name=re.compile("Unit check")).click()
    expect(page.get_by_role("heading", name="Unit check — result")).to_be_visible()
    expect(page.locator(".total")).to_contain_text("Score")
    page.goto(live_server.url + "/")
    expect(page.get_by_role("region", name="Grades released")).to_have_count(0)


def test_an_exam_item_with_the_keyboard_only(live_server, page: Page, student_user, bank, stub_embedder):
    """Keyboard: reach an exam answer box, type, move on, flag an item and submit, without the mouse."""
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/q/chapter-2-exam/")
    focus_on(page, lambda: page.get_by_role("button", name="Start"))
    page.keyboard.press("Enter")
    expect(page.locator("#exam-form")).to_be_visible()
    box = page.locator('input[name="ch2-q4-text"]')
    focus_on(page, lambda: box)
    page.keyboard.type("learn.export")
    page.keyboard.press("Tab")  # leaving the box is fine: the answer is saved
    expect(page.locator("#status-ch2-q4")).to_have_text(re.compile(r"^Saved"), timeout=10_000)
    focus_on(page, lambda: page.get_by_role("button", name="Submit the exam"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Submit your exam?")).to_be_visible()
    focus_on(page, lambda: page.get_by_role("button", name="Yes, submit my exam"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Exam submitted.")).to_be_visible()
    assert stored_text("ch2-q4") == "learn.export"


def focus_on(page: Page, target, limit: int = 200) -> None:
    """Press Tab until ``target()`` has the focus (what a keyboard user does); fail if it never does."""
    for _ in range(limit):
        if target().evaluate("e => e === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError("never reached with Tab")
