"""A field holding the writer's doubt about the question instead of an answer, read by
``unanswered.says_nothing``: the field's question asked back, perhaps with a note to ask someone ("To ask at
office hours: what counts here?"; "Not sure what you want here, is it the same as the title? Can we go over it
on Thursday?"), or, where the data belongs, the data left to the model to find ("The model learns as it
goes."). Such a field is not blank, yet it states nothing of what it asks for. Read clause by clause from the
structure of each one (a question about the form, an admission of not knowing what it asks, a note to ask,
the learning left to the model), only in a short text with no figure: one clause that says anything else
keeps the field an answer. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")
_MAX_WORDS = 30  # the question, a doubt and a note to ask; a longer text says something more
# The prompt of a question-and-answer layout copied in before the answer: "Q (Dr Osei): What is the
# objective? A: ..."; what follows "A:" is the answer read.
_PROMPT = re.compile(r"^q\b[^?]{0,40}\?\s*a\s*[:.)-]\s*")

# A question about the form itself, not about the plan: what is wanted here, what the field means, whether
# it is the same as another part of the form, when it can be gone over.
_ABOUT_THE_FORM = re.compile(
    r"\b(?:what|which) (?:\w+ ){0,3}(?:counts?|goes|go|want|wants|mean|means|meant|write|put|needed|expected)"
    r" (?:\w+ ){0,3}here\b"
    r"|\bwhat (?:do|does|did) (?:you|they|it|this|that) (?:want|mean|need)\b"
    # ("the form" is often the plan's own: a Gift Aid form, a census form)
    r"|\bthe (?:title|heading|worksheet|template)\b"
    # asked, not told: "we talk about it at the staff meeting" is how the plan is monitored
    r"|\b(?:can|could|shall|should) (?:we|you|i) (?:go|talk|chat) (?:over|through|about) (?:it|this|that)\b"
    # the box not understood, or asked how it differs from another: "Sorry I don't understand this box, what
    # is the difference with objective?"
    r"|\b(?:don'?t|do not|can'?t|cannot) (?:really )?(?:understand|follow|get) (?:this|the|what th\w+) "
    r"(?:box|question|bit|part|field|section|one)\b"
    r"|\bwhat(?:'s| is) the difference (?:with|between|from)\b"
)
# An admission of not knowing what the field asks: "not sure what you want here", "no idea what goes here".
_NOT_KNOWING = re.compile(
    r"^(?:(?:i'?m|i am|we'?re|we are|still|honestly|sorry)\s+)*"
    r"(?:not sure|unsure|no idea|not clear|unclear|don'?t know|do not know|dunno|confused)\b"
)
# A note to ask someone: "to ask at office hours", "will ask Sam on Monday", "check with the tutor".
_TO_ASK = re.compile(
    r"^(?:(?:i|we)(?:'ll| will| need to| must)?\s+|to\s+|need to\s+|must\s+|will\s+)?"
    r"(?:ask|check with|discuss|bring (?:it|this) up|go over)\b"  # ("raise prices" is an answer)
)
# A closing word of courtesy or a slogan said in passing ("Thanks!", "Breathe easy!"): marked by an "!" or
# a word of thanks, not any short clause ("Till logs." names data).
_COURTESY = re.compile(r"^(?:thanks?|thank you|cheers|please|sorry|hi|hello|ta)\b")
_MAX_COURTESY_WORDS = 3


def _clauses(text: str) -> list[tuple[str, bool]]:
    """The text's clauses, each with whether it ended with "!"."""
    parts = re.split(r"([.?!;:]+(?:\s+|$)|,\s+|\s[-–—]+\s)", text)
    out = []
    for clause, mark in zip(parts[::2], [*parts[1::2], ""], strict=False):
        if clause.strip():
            out.append((clause.strip(" ()[]\"'"), "!" in mark))
    return out


def _normal(text: str) -> str:
    t = " ".join((text or "").lower().replace("’", "'").split())
    return _PROMPT.sub("", t)


def _courtesy(clause: str, exclaimed: bool) -> bool:
    return len(clause.split()) <= _MAX_COURTESY_WORDS and (exclaimed or _COURTESY.match(clause) is not None)


def unsure_of_the_question(text: str) -> bool:
    """Whether the field holds only doubt about what it asks: a question about the form or an admission of
    not knowing what it asks, with nothing beside it but notes to ask someone and words of courtesy."""
    t = _normal(text)
    if not t or len(t.split()) > _MAX_WORDS or _DIGIT.search(t):
        return False
    doubt = False
    for clause, exclaimed in _clauses(t):
        if _ABOUT_THE_FORM.search(clause) or (_NOT_KNOWING.match(clause) and _asks_of_the_form(clause)):
            doubt = True
        elif not (_TO_ASK.match(clause) or _courtesy(clause, exclaimed)):
            return False
    return doubt


def _asks_of_the_form(clause: str) -> bool:
    # "not sure what you want here" doubts the question; "not sure if price or hours matter more" is a doubt
    # about the plan, which is an answer of a kind, and a bare "unsure" is one of the experiment's choices
    return (
        _ABOUT_THE_FORM.search(clause) is not None
        or re.search(r"\b(?:what|how) (?:to (?:put|write|say)|you (?:want|mean)|this (?:is|means))\b", clause)
        is not None
    )


# The data left to the model to gather for itself: "the model learns as it goes", "the AI will figure it out
# over time", "we'll let the system learn on the job". No record is named, so none is had or collected.
_LEARNS_BY_ITSELF = re.compile(
    r"^(?:(?:we'?ll|we will|we)\s+)?(?:let\s+)?(?:the |our |an? )?"
    r"(?:model|system|ai|algorithm|app|tool|software|machine|network|it)s?\s+"
    r"(?:(?:will|would|can|should|just|simply|then)\s+)*"
    r"(?:learns?|learning|picks?(?: it| things)? up|figures?(?: it| things)? out|works?(?: it)? out"
    r"|teach\w* itself)"
    r"(?:\s+(?:it|things|this|that|everything|what it needs))?"
    r"\s+(?:as (?:it|we) go(?:es)?|on the (?:go|job|fly)|over time|by itself|for itself|itself"
    r"|from experience|along the way|as it runs|as we run|automatically|in use|in production|live)$"
)


def learning_left_to_the_model(text: str) -> bool:
    """Whether the data field only says the model will learn by itself, naming no record had or gathered
    (see ``_LEARNS_BY_ITSELF``), with at most a word of courtesy or a slogan beside it."""
    t = _normal(text)
    if not t or len(t.split()) > _MAX_WORDS or _DIGIT.search(t):
        return False
    learns = False
    for clause, exclaimed in _clauses(t):
        if _LEARNS_BY_ITSELF.match(clause):
            learns = True
        elif not _courtesy(clause, exclaimed):
            return False
    return learns


__all__ = ["learning_left_to_the_model", "unsure_of_the_question"]
