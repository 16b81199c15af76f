"""Questions the answer leaves open: "Is it x for independent? Or y? I always mix up which is which."

A question asserts nothing. A learner who does not know the answer may still write its key words, as
questions ("Objective? Levers? Data? Models? Which one comes first, though?", "Crop loses parts? Pad adds
borders? Squish distorts?") and then leave them open: the answer ends on them, or goes on only to say that
the writer does not know ("Not sure.", "Who knows.", "I keep mixing them up.", "I'd have to reread that
part."). Read word by word those questions name the key points; a teacher credits none of them.

``open_questions`` finds such runs of questions; ``without_open_questions`` blanks them, so the grader can
see what the rest of the answer states (``pipeline.assess`` caps at partial an answer whose key points are
stated only inside them). A question answered right after is left alone, whatever follows it: "Why?
Because ...", "Who makes the final decision? A person.", "What outcome am I after? (objective)", "A table of
20 numeric measurements? Gradient boosting", "Does it have free-text columns? If yes, ...", a term glossed by
the question it answers ("Levers - What inputs can we control?"), and the negative
or tag question the answer confirms is a statement already (``affirmed`` reads it before this).
Pure module: regular expressions on the cleaned answer.
"""

from __future__ import annotations

import re

# A sentence that only says the writer does not know (or leaves the answer to someone else).
_DOUBT_RE = re.compile(
    r"\b(?:not\s+(?:\w+\s+)?sure|unsure|no\s+idea|(?:don't|do\s+not|dont|didn't)\s+(?:really\s+)?"
    r"(?:know|remember|get\s+it)|who\s+knows|hard\s+to\s+say|(?:can't|cannot|cant)\s+(?:tell|remember|recall|say)"
    r"|mix(?:ed|ing)?\s+(?:\w+\s+){0,2}?up|which\s+is\s+which|never\s+got\s+(?:that|it|this)\s+straight"
    r"|(?:i'd|i\s+would|i'll|i\s+will)\s+(?:have|need)\s+to|(?:to|must)\s+(?:work|figure|find)\s+(?:it\s+|that\s+)?out"
    r"|know\s+the\s+words\s+but\s+not)\b",
    re.IGNORECASE,
)
# A sentence ends at ".", "!" or "?" before a space (not inside "0.2" or "e.g.x") or at a new line.
_SENTENCE_END_RE = re.compile(r"[.!?]+(?=\s|$)|\n")
# A term given before the question it glosses, "Levers - What inputs can we control?", "splitter = how to
# divide the items?": the term answers it.
_GLOSS_RE = re.compile(r"\s[-\u2013\u2014]\s|:\s|=")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for stop in [m.end() for m in _SENTENCE_END_RE.finditer(text)] + [len(text)]:
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = stop
    return out


def _is_question(text: str, span: tuple[int, int]) -> bool:
    sentence = text[span[0] : span[1]].rstrip()
    return sentence.endswith("?") and not _GLOSS_RE.search(sentence)


def open_questions(text: str) -> list[tuple[int, int]]:
    """The character spans of the runs of questions that ``text`` leaves open (see the module docstring)."""
    sentences = _sentences(text)
    out = []
    i = 0
    while i < len(sentences):
        start, end = sentences[i]
        if not _is_question(text, (start, end)):
            i += 1
            continue
        j = i
        while j + 1 < len(sentences) and _is_question(text, sentences[j + 1]):
            j += 1
        run = (sentences[i][0], sentences[j][1])
        following = sentences[j + 1 :]
        # open when nothing follows, or only sentences saying the writer does not know
        if all(_DOUBT_RE.search(text[a:b]) for a, b in following):
            out.append(run)
        i = j + 1
    return out


def without_open_questions(text: str) -> str | None:
    """``text`` with its open questions blanked (spaces keep the offsets); None when it has none."""
    spans = open_questions(text)
    if not spans:
        return None
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
