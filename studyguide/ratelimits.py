"""Rate limits on the expensive endpoints (django-ratelimit): classifying a photo and the two labs, which stay
open to anonymous visitors because the classifier is a teaching demo, and coaching ("Check my plan").

Counted per user when logged in, else per client address (``studyguide.http.client_ip``), in the
``ratelimit`` cache: memcached in production so every worker shares the counts (settings.CACHES). The
rates live in ``settings.RATE_LIMITS`` by group; views decorated with ``limited(group)`` look at
``request.limited`` and answer with their own 429 fragment (``too_many_message``), which htmx swaps in
place (studyguide/http.py).
"""

from __future__ import annotations

from django.conf import settings
from django_ratelimit.decorators import ratelimit

UNITS = {"s": "second", "m": "minute", "h": "hour", "d": "day"}


def rate_for(group: str, request) -> str | None:
    """django-ratelimit's rate callable: the group's rate from settings (None: not limited)."""
    return settings.RATE_LIMITS.get(group)


def limited(group: str, method=ratelimit.ALL):
    """Count each request of the view in ``group``; ``request.limited`` is True once over the rate."""
    return ratelimit(
        group=group, key="user_or_ip", rate="studyguide.ratelimits.rate_for", method=method, block=False
    )


def too_many_message(group: str, what: str) -> str:
    count, _, unit = settings.RATE_LIMITS[group].partition("/")
    per = UNITS.get(unit[-1:], unit)
    return (
        f"Too many {what} in a short time: the limit is {count} a {per} per person, so the server stays "
        "quick for everyone. Wait a moment and try again; nothing on this page was lost."
    )
