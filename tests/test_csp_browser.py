"""The main pages in Chromium under the site's Content-Security-Policy: any violation the browser reports (the
``securitypolicyviolation`` event or a console message about the policy) fails the test. Each page is also
used a little (htmx swaps, the classifier's result, the labs), so fragments are checked as well as pages."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser import htmx_settled, log_in
from tests.classifier import conftest as classifier_fixtures
from tests.classifier.images import jpeg
from tests.quiz import quiz_fixtures

pytestmark = [pytest.mark.browser, pytest.mark.real_model, pytest.mark.django_db(transaction=True)]
bank = quiz_fixtures.bank
builtin_manifest = classifier_fixtures.builtin_manifest  # the real built-in model (built once per session)
stub_embedder = quiz_fixtures.stub_embedder

RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI || "inline"} @ ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture
def watched(page: Page):
    """The page, recording CSP violations from the first script on; checked when the test ends."""
    console = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.on(
        "console",
        lambda m: (
            console.append(m.text)
            if "Content Security Policy" in m.text or "Content-Security" in m.text
            else None
        ),
    )
    seen = []

    def check(label: str):
        found = page.evaluate("window.__csp || []")
        seen.extend(f"{label}: {v}" for v in found)
        page.evaluate("window.__csp = []")

    yield page, check, console
    assert not console, console
    assert not seen, seen


def test_main_pages_raise_no_csp_violation(
    live_server, watched, builtin_manifest, student_user, teacher_user, cohort, bank, stub_embedder, tmp_path
):
    from classifier import services

    services.model_version_register(manifest=builtin_manifest, activate=True)
    page, check, console = watched
    base = live_server.url
    # the detector works: an inline style set from a script is a violation the page reports
    page.goto(base + "/")
    page.evaluate("document.body.setAttribute('style', 'color: red')")
    # the report comes asynchronously: wait for it (a slow machine may take longer than a fixed pause)
    page.wait_for_function("window.__csp.some(v => v.includes('style-src'))", timeout=10_000)
    for _ in range(100):  # the console message is a separate event: give it up to 5 s
        if console:
            break
        page.wait_for_timeout(50)
    assert console, "no console report seen: detector blind"
    page.evaluate("window.__csp = []")
    console.clear()
    for url in ("/", "/study/", "/accounts/login/", "/accounts/signup/", "/no-such-page/", "/classifier/"):
        page.goto(base + url)
        check(url)

    # the classifier: an upload (data: images, inline SVG), the domain-shift lab, the model card
    photo = tmp_path / "bear.jpg"
    photo.write_bytes(jpeg(320, 240, seed=3))
    page.goto(base + "/classifier/")
    page.locator("#id_image").set_input_files(str(photo))
    expect(page.locator("#verdict")).to_be_visible()
    htmx_settled(page)  # the labs' triggers are wired when the swap settles
    page.get_by_label("Corruption").select_option("blur")
    expect(page.locator("#shift-result svg")).to_be_visible()
    check("classifier")
    page.goto(base + "/classifier/model-card/")
    check("model card")

    log_in(page, base, student_user.username)
    page.goto(base + "/quiz/practice/ch2-q1/")
    page.get_by_label("Your answer").fill(quiz_fixtures.GOOD_ANSWER)
    page.get_by_role("button", name="Check my answer").click()
    expect(page.get_by_role("heading", name="Key points")).to_be_visible()
    check("practice")
    page.goto(base + "/quiz/q/chapter-2-exam/")
    page.get_by_role("button", name="Start").click()
    page.locator('textarea[name="ch2-q1-text"]').press_sequentially("Alongside people first.", delay=5)
    expect(page.locator("#status-ch2-q1")).to_contain_text("Saved", timeout=10_000)
    check("exam")
    page.goto(base + "/worksheets/")
    page.get_by_label("New worksheet title").fill("Bakery")
    page.get_by_role("button", name="Start a blank worksheet").click()
    page.locator("#id_objective").press_sequentially("Throw away less bread", delay=5)
    expect(page.locator("#status-objective")).to_contain_text("Saved", timeout=10_000)
    check("worksheet")
    for url in ("/quiz/", "/quiz/history/", "/quiz/due/", "/accounts/cohorts/", "/worksheets/examples/"):
        page.goto(base + url)
        check(url)

    page.get_by_role("button", name="Log out").click()
    log_in(page, base, teacher_user.username)
    for url in ("/quiz/review/", f"/quiz/review/cohort/{cohort.pk}/", "/classifier/failures/", "/quiz/new/"):
        page.goto(base + url)
        check(url)
