"""Thresholds the key does not back: the right idea made wrong by a number.

A learner who has the idea but not its scale often pins it to a number of their own, stated as a rule: "high
cardinality means more than 3 or 4 values", "a CPU is fine for fewer than about 5 users a day", "the limited
phase must cover at least 80% of the users", "keep a human in the loop ... after 24 hours the model runs
alone". The idea matches the key; the threshold is made up, and a teacher marks the answer down for it. The
general cause is a comparison or a limit ("more than", "at least", "up to", "exactly", "after", "from") that
governs a number the key's text (question, reference answer, key points and their phrasings) never gives.

A strong comparison ("more than", "fewer than", "at least", "up to", "exactly"...) counts with any number,
written out too ("more than half"); a weak one ("after", "from", "over", "within", "until") only with digits,
since "from one camera to another" or "after a few epochs" state no threshold. ``pipeline.assess`` caps an
answer with such a threshold at partial; stories and asides are left out before this runs. Pure module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DIGITS = r"\d+(?:[.,]\d+)*(?:\s?%)?"
# numbers written out; "a couple" or "a handful" are left out: a vague amount pins nothing a teacher would
# mark down ("columns with more than a handful of values" is the idea said loosely, not a made-up threshold)
_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|a\s+hundred"
    r"|hundred|a\s+thousand|half)\b"
)
_STRONG = (
    r"\b(?:more|fewer|less|greater|bigger|smaller|larger|higher|lower|longer|shorter)\s+than"
    r"|\bat\s+(?:least|most)|\bup\s+to|\babove|\bbelow|\bexceed(?:s|ing)?|\bexactly|\bprecisely"
)
_WEAK = r"\bafter|\bfrom|\bover|\bunder|\bwithin|\buntil"
_HEDGE = r"(?:about\s+|around\s+|roughly\s+|maybe\s+|some\s+)?"
_THRESHOLD_RE = re.compile(
    rf"(?:{_STRONG})\s+{_HEDGE}(?P<strong>{_DIGITS}|{_WORDS})|(?:{_WEAK})\s+{_HEDGE}(?P<weak>{_DIGITS})(?!\w)",
    re.IGNORECASE,
)


def unbacked_thresholds(text: str, backing: str) -> list[str]:
    """The thresholds of ``text`` whose number the key's text (``backing``, lower-cased) does not contain."""
    found = []
    for m in _THRESHOLD_RE.finditer(text):
        number = (m.group("strong") or m.group("weak")).lower().rstrip("% ").strip()
        # as a whole number: "5" is not backed by a key that says "0.5" or "50"
        if not re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", backing):
            found.append(m.group(0))
    return found


def added_thresholds(units: Sequence, backing: str) -> list[str]:
    """Sentences (``features.UnitSupport``, asides left out) that state a threshold the key does not back."""
    return [
        u.unit.text for u in units if u.unit.kind == "sentence" and unbacked_thresholds(u.unit.text, backing)
    ]
