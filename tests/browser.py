"""Helpers shared by the Playwright browser tests."""

from playwright.sync_api import Page, expect

from tests.conftest import PASSWORD


def log_in(page: Page, base_url: str, username: str, password: str = PASSWORD) -> None:
    """Log in through the real login form and wait until the page shows the logged-in header."""
    page.goto(base_url + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def htmx_settled(page: Page) -> None:
    """Wait until htmx has finished a swap *and* wired up what it swapped in.

    htmx inserts the new content at once but processes its ``hx-*`` attributes only when the swap settles (a
    timer, 20 ms by default, later on a busy machine). An element can be visible before its triggers listen:
    changing a swapped-in select that soon fires an event nothing hears, and the request never goes. So a
    test waits for htmx's own request/swap/settle classes to clear before using what a swap brought in."""
    expect(page.locator(".htmx-request, .htmx-swapping, .htmx-settling")).to_have_count(0)
