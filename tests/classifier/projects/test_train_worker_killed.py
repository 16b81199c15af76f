"""A worker killed in the middle of writing a model: the job is shown as failed with a clear message and no
half-written model is ever visible.

The real ``manage.py db_worker`` runs as a separate process, so it can be killed with SIGKILL. It shares a
throwaway SQLite file database with this test's helper processes (not the suite's own test database, which
the test run may remove or flush at any time), and the same media and model folders.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.real_model]
REPO = Path(__file__).resolve().parents[3]

SETUP = """
from django.contrib.auth import get_user_model
from classifier.projects.services import images, jobs, projects
from tests.classifier.projects.conftest import photo_file
owner = get_user_model().objects.create_user("killed", password="x-y-z-12345")
project = projects.project_create(owner=owner, name="Bears", class_names=["grizzly", "black"])
for i, k in enumerate(project.classes.order_by("name")):
    files = [photo_file(f"{k.name}{j}.jpg", seed=10 * i + j, colour=(150 * i, 60, 40)) for j in range(6)]
    assert images.images_add(project=project, klass=k, files=files).added == 6
print(jobs.training_job_start(project=project, epochs=1).pk)
"""

SWEEP = """
import json
from classifier.projects.models import ProjectModel, TrainingJob
from classifier.projects.services import jobs
jobs.training_job_reap_stale(stale_seconds=0)
job = TrainingJob.objects.get()
print(json.dumps({"status": job.status, "error": job.error, "models": ProjectModel.objects.count()}))
"""


@pytest.fixture
def site(tmp_path):
    """Settings for the helper processes: their own database file, media and model folders."""
    db = str(tmp_path / "db.sqlite3")
    (tmp_path / "killtest_settings.py").write_text(
        textwrap.dedent(
            f"""
            from tests.settings import *  # noqa: F403
            DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": {db!r},
                                       "OPTIONS": {{"timeout": 20}}}}}}
            MEDIA_ROOT = {str(tmp_path / "media")!r}
            CLASSIFIER_MODEL_DIR = {str(tmp_path / "models")!r}
            CLASSIFIER_TRAINING_IMAGE_SIZE = 64
            """
        )
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "killtest_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO)]),
    }
    env.pop("DATABASE_URL", None)

    def manage(*args, **kw) -> str:
        out = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, **kw
        )
        assert out.returncode == 0, out.stderr[-3000:]
        return out.stdout

    manage("migrate", "--noinput", "-v", "0")
    return tmp_path, env, manage


def test_train_worker_killed_while_writing_the_model_leaves_a_failed_job_and_no_model(site):
    tmp_path, env, manage = site
    job_id = int(manage("shell", "-c", SETUP).strip().splitlines()[-1])
    projects_dir = tmp_path / "models" / "projects"
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.2"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 240
        while not list(projects_dir.glob(".tmp-*")):  # the worker has started writing the model
            assert worker.poll() is None, "the worker exited on its own"
            assert not (projects_dir / f"job-{job_id}").exists(), "finished before it could be killed"
            assert time.monotonic() < deadline, "the worker never started writing a model"
            time.sleep(0.02)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()

    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        status, heartbeat = db.execute(
            "SELECT status, heartbeat_at FROM classifier_trainingjob WHERE id = ?", (job_id,)
        ).fetchone()
    assert status == "running" and heartbeat  # nobody has noticed yet: the row still says running
    assert [p.name for p in projects_dir.iterdir()][0].startswith(".tmp-job-")  # only the hidden temp folder

    swept = json.loads(manage("shell", "-c", SWEEP).strip().splitlines()[-1])
    assert swept["status"] == "failed" and swept["models"] == 0
    assert "training worker stopped while working on this job" in swept["error"]
    assert "No model was saved" in swept["error"]
    assert list(projects_dir.iterdir()) == []  # the half-written folder was removed
