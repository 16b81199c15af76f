"""HTTP conventions shared by every app.

``HtmxHttpRequest`` types ``request.htmx`` (set by django-htmx's middleware) so views can be annotated.

Fragment status policy (one for the whole site; ``HTMX_RESPONSE_HANDLING`` below is what ``base.html`` gives
htmx, so server and browser agree):

- 2xx: the fragment is swapped (204: nothing to swap).
- 401, 403, 409, 422, 429: a fragment the user must read (logged out, not allowed, edit conflict, invalid
  input, too many requests). It carries its real status *and* is swapped like a success, so the message
  lands where the user is looking and nothing typed is lost.
- Any other 4xx/5xx: not swapped; ``static/js/site.js`` shows a generic, polite error banner.

Full-page (non-htmx) requests get the same statuses on a whole page.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme
from django_htmx.middleware import HtmxDetails

# Statuses whose fragment is meant to be read by the user (see the module docstring).
SWAPPED_ERROR_STATUSES = (401, 403, 409, 422, 429)

HTMX_RESPONSE_HANDLING = [
    {"code": "204", "swap": False},
    {"code": "[23]..", "swap": True},
    {"code": "(" + "|".join(str(s) for s in SWAPPED_ERROR_STATUSES) + ")", "swap": True, "error": False},
    {"code": "[45]..", "swap": False, "error": True},
    {"code": "...", "swap": False},
]

# ``<meta name="htmx-config">`` content: the policy above, and no inline indicator styles (a strict
# Content-Security-Policy forbids them; site.css styles ``.htmx-indicator``).
HTMX_CONFIG_JSON = json.dumps({"responseHandling": HTMX_RESPONSE_HANDLING, "includeIndicatorStyles": False})


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def client_ip(request: HttpRequest) -> str:
    """The client's address: the header a trusted reverse proxy sets (``CLIENT_IP_HEADER``), else the
    connection's own address. Login throttling and rate limits count per this address."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header:
        value = request.META.get("HTTP_" + header.upper().replace("-", "_"), "").split(",")[0].strip()
        if value:
            return value
    return request.META.get("REMOTE_ADDR", "")


def safe_return(request: HttpRequest, value: str | None, default: str) -> str:
    """``value`` when it is a path on this site, else ``default`` (never an open redirect)."""
    if (
        value
        and value.startswith("/")
        and url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()})
    ):
        return value
    return default
