"""Disowned views: the key reported as the chapter's and then rejected by the writer, or named in scare quotes
and waved away as hype. Either way the writer does not claim the key, and what the answer claims is the rest.

Two sentence structures let a wrong answer quote the key word for word:

- the chapter's view reported, then rejected: "The book says X. I don't buy it: Y", "According to the chapter,
  X. Honestly, I think that's wrong; Y", "The authors list X, but I disagree: Y". X is what the writer turns
  down, exactly as in "Some say X. No: Y" (``foils``). The rejection must be one of disbelief ("I don't buy
  it", "I disagree", "I doubt it", "that's wrong", "not true", a bare "No:"): a mere "But" or "Actually" after
  the chapter's view usually builds on it ("The chapter says X. But it also warns that ..."), and a view the
  writer agrees with or explains ("The chapter says X, and that makes sense because ...") is the writer's own.
  When the question itself asks what the chapter says or suggests, reporting the chapter's view IS the answer,
  whatever the writer thinks of it: nothing is removed there.
- the key's terms put in scare quotes and dismissed in the same clause: "The whole 'disinformation' worry is
  media hype", "Forget the 'objective' and 'levers' fluff", "'Augmentation' is just a buzzword for ...", "The
  so-called 'widgets' aren't ...". The quoted words are what the writer mocks, not what they assert. A
  dismissal the writer concedes and turns ("'Inference' sounds like jargon, but it just means ..."), a negated
  one ("isn't hype") and quotes with no dismissal ("It's called 'inference'") leave the quote alone.

``without_disowned_views`` removes the reported view with its rejection, and the scare-quoted words, so the
matcher reads only what the writer claims. Pure module: regular expressions on the cleaned answer.
"""

from __future__ import annotations

import re

from .text import SENTENCE_END_RE, sentence_spans

# The chapter (or its authors) as the holder of a view, with a verb of saying, at a sentence's start.
_SOURCE = r"(?:the|our|this)\s+(?:book|chapter|text|authors?|lesson|course|notes|lecture|reading|textbook)"
_SOURCE_VERBS = (
    r"says?|said|claims?|claimed|lists?|listed|calls?|called|warns?(?:\s+(?:about|of|that|against))?|suggests?"
    r"|suggested|recommends?|recommended|argues?|argued|describes?|described|defines?|defined|puts?|gives?"
    r"|mentions?|mentioned|insists?|tells\s+us|told\s+us|explains?|explained|states?|stated|thinks?|wants?\s+us"
)
_REPORTED_SOURCE_RE = re.compile(
    rf"\W*(?:(?:so|well|now|ok|okay)\s*,?\s+)?(?:"
    rf"according\s+to\s+{_SOURCE}\s*,?"
    rf"|{_SOURCE}\s+(?:(?:also|clearly|apparently|basically)\s+)?(?:{_SOURCE_VERBS})\b)",
    re.IGNORECASE,
)
# The writer's disbelief, opening what follows the reported view (shared with ``foils`` for views of others).
DISBELIEF = (
    r"(?:(?:honestly|frankly|personally|well|but|sorry|to\s+be\s+honest|in\s+my\s+(?:view|opinion)"
    r"|if\s+you\s+ask\s+me)\s*,?\s*)*"
    r"(?:i\s+(?:don't|do\s+not|can't|cannot|won't)\s+(?:buy|believe|accept|agree)\b"
    r"|i\s+(?:disagree|doubt)\b|i(?:'m|\s+am)\s+not\s+(?:convinced|buying|sold)\b|i\s+don't\s+think\s+so\b"
    r"|i\s+think\s+(?:that's|that\s+is|it's|it\s+is|they're|they\s+are|this\s+is|the\s+(?:book|chapter|authors?)"
    r"\s+(?:is|are))\s+(?:\w+\s+)?(?:wrong|mistaken|incorrect|nonsense|overblown)\b"
    r"|(?:that's|that\s+is|this\s+is)\s+(?:(?:just|simply|plain|flat|completely|totally|dead)\s+)?"
    r"(?:wrong|incorrect|mistaken|nonsense|rubbish|false|not\s+true|a\s+myth)\b"
    r"|(?:no|nope|wrong|nonsense|rubbish|not\s+true)\s*[,.:;!\u2013\u2014-])"
)
_DISBELIEF_RE = re.compile(rf"\W*{DISBELIEF}", re.IGNORECASE)
# The same sentence turning to the rejection: "The book says X, but I don't buy it", "...; honestly, ...".
_TURN_RE = re.compile(r"\s*(?:[,;:]|\s[\u2013\u2014-])\s*(?=\w)", re.IGNORECASE)
# Where the rejection cue ends: its own sentence's end, or a colon / semicolon / dash / comma after it.
_CUE_END_RE = re.compile(r"[:;.!?\u2013\u2014]|,\s|\s-\s|$")
# A question that asks what the chapter says: there the chapter's view reported is the answer itself.
_ASKS_CHAPTER_RE = re.compile(
    r"\b(?:the|this)\s+(?:chapter|book|authors?)(?:'s)?\b|\baccording\s+to\b", re.IGNORECASE
)


