"""A first stage given as a count of places and a first period: "Twenty sites for the first six months; all
sites if ...", "40 stores during the first quarter", "The three nearest schools for the spring": a limited
start, however large beside "one site". Read by ``substance.check_rollout``. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

_COUNTED_FIRST_STAGE = re.compile(
    r"^\W*(?:the |our )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|a dozen|a few|a handful of)\s+(?:[\w-]+\s+){1,3}?(?:for|in|during|over)\s+the\s+"
    # ... or a first season: "The three nearest schools for the spring"
    r"(?:first|spring|summer|autumn|winter|trial|pilot)\b",
    re.IGNORECASE | re.MULTILINE,
)


def counted_first_stage(rollout: str) -> bool:
    """Whether the rollout opens with a count of places kept to a first period."""
    return _COUNTED_FIRST_STAGE.search(rollout or "") is not None
