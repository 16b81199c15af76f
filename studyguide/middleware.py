"""Request guards that run before any view (the body size limit, the one place user input is cleaned) and the
Permissions-Policy response header.

``RequestBodyLimitMiddleware`` refuses a request whose declared body is over the limit with a 413 before a
byte of it is read (nginx refuses it earlier still, see ``deploy/nginx.conf``). ``CleanInputMiddleware`` is
the single input rule of the site (``studyguide.text``): a NUL byte is removed from every submitted value and
cookie, a URL path containing one is a 404 (it cannot name anything), and a form body or query string that is
not valid UTF-8 is refused with a clear message rather than stored with replacement characters.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.template.loader import render_to_string
from django_htmx.middleware import HtmxDetails

from studyguide import text

TOO_MANY_PARTS = (
    "That form sent too many files or fields at once (at most {files} files and {fields} fields in one "
    "request), so nothing was saved. Go back and send fewer at a time."
)
BAD_ENCODING = (
    "The form data was not valid UTF-8 text, so nothing was saved. "
    "Reload the page and submit again from the form."
)
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def body_limit(path: str) -> int:
    """The largest request body accepted at ``path``: the longest matching prefix in
    ``REQUEST_MAX_BODY_BYTES_BY_PATH``, else ``REQUEST_MAX_BODY_BYTES``."""
    limit = settings.REQUEST_MAX_BODY_BYTES
    best = ""
    for prefix, value in getattr(settings, "REQUEST_MAX_BODY_BYTES_BY_PATH", {}).items():
        if path.startswith(prefix) and len(prefix) > len(best):
            best, limit = prefix, value
    return limit


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = body_limit(request.path_info)
        if length > limit:
            html = render_to_string("413.html", {"size_mb": length / 1048576, "limit_mb": limit / 1048576})
            response = HttpResponse(html, status=413)
            response["Connection"] = "close"  # the unread body must not be taken for the next request
            return response
        return self.get_response(request)


def _cleaned(query: QueryDict) -> QueryDict | None:
    """A copy of ``query`` without NUL in any key or value, or None when there is none to remove."""
    if not any(text.NUL in k or any(text.NUL in v for v in values) for k, values in query.lists()):
        return None
    out = QueryDict(mutable=True, encoding=query.encoding)
    for key, values in query.lists():
        out.setlist(text.strip_nul(key), [text.strip_nul(v) for v in values])
    out._mutable = False
    return out


def _post_is_utf8(request: HttpRequest) -> bool:
    charset = (request.content_params or {}).get("charset", "utf-8").lower()
    if charset not in {"utf-8", "utf8"}:
        return True  # another declared charset: Django decodes with it
    if request.content_type == "application/x-www-form-urlencoded":
        return text.is_utf8_form(request.body)
    # Multipart parts are decoded by Django with undecodable bytes replaced by U+FFFD; browsers send UTF-8,
    # so a replacement character in a text part means the bytes were not UTF-8.
    return not any("\ufffd" in v for _k, values in request.POST.lists() for v in values)


def _raw_query_string(request: HttpRequest) -> bytes:
    query = request.META.get("QUERY_STRING", "")
    try:
        return query.encode("latin-1")  # WSGI hands the raw bytes over as latin-1 text
    except UnicodeEncodeError:
        return query.encode("utf-8")


def _refuse(request: HttpRequest, message: str) -> HttpResponse:
    # This runs before django-htmx's middleware, so ask django-htmx directly (never the header by hand).
    if HtmxDetails(request):
        # A fragment the page shows where the user is looking (422 is swapped, studyguide/http.py).
        return HttpResponse(f'<p class="error" role="alert">{message}</p>', status=422)
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


def _refuse_encoding(request: HttpRequest) -> HttpResponse:
    return _refuse(request, BAD_ENCODING)


class CleanInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if text.NUL in request.path_info:
            raise Http404("No such page.")
        if not text.is_utf8_form(_raw_query_string(request)):
            return _refuse_encoding(request)
        if any(text.NUL in v for v in request.COOKIES.values()):
            request.COOKIES = {k: v for k, v in request.COOKIES.items() if text.NUL not in v}
        cleaned = _cleaned(request.GET)
        if cleaned is not None:
            request.GET = cleaned
        if request.method == "POST" and request.content_type in FORM_TYPES:
            try:
                utf8 = _post_is_utf8(request)
            except (TooManyFilesSent, TooManyFieldsSent, RequestDataTooBig):
                # Parsing the form here would otherwise end in a bare 400 page: say what was wrong instead.
                limits = {
                    "files": settings.DATA_UPLOAD_MAX_NUMBER_FILES,
                    "fields": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
                }
                return _refuse(request, TOO_MANY_PARTS.format(**limits))
            if not utf8:
                return _refuse_encoding(request)
            cleaned = _cleaned(request.POST)
            if cleaned is not None:
                request.POST = cleaned
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """``Permissions-Policy`` from ``settings.PERMISSIONS_POLICY`` ({feature: allowed origins}; [] = off)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})" for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request: HttpRequest):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response
