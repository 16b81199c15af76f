"""Tone and verse around a right answer: the feeling and the metre, read as no claim about the subject.

A learner may vent while answering ("Argh, ...", "ugh, it's X!!", "Seriously, three? Fine: ...", "Why does
everyone start with the model?!", "That's the harm.") or put the answer in verse with its lines parted by
" / ". A teacher reads the claim inside and lets the tone colour it. The grader's rules do not: an
interjection or a closing "That's it!" counts as one more claim the key does not back, a rhetorical
complaint about what "everyone" does reads as the writer stating it, and a verse written as one long line
never parts into the clauses each key point is matched against.

``without_outbursts`` therefore, before grading:
- reads a verse's line break (a spaced " / " after the line's own comma, semicolon or stop) as the space
  it stands for, so the verse's clauses part at its own punctuation, as prose's would;
- drops a leading interjection ("argh", "ugh", "come on", "seriously", "geez") and its comma ("honestly"
  is kept: "Honestly though, ..." takes back what came before, which ``claims`` reads),
  and drops it whole when it stands as a sentence of its own;
- drops a closing pointer that only sums up what came before ("That's it!", "That's the harm.",
  "That's the weakness."): a "that's" with "it", "all" or "the" and one noun, nothing else;
- drops a rhetorical complaint about what other people do ("Why does everyone ...?", "Why do people ...?"):
  a question that blames a crowd asserts nothing the writer holds;
- reads "!!", "?!" and the like as a single mark.
Pure module; the text is unchanged when none of these is found.
"""

from __future__ import annotations

import re

# a verse line break: a spaced slash after the line's own closing mark ("bright, / it stumbles"). A spaced
# slash after a bare word parts the columns of a table or the options of a note ("flag / prioritise",
# "Phase / what the model does"), which the clause rules already read: it is left alone.
_VERSE_BREAK_RE = re.compile(r"(?<=[,;:.!?\-]) / (?=\S)")

_INTERJECTION = r"(?:argh+|ugh+|urgh+|come on|seriously|geez|jeez|sigh|ugh+ seriously)"
# an interjection opening a sentence, with the comma or mark after it
_LEADING_INTERJECTION_RE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?\n] ))(?:{_INTERJECTION})\s*(?:,|\.|!+|\?+|:)?\s*", re.I
)
# an interjection that is a whole sentence ("Argh.") at the end of an answer
_TRAILING_INTERJECTION_RE = re.compile(rf"(?:(?<=[.!?] )|(?<=\n)|^)(?:{_INTERJECTION})\s*[.!?]*\s*$", re.I)
# "That's it!", "That's all.", "That's the harm." as a sentence of its own
_SUMMING_UP_RE = re.compile(
    r"(?:(?<=^)|(?<=[.!?] )|(?<=\n))that(?:'s|\u2019s| is) (?:it|all|the [a-z]+)\s*[.!]+\s*(?=$|\S)", re.I
)
# "Why does everyone start with X?!", "Why do people overcomplicate it."
_CROWD_COMPLAINT_RE = re.compile(
    r"(?:(?<=^)|(?<=[.!?] )|(?<=\n))why (?:does|do|would|must) (?:everyone|everybody|people|so many people)"
    r"\b[^.!?\n]*[.!?]*\s*",
    re.I,
)
_REPEATED_MARKS_RE = re.compile(r"[!?]*\?[!?]*!+[!?]*|\?{2,}|!{2,}")


def _single_mark(match: re.Match[str]) -> str:
    return "?" if "?" in match.group(0) else "!"


def without_outbursts(answer: str) -> str:
    """``answer`` with its venting set aside and its verse lines parted; unchanged when it has neither."""
    if not answer:
        return answer
    text = _VERSE_BREAK_RE.sub(" ", answer)
    text = _REPEATED_MARKS_RE.sub(_single_mark, text)
    text = _CROWD_COMPLAINT_RE.sub("", text)
    text = _SUMMING_UP_RE.sub("", text)
    text = _TRAILING_INTERJECTION_RE.sub("", text)
    text = _LEADING_INTERJECTION_RE.sub("", text)
    text = text.strip()
    if not text:
        return answer  # venting alone: leave it for the rules to find no claim in
    return text if text != answer.strip() else answer
