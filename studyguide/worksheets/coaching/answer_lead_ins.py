"""What may stand before a field's answer without being part of it: a paragraph's number ("2. Left for the
analyst to pick"), a hedge ("Honestly nothing that keeps me up at night") or the box's question asked back
("How does it go live? Not really needed - ..."). ``unanswered.says_nothing`` reads a field both as written
and without these, so a denial or a deferral behind them is still read as one. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})?[.)]\s+")
_HEDGE = re.compile(
    r"^(?:honestly|frankly|truthfully|to be (?:honest|frank)|in (?:all )?honesty|tbh|really|well|um+|er+"
    r"|hmm+)\b[\s,.!:;-]*",
    re.IGNORECASE,
)
_QUESTION_FIRST = re.compile(r"^[^?.!\n]{3,100}\?\s+(?=\S)")
_WORD = re.compile(r"[^\W\d_]{2}")


def without_number_or_hedge(text: str) -> str:
    """The text without a leading paragraph number and hedge; "" when no word is left."""
    bare = _HEDGE.sub("", _PARAGRAPH_NUMBER.sub("", text.strip(), count=1), count=1)
    return bare if _WORD.search(bare) else ""


def after_leading_question(text: str) -> str:
    """What follows a question the text opens with (itself without a hedge), or "" when it opens with none
    or nothing with a word follows it."""
    bare = without_number_or_hedge(text)
    answer = _QUESTION_FIRST.sub("", bare, count=1)
    if answer == bare:
        return ""
    answer = _HEDGE.sub("", answer, count=1)
    return answer if _WORD.search(answer) else ""
