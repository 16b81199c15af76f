"""Statements marked true or false: "X? False." rejects X, "X? True." states it.

A learner may answer in the form of a quiz card: the claim posed, then a verdict on it ("Squish keeps the
aspect ratio? False. It distorts it.", "True or false: the splitter makes mini-batches. -> False",
"It's called inference - TRUE"). Read as plain text, the posed claim is one more sentence of the answer, so a
right claim marked false (and followed by a wrong one) looks like a right answer. A teacher reads the verdict:
the claim marked false is denied, the claim marked true is stated. So before grading, ``read_marked_claims``
rewrites a claim marked false as "False: X." (the rejecting label ``foils`` reads: X is a view the writer
turns down, so a key point in it is not stated, a misconception in it is not claimed, and it is no claim of
the answer), and a claim marked true as "X.".

A verdict is a bare word ("False", "Wrong", "Incorrect", "Untrue", "Not true"; "True", "Correct"; after a
question mark also "No", "Nope" and "Yes") right after the claim's end mark (a question mark, a full stop, an
arrow, a dash or a colon set off by spaces), and followed by punctuation, a dash or the end of the line:
"false positives", "a false sense of security" and "it is false that X" are content, not a verdict. A
question that opens with a question word or an auxiliary ("Is it X? No.", "Isn't it X? Yes.") is left to
``answered`` and ``affirmed``, which read such replies; so is "X. No." (a retraction, ``retractions``). Pure
module: one regular expression on the raw answer.
"""

from __future__ import annotations

import re

# the inverted questions other modules read with their replies
_INVERTED = (
    r"who|whom|whose|what|what's|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would"
    r"|should|shall|may|might|has|have|had|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|couldn't"
    r"|won't|wouldn't|shouldn't|hasn't|haven't"
)
CLAIM_MAX_CHARS = 300
_REJECT = r"false|wrong|incorrect|untrue|not\s+true|not\s+correct"
_ACCEPT = r"true|correct"
_MARKED_RE = re.compile(
    # from the start of the answer, a line or a sentence, past a quiz prompt label ("True or false:")
    # (a dot before a non-space, "dls.train", starts nothing)
    r"(?:^|(?<=[.!?])(?=[ \t])|(?<=\n))(?P<lead>[ \t]*)"
    r"(?:(?:true\s+or\s+false|true\s*/\s*false|t\s*/\s*f)\s*[:?]\s*)?"
    rf"(?!(?:{_INVERTED})\b)"
    # the claim: no sentence end inside it (a dot before a non-space is "dls.train", "3.5")
    # and at most CLAIM_MAX_CHARS: a posed claim is one sentence, and the bound keeps a long run of "x.x.x"
    # from being scanned again from each of its dots
    rf"(?P<claim>(?:[^.!?\n]|\.(?=[^\s.])){{1,{CLAIM_MAX_CHARS}}}?)"
    # its end mark: "?" or "." (an arrow may follow), an arrow, or a dash or colon set off by a space
    r"(?:(?:\s*(?P<question>\?)|\s*\.)(?:\s*(?:->|=>|\u2192))?|\s*(?:->|=>|\u2192)|\s+[-\u2013\u2014]{1,2}|\s*:)"
    rf"\s*(?P<verdict>{_REJECT}|{_ACCEPT}|(?P<reply>no|nope|yes))"
    # a bare verdict: punctuation, a dash or the end of the line after it
    r"(?P<after>\s*(?:[.!,;:]|\s[-\u2013\u2014]\s|[ \t]*(?=\n|$)))",
    re.IGNORECASE,
)
_REJECTS_RE = re.compile(rf"(?:{_REJECT}|no|nope)$", re.IGNORECASE)
# any verdict word at all: most answers have none and skip the scan
_VERDICT_WORD_RE = re.compile(rf"\b(?:{_REJECT}|{_ACCEPT}|no|nope|yes)\b", re.IGNORECASE)


def _rewrite(m: re.Match[str]) -> str:
    claim = m.group("claim").strip()
    if m.group("reply") and not m.group("question"):
        return m.group(0)  # "X. No." takes X back (``retractions``); "X. Yes." is not a verdict card
    rest = " " if m.group("after").strip() and m.end() < len(m.string) else ""
    if _REJECTS_RE.match(m.group("verdict").strip()):
        # "It's called X" -> "it's called X"; an acronym ("NLP models") keeps its capitals
        if claim[:1].isupper() and claim[1:2].islower():
            claim = claim[:1].lower() + claim[1:]
        return f"{m.group('lead')}False: {claim}.{rest}"  # the rejecting label ``foils`` reads
    return f"{m.group('lead')}{claim}.{rest}"


def read_marked_claims(text: str) -> str:
    """``text`` with each claim marked false read as "False: X." and each marked true as "X."."""
    if not text or not _VERDICT_WORD_RE.search(text):
        return text
    return _MARKED_RE.sub(_rewrite, text)
