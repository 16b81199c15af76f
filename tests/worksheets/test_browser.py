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
    expect(notes.locator('[data-code="lever_not_controllable"]').first).to_be_in_viewport()
    expect(notes.locator('[data-code="prediction_not_decision"]')).to_be_visible()
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
