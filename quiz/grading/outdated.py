"""Claims the answer itself declares outdated: "X used to be the case, but now Y", "X was old advice; nowadays
Y", "X, but that only mattered for old models".

A learner who knows the right idea but believes it has been superseded writes it down and then retires it:
"It used to be called inference, but the modern term is deployment", "Keeping a human in the loop was old
advice from when models were weak; nowadays ...", "Crop loses detail ..., but that only mattered for old
CNNs", "A few years ago the problem was X. Large language models fixed that". What such an answer asserts is
the opposite of X (X is no longer so) and the replacement Y; a teacher does not credit X. The retired claim
is a view the answer rejects, exactly as "people wrongly think X" or "Some say X. No: ..." (``foils``), so
``negation`` denies its words: a key point stated only there is no key point stated, and a misconception
stated there is no misconception held.

``outdated_views`` finds the retired span of each sentence in three shapes:

- a frame that dates the claim ("used to", "there used to be", "once had to", "older/old/original ...
  models, versions, rules, advice", "a few years ago", "back when", "in the past", "the 2012 version") before
  a turn (", but", ";", a dash) whose rest replaces it with the present ("now", "nowadays", "today",
  "these days", "modern", "current", "since v2", "anymore", "no longer", "outdated", "obsolete");
- a turn that opens with a verdict on what came before ("but that's outdated", "but that only mattered
  for old CNNs", "but that was only needed ... in the past", "but fastai changed that", "deep learning
  dropped that convention");
- a clause that gives its own subject that verdict ("X was old advice", "X was meant for old-fashioned
  models");

and, across two sentences, a dated sentence followed by one that retires it ("... Large language models
fixed that", "That's outdated"). Left alone: a dated clause with no turn to the present ("a scale that used to
need a building full of people" after the present claim), a passive "is used to predict", the present
contrasted with an old practice the answer does not hold ("Writing text now costs nothing, at a scale that
used to need ..."), a data stream said to change ("the data no longer matches the training data": "no
longer" alone dates nothing), and a view the answer reports as other people's (``foils`` reads those).
Pure module: regular expressions on the cleaned answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .text import sentence_spans

# What dates a claim: the habitual past ("used to", not the passive "is used to"), a former state named as
# such, or a time in the past.
_DATED_RE = re.compile(
    r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bget\s)"
    r"(?<!\bgot\s)(?<!\bgets\s)(?<!'s\s)(?<!'re\s)\bused\s+to\b"
    r"|\bonce\s+(?:had|needed|used|was|were|said|thought|believed|meant|mattered)\b"
    r"|\b(?:old|older|old-fashioned|original|originally|earlier|previous|early|former|formerly)\s+"
    r"(?:\w+\s+){0,1}(?:advice|rule|rules|version|versions|models?|networks?|nets|cnns?|cameras?|releases?"
    r"|library|libraries|fastai|days|thinking|practice|view|idea|definition|approach|convention|textbooks?"
    r"|way)\b"
    r"|\b(?:in\s+the\s+past|back\s+(?:when|then|in\s+the\s+day)|(?:a\s+few|some|many)\s+years\s+ago"
    r"|years\s+ago|in\s+the\s+early\s+days|at\s+one\s+time)\b"
    r"|\b(?:the|an?)\s+(?:19|20)\d\d\s+(?:version|paper|edition|release|approach|advice|rule)\b",
    re.IGNORECASE,
)
# What replaces it with the present, after the turn.
_PRESENT_RE = re.compile(
    r"\b(?:now|nowadays|today|today's|these\s+days|modern|current|currently|since\s+(?:\w+\s+)?v?\d+"
    r"|anymore|any\s+more|no\s+longer|outdated|obsolete|overblown|(?:is|are|'s|'re)\s+gone)\b",
    re.IGNORECASE,
)
# Where a sentence turns from the dated claim to the present one.
_TURN_RE = re.compile(r",?\s+but\b|;|\s[\u2013\u2014-]\s|:\s", re.IGNORECASE)
# A verdict on what came before, opening the turn: "that's outdated", "that only mattered for old CNNs",
# "that was only needed for small datasets in the past", "that fear was overblown", "fastai changed that".
_RETIRED = (
    r"(?:outdated|obsolete|old\s+advice|old\s+news|a\s+myth|a\s+thing\s+of\s+the\s+past|history|overblown"
    r"|old-fashioned|no\s+longer\s+(?:true|the\s+case|needed|necessary|holds?|applies|matters?|relevant)"
    r"|(?:only|just)\s+(?:mattered|applied|needed|helped|worked|true|meant|relevant|useful|necessary)"
    r"|(?:needed|mattered|meant|true|useful)\s+only)"
)
_VERDICT_RE = re.compile(
    rf"\W*(?:(?:that|this|those|these)(?:\s+\w+)?(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+(?:\w+\s+){{0,2}}?"
    rf"{_RETIRED}\b"
    r"|(?:\w+\s+){1,4}?(?:fixed|solved|changed|dropped|abandoned|replaced|retired|removed|ended|killed"
    r"|outgrew)\s+(?:that|this|those|these|it)\b"
    # nobody does it any more: "but nobody uses them anymore"
    r"|(?:nobody|no\s+one)\s+(?:\w+\s+){1,3}?(?:anymore|any\s+more|these\s+days|nowadays)\b)",
    re.IGNORECASE,
)
# A clause giving its own subject the verdict: "X was old advice", "X was meant for old-fashioned models".
_OWN_VERDICT_RE = re.compile(
    r"\s+(?:was|were|is|are)\s+(?:\w+\s+){0,1}?(?:old\s+advice|outdated|obsolete|old\s+news|a\s+myth"
    r"|(?:only\s+)?(?:meant|needed|useful|true)\s+(?:for|with|in)\s+(?:\w+\s+){0,1}?"
    r"(?:old|older|old-fashioned|early|the\s+past|weak))\b",
    re.IGNORECASE,
)
# A learner's sentence turns a few times at most; a hostile one with hundreds of colons or dashes would cost
# a search of the whole sentence per turn (seconds for 4000 characters), so only the first turns are read.
_MAX_TURNS = 12
# A sentence that retires the one before it: "Large language models fixed that", "That's outdated". A bare
# "Today ..." is not enough: "a spam filter trained years ago. Today the emails look different" is a change.
_NEXT_RETIRES_RE = re.compile(
    r"\W*(?:(?:\w+\s+){0,4}?(?:fixed|solved|changed|dropped|abandoned|replaced|ended|killed)\s+(?:that|this|it)\b"
    r"|(?:that|this)(?:'s|\s+is|\s+was)\s+(?:\w+\s+){0,2}?" + _RETIRED + r")",
    re.IGNORECASE,
)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,:;\n'\"":
        start += 1
    while end > start and text[end - 1] in " .!?,;:\n":
        end -= 1
    return start, end


@lru_cache(maxsize=1024)
def outdated_views(text: str) -> tuple[tuple[int, int, int], ...]:
    """The spans ``text`` declares outdated (see the module docstring), as (cue start, view start, view end),
    the shape ``foils.rejected_views`` gives: the retired claim is denied like a rejected view."""
    out: list[tuple[int, int]] = []
    bounds = sentence_spans(text)
    for k, (start, stop) in enumerate(bounds):
        found = False
        for turn in islice(_TURN_RE.finditer(text, start, stop), _MAX_TURNS):
            frame, rest = text[start : turn.start()], text[turn.end() : stop]
            own = _OWN_VERDICT_RE.search(frame)
            if own and _PRESENT_RE.search(rest):
                out.append(_trimmed(text, start, start + own.start()))
                found = True
                break
            if (_DATED_RE.search(frame) and _PRESENT_RE.search(rest)) or _VERDICT_RE.match(rest):
                out.append(_trimmed(text, start, turn.start()))
                found = True
                break
        if found:
            continue
        if k + 1 < len(bounds) and _DATED_RE.search(text, start, stop):
            following = text[bounds[k + 1][0] : bounds[k + 1][1]]
            if _NEXT_RETIRES_RE.match(following):
                out.append(_trimmed(text, start, stop))
    return tuple((a, a, b) for a, b in out if b > a)
