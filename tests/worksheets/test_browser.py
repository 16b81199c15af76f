"""The worksheet in a real browser: autosave, reload, check my plan, two-tab conflict, expired session."""

import re

import pytest
from playwright.sync_api import Page, expect

from studyguide.worksheets.models import Worksheet
from tests.browser import log_in
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_autosave_reload_and_check_my_plan(live_server, page: Page, student_user, rules_only):
    log_in(page, live_server.url, "stu")
    page.goto(live_server.url + "/worksheets/")
    page.get_by_label("New worksheet title").fill("NBA betting")
    page.get_by_role("button", name="Start a blank worksheet").click()
    expect(page.locator("h1")).to_have_text("NBA betting")

    page.locator("#id_objective").press_sequentially("Predict which team wins each game", delay=5)
    expect(page.locator("#status-objective")).to_contain_text(re.compile(r"Saved \d\d:\d\d"), timeout=10_000)
    page.locator("#rows-levers input").nth(0).fill("teams")
    page.locator("#rows-levers input").nth(1).fill("roster")
    expect(page.locator("#status-levers")).to_contain_text("Saved", timeout=10_000)
    page.locator("#id_modeler").fill("binary classification win/loss")
    expect(page.locator("#status-modeler")).to_contain_text("Saved", timeout=10_000)

    page.reload()
    expect(page.locator("#id_objective")).to_have_value("Predict which team wins each game")
    expect(page.locator("#rows-levers input").nth(1)).to_have_value("roster")
    ws = Worksheet.objects.get(owner=student_user)
    assert ws.levers == ["teams", "roster"]

    # Issue 11: the notes land far below the button (the form is long and the button sticks to the bottom of
    # the window); pressing it from the top of the page must bring the notes into view and move focus there.
    page.evaluate("window.scrollTo(0, 0)")
    page.get_by_role("button", name="Check my plan").click()
    notes = page.locator("#coach-notes")
    result = page.locator("#coach-result")
    expect(result).to_be_focused(timeout=30_000)
    expect(result).to_be_in_viewport()
    expect(notes.locator('[data-code="prediction_not_decision"]')).to_be_in_viewport()
    # a lever the coach is not sure about ("teams") is asked as a question, after the notes
    expect(notes.locator('.ws-questions [data-code="lever_not_controllable"]').first).to_be_visible()
    expect(notes.get_by_role("link", name="Go to Levers").first).to_have_attribute("href", "#field-levers")
    expect(result).not_to_contain_text("lever_not_controllable")  # codes stay out of what students read


def test_two_tabs_conflict_is_shown_and_merged(live_server, page: Page, student_user):
    from studyguide.worksheets.services import worksheet_create

    ws = worksheet_create(owner=student_user, title="Shared", values={"objective": "First"})
    log_in(page, live_server.url, "stu")
    url = f"{live_server.url}/worksheets/{ws.pk}/"
    page.goto(url)
    other = page.context.new_page()
    other.goto(url)
    other.locator("#id_objective").fill("Written in tab two")
    expect(other.locator("#status-objective")).to_contain_text("Saved", timeout=10_000)

    page.locator("#id_objective").fill("Written in tab one")
    expect(page.locator("#status-objective")).to_contain_text("Not saved", timeout=10_000)
    panel = page.locator("#conflict-objective")
    expect(panel).to_contain_text("changed somewhere else")
    expect(panel.locator("textarea")).to_have_value("Written in tab two")
    ws.refresh_from_db()
    assert ws.objective == "Written in tab two"

    # Wait for this edit's own autosave (it conflicts too) before resolving, so the two requests cannot race.
    with page.expect_response(lambda r: r.request.method == "POST" and "/save" in r.url, timeout=10_000):
        page.locator("#id_objective").fill("Written in tab one and tab two")
    expect(page.locator("#status-objective")).to_contain_text("Not saved", timeout=10_000)
    panel.get_by_role("button", name="Save my box over the other version").click()
    expect(page.locator("#status-objective")).to_contain_text("Saved", timeout=10_000)
    expect(panel).to_be_empty()
    ws.refresh_from_db()
    assert ws.objective == "Written in tab one and tab two"


def test_expired_session_keeps_the_text(live_server, page: Page, student_user):
    from studyguide.worksheets.services import worksheet_create

    ws = worksheet_create(owner=student_user, title="Session")
    log_in(page, live_server.url, "stu")
    page.goto(f"{live_server.url}/worksheets/{ws.pk}/")
    page.context.clear_cookies(name="sessionid")
    page.locator("#id_baseline").fill("Rangers look at photos once a day")
    alert = page.locator("#ws-alert")
    expect(alert).to_contain_text("You were logged out", timeout=10_000)
    expect(page.locator("#id_baseline")).to_have_value("Rangers look at photos once a day")
    alert.get_by_role("button", name="Log in and save everything").click()
    expect(page.get_by_role("heading", name="Log in to save your worksheet")).to_be_visible()
    page.get_by_label("Username").fill("stu")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in and save").click()
    expect(page.locator("#id_baseline")).to_have_value("Rangers look at photos once a day")
    ws.refresh_from_db()
    assert ws.baseline == "Rangers look at photos once a day"


