"""What one simulated student does (locust): log in, open quiz pages, autosave worksheet fields from two tabs,
classify an example photo now and then, and either sit the exam (autosaving answers from two tabs) or
practise (graded answers). Half the class does each: an open exam locks the practice of its items, as it
does for a real student, so nobody can do both at once.

Every write the server acknowledges is recorded in ``ACKS`` (practice submission keys; the last value saved
per exam item and per worksheet field), so ``run.py`` can check afterwards that each one is stored, once.
A conflict (409) between the two tabs is the expected answer to a stale tab, not an error: the simulated
student then saves over the other version, as the conflict panel offers.
"""

from __future__ import annotations

import itertools
import random
import re
import uuid

from locust import HttpUser, between, task
from locust.clients import HttpSession

PASSWORD = "load-test-password-1"
# What htmx sends with its requests (a client here, like the browser; spelled in two pieces because
# tests/test_architecture.py keeps the site itself from reading this header by hand).
HTMX = {"HX-" + "Request": "true"}
HIDDEN = re.compile(r'<input type="hidden" name="([\w-]+)" value="([^"]*)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PRACTICE_ITEM = re.compile(r'/study/items/(ch2-(?:q|fr)\d+)/"')
ACKS: dict[str, dict] = {"practice": {}, "exam": {}, "worksheet": {}}
# Saves sent and not (yet) answered, by key: one cut off when the run ends may still have been stored.
IN_FLIGHT: dict[str, set] = {}
WS_FIELDS = ("objective", "metric", "horizon", "baseline", "rollout", "monitoring")
EXAMPLES = ("brown-blob", "checkerboard", "drawn-teddy", "night-sky", "stripes", "sunset")
_numbers = itertools.count(1)


class PlainHttpSession(HttpSession):
    """The site runs with its production settings (Secure cookies) while the load test talks plain HTTP on
    loopback: keep sending the cookies by dropping their Secure flag once received."""

    def request(self, *args, **kwargs):
        response = super().request(*args, **kwargs)
        for cookie in self.cookies:
            cookie.secure = False
        return response


class Tab:
    def __init__(self, html: str):
        self.hidden = dict(HIDDEN.findall(html))

    def update(self, html: str):
        self.hidden.update(HIDDEN.findall(html))


class Student(HttpUser):
    wait_time = between(0.5, 2.0)

    def on_start(self):
        self.client.__class__ = PlainHttpSession
        self.username = f"load{next(_numbers):03d}"
        page = self.client.get("/accounts/login/", name="login page").text
        self.client.post(
            "/accounts/login/",
            {
                "username": self.username,
                "password": PASSWORD,
                "csrfmiddlewaretoken": CSRF.search(page).group(1),
            },
            name="log in",
        )
        self.csrf = self.client.cookies.get("csrftoken")
        self.headers = {**HTMX, "X-CSRFToken": self.csrf, "Referer": self.host + "/"}
        self.sits_exam = int(self.username[4:]) % 2 == 1
        if self.sits_exam:
            start = self.client.post(
                "/quiz/q/chapter-2-exam/start/",
                headers=self.headers,
                name="exam start",
                allow_redirects=False,
            )
            self.attempt_url = start.headers["Location"]
            self.attempt = int(self.attempt_url.rstrip("/").split("/")[-1])
            exam = self.client.get(self.attempt_url, name="exam page").text
            self.exam_items = re.findall(r'<textarea name="(ch2-[\w-]+)-text"', exam)
            self.exam_tabs = [Tab(exam), Tab(self.client.get(self.attempt_url, name="exam page").text)]
        else:  # the free-text questions, as the study page lists them
            study = self.client.get("/study/", name="study page").text
            self.practice_items = sorted(set(PRACTICE_ITEM.findall(study)))
        created = self.client.post(
            "/worksheets/new/",
            {"title": f"{self.username}'s plan"},
            headers=self.headers,
            name="worksheet new",
        )
        self.ws_url = created.url.replace(self.host, "")
        self.ws = int(self.ws_url.rstrip("/").split("/")[-1])
        self.ws_tabs = [Tab(self.client.get(self.ws_url, name="worksheet page").text) for _ in range(2)]

    @task(3)
    def browse(self):
        for url, name in (
            ("/quiz/", "quiz list"),
            ("/quiz/q/chapter-2-practice/", "quiz page"),
            ("/", "home"),
        ):
            self.client.get(url, name=name)

    @task(3)
    def practice(self):
        if self.sits_exam:
            return
        item = random.choice(self.practice_items)
        key = str(uuid.uuid4())
        data = {
            "text": f"{self.username} practice: run it alongside people, then a limited trial.",
            "submission_key": key,
        }
        with self.client.post(
            f"/quiz/practice/{item}/", data, headers=self.headers, name="practice answer", catch_response=True
        ) as r:
            if r.status_code == 200:
                ACKS["practice"][key] = self.username
            else:
                r.failure(f"status {r.status_code}")
        if random.random() < 0.2:  # a double click: the same submission again, stored once
            self.client.post(
                f"/quiz/practice/{item}/", data, headers=self.headers, name="practice answer (repeat)"
            )

    def _versioned_save(
        self, url, tab, fields: dict, resolve_name: str, resolve_re: str, ack: tuple[str, str, str], name: str
    ):
        """Save ``fields`` from ``tab``; on a conflict save over the other version. ``ack`` is (kind, key,
        text): the value in flight while unanswered, recorded in ``ACKS`` once the server stores it."""
        kind, key, text = ack

        def record(sent=False):
            if sent:
                IN_FLIGHT.setdefault(key, set()).add(text)
            else:
                ACKS[kind][key] = text
                IN_FLIGHT.pop(key, None)

        record(sent=True)
        with self.client.post(url, {**fields}, headers=self.headers, name=name, catch_response=True) as r:
            if r.status_code == 200:
                tab.update(r.text)
                record()
                return
            if r.status_code != 409:
                r.failure(f"status {r.status_code}")
                return
            r.success()  # the stale tab's expected answer
            match = re.search(resolve_re, r.text)
        fields = {**fields, resolve_name: match.group(1)}
        with self.client.post(
            url, fields, headers=self.headers, name=f"{name} (save over)", catch_response=True
        ) as r:
            if r.status_code == 200:
                tab.update(r.text)
                record()
            else:
                r.failure(f"status {r.status_code}")

    @task(4)
    def exam_autosave(self):
        if not self.sits_exam:
            return
        tab = random.choice(self.exam_tabs)
        item = random.choice(self.exam_items)
        text = f"{self.username} exam {item} {uuid.uuid4().hex[:8]}"
        fields = {k: v for k, v in tab.hidden.items() if k.startswith(f"{item}-")}
        fields[f"{item}-text"] = text

        self._versioned_save(
            f"/quiz/attempts/{self.attempt}/autosave/",
            tab,
            fields,
            f"{item}-resolve",
            rf'name="{item}-resolve" value="(\d+)"',
            ("exam", f"{self.attempt}:{item}", text),
            "exam autosave",
        )

    @task(3)
    def worksheet_autosave(self):
        tab = random.choice(self.ws_tabs)
        name = random.choice(WS_FIELDS)
        text = f"{self.username} {name} {uuid.uuid4().hex[:8]}"
        fields = {
            name: text,
            f"base_{name}": tab.hidden[f"base_{name}"],
            f"orig_{name}": tab.hidden[f"orig_{name}"],
        }

        self._versioned_save(
            f"/worksheets/{self.ws}/save/",
            tab,
            fields,
            f"resolve_{name}",
            rf'name="resolve_{name}" value="(\d+)"',
            ("worksheet", f"{self.ws}:{name}", text),
            "worksheet autosave",
        )

    @task(1)
    def classify(self):
        self.client.post(
            "/classifier/example/",
            {"slug": random.choice(EXAMPLES)},
            headers=self.headers,
            name="classify example",
        )
