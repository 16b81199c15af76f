"""Issue 13, item 3, in Chromium: the threshold slider re-judges the current photo (verdict, its gallery tile
and the words, together, by the gate's one rule), each photo shows once in the gallery, the trade-off text is
right on first load, the slider and the text show the same threshold, and a student who flags a photo is
sent somewhere they may open. Driven from the keyboard: the slider and the flag form need no mouse."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import htmx_settled, log_in
from tests.classifier.images import jpeg

pytestmark = [pytest.mark.browser, pytest.mark.real_model, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def classifier_page(live_server, page: Page, builtin_manifest) -> Page:
    from classifier import services

    services.model_version_register(manifest=builtin_manifest, activate=True)
    page.goto(live_server.url + "/classifier/")
    return page


def upload(page: Page, tmp_path, name: str, seed: int) -> None:
    photo = tmp_path / name
    photo.write_bytes(jpeg(320, 240, seed=seed))
    page.locator("#id_image").set_input_files(str(photo))
    expect(page.locator("#verdict")).to_be_visible()
    expect(page.locator(".result-image")).to_have_attribute("alt", re.compile(re.escape(name)))
    htmx_settled(page)  # the slider and the labs listen once the swap settles


def shown_threshold(page: Page) -> str:
    """The threshold the result's words name, e.g. '25.6 %'."""
    text = page.locator(".result").get_by_text(re.compile(r"\(gate threshold")).inner_text()
    return re.search(r"threshold ([\d.]+ %)", text).group(1)


def test_the_slider_rejudges_the_photo_its_tile_and_the_words_together(classifier_page: Page, tmp_path):
    page = classifier_page
    tradeoff = page.locator(".tradeoff")
    expect(tradeoff).not_to_contain_text("n/a")  # 0 % of other photos is a number, not "n/a"
    upload(page, tmp_path, "my-photo.jpg", seed=7)
    tile = page.locator(".gallery-item", has_text="Your upload: my-photo.jpg")
    expect(tile).to_have_count(1)
    expect(page.locator("#threshold-out")).to_have_text(shown_threshold(page))

    slider = page.locator("#threshold")
    slider.focus()
    page.keyboard.press("End")  # the keyboard's way to the top of the range: nothing passes a 100 % gate
    expect(page.locator("#threshold-out")).to_have_text("100.0 %")
    expect(page.locator("#verdict .verdict-title")).to_have_text("Not a bear")
    expect(page.locator("#verdict")).to_contain_text("below the threshold 100.0 %")
    expect(tile.locator(".gate-badge")).to_have_text("not a bear")
    assert shown_threshold(page) == "100.0 %"
    expect(tradeoff).to_contain_text("100.0 % of real bears would be rejected")
    expect(slider).to_be_focused()  # the slider itself is never swapped away under the keyboard

    page.keyboard.press("Home")
    expect(page.locator("#threshold-out")).to_have_text("0.0 %")
    expect(page.locator("#verdict .verdict-title")).not_to_have_text("Not a bear")
    expect(tile.locator(".gate-badge")).to_have_text("passes the gate")
    assert shown_threshold(page) == "0.0 %"

    page.keyboard.press("ArrowRight")  # one step of the slider is one step of the shown number
    expect(page.locator("#threshold-out")).to_have_text("0.1 %")
    assert shown_threshold(page) == "0.1 %"

    page.reload()  # the chosen threshold stays with the page, and so does the verdict made with it
    expect(page.locator("#threshold-out")).to_have_text("0.1 %")
    assert shown_threshold(page) == "0.1 %"
    upload(page, tmp_path, "second.jpg", seed=8)  # a new photo is judged at the threshold on screen
    assert shown_threshold(page) == "0.1 %"
    page.get_by_role("button", name=re.compile("Back to the default")).click()
    expect(page.locator("#threshold-out")).to_have_text("25.5 %")
    assert shown_threshold(page) == page.locator("#threshold-out").inner_text()


def test_each_photo_shows_once_in_the_gallery(classifier_page: Page, tmp_path):
    page = classifier_page
    examples = page.locator(".gallery-item").count()
    upload(page, tmp_path, "first.jpg", seed=1)
    upload(page, tmp_path, "second.jpg", seed=2)
    upload(page, tmp_path, "first-again.jpg", seed=1)  # the same photo under another name
    page.get_by_role("button", name="Classify this").first.click()
    expect(page.locator(".result-image")).to_have_attribute("alt", re.compile("example"))
    expect(page.locator(".gallery-item", has_text="Your upload")).to_have_count(2)
    expect(page.locator(".gallery-item")).to_have_count(examples + 2)
    page.reload()
    expect(page.locator(".gallery-item")).to_have_count(examples + 2)


def test_a_student_who_flags_a_photo_can_open_where_it_went(
    live_server, classifier_page: Page, student_user, tmp_path
):
    page = classifier_page
    log_in(page, live_server.url, student_user.username)
    page.goto(live_server.url + "/classifier/")
    upload(page, tmp_path, "odd.jpg", seed=4)
    summary = page.get_by_text("Is this prediction wrong?")
    summary.focus()
    page.keyboard.press("Enter")  # opens the <details> without a mouse
    page.get_by_label("What is it really?").select_option("not_a_bear")
    page.get_by_label("Note for your teacher").fill("This is a rug")
    page.get_by_label("Note for your teacher").press("Tab")
    page.keyboard.press("Enter")  # the focused "Flag as wrong" button
    done = page.locator("#flag-box")
    expect(done).to_contain_text("Thanks")
    done.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("You cannot open this page")
    expect(page.get_by_text("This is a rug")).to_be_visible()
    expect(page.locator("main img").first).to_be_visible()
