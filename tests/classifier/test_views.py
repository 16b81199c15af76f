import base64
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from classifier import selectors
from classifier.models import ClassExample, Flag
from tests.classifier import images

pytestmark = pytest.mark.django_db


def upload(client, data: bytes, name: str = "photo.jpg", htmx: bool = False):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(reverse("classifier:index"), {"image": SimpleUploadedFile(name, data)}, **headers)


def test_page_without_a_model_explains_how_to_build_it(client):
    page = client.get(reverse("classifier:index"))
    assert page.status_code == 200
    assert b"build_classifier" in page.content


def test_page_lists_examples_and_threshold(client, builtin_version):
    html = client.get(reverse("classifier:index")).content.decode()
    assert 'type="range"' in html and 'step="0.1"' in html and 'value="25.5"' in html
    # every rate is a number on first load (0 % of far photos accepted is "0.0 %", not "n/a")
    assert "n/a" not in html and "0.0 %</strong> of other photos" in html
    assert html.count('class="gallery-item') == 6
    assert 'capture="environment"' in html


def test_upload_predicts_and_keeps_the_image_only_in_the_session(client, builtin_version, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = upload(client, images.jpeg(320, 240))
    assert response.status_code == 302
    html = client.get(reverse("classifier:index")).content.decode()
    for needle in ("What the ImageNet backbone sees", "<progress", "grizzly", "teddy", "verdict-"):
        assert needle in html
    assert not any(tmp_path.rglob("*.jpg"))  # nothing written to disk until flagged
    cur = client.session[selectors.SESSION_CURRENT]
    assert cur["pred"]["vocab"] == ["black", "grizzly", "teddy"]
    assert len(base64.b64decode(cur["jpeg"])) < 60_000


def test_htmx_upload_returns_the_fragment(client, builtin_version):
    response = upload(client, images.jpeg(), htmx=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="classifier-app">') and "<html" not in html
    assert "Your upload: photo.jpg" in html


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.jpg", "empty"),
        (b"just text", "notes.jpg", "not an image"),
        (images.truncated_jpeg(), "cut.jpg", "truncated"),
        (images.SVG, "vector.png", "SVG or HTML"),
        (images.HTML, "page.jpg", "SVG or HTML"),
        (images.bomb_png(7000), "bomb.png", "megapixels"),
    ],
    ids=["zero-bytes", "not-image", "truncated", "svg", "html", "bomb"],
)
def test_bad_uploads_get_a_message_not_a_500(client, builtin_version, settings, data, name, message):
    settings.CLASSIFIER_MAX_PIXELS = 20_000_000
    response = upload(client, data, name)
    assert response.status_code == 422
    assert message in response.content.decode()
    htmx = upload(client, data, name, htmx=True)
    html = htmx.content.decode()
    # 422 is one of the statuses htmx swaps (studyguide/http.py): the message lands where the result goes
    assert htmx.status_code == 422 and message in html
    assert html.lstrip().startswith('<div id="classifier-app">') and "<html" not in html


def test_over_the_size_limit_is_refused(client, builtin_version, settings):
    settings.CLASSIFIER_MAX_UPLOAD_BYTES = 10_000
    response = upload(client, images.jpeg(800, 600, seed=1) + b"\0" * 20_000)
    assert response.status_code == 422 and "limit is" in response.content.decode()
    htmx = upload(client, images.jpeg(800, 600, seed=1) + b"\0" * 20_000, htmx=True)
    assert htmx.status_code == 422 and "limit is" in htmx.content.decode()


@pytest.mark.parametrize(
    "data",
    [
        images.animated_gif(),
        images.cmyk_jpeg(),
        images.png_16bit(),
        images.rgba_png(),
        images.exif_rotated_jpeg(),
    ],
    ids=["gif", "cmyk", "16bit", "alpha", "exif"],
)
def test_unusual_but_valid_images_are_classified(client, builtin_version, data):
    assert upload(client, data, "odd.png").status_code == 302
    assert client.session[selectors.SESSION_CURRENT]["pred"]["label"] in ("black", "grizzly", "teddy")


def test_missing_model_file_is_a_clear_503(client, builtin_version):
    builtin_version.onnx_sha256 = "0" * 64
    builtin_version.save()
    response = upload(client, images.jpeg())
    assert response.status_code == 503 and b"checksum mismatch" in response.content
    # htmx does not swap a 503: static/js/site.js shows its error banner instead
    assert upload(client, images.jpeg(), htmx=True).status_code == 503


def test_example_gallery_item_is_classified(client, builtin_version):
    response = client.post(reverse("classifier:example"), {"slug": "drawn-teddy"})
    assert response.status_code == 302
    html = client.get(reverse("classifier:index")).content.decode()
    assert "Not a bear" in html
    assert client.post(reverse("classifier:example"), {"slug": "../../etc"}).status_code == 422
    htmx = client.post(reverse("classifier:example"), {"slug": "../../etc"}, HTTP_HX_REQUEST="true")
    assert htmx.status_code == 422 and "Unknown example." in htmx.content.decode()
    ok = client.post(reverse("classifier:example"), {"slug": "drawn-teddy"}, HTTP_HX_REQUEST="true")
    assert ok.status_code == 200 and ok.content.decode().lstrip().startswith('<div id="classifier-app">')


