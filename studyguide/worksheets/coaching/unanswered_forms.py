"""More forms of a field that answers nothing, read by ``unanswered.says_nothing``: a request to someone to
fill it ("pls fill", "can someone complete this"); a promise in text-speak ("will do l8r"); a pointer to a
record or a meeting kept elsewhere that does not say what it holds ("Risk log kept by the project office",
"Discussed at the March meeting", "The usual."); the choice left to someone else ("Whatever the model
needs"); the part declared out of scope ("Out of scope for this term's project"); the field's own question put
back ("What can we actually change? -> ask at the away day"). Each is read from the structure of the text,
never the plan's subject, and only in a short text with no figure: a text that lists what the record holds
("Logged in the kiln book: temperature, time, batch") or names a setting says something. Pure: no Django, no
torch.
"""

from __future__ import annotations

import re

from .placeholders import deferred, note_to_self

_DIGIT = re.compile(r"\d")
_MAX_WORDS = 10  # "Risk log kept by the project office"; a longer text says something more
# Text-speak a hurried writer uses for the same words ("will do l8r", "pls fill", "2moro").
_TEXT_SPEAK = {
    "l8r": "later",
    "l8er": "later",
    "pls": "please",
    "plz": "please",
    "2moro": "tomorrow",
    "tmrw": "tomorrow",
}


def _normal(text: str) -> str:
    t = " ".join((text or "").lower().replace("’", "'").split())
    return " ".join(_TEXT_SPEAK.get(w, w) for w in t.split())


def _short(t: str) -> bool:
    return bool(t) and len(t.split()) <= _MAX_WORDS and not _DIGIT.search(t)


_CLAUSE_BREAK = re.compile(r"[.;:!?]+(?:\s+|$)|\s[-–—]+\s")
_COURTESY_WORDS = 2  # "..., pues.", "Thanks!": a word of address or thanks after the one clause


def _one_clause(t: str) -> bool:
    """Whether the text says one thing: any clause after the first is a word or two of courtesy. "Out of
    scope: price; we search the delivery days" says more than the first clause."""
    later = [c for c in _CLAUSE_BREAK.split(t)[1:] if c.strip()]
    return all(len(c.split()) <= _COURTESY_WORDS for c in later)


# --- a request to someone to fill the field, or a promise to do it later ---------------------------------
_REQUEST = re.compile(
    r"^\W*(?:please|someone|somebody|(?:can|could|would|will) (?:someone|somebody|you)(?: please)?)\s+"
    r"(?:please\s+)?(?:fill|complete|finish|write|do)\b(?: (?:this|that|it|me|here|in|out|up|the \w+))*\W*$"
    r"|^\W*(?:needs?|still needs?|to be) (?:filling|filled|completing|completed|writing|written)\b"
    r"(?: (?:in|out|up))?\W*$"
    r"|^\W*(?:fill|complete)(?: (?:this|it|me|here))?(?: in| out)? please\W*$"
)
# A promise whose verb has no object ("will do later", "I'll do it tomorrow"): nothing is named to be done.
_PROMISE = re.compile(
    r"^\W*(?:(?:i|we)(?:'ll| will| shall)|will|to) (?:do|add|finish|complete|fill|write)"
    r"(?: (?:it|this|that))?(?: in| out| up)? (?:later|tomorrow|soon|next week|another time)\W*$"
)


def asks_to_fill(text: str) -> bool:
    """Whether the field only asks someone to fill it or promises to ("pls fill", "will do l8r")."""
    t = _normal(text)
    return _short(t) and bool(_REQUEST.match(t) or _PROMISE.match(t) or deferred(t))


# --- a pointer to a record or a meeting kept elsewhere ----------------------------------------------------
_RECORD = (
    r"(?:log|logs|register|file|files|spreadsheet|sheet|doc|docs|document|folder|tracker|records?|list"
    r"|attachment|appendix|annex|minutes|paperwork|notes|plan)"
)
# What a record may be called without saying what it holds: the field's own name ("risk log" for the risks)
# or a word of who keeps it.
_FIELD_WORDS = {
    "risks": r"risks?",
    "data": r"data",
    "monitoring": r"monitoring",
    "rollout": r"rollout|roll-out|launch",
    "baseline": r"baseline",
    "modeler": r"model",
}
_KEEPER_WORDS = r"project|team|main|shared|master|usual|separate|office|central|online|attached|relevant"
_TALK = (
    r"(?:discussed|covered|minuted|raised|mentioned|presented|explained|described|agreed"
    r"|talked (?:about|through)|gone (?:over|through)|went (?:over|through))"
)
_MEETING = (
    r"(?:meeting|call|chat|session|workshop|away day|email|e-mail|minutes|briefing|discussion|review|huddle"
    r"|catch-up|conversation|handbook|document|doc|attachment|appendix|report|proposal|slides|deck|spreadsheet"
    r"|charter|brief|wiki|playbook|runbook|specification|spec|page|folder|file)"
)
_DISCUSSED_ELSEWHERE = re.compile(
    rf"^\W*{_TALK} (?:at|in|during|on|by|over) (?:the |our |a |last |this |that )?"
    rf"(?:[\w'-]+ ){{0,3}}{_MEETING}\b"
    r"(?: (?:with|by|on|in) [\w' -]+)?\W*$"
)
# "The usual.", "the normal stuff", "same as always": a habit named instead of what it holds.
_HABIT = re.compile(
    r"^\W*(?:the |our |my )?(?:usual|normal|same as (?:always|usual|ever|before))"
    r"(?: (?:stuff|things|data|records|ones|lot|set|suspects))?\W*$"
)


