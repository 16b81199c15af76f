"""Issue 12, finding 10: a 200 MB body was read in full before it was refused. Now a declared body over the
limit gets a 413 before a byte of it is read (``studyguide.middleware.RequestBodyLimitMiddleware``); the
real-server version of this test, through gunicorn and nginx, is in ``tests/test_deploy.py``."""

import io

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


class CountingInput(io.BytesIO):
    """A request body stream that records how much of it was read."""

    def __init__(self, data: bytes):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk

    def readline(self, size=-1):
        line = super().readline(size)
        self.bytes_read += len(line)
        return line


def post_declaring(client, path: str, declared: int, body: bytes = b"x" * 65536, **extra):
    stream = CountingInput(body)
    response = client.generic(
        "POST",
        path,
        CONTENT_TYPE="multipart/form-data; boundary=BoUnDaRy",
        CONTENT_LENGTH=str(declared),
        **{"wsgi.input": stream},
        **extra,
    )
    return response, stream


def test_a_200_mb_body_is_refused_before_it_is_read(client, settings):
    response, stream = post_declaring(client, reverse("classifier:index"), 200 * MB)
    assert response.status_code == 413
    assert stream.bytes_read == 0
    html = response.content.decode()
    assert "200.0 MB" in html and f"{settings.REQUEST_MAX_BODY_BYTES // MB} MB" in html
    assert response["Connection"] == "close"


def test_anonymous_and_logged_in_alike_and_on_any_path(client, student_client):
    for c in (client, student_client):
        for path in ("/", "/worksheets/1/save/", "/accounts/login/", "/no-such-page/"):
            response, stream = post_declaring(c, path, 50 * MB)
            assert response.status_code == 413 and stream.bytes_read == 0, path


def test_a_body_within_the_limit_goes_through(client, settings):
    body = b"a=1"
    stream = CountingInput(body)
    response = client.generic(
        "POST",
        "/accounts/login/",
        CONTENT_TYPE="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(len(body)),
        **{"wsgi.input": stream},
    )
    assert response.status_code != 413


def test_a_path_prefix_can_have_its_own_limit(client, settings):
    settings.REQUEST_MAX_BODY_BYTES_BY_PATH = {"/classifier/": 300 * MB}
    response, _ = post_declaring(client, "/classifier/", 200 * MB, body=b"")
    assert response.status_code != 413
    response, stream = post_declaring(client, "/worksheets/", 200 * MB)
    assert response.status_code == 413 and stream.bytes_read == 0


def test_a_training_project_upload_may_be_as_large_as_a_zip_of_photos(student_client, settings):
    """The project pages take a zip of photos (CLASSIFIER_ZIP_MAX_BYTES): the settings give that path its own
    limit, so a 20 MB upload reaches the view, while anything over the zip limit is still refused early."""
    path = reverse("classifier:project_list")
    response, _stream = post_declaring(student_client, path, 20 * MB)
    assert response.status_code != 413
    over = settings.CLASSIFIER_ZIP_MAX_BYTES + 2 * MB
    response, stream = post_declaring(student_client, path, over)
    assert response.status_code == 413 and stream.bytes_read == 0
