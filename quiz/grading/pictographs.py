"""Emoji in a texting-style answer: pictures beside the words, read as no words at all.

A learner may write in texting style, with emoji next to or in place of words ("📷 at a campsite 🌙 = dark
blurry frames", "facts ✅? not guaranteed"). The sentence embedder has no reading for most of them (they
become unknown tokens that pull a clause away from every key point), and the word rules see punctuation. A
teacher reads the words and lets the pictures decorate them. So before grading, ``without_pictographs``
drops every pictograph (Unicode "other symbol" outside the arrows, with its variation selectors, joiners and
keycap marks) and the space it leaves; arrows stay, since they already part an answer's lines and read as
"so" (``text``). Pure module.
"""

from __future__ import annotations

import re
import unicodedata

# an emoji's modifiers: variation selectors, zero-width joiner, skin tones, keycap and tag characters
_MODIFIERS = re.compile("[\ufe0e\ufe0f\u200d\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


def _is_pictograph(ch: str) -> bool:
    if ord(ch) < 0x2100:
        return False
    category = unicodedata.category(ch)
    if category == "So":
        return "ARROW" not in unicodedata.name(ch, "")
    # pictographs newer than the interpreter's Unicode tables read as unassigned
    return category == "Cn" and 0x1F000 <= ord(ch) <= 0x1FAFF


def without_pictographs(answer: str) -> str:
    """``answer`` without its emoji (and the spaces they leave); unchanged when it has none."""
    if not answer or all(ord(ch) < 0x2100 for ch in answer):
        return answer
    text = _MODIFIERS.sub("", answer)
    text = "".join(" " if _is_pictograph(ch) else ch for ch in text)
    if text == answer:
        return answer
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.;:!?)])", r"\1", text)
    return re.sub(r"(?m)^ +| +$", "", text)
