"""A pseudo-cleft read as its plain clause: "What it can't do is promise X" says it can't promise X.

A learner may put the point at the end of a cleft sentence for weight ("What they can't do is guarantee a
correct answer", "What you can't do is promise that a claim is true"). Read clause by clause, the cleft
splits the subject and its modal from the verb that carries the point: the negation heads a clause with no
claim in it, and the claim stands without its subject. A teacher reads "it can't promise X". So before
grading, ``unclefted`` rewrites "What <subject> <auxiliary> do is (to) <verb>" as "<subject> <auxiliary>
<verb>"; only this form, whose meaning is exactly the plain clause, is rewritten. Pure module.
"""

from __future__ import annotations

import re

_APOS = "['\u2019]"
_AUX = (
    rf"can{_APOS}?t|cannot|can\s+not|couldn{_APOS}?t|doesn{_APOS}?t|don{_APOS}?t|didn{_APOS}?t|won{_APOS}?t"
    rf"|wouldn{_APOS}?t|can|could|does|do|did|will|would|should|must|is\s+(?:un)?able\s+to|are\s+(?:un)?able\s+to"
)
_CLEFT_RE = re.compile(
    rf"\bwhat\s+(?P<subject>(?:the\s+|a\s+|this\s+|that\s+)?[A-Za-z_]+)\s+(?P<aux>{_AUX})\s+"
    rf"(?P<adverb>(?:really|actually|still|never|only|just)\s+)?do\s*,?\s+is\s+(?:to\s+)?(?=[A-Za-z])",
    re.IGNORECASE,
)


def unclefted(answer: str) -> str:
    """``answer`` with every "What S AUX do is V" read as "S AUX V" (see the module docstring)."""
    if not answer or not re.search(r"\bwhat\b", answer, re.I):
        return answer

    def plain(m: re.Match) -> str:
        # a cleft opens its clause; "I know what it can do is ..." is no cleft of the answer's own claim
        before = answer[: m.start()].rstrip()
        if before and not re.search(r"(?:[.!?;:,\n(\u2013\u2014-]|\b(?:but|and|so|yet))$", before, re.I):
            return m.group(0)
        subject = m.group("subject")
        if m.group(0)[:1].isupper():
            subject = subject[:1].upper() + subject[1:]
        return f"{subject} {m.group('adverb') or ''}{m.group('aux')} "

    return _CLEFT_RE.sub(plain, answer)
