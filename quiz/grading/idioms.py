"""Idioms of likeness read as the plain word: "looks nothing like the training data" says it is unlike it.

"X looks nothing like Y" is a learner's everyday way to say X is unlike Y, and the key's phrasings say
"unlike" or "different from". Read word by word, "nothing" is a negation cue that denies "like Y", and the
embedder pools a denial: the clause that states the point reads as a weak or even a contrary match. So before
grading, ``plain_likeness`` writes "nothing like" / "not at all like" after a verb of seeming or being as
"unlike". "There's nothing like a big dataset" (the best there is) has no such verb before it and stays.
Pure module.
"""

from __future__ import annotations

import re

_LIKENESS_RE = re.compile(
    r"\b(?P<verb>looks?|looked|looking|seems?|seemed|sounds?|sounded|is|are|was|were|be|been|being)"
    r"(?P<adverb>\s+(?:just|really|absolutely|totally|often|usually))?\s+(?:nothing|not\s+at\s+all)\s+like\b",
    re.IGNORECASE,
)


def plain_likeness(answer: str) -> str:
    """``answer`` with "looks nothing like" / "is not at all like" written "looks unlike" / "is unlike"."""
    if not answer or "like" not in answer.lower():
        return answer
    return _LIKENESS_RE.sub(lambda m: f"{m.group('verb')} unlike", answer)
