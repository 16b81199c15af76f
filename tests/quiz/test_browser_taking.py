"""Real browser (Debian Chromium via Playwright): what a first class tripped over while practising (issue 13,
items 1, 2 and 6), and practising with the keyboard alone.

The grader runs with the stub embedder (``QUIZ_EMBEDDER`` hook) so the pages stay fast.
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


def start_practice(page: Page, base_url: str) -> None:
    page.goto(base_url + "/quiz/q/chapter-2-practice/")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("nav.item-strip")).to_be_visible()


def test_chips_name_the_question_and_show_how_each_answer_went(
    live_server, page: Page, student_user, bank, stub_embedder
):
    """Item 6: chips were numbered 1..n (the second one is Q1's multiple choice) and every answered chip
    turned green, right or wrong. Now each is named by its question and shows its level by colour, mark and
    words."""
    log_in(page, live_server.url, student_user.username)
    start_practice(page, live_server.url)
    strip = page.locator("nav.item-strip")
    chips = strip.get_by_role("link")
    expect(chips).to_have_count(6)
    expect(chips.nth(0)).to_have_accessible_name(re.compile(r"^Q1: free text, not answered yet"))
    expect(chips.nth(1)).to_have_accessible_name(re.compile(r"^Q1 choice: multiple choice"))
    expect(chips.nth(5)).to_have_accessible_name(re.compile(r"^R1: reflection"))

    page.get_by_label("Your answer").fill(GOOD_ANSWER)  # Q1, right
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#item-ch2-q1 .result-head .badge")).to_have_text("Correct")
    strip.get_by_role("link", name=re.compile("^Q2")).click()
    page.get_by_label("Delete labels").check()  # Q2, wrong
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#item-ch2-q2 .result-head .badge")).to_have_text("Incorrect")

    page.reload()  # the strip is drawn by the server
    right = strip.get_by_role("link", name=re.compile(r"^Q1: free text"))
    wrong = strip.get_by_role("link", name=re.compile(r"^Q2: multiple choice"))
    expect(right).to_have_accessible_name("Q1: free text, answered, correct")
    expect(wrong).to_have_accessible_name("Q2: multiple choice, answered, not right yet")
    expect(right.locator(".chip-mark")).to_have_text("✓")  # a shape as well as a colour
    expect(wrong.locator(".chip-mark")).to_have_text("✗")
    assert right.evaluate("e => getComputedStyle(e).backgroundColor") != wrong.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    expect(wrong).to_have_attribute("aria-current", "step")
    expect(page.get_by_role("navigation", name="Questions")).to_be_visible()


def test_an_answered_item_shows_its_answer_and_try_again_keeps_the_text(
    live_server, page: Page, student_user, bank, stub_embedder
):
    """Item 6: coming back to an answered item showed an empty form, and "Try again" emptied the box."""
    log_in(page, live_server.url, student_user.username)
    start_practice(page, live_server.url)
    draft = "Run it in parallel with people first."
    page.get_by_label("Your answer").fill(draft)
    page.get_by_role("button", name="Check my answer").click()
    expect(page.get_by_role("heading", name="Key points")).to_be_visible()

    strip = page.locator("nav.item-strip")
    strip.get_by_role("link", name=re.compile("^Q2")).click()
    strip.get_by_role("link", name=re.compile("^Q1:")).click()  # back to the answered item
    card = page.locator("#item-ch2-q1")
    expect(card.get_by_role("heading", name="Your answer")).to_be_visible()
    expect(card.get_by_text(draft)).to_be_visible()
    expect(card.get_by_role("heading", name="Key points")).to_be_visible()

    card.get_by_role("link", name="Try again").click()
    box = page.locator("#item-ch2-q1").get_by_label("Your answer")
    expect(box).to_have_value(draft)  # kept, to improve
    box.press("End")
    box.press_sequentially(" Then a limited scope trial, then expand gradually with reporting.")
    page.get_by_role("button", name="Check my answer").click()
    expect(page.get_by_text("Your previous tries (1)")).to_be_visible()


def test_try_again_keeps_the_text_without_javascript(live_server, browser, student_user, bank, stub_embedder):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        log_in(page, live_server.url, student_user.username)
        start_practice(page, live_server.url)
        page.get_by_label("Your answer").fill("Humans check every prediction.")
        page.get_by_role("button", name="Check my answer").click()
        page.get_by_role("link", name="Try again").click()
        expect(page.get_by_label("Your answer")).to_have_value("Humans check every prediction.")
    finally:
        context.close()


def test_backticks_in_prompts_and_choices_are_shown_as_code(live_server, page: Page, student_user, bank):
    """Item 6: `DataLoaders` showed with its backticks; the text is escaped before code spans are made."""
    from studyguide.course.models import Choice, Item

    prompt = "Which of these does `aug_transforms` do? <b>x</b> `<i>`"
    Item.objects.filter(item_id="ch2-q2").update(prompt=prompt)
    Choice.objects.filter(text="Flip").update(text="`flip` the image")
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/practice/ch2-q2/")
    prompt = page.locator("#item-ch2-q2 .prompt")
    expect(prompt.locator("code")).to_have_text(["aug_transforms", "<i>"])
    expect(prompt).to_have_text("Which of these does aug_transforms do? <b>x</b> <i>")
    assert prompt.locator("b, i").count() == 0  # escaped, never markup
    expect(page.get_by_label("flip the image").locator("xpath=..").locator("code")).to_have_text("flip")


def focus_on(page: Page, target, limit: int = 200) -> None:
    """Press Tab until ``target`` has the focus (what a keyboard user does); fail if it never does."""
    for _ in range(limit):
        if target.evaluate("e => e === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError("never reached with Tab")


def test_practice_with_the_keyboard_only(live_server, page: Page, student_user, bank, stub_embedder):
    """Keyboard: answer a written item, try it again, move to another question by its chip and order its
    steps, all without the mouse."""
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/quiz/q/chapter-2-practice/")
    focus_on(page, page.get_by_role("button", name="Start"))
    page.keyboard.press("Enter")
    box = page.locator("#item-ch2-q1").get_by_label("Your answer")
    focus_on(page, box)
    page.keyboard.type(GOOD_ANSWER)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Check my answer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#item-ch2-q1 .result-head .badge")).to_have_text("Correct")
    focus_on(page, page.get_by_role("link", name="Try again"))
    page.keyboard.press("Enter")
    expect(page.locator("#item-ch2-q1").get_by_label("Your answer")).to_have_value(GOOD_ANSWER)

    chip = page.locator("nav.item-strip").get_by_role("link", name=re.compile(r"^Q3: ordering"))
    focus_on(page, chip)
    page.keyboard.press("Enter")
    expect(page.locator("#item-ch2-q3")).to_be_visible()
    for position, text in enumerate(STEPS, start=1):
        select = page.get_by_label(text, exact=True)
        focus_on(page, select)
        while select.input_value() != str(position):  # arrow keys step through the positions
            page.keyboard.press("ArrowUp" if select.input_value() > str(position) else "ArrowDown")
        expect(select).to_be_focused()  # the row may move; the focus stays on its select
    distractor = page.get_by_label("Skip monitoring", exact=True)
    focus_on(page, distractor)
    page.keyboard.press("Home")  # "leave out"
    expect(distractor).to_have_value("")
    focus_on(page, page.get_by_role("button", name="Check my answer"))
    page.keyboard.press("Enter")
    expect(page.locator("#item-ch2-q3 .result-head .badge")).to_have_text("Correct")
