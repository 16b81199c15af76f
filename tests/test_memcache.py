"""The memcached client's server choice (studyguide.memcache): one server is every key's, several are
chosen exactly as pymemcache's rendezvous hashing chooses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pymemcache.client.rendezvous import RendezvousHash

from studyguide.memcache import OneServerFastHash

KEYS = [f"studyguide-shared:1:auth-user:{pk}:{name}" for pk in range(50) for name in ("user", "pages")]


def test_one_server_serves_every_key_without_hashing(monkeypatch):
    hasher = OneServerFastHash()
    hasher.add_node("127.0.0.1:11211")
    monkeypatch.setattr(hasher, "hash_function", None)  # any hashing would now fail
    assert {hasher.get_node(key) for key in KEYS} == {"127.0.0.1:11211"}


def test_several_servers_are_chosen_as_rendezvous_chooses():
    ours, theirs = OneServerFastHash(), RendezvousHash()
    for node in ("10.0.0.1:11211", "10.0.0.2:11211", "10.0.0.3:11211"):
        ours.add_node(node)
        theirs.add_node(node)
    assert [ours.get_node(key) for key in KEYS] == [theirs.get_node(key) for key in KEYS]
    assert len({ours.get_node(key) for key in KEYS}) == 3


def test_no_server_left_is_no_server():
    hasher = OneServerFastHash()
    hasher.add_node("127.0.0.1:11211")
    hasher.remove_node("127.0.0.1:11211")  # pymemcache's HashClient does this to a dead server
    assert hasher.get_node("any") is None


def test_production_caches_use_it():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.pop("DATABASE_URL", None)
    env.update(DJANGO_SETTINGS_MODULE="studyguide.settings", DJANGO_DEBUG="0", DJANGO_SECRET_KEY="s" * 60)
    show = (
        "from django.conf import settings as s; "
        "print(*(s.CACHES[a]['OPTIONS']['hasher'].__name__ for a in ('shared', 'ratelimit')))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", show],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split() == ["OneServerFastHash", "OneServerFastHash"], result.stderr
