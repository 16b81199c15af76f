"""Verdict labels that assert the text after them: "Fact: X", "Truth: X", "Reality: X" state X.

A learner setting a popular wrong idea against the right one often labels both: "Myth: A. Fact: B." The
rejecting label ("Myth:", "Misconception:", "Not true:") makes A a view the writer turns down (``foils`` reads
it); the asserting label only says the writer holds B, which B says anyway. Left in, the label word is part of
the first clause's text and pulls its embedding off the key point it states ("Fact: it makes random variants
..." reads further from the key than "It makes random variants ..."), so it is dropped, as a plain heading
"Fact:" would be. Only a bare label and its colon at a sentence's or line's start is dropped; "In fact, X"
and "The fact is that X" are prose and stay. Pure module: one regular expression on the answer.
"""

from __future__ import annotations

import re

# A label asserting what follows, opening the answer, a line or a sentence (after its end mark). Inside a
# sentence ("Myth: A; fact: B") it stays: there it ends the labelled view for ``foils``.
_ASSERTING_LABEL_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?])\s+|(?<=[.!?]))\s*"
    r"(?:(?:the\s+)?(?:fact|facts|truth|reality)|in\s+reality|actually)\s*:\s*(?=\S)",
    re.IGNORECASE,
)


def without_asserting_labels(text: str) -> str:
    """``text`` with each asserting label ("Fact:", "Truth:", "Reality:") at a sentence's start removed."""
    if ":" not in text:
        return text
    return _ASSERTING_LABEL_RE.sub(
        lambda m: " " if m.start() > 0 and not text[m.start() - 1].isspace() else "", text
    )
