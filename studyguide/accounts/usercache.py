"""The logged-in user, with the teacher flag and a few small facts about them, kept in the shared cache.

Every page needs the user (the navigation shows the name and, for teachers, the review link), and several
show a fact or two about them (cohorts joined, cards due for review). All of it, and the version tokens of
the content each worker keeps in memory (``studyguide.versioned``), comes back from memcached in one round
trip instead of several database queries.

Entries are ``(generation, value)`` pairs under the user's id. A user's entries are dropped when the user,
their groups, or a row that an extra depends on changes (``register(..., changed_by=...)``), at once and again
after the transaction commits; every entry of every user goes when a group changes (a new generation). Only
``save()``/``delete()`` and the groups relation are seen: code that changes such rows with ``update()`` must
call ``user_forget`` itself. Entries also expire after ``TTL`` seconds, which bounds the one staleness left (a
request that read from the database just before a change committed and stores what it read just after).

Only requests carry cached data: a user object obtained any other way reads the database every time. Without
a working shared cache (memcached down) everything is read from the database, as before.
"""

from __future__ import annotations

import functools
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from studyguide import versioned

CACHE_ALIAS = "shared"
GENERATION_KEY = "auth-user:generation"
TTL = 300  # seconds


@dataclass(frozen=True)
class _Extra:
    load: Callable
    depends_on: Sequence[versioned.Versioned]

    def tokens(self) -> tuple | None:
        tokens = tuple(namespace.token() for namespace in self.depends_on)
        return None if None in tokens else tokens


_extras: dict[str, _Extra] = {}


def _key(pk, name: str = "user") -> str:
    return f"auth-user:{pk}:{name}"


PAGES = "pages"  # the user's page token (``pages_token``), dropped with the rest


def _keys(pk) -> list[str]:
    return [_key(pk), _key(pk, PAGES), *(_key(pk, name) for name in _extras)]


def _generation(found: dict) -> str | None:
    """The current generation (created when missing), or None when the shared cache does not answer."""
    generation = found.get(GENERATION_KEY)
    if generation is None:
        cache = caches[CACHE_ALIAS]
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def shared_cache():
    return caches[CACHE_ALIAS]


def request_keys(pk) -> list[str]:
    """What ``cached_user`` fetches in one round trip: the generation, the user's entries, version tokens."""
    return [GENERATION_KEY, *_keys(pk), *versioned.token_keys()]


# This thread's request: (user pk as a string, what a get_many of ``request_keys`` found), set by the session
# store when it fetched them together with the session (``studyguide.accounts.sessions``), used once.
_prefetch = threading.local()


def _request_started(**kwargs) -> None:
    _prefetch.active, _prefetch.found = True, None


def _request_finished(**kwargs) -> None:
    _prefetch.active, _prefetch.found = False, None


request_started.connect(_request_started, dispatch_uid="usercache-request-started")
request_finished.connect(_request_finished, dispatch_uid="usercache-request-finished")


def prefetched(pk, found: dict) -> None:
    """Keep, for this request's ``cached_user(pk)`` only, what a get_many of ``request_keys(pk)`` found."""
    if getattr(_prefetch, "active", False):
        _prefetch.found = (str(pk), found)


def _take_prefetched(pk) -> dict | None:
    kept = getattr(_prefetch, "found", None)
    _prefetch.found = None
    if kept is not None and kept[0] == str(pk):
        return kept[1]
    return None


def cached_user(pk, load):
    """The user ``pk`` from the shared cache, else ``load(pk)`` (None: no such user), cached for next time.

    The same round trip fetches the user's extras and primes this request's content version tokens (or the
    session's did: ``prefetched``)."""
    cache = caches[CACHE_ALIAS]
    found = _take_prefetched(pk)
    if found is None:
        found = cache.get_many(request_keys(pk))
    versioned.prime(found)
    generation = _generation(found)
    entry = found.get(_key(pk))
    if generation is not None and entry is not None and entry[0] == generation:
        user = entry[1]
    else:
        user = load(pk)
        if user is None:
            return None
        if generation is not None:
            cache.set(_key(pk), (generation, user), timeout=TTL)
    # Set after caching, so never stored: what this request found of the user's extras.
    user._usercache = (
        generation,
        {name: found.get(_key(pk, name)) for name in _extras},
        found.get(_key(pk, PAGES)),
    )
    return user


def pages_token(user) -> str | None:
    """A token that changes whenever any of the request's user's entries is dropped (a write that concerns
    them, a new generation, expiry): rendered pages of theirs are kept under it (``studyguide.pagecache``).

    None when the user's round trip found no token (one is made for the next request: this request may
    hold facts read before a write that committed since, which a token made now would outlive), for any
    other user object, and when the shared cache does not answer."""
    state = getattr(user, "_usercache", None)
    if state is None or state[0] is None:
        return None
    generation, _extras, token = state
    if token is None:
        caches[CACHE_ALIAS].add(_key(user.pk, PAGES), uuid.uuid4().hex, timeout=TTL)
        return None
    return f"{generation}:{token}"


