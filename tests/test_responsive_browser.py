"""The main pages fit a phone screen: nothing widens the page past the viewport (tables scroll inside), and
the navigation folds behind a menu button (issue 13 item 8: it used to wrap to 260 px on every page)."""

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}
# The folded header: the brand and the menu button on one line (about 50 px at the phone's font size).
FOLDED_HEADER_MAX_PX = 64


def header_height(page: Page) -> float:
    return page.locator(".site-header").bounding_box()["height"]


def test_main_pages_fit_a_phone(live_server, page: Page, teacher_user, cohort, course):
    log_in(page, live_server.url, teacher_user.username)
    page.set_viewport_size(PHONE)
    for path in ("/", "/study/", "/quiz/", "/worksheets/", "/accounts/cohorts/", "/quiz/review/"):
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width}px wide on a {PHONE['width']}px phone"
        height = header_height(page)
        assert height <= FOLDED_HEADER_MAX_PX, f"{path}: the folded navigation is {height}px tall"


def test_the_phone_menu_opens_closes_and_its_links_work(live_server, page: Page, teacher_user, cohort):
    log_in(page, live_server.url, teacher_user.username)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    menu = nav.get_by_role("button", name="Menu")
    quizzes = nav.get_by_role("link", name="Quizzes", exact=True)
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_have_attribute("aria-controls", "nav-menu")
    expect(quizzes).to_be_hidden()
    expect(nav.get_by_role("button", name="Log out")).to_be_hidden()

    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    for name in ("Study", "Quizzes", "Worksheets", "Bear classifier", "Review", "Cohorts"):
        expect(nav.get_by_role("link", name=name, exact=True)).to_be_visible()
    expect(nav.get_by_role("button", name="Log out")).to_be_visible()
    assert header_height(page) > FOLDED_HEADER_MAX_PX  # open, the links take the room they need
    quizzes.click()
    expect(page).to_have_url(live_server.url + "/quiz/")
    after = page.get_by_role("navigation", name="Main")
    expect(after.get_by_role("link", name="Quizzes", exact=True)).to_be_hidden()


def test_the_phone_menu_works_from_the_keyboard(live_server, page: Page, student_user):
    log_in(page, live_server.url, student_user.username)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    menu = nav.get_by_role("button", name="Menu")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the brand
    page.keyboard.press("Tab")
    expect(menu).to_be_focused()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    expect(nav.get_by_role("link", name="Study", exact=True)).to_be_focused()
    page.keyboard.press("Escape")  # closes from inside the menu, the focus goes back to the button
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()
    expect(nav.get_by_role("link", name="Study", exact=True)).to_be_hidden()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(nav.get_by_role("link", name="Quizzes", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + "/quiz/")


def test_without_javascript_the_links_stay_in_view(live_server, browser: Browser, student_user):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        nav = page.get_by_role("navigation", name="Main")
        expect(nav.get_by_role("button", name="Menu")).to_be_hidden()  # it could not open anything
        for name in ("Study", "Quizzes", "Worksheets", "Bear classifier", "Log in"):
            expect(nav.get_by_role("link", name=name, exact=True)).to_be_visible()
        nav.get_by_role("link", name="Worksheets", exact=True).click()
        expect(page).to_have_url(live_server.url + "/worksheets/")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
    finally:
        context.close()


def test_on_a_wide_screen_the_links_are_shown_without_a_button(live_server, page: Page, student_user):
    page.goto(live_server.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("button", name="Menu")).to_be_hidden()
    expect(nav.get_by_role("link", name="Quizzes", exact=True)).to_be_visible()
    page.keyboard.press("Escape")  # nothing to close: the focus is not sent to a hidden button
    assert header_height(page) <= FOLDED_HEADER_MAX_PX
