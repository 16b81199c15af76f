"""Questions that affirm: "Isn't it X? Yes." and "X, isn't it?" state X.

A learner may give the answer as a negative question they then confirm ("Isn't it a container that keeps
both loaders together? Yes.", "Won't the frames be dark at night? ... Yes - those three.") or with a tag
("Inference, isn't it?"). Read word by word, the "n't" denies X, and the grader would see a key point
contradicted. A teacher reads a statement. So before grading, ``affirm_questions`` rewrites such a question
as the statement it confirms: the negative auxiliary becomes its positive form ("isn't it" -> "it is") and
the question mark a full stop; a tag question loses its tag.

Only a question that opens with a negative auxiliary and is followed by an affirmation ("Yes", "Yep",
"Exactly", "That's right", "That's what ...") is rewritten; "Yeah, because ..." and "Right, as if ..." are
sarcasm, not affirmation, and a question answered "No" or left open stays as it is. A tag question is
rewritten unless "No" follows it. Pure module: regular expressions on the raw answer.
"""

from __future__ import annotations

import re

_POSITIVE = {
    "isn't": "is",
    "aren't": "are",
    "wasn't": "was",
    "weren't": "were",
    "doesn't": "does",
    "don't": "do",
    "didn't": "did",
    "won't": "will",
    "wouldn't": "would",
    "shouldn't": "should",
    "can't": "can",
    "couldn't": "could",
    "hasn't": "has",
    "haven't": "have",
}
_AUX = "|".join(k.replace("'", "['\u2019]") for k in _POSITIVE)
_PRONOUNS = r"it|that|this|they|you|we|there"
# a sentence (up to its "?") that opens with a negative auxiliary, after an optional "And"/"So"/"But"
_NEG_QUESTION_RE = re.compile(
    rf"(?P<lead>(?:^|(?<=[.!?:;,\n])\s*)(?:(?:and|so|but|then|or)\s+)?)(?P<aux>{_AUX})(?:\s+(?P<pron>{_PRONOUNS})\b)?"
    # a full stop inside the question: one not followed by a space ("e.g.x", "3.5"), or the end of "e.g",
    # "i.e" or "etc" before a space. Each dot matches one branch only: overlapping branches backtrack
    # exponentially on a long answer full of "e.g." with no question mark to end it.
    r"(?P<body>(?:[^.!?\n]|\.(?=\S)|(?:(?<=\be\.g)|(?<=\bi\.e)|(?<=\betc))\.(?!\S))*)\?",
    re.IGNORECASE,
)
# a tag at the end of a statement: ", isn't it?"
_TAG_RE = re.compile(rf",\s*(?:{_AUX})\s+(?:{_PRONOUNS})\s*\?", re.IGNORECASE)
# what confirms the question(s) before it; "Yeah, because ..." / "Right, as if ..." are sarcasm
_AFFIRM_RE = re.compile(
    r"\s*(?:yes|yep|yeah|yup|exactly|indeed|correct|precisely|right"
    r"|that['\u2019]s\s+(?:right|it|correct|exactly|what|the\s+(?:point|idea|difference|catch|problem)))\b"
    r"(?!\s*,?\s*(?:because|as\s+if|sure|right|like))",
    re.IGNORECASE,
)
_DENY_RE = re.compile(r"\s*(?:no|nope|not\s+really|wrong)\b", re.IGNORECASE)


def _positive(aux: str) -> str:
    word = _POSITIVE[aux.lower().replace("\u2019", "'")]
    return word.capitalize() if aux[:1].isupper() else word


def affirm_questions(text: str) -> str:
    """The answer with each confirmed negative question, and each tag question, read as a statement."""
    if not text or ("?" not in text):
        return text
    matches = list(_NEG_QUESTION_RE.finditer(text))
    out, pos = [], 0
    for i, m in enumerate(matches):
        # the questions in a row share the affirmation that follows the last of them
        end, j = m.end(), i + 1
        while j < len(matches) and not text[end : matches[j].start()].strip():
            end, j = matches[j].end(), j + 1
        if not _AFFIRM_RE.match(text, end):
            continue
        pron = m.group("pron")
        head = f"{pron} {_positive(m.group('aux')).lower()}" if pron else _positive(m.group("aux"))
        if pron and m.group("aux")[:1].isupper():
            head = head[:1].upper() + head[1:]
        out.append(text[pos : m.start("aux")])
        out.append(f"{head}{m.group('body')}.")
        pos = m.end()
    out.append(text[pos:])
    text = "".join(out)
    return _TAG_RE.sub(lambda t: t.group(0) if _DENY_RE.match(text, t.end()) else ".", text)