def test_threshold_rescoring_without_js(client, builtin_version):
    """The slider's form works as a plain GET: the photo, its tile and the words are judged at the chosen
    threshold (in %), which the session keeps until "Back to the default"."""
    upload(client, images.jpeg())
    low = client.get(reverse("classifier:index"), {"threshold": "0"}).content.decode()
    assert low.count(">passes the gate<") == 7 and "(gate threshold 0.0 %)" in low and "Not a bear" not in low
    high = client.get(reverse("classifier:index"), {"threshold": "100"}).content.decode()
    assert high.count(">passes the gate<") == 0 and "100.0 %</strong> of real bears would be rejected" in high
    assert "(gate threshold 100.0 %)" in high and "below the threshold 100.0 %" in high
    assert 'value="100.0"' in high
    kept = client.get(reverse("classifier:index")).content.decode()
    assert "(gate threshold 100.0 %)" in kept and 'value="100.0"' in kept
    upload(client, images.jpeg(seed=3))  # a new photo is judged at the threshold on screen
    assert "(gate threshold 100.0 %)" in client.get(reverse("classifier:index")).content.decode()
    between = client.get(reverse("classifier:index"), {"threshold": "40.04"}).content.decode()
    assert 'value="40.0"' in between and "(gate threshold 40.0 %)" in between  # snapped to 0.1 % steps
    back = client.get(reverse("classifier:index"), {"threshold": "40", "reset": "1"}).content.decode()
    assert 'value="25.5"' in back and "(gate threshold 25.5 %)" in back
    for bad in ("abc", "-1", "101", "nan", "inf", "1e400"):
        page = client.get(reverse("classifier:index"), {"threshold": bad})
        assert page.status_code == 200 and 'value="25.5"' in page.content.decode()


