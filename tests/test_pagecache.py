"""Rendered pages kept per user (``studyguide.pagecache``): what is kept, what never is, and that the kept
page is the page.

A page served from memory renders no template, so the test client's ``response.templates`` is empty; the
page-specific tests (every write a page shows appears on the next request) live beside each page's tests.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.urls import reverse

from studyguide import pagecache
from studyguide.accounts import usercache
from studyguide.worksheets.services import worksheet_create

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def client_of(user) -> Client:
    """A test client logged in as the user (each page-cache test file uses several)."""
    client = Client()
    client.force_login(user)
    return client


def rendered_again(client, path, **extra) -> str:
    """The next GET of the path is a 200 rendered afresh (not served from memory); its HTML."""
    response = client.get(path, **extra)
    assert response.status_code == 200 and not from_memory(response)
    return response.content.decode()


def from_memory(response) -> bool:
    return response.status_code == 200 and response.templates == []


def kept(client, path, **extra):
    """GET ``path`` until it is served from memory, and return the responses: at most three (the first
    request after a write makes the user's page token, the next renders and keeps)."""
    responses = [client.get(path, **extra)]
    while not from_memory(responses[-1]):
        assert len(responses) < 3
        responses.append(client.get(path, **extra))
    return responses


def masked(html: str) -> str:
    return re.sub(r"[A-Za-z0-9]{64}", "TOKEN", html)


@pytest.fixture
def ws_path(student_user):
    ws = worksheet_create(owner=student_user, title="Bakery plan", values={"objective": "Sell more bread"})
    return reverse("worksheets:edit", args=[ws.pk])


def test_a_kept_page_is_the_rendered_page_with_a_fresh_accepted_token(student_user, ws_path):
    client = Client(enforce_csrf_checks=True)
    client.force_login(student_user)
    first, rendered, served = kept(client, ws_path)  # a new user: no page token yet
    assert masked(served.content.decode()) == masked(rendered.content.decode())
    assert dict(served.items()).keys() == dict(rendered.items()).keys()
    html = served.content.decode()
    assert pagecache.CSRF_MARK not in html and "csrfmark" not in html
    tokens = set(TOKEN.findall(html)) | set(re.findall(r'"X-CSRFToken": "([^"]+)"', html))
    assert len(tokens) == 1  # one token per response, as Django's lazy token gives
    token = tokens.pop()
    assert token not in rendered.content.decode()  # masked afresh
    secret = client.cookies["csrftoken"].value
    assert _unmask_cipher_token(token) == secret
    ws_pk = int(ws_path.strip("/").split("/")[-1])
    response = client.post(
        reverse("worksheets:save", args=[ws_pk]),
        {"csrfmiddlewaretoken": token, "metric": "kg", "base_metric": "1", "orig_metric": ""},
    )
    assert response.status_code == 302


def test_another_user_never_gets_a_kept_page(student_user, other_student, ws_path):
    owner = Client()
    owner.force_login(student_user)
    kept(owner, ws_path)
    stranger = Client()
    stranger.force_login(other_student)
    for _ in range(3):
        response = stranger.get(ws_path)
        assert response.status_code == 404 and "Bakery plan" not in response.content.decode()
    # Each user's own worksheet at the next id: each sees only their own.
    theirs = worksheet_create(owner=other_student, title="Stranger plan")
    theirs_path = reverse("worksheets:edit", args=[theirs.pk])
    html = kept(stranger, theirs_path)[2].content.decode()
    assert "Stranger plan" in html and "Bakery plan" not in html and ">other<" in html
    assert "Bakery plan" in owner.get(ws_path).content.decode()
    assert owner.get(theirs_path).status_code == 404


def test_htmx_and_full_page_are_kept_apart(student_client, ws_path):
    kept(student_client, ws_path)
    response = student_client.get(ws_path, **HTMX)
    assert not from_memory(response)
    assert from_memory(student_client.get(ws_path, **HTMX))
    assert not from_memory(student_client.get(ws_path, **HTMX, HTTP_HX_TARGET="main"))
    assert not from_memory(student_client.get(ws_path + "?x=1"))


def test_a_page_with_messages_waiting_is_rendered_and_never_kept(student_client, ws_path):
    kept(student_client, ws_path)
    ws_pk = int(ws_path.strip("/").split("/")[-1])
    student_client.post(reverse("worksheets:submit", args=[ws_pk]))
    shown = student_client.get(ws_path)
    assert not from_memory(shown) and "Submitted: your teachers can now see it" in shown.content.decode()
    again = [student_client.get(ws_path) for _ in range(2)]
    assert all("Submitted: your teachers" not in r.content.decode() for r in again)
    assert from_memory(again[1]) and not from_memory(again[0])


def test_a_message_added_while_rendering_is_not_kept(rf, student_user):
    """The page is not kept when a message waits after the view ran (it would be shown by the next page)."""
    from django.contrib import messages
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.cache import SessionStore
    from django_htmx.middleware import HtmxDetails

    def load(pk):
        return type(student_user).objects.get(pk=pk)

    request = rf.get("/somewhere/")
    request.user = usercache.cached_user(student_user.pk, load)
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    request.htmx = HtmxDetails(request)

    def context():
        messages.info(request, "Said once")
        return {}

    for _ in range(2):
        request.user = usercache.cached_user(
            student_user.pk, lambda pk: type(student_user).objects.get(pk=pk)
        )
        pagecache.render_cached(request, "404.html", context)
    assert len(get_messages(request)) > 0 and pagecache._pages == {}


def test_without_the_shared_cache_every_request_renders(settings, student_client, ws_path):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    responses = [student_client.get(ws_path) for _ in range(4)]
    assert all(r.status_code == 200 and not from_memory(r) for r in responses)
    assert "Bakery plan" in responses[-1].content.decode()


def test_a_shared_cache_that_loses_the_token_renders_again(student_client, student_user, ws_path):
    kept(student_client, ws_path)
    caches["shared"].delete(f"auth-user:{student_user.pk}:{usercache.PAGES}")
    assert not from_memory(student_client.get(ws_path))


def test_debug_keeps_nothing(settings, student_client, ws_path):
    settings.DEBUG = True
    assert not any(from_memory(student_client.get(ws_path)) for _ in range(3))


def test_anonymous_and_non_get_are_never_kept(client, ws_path):
    for _ in range(3):
        assert client.get(ws_path).status_code == 302
    assert pagecache._pages == {}


def test_another_deploy_renders_again(monkeypatch, student_client, ws_path):
    kept(student_client, ws_path)
    monkeypatch.setattr(pagecache, "_deploy", "another deploy")
    assert not from_memory(student_client.get(ws_path))
    assert from_memory(student_client.get(ws_path))


def test_the_deploy_token_follows_the_templates(settings, tmp_path, monkeypatch):
    template = tmp_path / "page.html"
    template.write_text("one")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    monkeypatch.setattr(pagecache, "_deploy", None)
    before = pagecache.deploy_token()
    assert pagecache.deploy_token() == before  # computed once per process
    template.write_text("two, longer")
    monkeypatch.setattr(pagecache, "_deploy", None)
    assert pagecache.deploy_token() != before


def test_a_new_generation_drops_every_users_pages(student_client, ws_path):
    kept(student_client, ws_path)
    usercache.users_forget_all()
    assert not from_memory(student_client.get(ws_path))


def test_memory_is_bounded(monkeypatch, student_client, ws_path):
    monkeypatch.setattr(pagecache, "MAX_BYTES", 1)
    assert not any(from_memory(student_client.get(ws_path)) for _ in range(4))
    assert pagecache._pages == {} and pagecache._size == 0


def test_pages_forget_drops_the_pages_and_keeps_the_users_facts(student_client, student_user, ws_path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    kept(student_client, ws_path)
    usercache.pages_forget(student_user.pk)
    with CaptureQueriesContext(connection) as queries:
        response = student_client.get(ws_path)
    assert not from_memory(response)
    assert not any('FROM "auth_user"' in q["sql"] for q in queries.captured_queries)  # the user stayed cached


def test_csrf_token_is_djangos_format_with_a_fresh_uniform_mask():
    from collections import Counter

    from django.middleware.csrf import CSRF_ALLOWED_CHARS, get_random_string
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    secret = get_random_string(32)
    request.META["CSRF_COOKIE"] = secret
    tokens = [pagecache.csrf_token(request) for _ in range(2000)]
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True  # the cookie is sent again, as get_token does
    assert all(len(t) == 64 and set(t) <= set(CSRF_ALLOWED_CHARS) for t in tokens)
    assert {_unmask_cipher_token(t) for t in tokens} == {secret}
    assert len(set(tokens)) == len(tokens)
    counts = Counter(char for t in tokens for char in t[:32])  # 64000 mask chars, ~1032 of each
    assert len(counts) == len(CSRF_ALLOWED_CHARS)
    assert 850 < min(counts.values()) <= max(counts.values()) < 1250


def test_csrf_token_without_a_secret_yet_lets_django_make_one():
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    token = pagecache.csrf_token(request)
    assert len(token) == 64 and _unmask_cipher_token(token) == request.META["CSRF_COOKIE"]
