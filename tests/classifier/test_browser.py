import pytest
from playwright.sync_api import Page, expect

from tests.browser import htmx_settled
from tests.classifier.images import jpeg

pytestmark = [pytest.mark.browser, pytest.mark.real_model, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def classifier_page(live_server, page: Page, builtin_manifest) -> Page:
    """The classifier page in Chromium, served with the real built-in model."""
    from classifier import services

    services.model_version_register(manifest=builtin_manifest, activate=True)
    page.goto(live_server.url + "/classifier/")
    return page


def test_upload_shows_bars_verdict_and_the_slider_rescoring(classifier_page: Page, tmp_path):
    page = classifier_page
    photo = tmp_path / "my-photo.jpg"
    photo.write_bytes(jpeg(320, 240, seed=7))

    expect(page.get_by_role("heading", name="Gallery and the gate threshold")).to_be_visible()
    page.locator("#id_image").set_input_files(str(photo))  # JS submits the form via htmx
    expect(page.locator(".bar-row")).to_have_count(3)
    expect(page.locator("#verdict")).to_be_visible()
    expect(page.get_by_text("What the ImageNet backbone sees")).to_be_visible()
    expect(page.locator(".gallery-item")).to_have_count(7)
    htmx_settled(page)  # the slider and the labs listen once the swap settles

    page.locator("#threshold").fill("100")
    expect(page.locator("#bears-rejected")).to_have_text("100.0 %")
    expect(page.locator(".gallery-item.accepted")).to_have_count(0)
    page.locator("#threshold").fill("0")
    expect(page.locator(".gallery-item.rejected")).to_have_count(0)

    page.get_by_label("Corruption").select_option("blur")
    expect(page.locator("#shift-result svg")).to_be_visible()


def test_a_file_that_is_not_a_photo_gets_its_message_in_place(classifier_page: Page, tmp_path):
    page = classifier_page
    notes = tmp_path / "notes.jpg"
    notes.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")

    with page.expect_response(
        lambda r: r.url.endswith("/classifier/") and r.request.method == "POST"
    ) as sent:
        page.locator("#id_image").set_input_files(str(notes))  # JS submits the form via htmx
    assert sent.value.status == 422
    expect(page.locator("#classifier-app .upload-error")).to_contain_text("SVG or HTML")
    expect(page.locator("#htmx-error")).to_be_hidden()  # a 422 is swapped, not the generic error banner
    expect(page.locator(".gallery-item")).to_have_count(6)

    photo = tmp_path / "bear.jpg"
    photo.write_bytes(jpeg(320, 240, seed=3))
    page.locator("#id_image").set_input_files(str(photo))
    expect(page.locator(".bar-row")).to_have_count(3)
    expect(page.locator("#classifier-app .upload-error")).to_have_count(0)
