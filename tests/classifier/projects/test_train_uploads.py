"""Uploading training photos: several at once, zips, every limit with its message, hostile files and zips.

No torch here: these go through the upload service and the pages with the test client."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from classifier.projects import archive
from classifier.projects.models import Project, ProjectImage
from classifier.projects.services import images, projects
from tests.classifier import images as gen
from tests.classifier.projects.conftest import photo_file, zip_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def project(student_user):
    return projects.project_create(owner=student_user, name="Bears", class_names=["grizzly", "black"])


@pytest.fixture
def grizzly(project):
    return project.classes.get(name="grizzly")


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def problems(report) -> dict[str, str]:
    return dict(report.problems)


def test_train_upload_several_photos_stores_reencoded_jpegs_and_thumbnails(project, grizzly):
    exif = gen.exif_rotated_jpeg()
    files = [
        photo_file("a.jpg", 1),
        upload("b.png", gen.encode(gen.photo(1200, 900), "PNG")),
        upload("c.jpg", exif),
    ]
    report = images.images_add(project=project, klass=grizzly, files=files)
    assert report.added == 3 and report.problems == []
    stored = list(ProjectImage.objects.filter(klass=grizzly))
    for row in stored:
        data = default_storage.open(row.image.name).read()
        assert data[:3] == b"\xff\xd8\xff" and data != exif  # a new JPEG, never the uploaded bytes
        with Image.open(io.BytesIO(data)) as im:
            assert im.format == "JPEG" and max(im.size) <= 800 and not im.getexif()
        with Image.open(default_storage.open(row.thumb.name)) as th:
            assert max(th.size) <= 160
    rotated = next(r for r in stored if r.original_name == "c.jpg")
    assert (rotated.width, rotated.height) == (20, 60)  # EXIF orientation applied, then dropped


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.jpg", b"", "empty"),
        ("page.jpg", gen.SVG, "SVG or HTML"),
        ("script.png", gen.HTML, "SVG or HTML"),
        ("cut.jpg", gen.truncated_jpeg(), "truncated"),
        ("bomb.png", gen.bomb_png(9000), "megapixels"),
        ("model.pkl", b"\x80\x04\x95" + b"cos\nsystem\n" * 10, "not an image"),
        ("random.jpg", bytes(range(256)) * 40, "not an image"),
    ],
)
def test_train_upload_refuses_hostile_files_one_by_one(settings, project, grizzly, name, data, message):
    settings.CLASSIFIER_MAX_PIXELS = 40_000_000
    report = images.images_add(
        project=project, klass=grizzly, files=[upload(name, data), photo_file("ok.jpg", 3)]
    )
    assert report.added == 1 and list(problems(report)) == [name]
    assert message in problems(report)[name]


def test_train_upload_refuses_a_file_over_the_size_limit_before_reading_it(settings, project, grizzly):
    settings.CLASSIFIER_MAX_UPLOAD_BYTES = 10_000
    big = photo_file("big.jpg", 1, w=600, h=500)
    assert big.size > 10_000
    report = images.images_add(project=project, klass=grizzly, files=[big])
    assert report.added == 0 and "the limit is 0 MB" in problems(report)["big.jpg"]


def test_train_upload_limits_per_class_project_user_and_upload(settings, student_user, project, grizzly):
    settings.CLASSIFIER_PROJECT_MAX_IMAGES_PER_CLASS = 2
    report = images.images_add(
        project=project, klass=grizzly, files=[photo_file(f"{i}.jpg", i) for i in range(3)]
    )
    assert report.added == 2 and problems(report)["2.jpg"] == images.CLASS_FULL.format(klass="grizzly", cap=2)

    settings.CLASSIFIER_PROJECT_MAX_IMAGES_PER_CLASS = 10
    settings.CLASSIFIER_PROJECT_MAX_IMAGES_PER_PROJECT = 3
    black = project.classes.get(name="black")
    report = images.images_add(
        project=project, klass=black, files=[photo_file(f"b{i}.jpg", 10 + i) for i in range(2)]
    )
    assert report.added == 1 and problems(report)["b1.jpg"] == images.PROJECT_FULL.format(cap=3)

    settings.CLASSIFIER_PROJECT_MAX_IMAGES_PER_PROJECT = 100
    settings.CLASSIFIER_PROJECT_MAX_BYTES_PER_USER = (
        sum(ProjectImage.objects.values_list("n_bytes", flat=True)) + 10
    )
    report = images.images_add(project=project, klass=black, files=[photo_file("c.jpg", 20)])
    assert report.added == 0 and "your projects already use" in problems(report)["c.jpg"]

    settings.CLASSIFIER_PROJECT_MAX_FILES_PER_UPLOAD = 2
    report = images.images_add(
        project=project, klass=black, files=[photo_file(f"d{i}.jpg", 30 + i) for i in range(3)]
    )
    assert report.added == 0 and report.problems == [("(no name)", images.TOO_MANY_FILES.format(n=3, cap=2))]


def test_train_upload_skips_a_photo_already_in_the_project(project, grizzly):
    assert images.images_add(project=project, klass=grizzly, files=[photo_file("a.jpg", 1)]).added == 1
    black = project.classes.get(name="black")
    report = images.images_add(project=project, klass=black, files=[photo_file("again.jpg", 1)])
    assert report.added == 0 and problems(report) == {"again.jpg": images.DUPLICATE}


def test_train_projects_per_student_and_class_names(settings, student_user):
    settings.CLASSIFIER_PROJECT_MAX_PROJECTS_PER_USER = 1
    projects.project_create(owner=student_user, name="One", class_names=["a", "b"])
    with pytest.raises(projects.ProjectError, match="already have 1 projects"):
        projects.project_create(owner=student_user, name="Two", class_names=["a", "b"])
    settings.CLASSIFIER_PROJECT_MAX_PROJECTS_PER_USER = 5
    for names in (["a"], ["a", "b", "c", "d", "e", "f"], ["cat", "Cat"]):
        with pytest.raises(projects.ProjectError):
            projects.project_create(owner=student_user, name="Bad", class_names=names)


def test_train_zip_of_photos_into_one_class_with_each_bad_entry_reported(project, grizzly):
    data = zip_bytes(
        {
            "trip/one.jpg": gen.jpeg(80, 60, seed=1),
            "trip/two.png": gen.encode(gen.photo(80, 60, seed=2), "PNG"),
            "../../etc/evil.jpg": gen.jpeg(40, 30, seed=3),
            "/abs.jpg": gen.jpeg(40, 30, seed=4),
            "inner.zip": zip_bytes({"x.jpg": gen.jpeg(40, 30, seed=5)}),
            "disguised.jpg": zip_bytes({"y.jpg": gen.jpeg(40, 30, seed=6)}),
            "notes.txt": b"hello",
            "page.svg": gen.SVG,
            "__MACOSX/._one.jpg": b"junk",
        }
    )
    report = images.images_add(project=project, klass=grizzly, files=[upload("photos.zip", data)])
    found = problems(report)
    assert report.added == 2
    assert "outside the archive" in found["photos.zip: ../../etc/evil.jpg"]
    assert "outside the archive" in found["photos.zip: /abs.jpg"]
    assert "archives inside the zip" in found["photos.zip: inner.zip"]
    assert "archives inside the zip" in found["photos.zip: disguised.jpg"]
    assert "not an image" in found["photos.zip: notes.txt"]
    assert "SVG or HTML" in found["photos.zip: page.svg"]
    assert not any("MACOSX" in k for k in found)


def test_train_project_zip_sorts_entries_by_class_folder(project):
    data = zip_bytes(
        {
            "Grizzly/a.jpg": gen.jpeg(60, 40, seed=1),
            "black/b.jpg": gen.jpeg(60, 40, seed=2),
            "black/c.jpg": gen.jpeg(60, 40, seed=3),
            "panda/d.jpg": gen.jpeg(60, 40, seed=4),
            "loose.jpg": gen.jpeg(60, 40, seed=5),
        }
    )
    report = images.images_add(project=project, files=[upload("all.zip", data)])
    assert report.added == 3
    assert {k.name: k.images.count() for k in project.classes.all()} == {"black": 2, "grizzly": 1}
    assert set(problems(report)) == {"all.zip: panda/d.jpg", "all.zip: loose.jpg"}


def _bomb(entries: int = 1, size: int = 20 * 1024 * 1024) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(entries):
            zf.writestr(f"b{i}.jpg", b"\0" * size)
    return buf.getvalue()


def test_train_zip_bombs_and_oversized_zips_are_refused(settings, project, grizzly):
    settings.CLASSIFIER_MAX_UPLOAD_BYTES = 30 * 1024 * 1024
    report = images.images_add(project=project, klass=grizzly, files=[upload("bomb.zip", _bomb())])
    assert "zip bomb" in problems(report)["bomb.zip: b0.jpg"]

    settings.CLASSIFIER_ZIP_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
    report = images.images_add(project=project, klass=grizzly, files=[upload("big.zip", _bomb(entries=3))])
    assert "Unpacked, the zip would take 60 MB" in problems(report)["big.zip"]

    settings.CLASSIFIER_ZIP_MAX_ENTRIES = 3
    many = zip_bytes({f"{i}.jpg": b"x" for i in range(4)})
    assert (
        "has 4 entries"
        in problems(images.images_add(project=project, klass=grizzly, files=[upload("m.zip", many)]))["m.zip"]
    )

    settings.CLASSIFIER_ZIP_MAX_BYTES = 100
    report = images.images_add(project=project, klass=grizzly, files=[upload("m.zip", many)])
    assert "the limit is 0 MB" in problems(report)["m.zip"]
    assert ProjectImage.objects.count() == 0


def test_train_zip_that_is_not_a_zip_encrypted_or_with_a_symlink(project, grizzly):
    fake = b"PK\x03\x04" + b"\0" * 60
    report = images.images_add(project=project, klass=grizzly, files=[upload("fake.zip", fake)])
    assert "not a zip archive" in problems(report)["fake.zip"]

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        link = zipfile.ZipInfo("link.jpg")
        link.create_system = 3
        link.external_attr = 0o120777 << 16  # a symbolic link
        zf.writestr(link, "/etc/passwd")
        zf.writestr("real.jpg", gen.jpeg(20, 20))
    report = images.images_add(project=project, klass=grizzly, files=[upload("link.zip", buf.getvalue())])
    assert "symbolic link" in problems(report)["link.zip: link.jpg"] and report.added == 1

    data = bytearray(zip_bytes({"locked.jpg": gen.jpeg(20, 20, seed=9)}))
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # mark it encrypted
        at = data.index(signature) + flag_offset
        data[at] |= 0x1
    report = images.images_add(project=project, klass=grizzly, files=[upload("locked.zip", bytes(data))])
    assert "password-protected" in problems(report)["locked.zip"]


def test_train_archive_reader_never_trusts_header_sizes():
    limits = archive.ZipLimits(
        max_zip_bytes=10**7, max_entries=10, max_total_bytes=10**7, max_entry_bytes=1000, max_ratio=100
    )
    data = zip_bytes({"a.jpg": b"\x01" * 900, "b.jpg": b"\x02" * 1001})
    entries = {e.name: e for e in archive.read_zip(io.BytesIO(data), size=len(data), limits=limits).entries}
    assert entries["a.jpg"].data == b"\x01" * 900 and "limit per file" in entries["b.jpg"].problem
    with pytest.raises(archive.ArchiveRejected, match="empty"):
        archive.read_zip(io.BytesIO(b""), size=0, limits=limits)
    with pytest.raises(archive.ArchiveRejected, match="no files"):
        archive.read_zip(io.BytesIO(zip_bytes({})), size=22, limits=limits)


def test_train_pages_upload_and_remove_with_messages(
    client, student_user, project, grizzly, django_capture_on_commit_callbacks
):
    client.force_login(student_user)
    response = client.post(
        f"/classifier/projects/{project.pk}/classes/{grizzly.pk}/upload/",
        {"files": [photo_file("a.jpg", 1), upload("bad.jpg", b"<svg/>")]},
        follow=True,
    )
    text = response.content.decode()
    assert "Added 1 photo(s) to grizzly." in text and "bad.jpg: This looks like SVG or HTML" in text
    image = ProjectImage.objects.get()
    thumb = client.get(f"/classifier/projects/images/{image.pk}/thumb/")
    assert thumb.status_code == 200 and thumb["Content-Type"] == "image/jpeg"
    with django_capture_on_commit_callbacks(execute=True):  # the files go when the delete commits
        client.post(f"/classifier/projects/images/{image.pk}/delete/")
    assert not ProjectImage.objects.exists() and not default_storage.exists(image.image.name)


def test_train_too_many_files_in_one_request_gets_a_message(client, settings, student_user, project, grizzly):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    client.force_login(student_user)
    files = [photo_file(f"{i}.jpg", i) for i in range(3)]
    response = client.post(
        f"/classifier/projects/{project.pk}/classes/{grizzly.pk}/upload/", {"files": files}
    )
    # Refused before any view runs (studyguide/middleware.py), with the limits in the message.
    assert response.status_code == 400
    assert "too many files" in response.content.decode() and "at most 2 files" in response.content.decode()
    assert not ProjectImage.objects.exists()


def test_train_project_form_checks_names(client, student_user):
    client.force_login(student_user)
    response = client.post("/classifier/projects/", {"name": "X", "classes": "cat\n../etc"})
    assert response.status_code == 422 and not Project.objects.exists()
    response = client.post("/classifier/projects/", {"name": "Pets", "classes": "cat, dog"})
    project = Project.objects.get()
    assert response.url == f"/classifier/projects/{project.pk}/"
    assert sorted(project.classes.values_list("name", flat=True)) == ["cat", "dog"]
