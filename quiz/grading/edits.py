"""Labelled edits: a later "Edit:" that takes the answer back replaces it; one that adds to it is kept.

Learners answering on a forum-like box revise in place and say so: "Inference.\nEdit: sorry, the proper term
is back-propagation.", "x = independent, y = dependent.\nUpdate: I had it backwards, y is ...". The first
answer stays on the page, but the writer has withdrawn it: a teacher grades what the edit puts in its place,
as ``retractions`` reads an unlabelled "Hmm, no: it's X" and ``struck`` a struck-out first try. Read as plain
text, the withdrawn answer still carries the key's words and a wrong edit looks right.

Most edits and postscripts do the opposite: they complete the answer ("P.S. forgot one: ...", "Edit: more
precisely, ...", "Edit: to add, ..."), and what they add joins what came before. So an edit withdraws only
when its opening words say so:

- in so many words, whatever else it says: "no", "scratch that", "never mind", "correction", "I had it
  backwards", "reversed it", "mixed it up", "wrong order", "that's wrong", "I meant ...";
- or by a softer marker ("actually", "sorry", "wait", "on reflection", "I checked again", "the proper term
  is") when no adding marker stands beside it: "Edit: sorry, forgot one: ..." adds, "Edit: sorry, the proper
  term is ..." replaces.

A typo or formatting fix ("Edit: typo") withdraws nothing. The answer is then read as the withdrawing edit's
text, without its opening marker clauses, followed by any later edit; an edit with nothing of substance
after its markers (a bare "Edit: scratch that.") gives no new answer and is left as typed. Pure module:
regular expressions on the raw answer.
"""

from __future__ import annotations

import re

from .lexical import content_words

