"""A web worker imports neither torch nor fastai: production settings, the WSGI app, both models warmed as
gunicorn.conf.py's post_worker_init warms them, then every main page a student opens (a classification, an
answer graded, a plan coached and both labs included) and the teacher's review pages.

Two subprocesses: the first prepares a database (build commands may use torch), the second is the worker and
must never load torch. The database is a SQLite file here; `make bench` runs the same pages on PostgreSQL
under gunicorn.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.real_model
REPO = Path(__file__).resolve().parents[1]

SETUP = """
import django, json
django.setup()
from django.core.management import call_command
for command in ("migrate", "load_course", "create_quizzes", "build_classifier"):
    call_command(command, verbosity=0)
call_command("create_demo_accounts", password="pw-for-this-test-only", verbosity=0)
from studyguide.bench import site
bench = site.prepare(password="pw-for-this-test-only")
print(json.dumps({"user_id": bench.user_id, "pages": bench.pages}))
"""

WORKER = """
import json, runpy, sys
bench = json.loads(sys.argv[1])
from studyguide.wsgi import application  # what gunicorn imports

class Worker:  # what post_worker_init reads of gunicorn's worker
    pid = 0
    class log:
        @staticmethod
        def exception(msg): raise RuntimeError(msg)
        @staticmethod
        def info(*args): pass

runpy.run_path("gunicorn.conf.py")["post_worker_init"](Worker())
from classifier import runtime
from studyguide.embeddings import runtime as embedder_runtime
assert embedder_runtime._embedder is not None and runtime._CACHE, "both models warm"

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from studyguide.course.models import Item

client = Client(HTTP_HOST="studyguide.test")
client.force_login(get_user_model().objects.get(pk=bench["user_id"]))
statuses = {}
statuses["classify"] = client.post(reverse("classifier:example"), {"slug": "drawn-teddy"}).status_code
for name, path in bench["pages"].items():
    response = client.get(path)
    statuses[name] = response.status_code
    if name == "classifier":
        assert "Bear mass" in response.content.decode() or "bear mass" in response.content.decode()
item = Item.objects.filter(kind=Item.Kind.FREE_TEXT, variant_of__isnull=True).order_by("order").first()
statuses["answer"] = client.post(
    reverse("quiz:practice_item", args=[item.item_id]),
    {"text": "Data that looks unlike the training data, seen in production.",
     "submission_key": "2f1c7a52-0000-4000-8000-000000000001"},
).status_code
statuses["resize_lab"] = client.get(reverse("classifier:resize")).status_code
shift = {"corruption": "night", "severity": 3}
statuses["shift_lab"] = client.get(reverse("classifier:shift"), shift).status_code
worksheet = bench["pages"]["worksheet"]
statuses["coaching"] = client.post(worksheet + "check/", {}).status_code

teacher = Client(HTTP_HOST="studyguide.test")
teacher.force_login(get_user_model().objects.get(username="teacher"))
statuses["teacher_review"] = teacher.get(reverse("quiz:review_home")).status_code

loaded = sorted(m for m in ("torch", "fastai", "torchvision", "timm", "sentence_transformers", "transformers")
                if m in sys.modules)
print(json.dumps({"statuses": statuses, "loaded": loaded}))
"""


def production_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "QUIZ_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="studyguide.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="lean-worker-test-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="studyguide.test",
        DJANGO_SECURE_SSL_REDIRECT="0",
        # Static files from the finders: this test does not run collectstatic (make bench does).
        DJANGO_TESTING="1",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(tmp_path / "media"),
        CLASSIFIER_MODEL_DIR=str(settings.CLASSIFIER_MODEL_DIR),
        EMBEDDER_MODEL_DIR=str(settings.EMBEDDER_MODEL_DIR),
        GUNICORN_WARM_MODELS="1",
    )
    return env


def run(code: str, env: dict[str, str], *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_web_worker_serves_every_page_without_torch_or_fastai(tmp_path):
    env = production_env(tmp_path)
    bench = run(SETUP, env)
    report = run(WORKER, env, json.dumps(bench))
    statuses = report["statuses"]
    assert set(bench["pages"]) <= set(statuses)
    assert all(code in (200, 302) for code in statuses.values()), statuses
    assert report["loaded"] == [], report
