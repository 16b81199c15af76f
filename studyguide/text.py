"""Plain-text hygiene for what users type (pure: standard library only).

Two layers. Every request goes through ``studyguide.middleware.CleanInputMiddleware``, which uses the helpers
below: NUL is removed from every submitted value (PostgreSQL cannot store it), and a form body or query
string that is not valid UTF-8 is refused instead of being stored with replacement characters. Fields that
hold free text then call ``clean_user_text`` for the other control characters.
"""

from __future__ import annotations

import re
import urllib.parse

# C0 and C1 control characters except tab and newline. NUL in particular cannot be stored in PostgreSQL text.
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
NUL = "\x00"


def clean_user_text(text: str | None) -> str:
    """Normalise newlines and drop NUL and other control characters (newlines and tabs are kept)."""
    if not text:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARS_RE.sub("", text)


def strip_nul(text: str) -> str:
    return text.replace(NUL, "") if NUL in text else text


def is_utf8_form(raw: bytes) -> bool:
    """Whether an ``application/x-www-form-urlencoded`` body or a query string decodes as UTF-8 text, both
    as raw bytes and after percent-decoding (``%FF`` is as invalid as a raw 0xFF byte)."""
    try:
        text = raw.decode("utf-8")
        urllib.parse.parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError):
        return False
    return True