# The label that opens an edit: at the start of a line or after a sentence's end, "Edit:", "EDIT 2:",
# "Update -", "Correction:", "P.S.", "PS:", "P.P.S.", optionally in bold.
_LABEL_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*(?:\*\*|__)?"
    r"(?:(?:edit(?:ed)?|update[d]?|upd|correction|eta)(?:[ \t]*\d{1,2})?(?:\*\*|__)?[ \t]*"
    r"(?::|[-\u2013\u2014](?=\s))"
    r"|p\.?[ \t]?(?:p\.?[ \t]?)?s(?:\.|[ \t]*:)|ps\b[ \t]*:?)(?:\*\*|__)?[ \t]*",
    re.IGNORECASE,
)
# Words that withdraw what came before, whatever else the edit says.
_STRONG = (
    # a bare "no" before punctuation or a new claim: "no, it's X", "actually no, X" ("no labels" is content)
    r"^\W*(?:(?:actually|wait|hmm+|oh|oops|sorry|um+|er+)\W+)*(?:no|nope|nah)"
    r"(?:\s*[,.;:!\u2013\u2014-]|\s+(?:it|that|this)(?:'s|\s+is|\s+was)\b)"
    r"|\b(?:scratch|scrap|ignore|disregard|forget|strike)\s+(?:that|this|it|the\s+above|what\s+i\s+\w+)\b"
    r"|\bnever\s*mind\b|\bcorrection\b|\bi\s+take\s+(?:that|it)\s+back\b|\bi\s+stand\s+corrected\b"
    r"|\bi\s+(?:misread|misremembered|misunderstood|confused|mixed\s+up)\b(?:\s+(?:the|that|this|it)(?:\s+question)?)?"
    r"|\b(?:had|got|have|get)\s+(?:it|that|this|them|those)\s+(?:backwards?|reversed|swapped|wrong|mixed\s+up"
    r"|the\s+(?:wrong|other)\s+way(?:\s+a?round)?)"
    r"|\b(?:reversed|swapped|inverted|flipped)\s+(?:it|them|those|these|that|the\s+two)\b"
    r"|\b(?:mixed|muddled)\s+(?:it|them|those|these|that|things|the\s+two)?\s*up\b"
    r"|\b(?:that|this|it|i)(?:'s|\s+is|\s+was|'m|\s+am|\s+were)\s+(?:wrong|backwards|not\s+(?:right|correct|it|true)"
    r"|the\s+(?:wrong|other)\s+way(?:\s+a?round)?)"
    r"|\bwrong\s+(?:order|term|word|name|answer|way|chapter|one|ones|item|step|question)\b|\bfrom\s+the\s+wrong\b"
    r"|\bi\s+meant\b(?!\s+to\s+(?:add|finish|include|mention))|\bmeant\s+to\s+(?:say|write|type)\b"
)
# Markers that may withdraw, or may only lead into an addition.
_SOFT = (
    r"\b(?:actually|sorry|oops|whoops|wait|hmm+|in\s+fact|on\s+(?:second\s+)?(?:reflection|thought)"
    r"|second\s+thoughts?|thinking\s+again|my\s+(?:bad|mistake))\b"
    r"|\b(?:i\s+)?(?:checked|re-?checked|double-?checked|re-?read|looked\s+(?:it\s+)?up)\b"
)
# A soft marker that leads into the new answer itself: "the proper term is X", "the real problem is X".
_NEW_ANSWER_LEAD = (
    r"\bthe\s+(?:proper|correct|right|real|actual|true)\s+(?:\w+\s+){0,2}?(?:is|are|was|were)\b"
)
# Markers of an edit that adds to the answer: then a soft marker withdraws nothing.
_ADDING = (
    r"\b(?:forgot|forgotten|forgetting|also|additionally|in\s+addition|to\s+add|adding|add|more\s+precisely"
    r"|to\s+be\s+(?:more\s+)?precise|precise|more\s+generally|to\s+clarify|clarif\w*|expand\w*|finish\w*"
    r"|missed|left\s+out|plus|another|one\s+more|as\s+well|too|why|example|e\.g|i\.e|the\s+rest|last\s+one"
    # a refinement of what was said: "actually I should say the manual phase runs alongside the model"
    r"|should\s+(?:say|mention|note)|to\s+be\s+(?:more\s+)?(?:exact|specific))\b"
)
# "Edit: actually, that's right", "the answer stands": the writer keeps what they wrote (as ``retractions``
# reads "No wait, that's right").
_CONFIRMS_RE = re.compile(
    r"\b(?:that|this|it|the\s+\w+|my\s+(?:\w+\s+)?answer)(?:'s|\s+is|\s+was)\s+(?:actually\s+|still\s+)?"
    r"(?:right|correct|true|fine|ok(?:ay)?|good)\b|\b(?:answer|it|that)\s+stands\b",
    re.IGNORECASE,
)
# A fix of form withdraws no claim.
_FORM_FIX_RE = re.compile(r"\b(?:typos?|spelling|spelt|formatting|grammar|punctuation)\b", re.IGNORECASE)
# "I meant X" withdraws a word or two, not the answer: "Objective, leavers, data, models. Edit: sorry, I meant
# levers." fixes one word of a whole answer, and the edit's words join the rest ("meant to say" is the same).
_MEANT_RE = re.compile(
    r"\bi\s+meant\b(?!\s+to\s+(?:add|finish|include|mention))|\bmeant\s+to\s+(?:say|write|type)\b", re.I
)
# ... unless it turns the answer round: "I meant the other way round", "I had it backwards".
_REVERSAL_RE = re.compile(
    r"\b(?:other\s+way\s+a?round|backwards?|reversed?|swapped|swap|opposite|vice\s+versa|inverted|flipped)\b",
    re.IGNORECASE,
)
_REPLACED_RE = re.compile(r"\b(?:not|instead\s+of|rather\s+than)\s+[\w'-]+", re.IGNORECASE)
# A local fix names at most this many content words, and the answer it fixes at least this many times as many.
PATCH_WORDS = 2
PATCH_RATIO = 3
_STRONG_RE = re.compile(_STRONG, re.IGNORECASE)
_SOFT_RE = re.compile(rf"{_SOFT}|{_NEW_ANSWER_LEAD}", re.IGNORECASE)
# the markers that can make up a clause of their own: "sorry", "I had it backwards", "no, I checked"
_MARKER_RE = re.compile(rf"{_STRONG}|{_SOFT}", re.IGNORECASE)
_ADDING_RE = re.compile(_ADDING, re.IGNORECASE)
# How far into the edit its markers are looked for: the opening, not the new answer's own words.
OPENING_WORDS = 8
# A marker clause that opens the edit says nothing besides its markers and is at most this long ("sorry",
# "I had it backwards", "no, I checked").
MARKER_CLAUSE_WORDS = 8
_CLAUSE_END_RE = re.compile(r"[,;:.!?\u2013\u2014]\s*|\s-\s")
_WORD_RE = re.compile(r"\S+")


