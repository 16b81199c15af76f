"""Fixtures for student projects: generated photos (two colours), a project filled through the real
upload service, small training settings, and a way to run the real task worker."""

from __future__ import annotations

import io
import shutil
import threading
import time
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.classifier.images import jpeg

COLOURS = {"grizzly": (150, 95, 45), "black": (20, 20, 28), "teddy": (215, 170, 110)}


def photo_file(name: str, seed: int, colour=(150, 95, 45), w: int = 96, h: int = 72) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, jpeg(w, h, seed=seed, color=colour), content_type="image/jpeg")


def zip_bytes(entries: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.fixture
def small_training(settings):
    """Training settings that keep a real run short on two cores; an empty projects model folder (inside the
    session's model folder, where the built-in model also lives)."""
    from classifier.projects import paths

    settings.CLASSIFIER_TRAINING_IMAGE_SIZE = 64
    settings.CLASSIFIER_TRAINING_BATCH_SIZE = 8
    settings.CLASSIFIER_TRAINING_MIN_IMAGES_PER_CLASS = 5
    shutil.rmtree(paths.projects_dir(), ignore_errors=True)
    yield settings
    shutil.rmtree(paths.projects_dir(), ignore_errors=True)


@pytest.fixture
def make_project():
    """A project of ``owner`` whose classes each get ``n`` generated photos through the upload service."""
    from classifier.projects.services import images, projects

    def make(owner, classes=("grizzly", "black"), n: int = 6, name: str = "Bears"):
        project = projects.project_create(owner=owner, name=name, class_names=list(classes))
        for i, klass in enumerate(project.classes.order_by("name")):
            colour = COLOURS.get(klass.name, (40 * i, 120, 200 - 40 * i))
            files = [photo_file(f"{klass.name}_{j}.jpg", seed=100 * i + j, colour=colour) for j in range(n)]
            report = images.images_add(project=project, klass=klass, files=files)
            assert report.added == n, report.problems
        return project

    return make


class WorkerThread:
    """The real django-tasks database worker (``manage.py db_worker``'s loop) in a thread of this process,
    so it shares the test database on SQLite and PostgreSQL alike."""

    def __init__(self):
        from django_tasks_db.management.commands.db_worker import Worker

        self.worker = Worker(
            queue_names=["default"],
            interval=0.2,
            batch=False,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        )
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        from django.db import connections

        try:
            self.worker.run()
        finally:
            connections.close_all()

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.worker.running = False
        self.thread.join(timeout=120)


@pytest.fixture
def task_worker():
    """The real worker loop in a thread of this process (the test database is a file on SQLite, so its
    connection waits for the live server's writes as separate processes would; see tests/settings.py)."""
    with WorkerThread() as worker:
        yield worker


def wait_for_job(job, timeout: float = 180.0):
    """Until the worker has finished ``job`` (the browser tests' worker runs in its own thread)."""
    deadline = time.monotonic() + timeout
    while True:
        job.refresh_from_db()
        if not job.is_active or time.monotonic() > deadline:
            return job
        time.sleep(0.2)
