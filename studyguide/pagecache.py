"""A student's pages kept as rendered HTML in each worker's memory, reused while nothing they show changed.

What is left of a page's cost once its data comes from caches is the template language itself (hundreds of
variable lookups, dozens of URL tags). ``render_cached`` renders a page once and serves the same bytes while
its key stays the same. The key holds everything the page can depend on:

- the user (id, role flags) and their page token, which lives beside the user in the shared cache
  (``usercache.pages_token``) and goes whenever anything about the user goes: every write path that changes
  a student's data already drops their cached facts through signals (``usercache.register(changed_by=...)``),
  and a new usercache generation (a group changed) drops every user's;
- the version tokens of the shared content the page shows (``depends_on``: course, classifier models);
- ``facts``: what the view read itself and shows (a worksheet's row and its comments), compared by value;
- the request: full path with the query string, whether htmx asked and for what, host, scheme, script
  prefix, language, time zone;
- this process's code and templates (``deploy_token``), so markup of an older deploy is never served.

The CSRF token differs per request: the page is rendered with a marker in its place (``csrf_marker``, a
context processor) and each response gets the request's own token where the marker is. Nothing else
per-request may be on a cached page: views whose template shows the time relative to now, a form's posted
values or anything from the session must put it in ``facts`` or not use this. Never kept: anything but a
200, a response that sets a cookie, a request with messages waiting (they are shown once), an anonymous
visitor, DEBUG. Without a working shared cache there is no page token and every request renders.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.messages import get_messages
from django.http import HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, get_token
from django.shortcuts import render
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.translation import get_language

from studyguide import versioned
from studyguide.accounts.selectors import is_teacher
from studyguide.accounts.usercache import pages_token

MAX_BYTES = 24 * 1024 * 1024  # per worker; the oldest pages go first
# Random per process, so no text a user wrote can forge it; letters and digits only, so escaping keeps it.
CSRF_MARK = "csrfmark" + secrets.token_hex(16)
_RECORDING = "_pagecache_recording"

_pages: OrderedDict[tuple, tuple[bytes, tuple]] = OrderedDict()
_size = 0
_lock = threading.Lock()
_deploy: str | None = None


def csrf_marker(request) -> dict:
    """Context processor (after Django's own csrf one): while a page is rendered for keeping, the marker
    stands where the CSRF token goes."""
    if getattr(request, _RECORDING, False):
        return {"csrf_token": CSRF_MARK}
    return {}


def deploy_token() -> str:
    """This process's code and templates: every template file's path, size and modification time, and
    settings.VERSION when set (computed once per process)."""
    global _deploy
    if _deploy is None:
        digest = hashlib.blake2b(str(getattr(settings, "VERSION", "")).encode(), digest_size=16)
        folders = [Path(d) for engine in settings.TEMPLATES for d in engine.get("DIRS", ())]
        folders += [Path(app.path) / "templates" for app in apps.get_app_configs()]
        for folder in folders:
            for root, _dirs, files in sorted(os.walk(folder)):
                for name in sorted(files):
                    stat = (Path(root) / name).stat()
                    digest.update(f"{root}/{name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
        _deploy = digest.hexdigest()
    return _deploy


def _request_key(request) -> tuple:
    htmx = request.htmx
    return (
        request.get_full_path(),
        request.get_host(),
        request.is_secure(),
        get_script_prefix(),
        get_language(),
        timezone.get_current_timezone_name(),
        bool(htmx),
        (htmx.boosted, htmx.target, htmx.trigger, htmx.trigger_name, htmx.history_restore_request)
        if htmx
        else None,
    )


def _messages_waiting(request) -> bool:
    return len(get_messages(request)) > 0  # len() does not mark them as shown


def _key(request, template_name: str, facts, depends_on: Iterable[versioned.Versioned]) -> tuple | None:
    """The page's key, or None when it must not be kept or served from memory."""
    user = request.user
    if settings.DEBUG or request.method != "GET" or not user.is_authenticated:
        return None
    user = getattr(user, "_wrapped", user)  # set up by now: no lazy proxy for each attribute that follows
    token = pages_token(user)  # first: made now when missing, for the next request
    if token is None or _messages_waiting(request):
        return None
    tokens = tuple(namespace.token() for namespace in depends_on)
    if None in tokens:
        return None
    roles = (is_teacher(user), user.is_staff, user.is_superuser, user.is_active)
    return (template_name, user.pk, token, roles, tokens, facts, _request_key(request), deploy_token())


def render_cached(
    request,
    template_name: str,
    context: Callable[[], dict],
    *,
    facts: object = (),
    depends_on: Iterable[versioned.Versioned] = (),
):
    """``render(request, template_name, context())``, from memory when the key (see the module docstring)
    is the same as last time. ``facts``: a hashable value standing for whatever the view read itself that the
    page shows (compared by value); ``context`` is only called when the page is rendered."""
    key = _key(request, template_name, facts, depends_on)
    if key is not None:
        with _lock:
            kept = _pages.get(key)
            if kept is not None:
                _pages.move_to_end(key)
        if kept is not None:
            return _response(request, *kept)
        setattr(request, _RECORDING, True)
    try:
        response = render(request, template_name, context())
    finally:
        if key is not None:
            delattr(request, _RECORDING)
    if key is None:
        return response
    body, headers = response.content, tuple(response.items())
    if response.status_code == 200 and not response.cookies and not _messages_waiting(request):
        _keep(key, body, headers)
    return _response(request, body, headers)


def _response(request, body: bytes, headers: tuple):
    mark = CSRF_MARK.encode()
    if mark in body:
        body = body.replace(mark, csrf_token(request).encode())
    response = HttpResponse(body)
    # The kept headers were checked when the page was rendered (HttpResponse validates on assignment): they
    # go back in as they were, lower-cased for lookup as ResponseHeaders stores them.
    response.headers._store.update((name.lower(), (name, value)) for name, value in headers)
    return response


_INDEX = {char: i for i, char in enumerate(CSRF_ALLOWED_CHARS)}
_BASE = len(CSRF_ALLOWED_CHARS)  # 62
_ACCEPT = 256 - 256 % _BASE  # 248: bytes below it, taken modulo 62, give every index equally often (4 times)
_TO_CHAR = bytes(range(256)).maketrans(bytes(range(_BASE)), CSRF_ALLOWED_CHARS.encode())


def _random_indices(n: int) -> bytes:
    """n indices into CSRF_ALLOWED_CHARS, each uniform and unpredictable (secrets, rejection sampling)."""
    out = b""
    while len(out) < n:
        out += bytes(b % _BASE for b in secrets.token_bytes(n + 4) if b < _ACCEPT)
    return out[:n]


def csrf_token(request) -> str:
    """``django.middleware.csrf.get_token``: the request's CSRF secret under a fresh random mask, with its
    side effect (the cookie is sent again). Django draws the mask one ``secrets.choice`` at a time (~40 us a
    token); here one ``token_bytes`` call gives the whole mask, as uniform. Anything but a well-formed secret
    from the cookie (none yet, another length) is left to Django."""
    secret = request.META.get("CSRF_COOKIE")
    if (
        not isinstance(secret, str)
        or len(secret) != CSRF_SECRET_LENGTH
        or not (secret.isascii() and secret.isalnum())
    ):
        return get_token(request)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    mask = _random_indices(CSRF_SECRET_LENGTH)
    cipher = bytes((_INDEX[char] + m) % _BASE for char, m in zip(secret, mask, strict=True))
    return (mask + cipher).translate(_TO_CHAR).decode()


def _keep(key: tuple, body: bytes, headers: tuple) -> None:
    global _size
    with _lock:
        if key in _pages:
            return
        _pages[key] = (body, headers)
        _size += len(body)
        while _size > MAX_BYTES and _pages:
            _, (old, _headers) = _pages.popitem(last=False)
            _size -= len(old)


def clear_local() -> None:
    """Forget every kept page of this process (tests, between two test databases)."""
    global _size
    with _lock:
        _pages.clear()
        _size = 0