def _opening(body: str) -> str:
    words = list(_WORD_RE.finditer(body))
    return body[: words[OPENING_WORDS - 1].end()] if len(words) > OPENING_WORDS else body


def withdraws(body: str) -> bool:
    """Does an edit whose text is ``body`` (after its label) take back what came before?"""
    opening = _opening(body)
    if _FORM_FIX_RE.search(opening):
        return False
    if _STRONG_RE.search(opening):
        return True
    if _CONFIRMS_RE.search(opening) and not re.search(r"\bnot\b|n't\b", opening, re.IGNORECASE):
        return False  # "Edit: actually, that's right": the writer keeps the answer (``retractions``)
    soft = _SOFT_RE.search(opening)
    return bool(soft) and not _ADDING_RE.search(opening)


def _only_a_patch(before: str, body: str, new: str) -> bool:
    """Whether a withdrawing edit only fixes a word or two of a longer answer ("sorry, I meant levers"): its
    markers are soft ones or "I meant" (no "scratch that", "no", "correction", no reversal), and its new words
    are few beside the answer it follows. Then the answer is read with the edit, not replaced by it."""
    opening = _MEANT_RE.sub(" ", _opening(body))
    if _STRONG_RE.search(opening) or _REVERSAL_RE.search(body):
        return False
    # the word it replaces ("I meant levers, not leavers") is not a word it adds
    fixed = len(content_words(_REPLACED_RE.sub(" ", _MEANT_RE.sub(" ", new))))
    return fixed <= PATCH_WORDS and len(content_words(before)) >= PATCH_RATIO * max(fixed, 1)


def _without_markers(body: str) -> str:
    """``body`` without the marker clauses that open it ("sorry, mixed it up: X" -> "X") and a soft marker
    word before the new answer ("actually X" -> "X")."""
    while True:
        end = _CLAUSE_END_RE.search(body)
        if not end:
            break
        clause = body[: end.start()]
        said_besides = content_words(_MARKER_RE.sub(" ", clause))
        if clause == _MARKER_RE.sub(" ", clause) or said_besides or len(clause.split()) > MARKER_CLAUSE_WORDS:
            break  # not a clause of markers only: the new answer starts here
        body = body[end.end() :]
    lead = re.match(
        r"\s*(?:(?:actually|in\s+fact|no|sorry|wait|on\s+(?:second\s+)?(?:reflection|thought))\b[\s,]*)+",
        body,
        re.IGNORECASE,
    )
    return body[lead.end() :] if lead else body


def after_edits(text: str) -> str:
    """``text`` read as its last withdrawing edit (its new answer and any edit after it), or unchanged when
    no edit withdraws what came before."""
    if not text:
        return text
    labels = list(_LABEL_RE.finditer(text))
    if not labels:
        return text
    answer_from = None
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        body = text[label.end() : end]
        if not label.start() and not i:
            continue  # an answer that opens with "Edit:" has nothing before it to withdraw
        # "Correction:" says in its label what "Edit: correction, ..." says in its text
        if withdraws(("correction: " if "correction" in label.group().lower() else "") + body):
            new = _without_markers(body)
            before = text[answer_from or 0 : label.start()]
            if content_words(new) and not _only_a_patch(before, body, new):
                answer_from = label.end() + len(body) - len(new)
    if answer_from is None:
        return text
    out = text[answer_from:].strip()
    return out[:1].upper() + out[1:] if out else text
