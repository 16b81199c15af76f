"""Real browser (Debian Chromium via Playwright): the teacher opens the queue, overrides a grade with a
comment using the keyboard, releases the quiz; the student then sees the teacher's comment and score, and
asks for a regrade. The grader runs with the stub embedder (``QUIZ_EMBEDDER`` hook)."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import log_in
from tests.quiz.review import support

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

bank = support.bank
stub_embedder = support.stub_embedder
world = support.world


def test_teacher_overrides_releases_and_student_sees_it(live_server, page: Page, world, artifacts_dir):
    student = world.students[0]
    answer = world.answers[0]
    log_in(page, live_server.url, world.teacher.username)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Review", exact=True).click()
    page.get_by_role("link", name="Class A").click()
    page.get_by_role("link", name="ch2-q1", exact=True).click()
    expect(page.locator("article.answer-card")).to_have_count(4)
    card = page.locator(f"#answer-{answer.pk}")
    expect(card.get_by_role("heading", name="stu")).to_be_visible()

    # keyboard: select the card, level 2 (partial), comment, Esc, s to save (htmx swaps the card)
    card.locator(".answer-text").click()
    page.keyboard.press("2")
    expect(card.locator('input[name="level"][value="partial"]')).to_be_checked()
    page.keyboard.press("c")
    expect(card.get_by_label("Comment for the student")).to_be_focused()
    page.keyboard.type("Good start: say how the trial is supervised.")
    page.keyboard.press("Escape")
    page.keyboard.press("s")
    card = page.locator(f"#answer-{answer.pk}")
    expect(card.get_by_text("Saved.")).to_be_visible()
    expect(card.locator(".grade-line")).to_contain_text("Teacher: partial")
    page.screenshot(path=str(artifacts_dir / "review-queue.png"), full_page=True)

    # release the quiz from the cohort page
    page.get_by_role("link", name="Class A").click()
    page.locator(f"#quiz-{world.quiz.pk}").get_by_role("button", name="Release grades").click()
    expect(page.get_by_text("are now visible to its students")).to_be_visible()
    page.get_by_role("button", name="Log out").click()

    log_in(page, live_server.url, student.username)
    page.goto(f"{live_server.url}/quiz/attempts/{answer.attempt_id}/result/")
    expect(page.get_by_text("Good start: say how the trial is supervised.")).to_be_visible()
    expect(page.locator(".result-head")).to_contain_text("50%")
    expect(page.locator(".result-head")).to_contain_text(re.compile("decided by your teacher"))

    # the student disagrees: a regrade request with a reason
    page.goto(f"{live_server.url}/quiz/review/answer/{answer.pk}/regrade-request/")
    page.get_by_text("Ask your teacher to look at this grade again").click()
    page.get_by_label("Why should the grade change?").fill(
        "I described the supervised trial in my second step."
    )
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_text("You asked for a regrade")).to_be_visible()


def test_release_is_at_the_top_of_a_long_cohort_page(live_server, page: Page, world):
    """Issue 13 item 5: on a class's page with many answered items, Release sat below everything (3 900 px
    down); it must be in view as the page opens, above the items."""
    from django.utils import timezone

    from quiz.models import Answer
    from studyguide.course.models import Item

    attempt = world.answers[0].attempt
    for n in range(40):
        item = Item.objects.create(
            item_id=f"extra-{n:02d}", kind=Item.Kind.FREE_TEXT, order=100 + n, prompt=f"Extra question {n}?"
        )
        Answer.objects.create(
            attempt=attempt,
            item=item,
            text="An answer.",
            auto_level="partial",
            final_level="partial",
            auto_score=0.5,
            final_score=0.5,
            confidence=0.4,
            graded_at=timezone.now(),
        )
    log_in(page, live_server.url, world.teacher.username)
    page.goto(f"{live_server.url}/quiz/review/cohort/{world.cohort.pk}/")
    assert page.evaluate("document.documentElement.scrollHeight") > 2500  # the page really is long
    release = page.locator(f"#quiz-{world.quiz.pk}").get_by_role("button", name="Release grades")
    expect(release).to_be_in_viewport()
    items_table = page.locator("table.review-table")
    assert release.bounding_box()["y"] < items_table.bounding_box()["y"]
