"""Questions the writer answers at once: "Who makes the final decision? A person." states that a person does.

A learner may lay the answer out as the questions one asks, each followed by its reply ("How many requests
arrive at once? Few: a CPU.", "What was the real class? (rows)"). Read sentence by sentence, the question
claims nothing the key backs and the reply ("A person.") is too short to state a point, so a right answer
looks like a row of unsupported claims. A teacher reads each pair as one statement. So before grading,
``join_answered_questions`` turns the question mark of a question answered right after it into a colon: the
question and its reply become one sentence ("Who makes the final decision: A person."). Only a reply too
short to state anything alone is joined (up to four words, or a bracketed note): a longer one ("Yes, each
request goes to the server and back.") is read as the sentence it is, and a question with no reply, or a
rhetorical one followed by a statement, claims nothing either way.

Only a question that opens with a question word or an auxiliary ("who", "what", "how", "does", "would",
...) is joined, and only when something follows it that is not itself the next question: questions in a row
with no reply between them, and a question that ends the answer, stay as they are (nothing answers them). A
negative question ("Isn't it X?") is left to ``affirmed``, which reads it with its "Yes". Pure module: one
regular expression on the raw answer.
"""

from __future__ import annotations

import re

_OPENERS = (
    r"who|whom|whose|what|what's|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would"
    r"|should|shall|may|might|has|have|had"
)
# a question from the start of its sentence (or after a colon, a semicolon or a closing bracket, as in
# "(rows) What did the model predict?") to its question mark; no sentence end inside it
_QUESTION_RE = re.compile(
    rf"(?:^|(?<=[.!?:;\n)]))\s*(?:(?:and|so|but|then|or)\s+)?(?:{_OPENERS})\b(?!['\u2019]t\b)"
    r"[^.!?\n]*\?",
    re.IGNORECASE,
)
# the next question of a row: a question opener at once, with its own question mark before any full stop
_NEXT_QUESTION_RE = re.compile(rf"\s*(?:(?:and|so|but|then|or)\s+)?(?:{_OPENERS})\b[^.!\n]*\?", re.IGNORECASE)


# the reply: a bracketed note ("(rows)") or the text up to the next sentence end
_REPLY_RE = re.compile(r"\s*(?:\([^()\n]*\)|[^.!?\n]*)")
# A reply of up to this many words cannot state anything alone ("A person.", "No.", "Few: CPU."): it
# completes its question. A longer one is a sentence in its own right and is read as one.
SHORT_REPLY_WORDS = 4
_WORD_RE = re.compile(r"[A-Za-z0-9_]+(?:'[A-Za-z]+)?")


def join_answered_questions(text: str) -> str:
    """The answer with each question that is answered at once by a short reply joined to it by a colon."""
    if not text or "?" not in text:
        return text
    chars = list(text)
    for m in _QUESTION_RE.finditer(text):
        after = text[m.end() :]
        if not after.strip() or _NEXT_QUESTION_RE.match(after):
            continue
        reply = _REPLY_RE.match(after)
        if reply is None or len(_WORD_RE.findall(reply.group(0))) > SHORT_REPLY_WORDS:
            continue
        chars[m.end() - 1] = ":"
    return "".join(chars)
