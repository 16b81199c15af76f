"""A general rule drawn from an example: "When I used seed=42 the split stayed the same. So the rule is: ...".

An answer that tells a concrete case and then announces the general lesson it draws ("So in general ...",
"So generally ...", "So the rule is ...", "General rule: ...", "In general, then: ...", "As a rule
...") offers the rule as its answer and the case as the evidence for it. The case may match the key word for
word (the CT scans a radiologist reads first, the seed that kept the split) while the rule drawn from it is
wrong ("so you can drop the radiologist", "42 is the one value that works"). ``drawn_rule`` finds where such a
rule starts; the pipeline then asks whether the rule itself states a key point, and caps an answer whose key
points sit only in the example. A right answer states the key in its rule too ("So in general: don't use
augmentations that change the label"), and an answer with no announced rule is not touched. Pure module:
regular expressions on the cleaned answer.
"""

from __future__ import annotations

import re

from .text import sentence_spans

# A sentence that announces the general lesson, after an optional "So" / "Thus" / "And".
_RULE_OPENS_RE = re.compile(
    r"\W*(?:(?:so|thus|hence|therefore|and)\s*,?\s+)?(?:"
    r"(?:in\s+general|generally|as\s+a\s+(?:general\s+)?rule|the\s+rule\s+is"
    r"|the\s+lesson\s+is|the\s+takeaway\s+is)\b"
    r"|(?:the\s+)?(?:general\s+)?rule(?:\s+is)?\s*:"
    r")",
    re.IGNORECASE,
)


def drawn_rule(text: str) -> int | None:
    """Where the general rule ``text`` draws from a case told before it starts, or None (the first sentence
    draws nothing: there is no case before it)."""
    for i, (start, stop) in enumerate(sentence_spans(text)):
        if i and _RULE_OPENS_RE.match(text, start, stop):
            return start
    return None
