"""Values built from rows that rarely change (the question bank, the study notes), kept in each worker's
memory and used while a version token in the shared cache stays the same.

A ``Versioned`` namespace reads its token from the shared cache (memcached in production) once per request;
whoever changes the rows calls ``bump()``, which sets a new token now and again after the transaction commits,
so every worker builds afresh on its next request. Values are built from the database under the token read
*before* building, so a value built while a change commits is filed under the old token and never used again.

Never put anything user-specific in here: values are shared by every request of the process. Treat them as
read-only (an HTML fragment, or model instances that nobody modifies). Without a working shared cache there
is no token and every call builds its value, as if nothing were cached.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import transaction

CACHE_ALIAS = "shared"
T = TypeVar("T")

_memo = threading.local()  # this thread's request: {token key: token}, so one cache read per request


def _request_started(**kwargs) -> None:
    _memo.tokens = {}


def _request_finished(**kwargs) -> None:
    _memo.tokens = None


request_started.connect(_request_started, dispatch_uid="versioned-request-started")
request_finished.connect(_request_finished, dispatch_uid="versioned-request-finished")


class Versioned:
    def __init__(self, name: str, max_entries: int = 512):
        self.name = name
        self.token_key = f"version:{name}"
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, object] = OrderedDict()
        self._built_under: str | None = None
        self._lock = threading.Lock()
        _registry.append(self)

    def token(self) -> str | None:
        """The current token (a new one if the shared cache has none), None if the shared cache is down."""
        tokens = getattr(_memo, "tokens", None)
        if tokens is not None and self.token_key in tokens:
            return tokens[self.token_key]
        cache = caches[CACHE_ALIAS]
        token = cache.get(self.token_key)
        if token is None:
            cache.add(self.token_key, uuid.uuid4().hex, timeout=None)
            token = cache.get(self.token_key)
        if tokens is not None:
            tokens[self.token_key] = token
        return token

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        """The value kept for ``key`` under the current token, else ``build()`` (kept unless it is None)."""
        token = self.token()
        if token is None:
            return build()
        with self._lock:
            if token != self._built_under:
                self._entries.clear()
                self._built_under = token
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]  # type: ignore[return-value]
        value = build()
        with self._lock:
            if value is not None and self._built_under == token:
                self._entries[key] = value
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return value

    def bump(self) -> None:
        """Something this namespace is built from changed: a new token now, and again after the commit."""
        self._new_token()
        transaction.on_commit(self._new_token)

    def _new_token(self) -> None:
        caches[CACHE_ALIAS].set(self.token_key, uuid.uuid4().hex, timeout=None)
        tokens = getattr(_memo, "tokens", None)
        if tokens is not None:
            tokens.pop(self.token_key, None)

    def clear_local(self) -> None:
        with self._lock:
            self._entries.clear()
            self._built_under = None


_registry: list[Versioned] = []


def token_keys() -> list[str]:
    """The shared-cache keys of every namespace's token (``studyguide.accounts.usercache`` fetches them with
    the logged-in user, in the same round trip)."""
    return [namespace.token_key for namespace in _registry]


def prime(found: dict) -> None:
    """Remember, for the rest of this request, the tokens ``found`` holds (a get_many of ``token_keys()``)."""
    tokens = getattr(_memo, "tokens", None)
    if tokens is None:
        return
    for namespace in _registry:
        token = found.get(namespace.token_key)
        if token is not None:
            tokens.setdefault(namespace.token_key, token)


def clear_all_local() -> None:
    """Forget every namespace's values in this process (tests, between two test databases)."""
    for namespace in _registry:
        namespace.clear_local()
