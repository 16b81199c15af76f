"""Plain-text hygiene for what users type (pure: standard library only)."""

from __future__ import annotations

import re

# C0 and C1 control characters except tab and newline. NUL in particular cannot be stored in PostgreSQL text.
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_user_text(text: str | None) -> str:
    """Normalise newlines and drop NUL and other control characters (newlines and tabs are kept)."""
    if not text:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARS_RE.sub("", text)
