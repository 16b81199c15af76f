"""Answers laid out as FAQ pairs: "Q: ... A: ..." claims what follows "A:", not the question it asks itself.

A learner may write the answer as the questions a reader would ask, each with its reply ("Q: What does the
splitter do? A: Picks the validation items."). The learner's own question claims nothing: read as part of the
answer it is one more sentence the key does not back, and a question that names the key's words ("Q: Why
worry about out-of-domain data?") can pass for stating them. A teacher reads the replies. So before grading,
``faq_replies`` drops each question with its "Q:" label and the "A:" label of its reply. A question is kept,
as the heading of its reply, when it only names the part the reply is about ("Q: Objective? A: More sales
...", "Q: Why? A: So that ..." read "Objective: More sales ...") or when the reply is too short to state
anything alone ("Q: Letter for the input? A: x." reads "Letter for the input: x.", as ``answered`` joins a
question and its short reply).

Only labelled pairs are read so: a "Q:" (or "Question:") at the start of the answer, a line or a sentence,
and an "A:" (or "Answer:") right after its question mark or on the next line. An "A:" alone ("Plan A: ...")
or a "Q:" with no reply is left as it is. Pure module: one regular expression on the raw answer.
"""

from __future__ import annotations

import re

# a question short enough to be a heading for its reply ("Objective?", "Letters?", "Why?")
HEADING_MAX_WORDS = 2
# a reply too short to state anything without its question ("x.", "A person."), as in ``answered``
SHORT_REPLY_MAX_WORDS = 4

_PAIR_RE = re.compile(
    r"(?:^|(?<=[.!?\n]))(?P<lead>[ \t]*)(?:Q|Question)\s*[:.)]\s*"
    # the question: up to its question mark, or to the end of its line
    r"(?P<question>[^\n?]*?)(?:\?[ \t]*\n?|[ \t]*\n)"
    r"\s*(?:A|Answer)\s*[:.)]\s*"
    # the reply, up to its sentence's end (read, not consumed)
    r"(?=(?P<reply>[^.!?\n]*))",
)


def _reply_opening(m: re.Match[str]) -> str:
    question = m.group("question").strip()
    short_reply = len(m.group("reply").split()) <= SHORT_REPLY_MAX_WORDS
    if question and (len(question.split()) <= HEADING_MAX_WORDS or short_reply):
        return f"{m.group('lead')}{question}: "
    return m.group("lead")


def faq_replies(text: str) -> str:
    """``text`` with each "Q: question? A:" opening dropped (or kept as a short heading) before its reply."""
    if not text or "Q" not in text:
        return text
    return _PAIR_RE.sub(_reply_opening, text)
