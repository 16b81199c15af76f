"""The part of a lever that is the setting, without the unit it is set over. Pure: no Django, no torch.

"The adult ticket price per screening" is set over screenings; the setting is the price. A model that predicts
"attendance per screening" shares the unit with that lever but never the setting, so it cannot say what a
price change does. The unit is what follows "per", "for each", "on each", "for which" and the like, up to the
next small word ("crew numbers per campsite zone per shift": the units are a campsite zone and a shift).
"""

from __future__ import annotations

import re

from .text import STOPWORDS

# The marker of a unit: "per screening", "for each band", "each morning", "per campsite zone". The unit is the
# word after it and any further words up to the first small word, the next marker or a verb: in "how many
# loaves of each kind we bake each morning" the act ("we bake") is part of the setting, and cutting everything
# after the first "each" would lose it.
_MARKERS = frozenset(("per", "each", "every"))
_MARKER_PAIRS = frozenset(("for", "on", "in", "at", "to"))
_MARKER_SECONDS = frozenset(("each", "every", "which"))
_RATIOS = ("share", "percentage", "proportion", "fraction", "multiple", "ratio")


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?()[]\"'")


def _marker_length(words: list[str], k: int) -> int:
    """How many words the unit marker at ``k`` takes (0 when there is none)."""
    word = _bare(words[k])
    if word in _MARKERS:
        return 1
    if word in _MARKER_PAIRS and k + 1 < len(words) and _bare(words[k + 1]) in _MARKER_SECONDS:
        return 2
    # "portions ordered as a share of registrations": the base of a ratio is what it is set over
    if word == "as" and [_bare(w) for w in words[k + 1 : k + 4]] in (
        [a, ratio, "of"] for a in ("a", "the") for ratio in _RATIOS
    ):
        # the whole base, with its determiner: "as a share of the buyer's weekly order" (the caller steps over
        # one word more)
        n = 4
        while k + n < len(words) and not _marker_length(words, k + n):
            base = _bare(words[k + n])
            if base in STOPWORDS and not (n == 4 and base in ("the", "our", "their", "each")):
                break
            n += 1
            if words[k + n - 1].endswith((",", ";", ")")):
                break
        return n - 1
    # "price per cm3 by material", "discount by region": a bare noun after "by" is the segment the setting is
    # made for; "done by the apprentice", "placed by 2pm" name a doer or a time, and keep their words
    if word == "by" and k and k + 1 < len(words):
        after = _bare(words[k + 1])
        if after.isalpha() and after not in STOPWORDS and not after.endswith("ing"):
            return 1
    return 0


def setting_part(lever: str) -> str:
    """The lever without the units it is set over; the whole lever when the units would be all of it."""
    words, kept, k = lever.split(), [], 0
    while k < len(words):
        marker = _marker_length(words, k)
        if not marker or k + marker >= len(words):
            kept.append(words[k])
            k += 1
            continue
        k += marker + 1  # the marker and the unit's first word
        while k < len(words) and not words[k - 1].endswith((",", ";", ")")):
            word = _bare(words[k])
            # after a unit in the singular, a word in -s is the unit's verb: "each store orders"
            verb = word.endswith("s") and not word.endswith("ss") and not _bare(words[k - 1]).endswith("s")
            if word in STOPWORDS or _marker_length(words, k) or verb:
                break
            k += 1
    setting = " ".join(kept)
    return setting if setting.strip() else lever


# "the share of registrations to prepare": the ratio is chosen, its base is read
_RATIO_BASE = re.compile(rf"\b({'|'.join(_RATIOS)}) of (?:the |our )?[\w-]+(?:'s [\w-]+)?")


def without_ratio_base(text: str) -> str:
    """The text with each ratio's base left out ("the share of registrations" -> "the share")."""
    return _RATIO_BASE.sub(r"\1", text)