# The box's own question asked before the answer ("How does it go live? Covered in the charter"), and where
# a record is filed ("(SharePoint > Commercial > Pricing 2026)", "[G:/Ops/Plans]"): neither says what it
# holds.
_OPENING_QUESTION = re.compile(r"^[^?.!\n]{1,80}\?\s+(?=\S)")
_FILED_AT = re.compile(r"\s*[(\[][^()\[\]]{0,80}?(?:>|/|\\)[^()\[\]]{0,80}[)\]]")


def kept_elsewhere(text: str, key: str) -> bool:
    """Whether the field only points at a record, a meeting or a habit kept elsewhere, without saying what it
    holds: short, no figure, no colon before a list of its contents."""
    t = _FILED_AT.sub("", _OPENING_QUESTION.sub("", _normal(text), count=1))
    if not _short(t) or ":" in t or not _one_clause(t):
        return False
    own = _FIELD_WORDS.get(key, r"(?!x)x")
    record = re.compile(
        # "Risks are in the shared spreadsheet": the field's own name said to be in a record
        r"^\W*(?P<pointer>see |kept in |held in |it's in |all in |it is in "
        rf"|(?:the |our )?(?:{own}) (?:is|are) )?"
        r"(?:in )?(?:the |our |a |an |my )?"
        rf"(?P<named>(?:(?:{own}|{_KEEPER_WORDS})[ -])*){_RECORD}\b"
        r"(?P<kept>(?: is| are)? (?:kept|held|maintained|stored|owned|managed|run|updated|available|filed"
        r"|shared))?"
        r"(?: (?:by|in|with|at|on|from|for)\b.*)?\W*$"
    )
    found = record.match(t)
    # a bare noun is not yet a pointer ("logs from a new river", "minutes in the press"): it is one when it is
    # sent to, called by the field's own name or by who keeps it, or said to be kept somewhere
    pointer = found is not None and any(found.group(g) for g in ("pointer", "named", "kept"))
    # a baseline "the usual" names today's practice, however vaguely: only elsewhere is a habit no answer
    habit = key != "baseline" and _HABIT.match(t) is not None
    return bool(pointer or _DISCUSSED_ELSEWHERE.match(t) or habit)


# --- the choice left to someone or something else ---------------------------------------------------------
_LEFT_TO = re.compile(
    r"^\W*(?:whatever|anything|everything|all)(?: (?:data|info\w*|records?|else))?(?: that)?"
    r" (?:the |our |my |your |they |he |she |you |we )?(?:[\w'-]+ )?"
    r"(?:needs?|wants?|asks? for|requires?|says?|decides?|chooses?|picks?|suggests?|likes?)\W*$"
)
_ADDRESS_AFTER = re.compile(r",\s*[\w'-]+\W*$")  # "Whatever the model needs, walaal."


def left_to_others(text: str) -> bool:
    """Whether the field only leaves its answer to someone or something else ("Whatever the model needs")."""
    t = _ADDRESS_AFTER.sub("", _normal(text))
    return _short(t) and _LEFT_TO.match(t) is not None


# --- the part declared out of scope -----------------------------------------------------------------------
# Read where every plan needs the element, not in the constraints, the horizon or the optional fields.
SCOPED_OUT = frozenset(
    {"optimizer", "simulator", "modeler", "risks", "levers", "rollout", "monitoring", "data"}
)
_OUT_OF_SCOPE = re.compile(
    r"^\W*(?:(?:this|that|it) (?:is|'s) )?(?:out of|outside(?: of)?|beyond|not in|not within|not part of)"
    r" (?:the |our |this |my )?(?:scope|remit|brief|this project|the project|this term)\b"
)
_YET_SOMETHING = re.compile(r"\b(?:except|but|apart|other than|besides|unless|though|although|only)\b")


def scoped_out(text: str, key: str) -> bool:
    """Whether the field declares its element out of scope, with no exception ("Out of scope this term")."""
    t = _normal(text)
    if key not in SCOPED_OUT or not _short(t) or not _one_clause(t):
        return False
    return bool(_OUT_OF_SCOPE.match(t)) and not _YET_SOMETHING.search(t)


# --- the field's own question put back --------------------------------------------------------------------
_QUESTION_BACK = re.compile(
    r"^\W*(?:so |but |ok |okay |um |hmm )?(?:what|which|how|where)(?: else| exactly| things?)?"
    r" (?:can|could|should|shall|do|would|will|might|must) (?:we|i|you|one)"
    r"(?: (?:actually|really|even|exactly|possibly|usefully|realistically))?"
    r" (?:change|control|set|decide|vary|do|put|write|include|use|say|add|move|adjust|try|pull)"
    r"(?: (?:here|there|this|it|about it|about this))?\W*$"
)


_MAX_QUESTION_WORDS = 16  # the question and a note to ask someone: "... -> ask at the away day YES/NO"


def question_put_back(text: str) -> bool:
    """Whether the field holds only the field's own question asked back, with no noun of its own ("What can
    we actually change?"), perhaps followed by a note to find the answer later ("-> ask at the away day")."""
    t = _normal(text)
    if "?" not in t or len(t.split()) > _MAX_QUESTION_WORDS or _DIGIT.search(t):
        return False
    question, rest = t.split("?", 1)
    rest = rest.strip()
    answered_later = not re.search(r"[^\W_]", rest) or note_to_self(rest) or deferred(rest)
    return bool(_QUESTION_BACK.match(question)) and bool(answered_later)


def says_nothing_more(text: str, key: str) -> bool:
    """Whether the field takes one of this module's forms of answering nothing."""
    return (
        asks_to_fill(text)
        or kept_elsewhere(text, key)
        or left_to_others(text)
        or scoped_out(text, key)
        or question_put_back(text)
    )


__all__ = [
    "asks_to_fill",
    "kept_elsewhere",
    "left_to_others",
    "question_put_back",
    "says_nothing_more",
    "scoped_out",
]
