"""A field holding a note to the writer instead of an answer: "(ask Dennis what he wants putting here)",
"[fill in after the meeting]", "TODO: check with the owner". Such a field is not blank, yet it states nothing
of what it asks for; nor does a pointer to an answer given elsewhere ("As discussed."). Read from its
structure (the whole field set aside in brackets, or an instruction to find the answer somewhere else), not
from the subject of the plan. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lexicon import OUTCOME_WORDS
from .text import content_stems, has_any

_BRACKETED = re.compile(r"^\s*(?:\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>)\s*$")
# An instruction to get the answer from someone or somewhere later: "ask Dennis ...", "check with the board".
_TO_DO = re.compile(
    # ("Ask: at medium sensitivity, how many stops?" puts the question itself: no one is sent to)
    r"^\W*(?:to ?do|tbc|tbd|note)?\W*(?:ask(?!\s*:)|check with|confirm with|find out|fill (?:this )?in"
    r"|get \w+ to|chase|waiting (?:for|on))\b"
)
_DIGIT = re.compile(r"\d")
_MAX_WORDS = 14
_MAX_BRACKETED_WORDS = 6  # "(see the owner's email)": a short aside in brackets is a remark


def note_to_self(text: str) -> bool:
    """Whether the field is only a note to whoever fills it in: the whole text in brackets (a remark, with no
    figure) or an instruction to find the answer elsewhere, and short."""
    t = " ".join((text or "").lower().replace("’", "'").split())
    if not t or len(t.split()) > _MAX_WORDS or _DIGIT.search(t):
        return False
    inner = t.strip("()[]{}<> .")
    if _BRACKETED.match(t) and (_TO_DO.match(inner) or len(inner.split()) <= _MAX_BRACKETED_WORDS):
        return True
    return bool(_TO_DO.match(t))


_LABEL_MARKS = re.compile(r"[^\w\s]|\d|_")


def label_typed_back(text: str, label: str) -> bool:
    """Whether the field holds only its own label ("Objective:", "OBJECTIVE -", "1. Objective"): the heading
    a writer types before an answer that never came, so it states nothing of what the field asks for."""
    words = _LABEL_MARKS.sub(" ", (text or "").lower()).split()
    wanted = _LABEL_MARKS.sub(" ", label.lower()).split()
    while words and words[0] in ("the", "our", "my", "your"):
        words = words[1:]
    return bool(wanted) and words == wanted


# A pointer to an answer given somewhere else, outside the worksheet: "As discussed.", "as agreed with Tom",
# "per our chat", "see the email". The reader of the plan was never there, so nothing is stated.
_ELSEWHERE = re.compile(
    r"^\W*(?:(?:as|like)\s+(?:(?:we|i|you|was|were|already|previously|earlier)\s+){0,2}"
    r"(?:discussed|agreed|arranged|mentioned|said|stated|briefed|requested|per)\b"
    r"|per\s+(?:the|our|my|your)\s+(?:meeting|chat|call|conversation|email|e-mail|brief|discussion)\b"
    r"|see\s+(?:above|below|attached|(?:(?:the|my|our)\s+)?(?:email|e-mail|notes|brief|attachment|minutes)))"
)
_MAX_POINTER_WORDS = 8  # "as agreed with the owner at the May meeting"; a longer text says something more


def points_elsewhere(text: str) -> bool:
    """Whether the field only points to an answer given outside the worksheet (see ``_ELSEWHERE``)."""
    t = " ".join((text or "").lower().replace("’", "'").split())
    if not t or len(t.split()) > _MAX_POINTER_WORDS or _DIGIT.search(t):
        return False
    return _ELSEWHERE.match(t) is not None


# Filler typed to get past a field: one letter repeated ("xxx", "zzzz"), a run of the keyboard's home row
# ("asdf"), the printer's dummy text ("lorem ipsum"), "blah blah", or a to-do marker ("TBD", "TODO").
_FILLER = re.compile(
    r"^\W*(?:([a-z])\1{1,}|asdf\w*|qwerty\w*|lorem ipsum\b.*|blah(?:\W+blah)*|tb[acd]|to ?do|tk)\W*$"
)


def filler_typed(text: str) -> bool:
    """Whether the field holds only filler (see ``_FILLER``): it stands where an answer should be."""
    return _FILLER.match(" ".join((text or "").lower().split())) is not None


# A question put back where the answer should be: "Ooh, where do I start, love?", "What should go here?".
# A question can state the objective ("More juniors still playing at sixteen?"), but then it asks for a
# change or names what the plan is about (what its metric counts, what its levers set); one that does neither
# states nothing.
_MAX_QUESTION_WORDS = 10


def asks_back(text: str, subject: str) -> bool:
    """Whether the field holds only a short question that asks for no change and shares no word of substance
    with the subject (the plan's metric and levers)."""
    t = " ".join((text or "").split())
    if not t.endswith("?") or len(t.split()) > _MAX_QUESTION_WORDS or _DIGIT.search(t):
        return False
    return not has_any(t, OUTCOME_WORDS) and not content_stems(t) & content_stems(subject)


# A promise to answer later, in place of the answer: "sorry, I'll fill this bit in later", "will write this
# up later", "I'll come back to this one". The field is not blank, yet until then it states nothing.
_LATER = re.compile(
    # the verb needs its object or particle: "fill this bit in later", "fill in later"; "the fill tomorrow"
    # is a prediction
    r"\b(?:fill|write|type|add|finish|complete|sort|do)\w* (?:(?:this|that|it|the) (?:\w+ )?|(?:in|out|up) )"
    r"(?:in |out |up )?(?:later|tomorrow|another time|next week|when i can)\b"
    r"|\bcome back to (?:this|that|it)\b|\bto (?:be )?(?:follow|filled in|added|confirmed) later\b"
    # left until something is known: "Model to be sorted once we know what's needed"
    r"|\bto be (?:sorted|worked out|decided|done|built|figured out|thought about)(?: out)?"
    r" (?:once|when|after|until) (?:we|i|they) (?:know|see|have|decide|find out)\b"
    # the answer itself put off: "will work out the model later once the loans come in" ("decide the price
    # later in the season" says when the deciding happens)
    r"|\b(?:will|'ll|shall|going to|to) (?:work|sort|figure|think|build|do|set|make)(?: out| up| about)?"
    r" (?:(?:the|a|this|that|our) (?:[\w-]+ )?|it |them |one )?later(?=\s*(?:$|[.,;!]|once\b|when\b|after\b))"
    # or until what it waits for comes in: "we'll work out a model once we have a few months of data" (not
    # "set the price when we see the forecast", which is how the choice is made)
    r"|\b(?:will|'ll|shall|going to) (?:work out|sort out|figure out|think about|build|come up with"
    r"|put together|develop|design)"
    r" (?:(?:the|a|this|that|our) (?:[\w-]+ )?|it |them |one )"
    # (perhaps after a season first: "build a model after the season, once we have enough hires")
    r"(?:(?:after|at the end of) (?:the |this |next )?(?:[\w-]+ )?(?:season|winter|summer|spring|autumn|year"
    r"|term|trial|pilot),? )?"
    r"(?:once|when|after|until|till) (?:(?:we|i|they) (?:have|get|know|collect|gather|build up)"
    r"|there (?:is|are|'s) (?:enough|more|some))\b"
    # handed on to whoever comes next: "Left for next year's team to sort out", "the next cohort can do it"
    r"|\bleft (?:for|to) (?:next (?:year|term|season|month)'?s?|the next|someone|somebody|another|a future"
    r"|future)\b"
    r"|\b(?:next (?:year|term|season)'?s?|the next|another|a future) (?:team|group|cohort|class|student"
    r"|intake)s? (?:to|can|will|could) (?:sort|do|work|figure|handle|pick)\b"
    # put off to a meeting still to come: "We'll settle that at the next board meeting", "to be agreed at the
    # trustees' away day" (a future or a "to be": "agreed at the quarterly meeting" is how it is done now)
    r"|(?:\b(?:we|i|they)(?:'ll| will| shall| can)|\bto be|\bwill be|\blet's)"
    r" (?:settle|decide|agree|sort|work|thrash|hammer|figure)\w*(?: (?:that|this|it|out|on|them))*"
    r" (?:at|in|after|during) (?:the|a|our) (?:next |following |first |new |\w+'? )?(?:board |committee "
    r"|team |staff |trustees'? |management |planning |steering )?(?:meeting|review|away ?day|agm|huddle"
    r"|get-together)\b"
)
_MAX_DEFERRED_WORDS = 40


def deferred(text: str) -> bool:
    """Whether the field only promises an answer later (see ``_LATER``) and asks for no change itself: a
    short text with no figure and no word of an outcome."""
    t = " ".join((text or "").lower().replace("’", "'").split())
    if not t or len(t.split()) > _MAX_DEFERRED_WORDS or _DIGIT.search(t):
        return False
    # what it waits for is no change asked: "later when there's more data"
    asked = _WAITING_FOR.sub(" ", t)
    return _LATER.search(t) is not None and not has_any(asked, OUTCOME_WORDS)


_WAITING_FOR = re.compile(r"\b(?:once|when|until|till) [^.;,]*")
