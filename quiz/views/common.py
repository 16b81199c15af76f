"""Request helpers shared by the quiz-taking views: query parameters and return URLs. (Input encoding and NUL
bytes are checked for the whole site by ``studyguide.middleware.CleanInputMiddleware``.)"""

from __future__ import annotations

import urllib.parse


def with_params(url: str, fragment: str = "", **params) -> str:
    """``url`` with the query parameters set (None drops one) and the fragment."""
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k not in params]
    query += [(k, str(v)) for k, v in params.items() if v is not None]
    return urllib.parse.urlunsplit(("", "", parts.path, urllib.parse.urlencode(query), fragment))


def without_answer(path: str) -> str:
    """The path without its ``?answer=`` and ``?retry=`` parameters (the page to come back to after a result,
    which then shows the item's latest answer)."""
    parts = urllib.parse.urlsplit(path)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k not in ("answer", "retry")]
    return urllib.parse.urlunsplit(("", "", parts.path, urllib.parse.urlencode(query), ""))
