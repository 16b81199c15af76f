"""A logged-in student's HTTP requests to a running server (urllib): check a page, sit an exam."""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookies import SimpleCookie

_CSRF_INPUT_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Cookies kept by hand (one site), redirects not followed: the benchmark reads every status itself."""

    def __init__(self, base_url: str, cookies: dict[str, str]):
        self.base_url = base_url.rstrip("/")
        self.cookies = dict(cookies)
        self._opener = urllib.request.build_opener(_NoRedirect)

    @property
    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def request(self, path: str, data: dict | None = None) -> tuple[int, str, dict]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        headers = {"Cookie": self.cookie_header}
        req = urllib.request.Request(self.base_url + path, data=body, headers=headers)  # noqa: S310
        if body is not None:
            req.add_header("Referer", self.base_url + path)
        try:
            with self._opener.open(req, timeout=120) as resp:  # noqa: S310 - our own server
                status, text, headers = resp.status, resp.read().decode(), dict(resp.headers)
        except urllib.error.HTTPError as exc:
            status, text, headers = exc.code, exc.read().decode(errors="replace"), dict(exc.headers)
        for header in headers.get("Set-Cookie", "").split("\n") if headers.get("Set-Cookie") else []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return status, text, headers


def submit_exam(browser: Browser, attempt_id: int, answers: dict[str, str]) -> tuple[float, float]:
    """Seconds for the exam's submit POST (every answer stored, the attempt closed, its grading queued), as
    the student waits; and seconds from the submit until the result page shows the grades (a task worker
    grades the free-text answers meanwhile; the page is polled every 0.2 s, as htmx polls it)."""
    status, html, _ = browser.request(f"/quiz/attempts/{attempt_id}/")
    match = _CSRF_INPUT_RE.search(html)
    if status != 200 or not match:
        raise RuntimeError(f"exam page {attempt_id}: status {status}, no CSRF token")
    data = {"csrfmiddlewaretoken": match.group(1)}
    for item_id, text in answers.items():
        data[f"{item_id}-text"] = text
        data[f"{item_id}-seen"] = "1"
    t0 = time.perf_counter()
    status, _, headers = browser.request(f"/quiz/attempts/{attempt_id}/submit/", data)
    seconds = time.perf_counter() - t0
    if status != 302 or "result" not in headers.get("Location", ""):
        raise RuntimeError(f"exam submit {attempt_id}: status {status} {headers.get('Location')}")
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        status, html, _ = browser.request(f"/quiz/attempts/{attempt_id}/result/")
        if status == 200 and "Grading your answers" not in html:
            return seconds, time.perf_counter() - t0
        time.sleep(0.2)
    raise RuntimeError(f"exam {attempt_id}: not graded within 300 s (is the grading worker running?)")