def _reported_and_rejected(text: str) -> list[tuple[int, int]]:
    """Spans to drop: a sentence reporting the chapter's view and the writer's rejection cue after it."""
    spans = []
    for start, stop in sentence_spans(text):
        if not _REPORTED_SOURCE_RE.match(text, start, stop):
            continue
        # rejected in the same sentence, after a comma, semicolon, colon or dash
        cue = None
        for turn in _TURN_RE.finditer(text, start, stop):
            cue = _DISBELIEF_RE.match(text, turn.end(), stop + 1)
            if cue:
                break
        if cue is None:  # ... or at the start of the next sentence
            nxt = SENTENCE_END_RE.search(text, stop)
            cue = _DISBELIEF_RE.match(text, stop, nxt.end() if nxt else len(text))
        if cue is None:
            continue
        # a cue closed by its own punctuation ("Nonsense:") ends there; else at the next mark
        end = cue.end() if text[cue.end() - 1] in ",.:;!\u2013\u2014-" else None
        if end is None:
            mark = _CUE_END_RE.search(text, cue.end())
            end = mark.end() if mark else len(text)
        spans.append((start, end))
    return spans


_QUOTE_RE = re.compile(
    r"(?<![A-Za-z])(?:'[^'\n]{2,60}'(?![A-Za-z])|\"[^\"\n]{2,60}\"|\u2018[^\u2019\n]{2,60}\u2019"
    r"|\u201c[^\u201d\n]{2,60}\u201d)"
)
# Words that wave a quoted idea away as empty talk, in the clause that holds the quote.
_DISMISSIVE = (
    r"hype|hyped|overhyped|overblown|overstated|exaggerated|overrated|a\s+myth|mythical|imaginary|fluff|padding"
    r"|buzzwords?|jargon|marketing|spin|a\s+gimmick|theatre|theater|a\s+comfort\s+blanket|a\s+fig\s+leaf"
    r"|a\s+(?:fancy|grand|posh|pretentious)\s+(?:name|word|term|label)|a\s+figure\s+of\s+speech|academic"
    r"|nonsense|rubbish|a\s+red\s+herring|a\s+non-issue|not\s+a\s+real\s+(?:thing|issue|problem|risk)"
)
_DISMISSAL_RE = re.compile(
    rf"\b(?:is|are|'s|'re|was|were|sounds?|seems?)\s+(?:(?:all|just|only|mostly|merely|simply|pure|largely|a|an|"
    rf"basically|really|so\s+much|nothing\s+but|more|media|corporate|academic|bureaucratic|empty|a\s+lot\s+of"
    rf"|overblown)\s+)*(?:{_DISMISSIVE})\b"
    r"|\b(?:forget|ignore|never\s+mind|drop|skip)\s+(?:about\s+)?(?:the|all\s+the|this|that|those)\b"
    r"|\bso-called\b",
    re.IGNORECASE,
)
# A dismissal the writer concedes and turns ("sounds like jargon, but it means ...") or denies ("isn't hype").
_CONCEDED_RE = re.compile(r"[^.;!?]*?\b(?:but|yet|though|however)\b", re.IGNORECASE)
_NEGATED_RE = re.compile(r"(?:\b(?:not|never|no)|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_RE = re.compile(r"[;:!?]|\.(?:\s|$)|,\s+(?:but|yet|so|and\s+so|while|whereas)\b|\s[\u2013\u2014]\s")


def _scare_quoted(text: str) -> list[tuple[int, int]]:
    """The quoted spans a clause dismisses as hype, jargon or fluff (the quote marks included)."""
    spans = []
    for start, stop in sentence_spans(text):
        cuts = [start] + [m.end() for m in _CLAUSE_RE.finditer(text, start, stop)] + [stop]
        for a, b in zip(cuts, cuts[1:], strict=False):
            quotes = list(_QUOTE_RE.finditer(text, a, b))
            if not quotes:
                continue
            dismissal = next(
                (
                    m
                    for m in _DISMISSAL_RE.finditer(text, a, b)
                    if not _NEGATED_RE.search(text, a, m.start()) and not _CONCEDED_RE.match(text, m.end(), b)
                ),
                None,
            )
            if dismissal:
                spans += [(q.start(), q.end()) for q in quotes]
    return spans


def without_disowned_views(text: str, question: str = "") -> str:
    """``text`` without the chapter's views it reports and rejects (unless the question asks for the chapter's
    view) and without the scare-quoted words it dismisses; ``text`` itself when it has neither."""
    spans = [] if _ASKS_CHAPTER_RE.search(question or "") else _reported_and_rejected(text)
    spans += [s for s in _scare_quoted(text) if not any(a <= s[0] < b for a, b in spans)]
    if not spans:
        return text
    out, last = [], 0
    for a, b in sorted(spans):
        if a < last:
            continue
        out.append(text[last:a])
        last = b
    out.append(text[last:])
    return re.sub(r"[ \t]{2,}", " ", "".join(out)).strip()