def test_the_slider_gets_the_changed_parts_out_of_band(client, builtin_version):
    upload(client, images.jpeg())
    response = client.get(reverse("classifier:index"), {"threshold": "100"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    for part in ('id="verdict-box"', 'id="threshold-out"', 'id="tradeoff"', 'id="gallery-list"'):
        assert part in html
    assert html.count("hx-swap-oob") == 5 and 'type="range"' not in html  # never the slider being dragged
    assert "Not a bear" in html and "100.0 %" in html
    reset = client.get(reverse("classifier:index"), {"reset": "1"}, HTTP_HX_REQUEST="true").content.decode()
    assert 'type="range"' in reset and 'value="25.5"' in reset  # going back moves the slider too


def test_domain_shift_lab(client, builtin_version):
    assert "Classify a photo first" in client.get(reverse("classifier:shift")).content.decode()
    upload(client, images.jpeg())
    frag = client.get(
        reverse("classifier:shift"), {"corruption": "noise", "severity": 4}, HTTP_HX_REQUEST="true"
    )
    html = frag.content.decode()
    assert frag.status_code == 200 and "<svg" in html and "Noise (Gaussian), severity 4" in html
    assert "<html" not in html
    page = client.get(reverse("classifier:shift"), {"corruption": "rotation", "severity": 2})
    assert page.status_code == 200 and "<html" in page.content.decode()
    bad = client.get(reverse("classifier:shift"), {"corruption": "nope", "severity": 9})
    assert bad.status_code == 422 and "Choose a corruption" in bad.content.decode()
    bad = client.get(
        reverse("classifier:shift"), {"corruption": "nope", "severity": 9}, HTTP_HX_REQUEST="true"
    )
    assert bad.status_code == 422 and "Choose a corruption" in bad.content.decode()
    assert "<html" not in bad.content.decode()


def test_resize_lab(client, builtin_version):
    upload(client, images.jpeg(400, 200))
    html = client.get(reverse("classifier:resize"), HTTP_HX_REQUEST="true").content.decode()
    assert html.count('class="resize-item"') == 4 and "<html" not in html
    assert "RandomResizedCrop" in html and "squish" in html


def test_flagging_needs_login(client, builtin_version):
    upload(client, images.jpeg())
    response = client.post(reverse("classifier:flag"), {"note": "x"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Flag.objects.exists()


def test_flag_stores_the_image_and_teacher_curates_it(
    client, builtin_version, student_user, teacher_user, cohort, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(student_user)
    upload(client, images.jpeg())
    response = client.post(
        reverse("classifier:flag"), {"correct_label": "not_a_bear", "note": "it is my dog"}
    )
    assert response.status_code == 302
    flag = Flag.objects.get()
    assert flag.note == "it is my dog" and flag.correct_label == "not_a_bear" and flag.user == student_user
    assert Path(flag.image.path).is_file() and Path(flag.image.path).is_relative_to(tmp_path)
    # the student's link after flagging opens their own flags (the teacher's page is the same address)
    mine = client.get(reverse("classifier:failures"))
    assert mine.status_code == 200 and "it is my dog" in mine.content.decode()
    assert (
        client.post(reverse("classifier:failures"), {"flag": flag.pk, "action": "promote"}).status_code == 404
    )
    assert client.get(reverse("classifier:flag_image", args=[flag.pk])).status_code == 200
    client.logout()
    assert client.get(reverse("classifier:flag_image", args=[flag.pk])).status_code == 404
    client.force_login(teacher_user)
    page = client.get(reverse("classifier:failures")).content.decode()
    assert "it is my dog" in page and "not a bear" in page
    client.post(reverse("classifier:failures"), {"flag": flag.pk, "action": "promote", "caption": "A dog"})
    example = ClassExample.objects.get()
    assert example.caption == "A dog" and example.promoted_by == teacher_user
    assert Path(example.image.path).is_file() and example.image.path != flag.image.path  # its own copy
    client.logout()  # a visitor keeps the built-in examples only, and cannot fetch the copy
    assert "A dog" not in client.get(reverse("classifier:index")).content.decode()
    image_url = reverse("classifier:class_example_image", args=[example.pk])
    assert client.get(image_url).status_code == 404
    client.force_login(student_user)  # the teacher's students see it, and can classify it again
    assert "A dog" in client.get(reverse("classifier:index")).content.decode()
    assert client.get(image_url)["Content-Type"] == "image/jpeg"
    assert client.post(reverse("classifier:example"), {"slug": f"class-{example.pk}"}).status_code == 302
    assert "example: A dog" in client.get(reverse("classifier:index")).content.decode()
    client.force_login(teacher_user)
    client.post(reverse("classifier:failures"), {"flag": flag.pk, "action": "remove"})
    assert not ClassExample.objects.exists() and not Path(example.image.path).exists()
    assert Path(flag.image.path).is_file()  # removing the copy leaves the flag
    client.post(reverse("classifier:failures"), {"flag": flag.pk, "action": "promote"})
    copy = Path(ClassExample.objects.get().image.path)
    client.post(reverse("classifier:failures"), {"flag": flag.pk, "action": "delete"})
    assert not Flag.objects.exists() and not Path(flag.image.path).exists()
    assert not ClassExample.objects.exists() and not copy.exists()  # the copy goes with the flag


def test_htmx_flag_without_a_prediction(client, builtin_version, student_user):
    client.force_login(student_user)
    response = client.post(reverse("classifier:flag"), {"note": ""}, HTTP_HX_REQUEST="true")
    assert response.status_code == 422 and not Flag.objects.exists()
    assert "no prediction to flag" in response.content.decode()
    page = client.post(reverse("classifier:flag"), {"note": ""})
    assert page.status_code == 422 and "no prediction to flag" in page.content.decode()


def test_an_invalid_flag_keeps_the_note_and_says_why(client, builtin_version, student_user):
    client.force_login(student_user)
    upload(client, images.jpeg())
    data = {"correct_label": "panda", "note": "my own words"}
    response = client.post(reverse("classifier:flag"), data, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 422 and not Flag.objects.exists()
    assert html.lstrip().startswith('<div id="flag-box"') and "<html" not in html
    assert "Please check the flag form." in html and "my own words" in html
    page = client.post(reverse("classifier:flag"), data)
    assert page.status_code == 422 and "Please check the flag form." in page.content.decode()
    done = client.post(reverse("classifier:flag"), {"correct_label": "teddy"}, HTTP_HX_REQUEST="true")
    assert done.status_code == 200 and "your teacher can now see the photo" in done.content.decode()
    assert Flag.objects.get().correct_label == "teddy"


def test_model_card(client, builtin_version):
    html = client.get(reverse("classifier:card")).content.decode()
    for needle in (
        builtin_version.learner_sha256,
        "fastai",
        "torch",
        "bear mass",
        "Known failure modes",
        "Confusion",
    ):
        assert needle in html


def test_no_torch_or_fastai_at_django_start_up():
    code = (
        "import os, sys, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'tests.settings'); "
        "django.setup(); "
        "import classifier.views, classifier.urls, classifier.models, classifier.selectors; "
        "import classifier.services; "
        "from django.urls import reverse; reverse('classifier:index'); "
        "bad = [m for m in ('torch', 'fastai', 'timm', 'onnxruntime') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(Path(__file__).parents[2]))


def test_example_images_are_small_and_generated():
    folder = selectors.EXAMPLES_DIR
    files = sorted(folder.glob("*.jpg"))
    assert len(files) == 6 and all(f.stat().st_size < 40_000 for f in files)
    from PIL import Image

    from classifier.examples import draw_example

    with Image.open(files[0]) as im:
        assert im.size == draw_example(files[0].stem).size
