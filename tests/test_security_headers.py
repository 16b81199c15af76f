"""Issue 12, finding 10: no Content-Security-Policy or Permissions-Policy header, and /health/ said 200 with
the database down. The policy is strict (no inline script or style), the templates keep to it (checked
here on the source, and in a real browser in ``tests/test_csp_browser.py``); the two health endpoints
differ."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError

pytestmark = pytest.mark.django_db
TEMPLATES = Path(settings.BASE_DIR) / "templates"


def test_every_page_gets_a_strict_content_security_policy(client):
    for url in ("/", "/no-such-page/", "/accounts/login/", "/health/live/"):
        policy = client.get(url)["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
        assert directives["default-src"] == "'self'" and directives["script-src"] == "'self'"
        assert directives["style-src"] == "'self'" and directives["object-src"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"
        assert "unsafe" not in policy, url


def test_permissions_policy_switches_off_what_the_site_never_uses(client):
    header = client.get("/")["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in header


def test_templates_have_no_inline_script_handler_or_style():
    offenders = []
    for path in TEMPLATES.rglob("*.html"):
        source = path.read_text(encoding="utf-8")
        for pattern, what in (
            (r"<script(?![^>]*\bsrc=)[^>]*>", "inline <script>"),
            (r"\son[a-z]+\s*=", "inline event handler"),
            (r"\sstyle\s*=", "style attribute"),
            (r"<style\b", "<style> element"),
            (r"javascript:", "javascript: URL"),
            (r"hx-on", "hx-on (evaluated code)"),
        ):
            if re.search(pattern, source, flags=re.IGNORECASE):
                offenders.append(f"{path.relative_to(TEMPLATES)}: {what}")
    assert not offenders, offenders


def test_health_checks_the_database(client, monkeypatch, django_assert_num_queries):
    response = client.get("/health/")
    assert response.status_code == 200 and response.content == b"ok"
    from django.db.backends.base.base import BaseDatabaseWrapper

    def down(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", down)
    response = client.get("/health/")
    assert response.status_code == 503 and b"database unavailable" in response.content
    # liveness never touches the database, so it stays 200
    with django_assert_num_queries(0):
        assert client.get("/health/live/").content == b"ok"


def test_the_500_page_needs_no_inline_style(rf):
    from studyguide.views import server_error

    html = server_error(rf.get("/")).content.decode()
    assert "Something went wrong" in html and "<style" not in html
