"""The main pages fit a phone screen: nothing widens the page past the viewport (tables scroll inside)."""

import pytest
from playwright.sync_api import Page

from tests.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}


def test_main_pages_fit_a_phone(live_server, page: Page, teacher_user, cohort, course):
    page.set_viewport_size(PHONE)
    log_in(page, live_server.url, teacher_user.username)
    for path in ("/", "/study/", "/quiz/", "/worksheets/", "/accounts/cohorts/", "/quiz/review/"):
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width}px wide on a {PHONE['width']}px phone"
