"""Django's cached, database-backed sessions, read in the same shared-cache round trip as the logged-in user.

A logged-in request reads the session (to learn who is logged in) and then the user with their facts and the
content version tokens (``usercache.cached_user``): two round trips to memcached, one after the other. Each
worker remembers which user a session key belonged to the last time it was read; with that guess the session
and the user's entries come back in one ``get_many``. The guess only chooses what to fetch: the user's
entries are used only when the session just read names the same user (``usercache.cached_user``), else they
are fetched again, as without a guess. Everything else is Django's ``cached_db`` (the database stays the
truth; a session missing from the cache is read from it).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends import cached_db
from django.core.cache.backends.memcached import BaseMemcachedCache

from . import usercache

MAX_REMEMBERED = 50_000  # session keys per worker (a few MB at most); the least recently read go first

_users: OrderedDict[str, str] = OrderedDict()  # session key -> user pk (as the session stores it)
_lock = threading.Lock()


class SessionStore(cached_db.SessionStore):
    def load(self):
        guess = _remembered(self.session_key)
        data = None
        if guess is not None and self._cache is usercache.shared_cache():
            try:
                found = _get_many(self._cache, self.cache_key, usercache.request_keys(guess))
            except Exception:  # a key memcached refuses (a hostile cookie): Django's own load decides
                found = {}
            usercache.prefetched(guess, found)
            data = found.get(self.cache_key)
        if data is None:
            data = super().load()
        _remember(self.session_key, data.get(SESSION_KEY))
        return data


def _get_many(cache, session_cache_key: str, own_keys: list[str]) -> dict:
    """``cache.get_many([session_cache_key, *own_keys])``. Django's memcached backend checks every key's
    characters in Python (~3 us a key, sixteen keys here); only the session's comes from a cookie and needs
    it: the others are this site's own names (``usercache.request_keys``); pymemcache checks all of them."""
    if not isinstance(cache, BaseMemcachedCache):
        return cache.get_many([session_cache_key, *own_keys])
    made = {cache.make_and_validate_key(session_cache_key): session_cache_key}
    made.update((cache.make_key(key), key) for key in own_keys)
    found = cache._cache.get_multi(list(made))
    return {made[key]: value for key, value in found.items()}


def _remembered(session_key: str | None) -> str | None:
    if session_key is None:
        return None
    with _lock:
        pk = _users.get(session_key)
        if pk is not None:
            _users.move_to_end(session_key)
        return pk


def _remember(session_key: str | None, pk) -> None:
    if session_key is None or pk is None:
        return
    with _lock:
        _users[session_key] = str(pk)
        _users.move_to_end(session_key)
        while len(_users) > MAX_REMEMBERED:
            _users.popitem(last=False)


def forget_all_local() -> None:
    """Forget every remembered session (tests)."""
    with _lock:
        _users.clear()