# Where the focus is, whether it shows (an outline), and whether anything sticky covers it: the topmost
# element at the focused element's top and bottom edges must be the element itself (or inside it).
FOCUS_STATE = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));  // as painted
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect(), style = getComputedStyle(el);
  const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 40), 0), innerWidth - 1);
  const seen = y => { const hit = document.elementFromPoint(x, Math.min(Math.max(y, 0), innerHeight - 1));
                      return !!hit && (hit === el || el.contains(hit)); };
  return {
    what: el.id || el.name || el.textContent.trim().slice(0, 40),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    covered: !(seen(r.top + 3) && seen(r.bottom - 3)),
  };
}"""


def tab_to(page: Page, target, seen: list, limit: int = 150) -> None:
    """Press Tab until ``target`` has the focus, keeping the state of every stop on the way in ``seen``."""
    for _ in range(limit):
        if target.evaluate("e => e === document.activeElement"):
            seen.append(page.evaluate(FOCUS_STATE))
            return
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUS_STATE))
    raise AssertionError(f"never reached with Tab; last stops: {seen[-5:]}")


def test_a_worksheet_with_the_keyboard_only(live_server, page: Page, student_user, rules_only):
    """Start a worksheet, fill it, let it autosave, save everything, check the plan, read the notes and go
    from a note to its field: the keyboard alone, with the focus always visible and never under the sticky
    button bar."""
    log_in(page, live_server.url, "stu")
    page.goto(live_server.url + "/worksheets/")
    stops: list = []
    tab_to(page, page.get_by_label("New worksheet title"), stops)
    page.keyboard.type("Bakery")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Start a blank worksheet")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Bakery")

    stops = []
    tab_to(page, page.locator("#id_objective"), stops)
    page.keyboard.type("Throw away less bread at the end of each day")
    expect(page.locator("#status-objective")).to_contain_text("Saved", timeout=10_000)
    tab_to(page, page.locator("#id_levers"), stops)
    page.keyboard.type("the weather")
    page.keyboard.press("Tab")
    page.keyboard.type("what the shop sells")
    expect(page.locator("#status-levers")).to_contain_text("Saved", timeout=10_000)
    add_row = page.locator("#field-levers").get_by_role("button", name="Add a row")
    tab_to(page, add_row, stops)
    page.keyboard.press("Enter")
    new_row = page.locator("#rows-levers input").last
    expect(new_row).to_be_focused()
    page.keyboard.type("the price of each loaf")
    expect(page.locator("#status-levers")).to_contain_text("Saved", timeout=10_000)
    tab_to(page, page.locator("#id_modeler"), stops)
    page.keyboard.type("how many loaves sell each day given the weather")
    page.keyboard.press("Tab")  # the next field: the autosave goes on in the background
    expect(page.locator("#status-modeler")).to_contain_text("Saved", timeout=10_000)

    tab_to(page, page.get_by_role("button", name="Save everything"), stops)
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="every field was already saved")).to_be_visible()
    assert Worksheet.objects.get(owner=student_user).levers == [
        "the weather",
        "what the shop sells",
        "the price of each loaf",
    ]

    tab_to(page, page.get_by_role("button", name="Check my plan"), stops)
    page.keyboard.press("Enter")
    result = page.locator("#coach-result")
    expect(result).to_be_focused(timeout=30_000)
    expect(result).to_be_in_viewport()
    go_to_field = result.locator('a[href^="#field-"]').first
    page.keyboard.press("Tab")
    expect(go_to_field).to_be_focused()  # the first note's first link comes right after the notes' start
    stops.append(page.evaluate(FOCUS_STATE))
    field = go_to_field.get_attribute("href").removeprefix("#field-")
    page.keyboard.press("Enter")
    expect(page.locator(f"#id_{field}")).to_be_focused()  # into the field to fix, not just near it
    stops.append(page.evaluate(FOCUS_STATE))

    stops = [s for s in stops if s]
    assert len(stops) > 20
    hidden = [s["what"] for s in stops if not s["outline"]]
    covered = [s["what"] for s in stops if s["covered"]]
    assert not hidden, f"focus not visible on {hidden}"
    assert not covered, f"focus under something sticky on {covered}"
