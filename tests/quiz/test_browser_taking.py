"""Real browser (Debian Chromium via Playwright): what a first class tripped over while practising (issue 13,
items 1, 2 and 6), and practising with the keyboard alone.

The grader runs with the stub embedder (``QUIZ_EMBEDDER`` hook) so the pages stay fast.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import log_in
from tests.quiz import quiz_fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
bank = quiz_fixtures.bank
stub_embedder = quiz_fixtures.stub_embedder

STEPS = ["Manual process", "Limited scope", "Gradual expansion"]


def submitted_order(page: Page) -> list[str]:
    return page.locator("#item-ch2-q3 .result .two-col > div").first.locator("li").all_inner_texts()


def test_positions_chosen_from_the_dropdowns_give_exactly_that_order(
    live_server, page: Page, student_user, bank
):
    """Item 1: choosing 1, 2, 3 from the dropdowns re-sorted the list after each choice and scrambled it."""
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/practice/ch2-q3/")
    for position, text in enumerate(STEPS, start=1):
        page.get_by_label(text, exact=True).select_option(str(position))
    page.get_by_label("Skip monitoring", exact=True).select_option("")
    # what the student sees is what they chose: the rows follow the numbers
    expect(page.locator(".ordering-step .step-text")).to_have_text([*STEPS, "Skip monitoring"])
    for position, text in enumerate(STEPS, start=1):
        expect(page.get_by_label(text, exact=True)).to_have_value(str(position))
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#item-ch2-q3 .result-head .badge")).to_have_text("Correct")
    assert submitted_order(page) == STEPS


def test_positions_chosen_in_any_row_order_keep_each_choice(live_server, page: Page, student_user, bank):
    """Going down the rows as they were shown and giving each step its place also ends in the chosen order."""
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/practice/ch2-q3/")
    shown = page.locator(".ordering-step .step-text").all_inner_texts()
    wanted = {text: str(STEPS.index(text) + 1) if text in STEPS else "" for text in shown}
    for text in shown:
        page.get_by_label(text, exact=True).select_option(wanted[text])
    for text, value in wanted.items():
        expect(page.get_by_label(text, exact=True)).to_have_value(value)
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#item-ch2-q3 .result-head .badge")).to_have_text("Correct")
    assert submitted_order(page) == STEPS


def test_ordering_without_javascript_refuses_two_steps_on_one_position(
    live_server, browser, student_user, bank
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        log_in(page, live_server.url, student_user.username)
        page.goto(live_server.url + "/quiz/practice/ch2-q3/")
        page.get_by_label("Limited scope", exact=True).select_option("1")
        page.get_by_label("Manual process", exact=True).select_option("1")
        page.get_by_role("button", name="Check my answer").click()
        expect(page.get_by_role("alert")).to_contain_text("share position 1")
        for position, text in enumerate(STEPS, start=1):
            page.get_by_label(text, exact=True).select_option(str(position))
        page.get_by_label("Skip monitoring", exact=True).select_option("")
        page.get_by_role("button", name="Check my answer").click()
        expect(page.locator("#item-ch2-q3 .result-head .badge")).to_have_text("Correct")
        assert submitted_order(page) == STEPS
    finally:
        context.close()


def rating_labels(page: Page) -> list[str]:
    rating = page.get_by_role("group", name=re.compile("Spaced review"))
    expect(rating).to_be_visible()
    return [" ".join(t.split()) for t in rating.locator("label.rating-option").all_inner_texts()]


def test_spaced_review_rating_buttons_say_when_the_item_comes_back(
    live_server, page: Page, student_user, bank, stub_embedder
):
    """Item 2: the ratings used to read "Again (again in )"; on the practice page and in the review queue."""
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/practice/ch2-q4/")
    page.get_by_label("Your answer").fill("save the model")
    page.get_by_role("button", name="Check my answer").click()
    labels = rating_labels(page)
    assert [label.split(" (")[0] for label in labels] == ["Again", "Hard", "Good", "Easy"]
    for label in labels:
        assert re.fullmatch(r"\w+ \(again in \d+ (minute|hour|day)s?\)", label), label

    # the wrong answer is due at once until rated: answer it again from the review queue, rate it there
    page.goto(live_server.url + "/quiz/due/")
    card = page.locator("#item-ch2-q4")
    card.get_by_label("Your answer").fill("learn.export")
    card.get_by_role("button", name="Check my answer").click()
    expect(card.locator(".result-head .badge")).to_have_text("Correct")
    for label in rating_labels(page):
        assert re.fullmatch(r"\w+ \(again in \d+ (minute|hour|day)s?\)", label), label
    page.get_by_role("radio", name=re.compile(r"^Good \(again in")).check()
    page.get_by_role("button", name="Confirm rating").click()
    expect(page.get_by_role("status").filter(has_text="Spaced review: rated Good")).to_be_visible()
