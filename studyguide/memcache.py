"""The memcached client's choice of server for a key, without hashing when there is only one server.

Django's PyMemcacheCache always uses pymemcache's HashClient, whose rendezvous hashing runs a pure-Python
murmur3 per key and server: with the sixteen keys a logged-in request fetches at once (session aside), that
was a tenth of a kept page's cost in a profile, to choose among servers of which production has one.
"""

from __future__ import annotations

from pymemcache.client.rendezvous import RendezvousHash


class OneServerFastHash(RendezvousHash):
    """Rendezvous hashing, except that a single server is every key's server (as rendezvous would choose)."""

    def get_node(self, key):
        if len(self.nodes) == 1:
            return self.nodes[0]
        return super().get_node(key)
