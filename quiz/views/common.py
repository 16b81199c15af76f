"""Request helpers shared by the quiz-taking views: UTF-8 form posts, safe return URLs, query parameters."""

from __future__ import annotations

import urllib.parse
from functools import wraps

from django.http import HttpResponseBadRequest

from studyguide.http import HtmxHttpRequest

BAD_ENCODING = (
    "The form data was not valid UTF-8 text, so nothing was saved. "
    "Reload the page and submit again from the form."
)


def _post_is_utf8(request: HtmxHttpRequest) -> bool:
    charset = (request.content_params or {}).get("charset", "utf-8").lower()
    if charset not in {"utf-8", "utf8"}:
        return True  # declared another charset: Django decodes it with that one
    if request.content_type == "application/x-www-form-urlencoded":
        try:
            body = request.body.decode("utf-8")
            urllib.parse.parse_qsl(body, keep_blank_values=True, encoding="utf-8", errors="strict")
        except (UnicodeDecodeError, ValueError):
            return False
        return True
    if request.content_type == "multipart/form-data":
        # Django has already decoded the parts, replacing undecodable bytes with U+FFFD.
        return not any("\ufffd" in v for _k, values in request.POST.lists() for v in values)
    return True


def utf8_post(view):
    """A POST whose form data is not UTF-8 gets a clear 400 instead of silently mangled text."""

    @wraps(view)
    def wrapper(request: HtmxHttpRequest, *args, **kwargs):
        if request.method == "POST" and not _post_is_utf8(request):
            return HttpResponseBadRequest(BAD_ENCODING, content_type="text/plain; charset=utf-8")
        return view(request, *args, **kwargs)

    return wrapper


def with_params(url: str, fragment: str = "", **params) -> str:
    """``url`` with the query parameters set (None drops one) and the fragment."""
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k not in params]
    query += [(k, str(v)) for k, v in params.items() if v is not None]
    return urllib.parse.urlunsplit(("", "", parts.path, urllib.parse.urlencode(query), fragment))


def without_answer(path: str) -> str:
    """The path without its ``?answer=`` parameter (the page to come back to after a result)."""
    parts = urllib.parse.urlsplit(path)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "answer"]
    return urllib.parse.urlunsplit(("", "", parts.path, urllib.parse.urlencode(query), ""))
