"""The session read in the same shared-cache round trip as the logged-in user (studyguide.accounts.sessions):
one round trip per warm request, a wrong guess never shows another user, and a session the cache lost, a
hostile cookie or a logout behave as with Django's cached_db."""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.urls import reverse

from studyguide.accounts import sessions, usercache

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_trips(monkeypatch):
    """The shared-cache calls each request makes (outermost only: locmem's get_many calls get itself)."""
    cache = caches["shared"]
    calls: list[str] = []
    depth = [0]
    for name in ("get", "get_many", "set", "add", "delete", "delete_many", "set_many", "touch"):
        method = getattr(cache, name)

        def counted(*args, _method=method, _name=name, **kwargs):
            if depth[0] == 0:
                calls.append(_name)
            depth[0] += 1
            try:
                return _method(*args, **kwargs)
            finally:
                depth[0] -= 1

        monkeypatch.setattr(cache, name, counted)
    return calls


def test_a_warm_request_reads_the_session_and_the_user_in_one_round_trip(student_client, round_trips):
    student_client.get(reverse("home"))
    student_client.get(reverse("home"))
    round_trips.clear()
    response = student_client.get(reverse("home"))
    assert response.status_code == 200 and "stu" in response.content.decode()
    assert round_trips == ["get_many"]


def test_without_a_guess_the_session_and_the_user_are_two_round_trips(student_client, round_trips):
    student_client.get(reverse("home"))
    sessions.forget_all_local()  # another worker: it never read this session
    round_trips.clear()
    assert student_client.get(reverse("home")).status_code == 200
    assert round_trips[:2] == ["get", "get_many"]


def test_a_wrong_guess_shows_the_session_s_own_user(client, student_user, other_student):
    """A session key remembered for another user (say, ids reused): the other user's entries were fetched, and
    are not used; the page is the session's user's."""
    client.force_login(other_student)
    assert ">other<" in client.get(reverse("home")).content.decode()
    client.force_login(student_user)
    client.get(reverse("home"))
    sessions._remember(client.session.session_key, other_student.pk)
    page = client.get(reverse("home")).content.decode()
    assert ">stu<" in page and ">other<" not in page
    assert sessions._remembered(client.session.session_key) == str(student_user.pk)


def test_a_session_the_cache_lost_is_read_from_the_database(student_client):
    student_client.get(reverse("home"))
    caches["shared"].delete("django.contrib.sessions.cached_db" + student_client.session.session_key)
    response = student_client.get(reverse("home"))
    assert response.status_code == 200 and "stu" in response.content.decode()


@pytest.mark.filterwarnings("ignore::django.core.cache.CacheKeyWarning")
def test_a_hostile_session_cookie_is_no_session(client, settings):
    client.cookies[settings.SESSION_COOKIE_NAME] = "x" * 40 + " \n\x7f"
    sessions._remember("x" * 40 + " \n\x7f", 1)
    assert client.get(reverse("quiz:index")).status_code == 302  # to the login page


def test_logging_out_is_logged_out_with_the_guess_remembered(student_client):
    student_client.get(reverse("home"))
    student_client.post(reverse("logout"))
    assert student_client.get(reverse("quiz:index")).status_code == 302


def test_what_the_session_fetched_serves_only_its_own_request(student_client, student_user):
    """Fetched for one request's user, never used by a later one (nor outside a request)."""
    student_client.get(reverse("home"))
    assert getattr(usercache._prefetch, "found", None) is None
    usercache.prefetched(student_user.pk, {})  # outside a request: not kept
    assert usercache._take_prefetched(student_user.pk) is None


def test_remembered_sessions_are_bounded(monkeypatch):
    monkeypatch.setattr(sessions, "MAX_REMEMBERED", 3)
    for n in range(5):
        sessions._remember(f"session{n:04d}", n)
    assert [sessions._remembered(f"session{n:04d}") for n in range(5)] == [None, None, "2", "3", "4"]


@pytest.fixture
def real_memcached():
    """A memcached of its own and Django's PyMemcacheCache on it (as production's shared cache)."""
    from django.core.cache.backends.memcached import PyMemcacheCache

    from tests.servers import memcached_server

    with memcached_server() as (_proc, port):
        cache = PyMemcacheCache(f"127.0.0.1:{port}", {"KEY_PREFIX": "t", "OPTIONS": {"timeout": 0.5}})
        yield cache
        cache.close()


def test_the_one_round_trip_finds_what_djangos_get_many_finds(real_memcached):
    session_key = "django.contrib.sessions.cached_db" + "a1b2c3d4" * 4
    own = usercache.request_keys("7")
    real_memcached.set_many({session_key: {"_auth_user_id": "7"}, own[0]: 3, own[1]: "user", own[-1]: "v9"})
    expected = real_memcached.get_many([session_key, *own])
    assert len(expected) == 4
    assert sessions._get_many(real_memcached, session_key, own) == expected


@pytest.mark.filterwarnings("ignore::django.core.cache.CacheKeyWarning")
def test_the_one_round_trip_still_refuses_a_hostile_session_key(real_memcached):
    from django.core.cache.backends.base import InvalidCacheKey

    with pytest.raises(InvalidCacheKey):  # SessionStore.load falls back to Django's own load
        sessions._get_many(real_memcached, "django.contrib.sessions.cached_db" + "x" * 40 + " \n", [])
