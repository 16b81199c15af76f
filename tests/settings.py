"""Test settings: the real settings in debug-free mode, with fast hashing and an isolated media folder."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-used-anywhere-else-0123456789")
os.environ.setdefault("DJANGO_TESTING", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from studyguide.settings import *  # noqa: E402,F403


def _scratch_folder(prefix: str) -> str:
    """A temporary folder removed when this process exits: every test process (each xdist worker too) makes
    its own, and without the cleanup each run left its media, database and ~70 MB of models in /tmp."""
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


DEBUG = False
ALLOWED_HOSTS = ["*"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = _scratch_folder("studyguide-test-media-")
CLASSIFIER_MODEL_DIR = os.environ.get("TEST_CLASSIFIER_MODEL_DIR", _scratch_folder("studyguide-test-models-"))
# Serve static files from the finders (no collectstatic in tests), as DEBUG would.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Exams are graded inside the submit, as the task worker would grade them; tests of the queued path switch
# QUIZ_GRADING_TASKS_BACKEND to "default" and run the real worker (tests/quiz/test_exam_grading_task.py).
TASKS = {
    **TASKS,  # noqa: F405
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["grading"]},
}
QUIZ_GRADING_TASKS_BACKEND = "immediate"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # The SQLite test database is a file in write-ahead-log mode, not Django's default in-memory database.
    # In memory, every thread's connection shares one cache with table locks that fail at once instead of
    # waiting, and a statement left open by one thread (a task worker, the live server) blocks every other
    # thread's writes: one slow browser test then failed every later test's flush (CI, 188 errors). In WAL
    # mode readers never block the writer, and a writer waits up to the connection timeout for another.
    # synchronous=OFF: a test database need not survive a power cut, so commits skip the disk flush.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(_scratch_folder("studyguide-test-db-"), "test.sqlite3")
    }
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"  # noqa: F405