def user_extra(user, name: str):
    """The extra ``name`` of the request's user (see ``register``); any other user object: read afresh."""
    extra = _extras[name]
    state = getattr(user, "_usercache", None)
    generation = state[0] if state is not None else None
    tokens = extra.tokens() if generation is not None else None
    if tokens is not None:
        entry = state[1].get(name)
        if entry is not None and entry[0] == generation and entry[1] == tokens:
            return entry[2]
    value = extra.load(user)
    if tokens is not None:
        state[1][name] = (generation, tokens, value)
        caches[CACHE_ALIAS].set(_key(user.pk, name), (generation, tokens, value), timeout=TTL)
    return value


def register(
    name: str,
    load: Callable,
    *,
    changed_by: Iterable[tuple[type, str]] = (),
    depends_on: Sequence[versioned.Versioned] = (),
) -> None:
    """Keep ``load(user)`` beside the user. ``changed_by``: (model, name of its foreign key to the user)
    pairs; saving or deleting such a row drops the data of the user it points to. ``depends_on``: version
    namespaces of shared rows it is also built from (a new token there makes it stale). Small, picklable
    values only: they travel with every logged-in request."""
    _extras[name] = _Extra(load, tuple(depends_on))
    for model, field in changed_by:
        attname = model._meta.get_field(field).attname
        handler = functools.partial(_row_changed, attname=attname)
        uid = f"usercache-{name}-{model._meta.label_lower}"
        post_save.connect(handler, sender=model, weak=False, dispatch_uid=uid + "-save")
        post_delete.connect(handler, sender=model, weak=False, dispatch_uid=uid + "-delete")


def user_forget(pk) -> None:
    """Drop one user's entries now and again once the current transaction commits."""
    cache = caches[CACHE_ALIAS]
    cache.delete_many(_keys(pk))
    transaction.on_commit(lambda: cache.delete_many(_keys(pk)))


def pages_forget(pk) -> None:
    """Drop only one user's page token (their kept pages), now and again once the current transaction
    commits: for writes that change what their pages show but none of their cached facts."""
    cache = caches[CACHE_ALIAS]
    cache.delete(_key(pk, PAGES))
    transaction.on_commit(lambda: cache.delete(_key(pk, PAGES)))


def users_forget_all() -> None:
    """Drop every user's entries (a new generation), now and again once the current transaction commits."""
    cache = caches[CACHE_ALIAS]
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None))


def _row_changed(sender, instance, attname: str, **kwargs) -> None:
    pk = getattr(instance, attname, None)
    if pk is not None:
        user_forget(pk)


def _user_changed(sender, instance, **kwargs) -> None:
    user_forget(instance.pk)


def _m2m_changed(sender, instance, action, reverse, pk_set, *, field_on_user: bool, **kwargs) -> None:
    """A many-to-many relation between users and something else changed. ``field_on_user``: the relation is
    declared on the user model (``User.groups``), not on the other one (``Cohort.teachers``)."""
    if not action.startswith("post_"):
        return
    if reverse != field_on_user:  # the user's side: user.groups.add(...), user.cohorts_taught.add(...)
        user_forget(instance.pk)
    elif pk_set:  # the other side, with the users named: group.user_set.add(...), cohort.teachers.add(...)
        for pk in pk_set:
            user_forget(pk)
    else:  # the other side, cleared: which users is not known
        users_forget_all()


def _everyone_changed(sender, **kwargs) -> None:
    users_forget_all()


def connect() -> None:
    """Called once by the accounts app: the user, the teacher flag, and the cohorts a student joined."""
    from .models import Cohort, Membership
    from .selectors import cohorts_joined_load

    user_model = get_user_model()
    post_save.connect(_user_changed, sender=user_model, dispatch_uid="usercache-user-save")
    post_delete.connect(_user_changed, sender=user_model, dispatch_uid="usercache-user-delete")
    groups = functools.partial(_m2m_changed, field_on_user=True)
    m2m_changed.connect(groups, sender=user_model.groups.through, weak=False, dispatch_uid="usercache-groups")
    teachers = functools.partial(_m2m_changed, field_on_user=False)
    m2m_changed.connect(teachers, sender=Cohort.teachers.through, weak=False, dispatch_uid="usercache-teach")
    # A renamed or deleted group may change who is a teacher; a renamed cohort shows in every member's page.
    for model in (Group, Cohort):
        uid = f"usercache-all-{model.__name__}"
        post_save.connect(_everyone_changed, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(_everyone_changed, sender=model, dispatch_uid=uid + "-delete")
    register("cohorts_joined", cohorts_joined_load, changed_by=[(Membership, "student")])
