"""Issue 12, findings 2 and 10: the classifier and its labs were open to anonymous users with no rate limit,
and "Check my plan" took whatever it was sent. The classifier stays open to everyone (a teaching demo) but is
rate-limited per address for anonymous visitors and per user when logged in, with a 429 fragment; coaching
likewise, and it refuses input over the worksheet's own limits with the save's 422 message.

Unit-level tests use the test settings' local-memory cache; one test runs the same limits through a real
memcached server (Debian's ``memcached``), the shared cache production uses, and checks that the site fails
open when memcached is down.
"""

import pytest
from django.core.cache import caches
from django.urls import reverse

from studyguide.worksheets import spec
from studyguide.worksheets.services import worksheet_create
from tests.classifier import conftest as classifier_fixtures
from tests.servers import memcached_server

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}
builtin_manifest = classifier_fixtures.builtin_manifest
builtin_version = classifier_fixtures.builtin_version


@pytest.fixture(autouse=True)
def fresh_counts():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def tight(settings):
    settings.RATE_LIMITS = {"classify": "2/m", "lab": "2/m", "coach": "2/m"}


def classify_example(client, ip="10.1.1.1"):
    return client.post(reverse("classifier:example"), {"slug": "sunset"}, REMOTE_ADDR=ip, **HTMX)


def test_anonymous_classifying_is_limited_per_address(client, tight, builtin_version):
    assert classify_example(client).status_code == 200
    assert classify_example(client).status_code == 200
    response = classify_example(client)
    html = response.content.decode()
    assert response.status_code == 429
    assert "limit is 2 a minute per person" in html and html.lstrip().startswith('<div id="classifier-app">')
    assert classify_example(client, ip="10.1.1.2").status_code == 200  # another visitor is not affected


def test_logged_in_users_are_counted_per_user(client, tight, make_user):
    first, second = make_user("first"), make_user("second")
    client.force_login(first)
    for _ in range(2):
        assert classify_example(client).status_code != 429
    assert classify_example(client).status_code == 429
    client.force_login(second)  # the same address, another student: their own count
    assert classify_example(client).status_code != 429


def test_uploads_and_the_labs_are_limited_too(client, tight):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.classifier.images import jpeg

    for expected in (422, 503, 429):  # no model in this test: 503 until the limit, then 429
        upload = SimpleUploadedFile("p.jpg", jpeg(40, 30) if expected != 422 else b"")
        response = client.post(reverse("classifier:index"), {"image": upload}, **HTMX)
        assert response.status_code == expected
    assert client.get(reverse("classifier:index")).status_code == 200  # looking at the page is not counted
    for _ in range(2):
        assert (
            client.get(reverse("classifier:shift"), {"corruption": "blur", "severity": 2}).status_code != 429
        )
    response = client.get(reverse("classifier:resize"), **HTMX)
    assert response.status_code == 429 and "lab runs" in response.content.decode()


def test_check_my_plan_is_limited(student_client, student_user, tight, monkeypatch):
    from studyguide.worksheets.coaching import semantic

    monkeypatch.setattr(semantic, "get_semantics", lambda: None)  # rules only: fast
    ws = worksheet_create(owner=student_user, title="Plan", values={"objective": "Sell more bread"})
    url = reverse("worksheets:check", args=[ws.pk])
    assert student_client.post(url, {}, **HTMX).status_code == 200
    assert student_client.get(url).status_code == 200
    response = student_client.post(url, {}, **HTMX)
    assert response.status_code == 429 and "Too many checks" in response.content.decode()


def test_check_my_plan_refuses_input_over_the_worksheets_limits(student_client, student_user, monkeypatch):
    from studyguide.worksheets.coaching import semantic

    def must_not_run():
        raise AssertionError("the coach ran on input over the limits")

    monkeypatch.setattr(semantic, "get_semantics", must_not_run)
    ws = worksheet_create(owner=student_user, title="Plan")
    levers = [f"lever {i}" for i in range(spec.LIST_MAX_ITEMS + 1)]
    post = {"levers": levers, "base_levers": ws.field_version("levers"), "orig_levers": ""}
    response = student_client.post(reverse("worksheets:check", args=[ws.pk]), post, **HTMX)
    assert response.status_code == 422
    assert f"the limit is {spec.LIST_MAX_ITEMS}" in response.content.decode()
    long_text = {"objective": "x" * (spec.TEXT_LIMIT + 1), "base_objective": 1, "orig_objective": ""}
    response = student_client.post(reverse("worksheets:check", args=[ws.pk]), long_text, **HTMX)
    assert response.status_code == 422 and "the limit is 20,000" in response.content.decode()


@pytest.fixture
def memcached(settings):
    with memcached_server() as (proc, port):
        settings.CACHES = {
            **settings.CACHES,
            "ratelimit": {
                "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
                "LOCATION": f"127.0.0.1:{port}",
                "OPTIONS": {"ignore_exc": True, "connect_timeout": 0.5, "timeout": 0.5},
            },
        }
        yield proc


def test_limits_through_a_real_memcached_and_fail_open_without_it(client, tight, memcached):
    assert classify_example(client).status_code != 429
    assert classify_example(client).status_code != 429
    assert classify_example(client).status_code == 429
    memcached.terminate()
    memcached.wait(10)
    caches["ratelimit"].close()
    # memcached is gone: the limits fail open rather than turning every classification into an error
    assert classify_example(client).status_code != 429
