"""A field that opens by admitting it has no answer and then adds nothing: "Not sure yet - we'll work out what
to compare it against once it's running", "Can't think of any really, it's only hot chocolate", "Not really
needed for this one, sports day is only once a year", "tbc - ask the manager", "Same as the title really".

Students write this way every day: an admission (not sure, no idea, can't think of any, haven't decided, not
needed, tbc, the title) and then only a deferral (we'll work it out, ask someone, once it's running) or a
reason that names nothing the field asks for (it's only a stall; it's once a year). Anything beyond that turns
the admission into an answer: an exception or a guess ("not sure, maybe the manager's rota"), a figure, a
comparison with today's way ("not sure, probably what we do now"), a choice someone makes ("the foreman
decides"), or more than a sentence's worth of words. Read from the structure of the text, never from the
plan's subject. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .non_answers import COMPARISON_WORDS
from .text import has_any

# Fields whose element every plan needs, so that "not needed" there is a gap, not an answer. Constraints,
# the horizon, the data fields (a plan may need no new data: "not needed, the till records it") and the
# closing reflection may truly be "none".
NEEDED = frozenset(
    {
        "objective",
        "metric",
        "levers",
        "uncontrollables",
        "modeler",
        "simulator",
        "optimizer",
        "baseline",
        "rollout",
        "risks",
    }
)
# Monitoring is left to its own check: a blank monitoring field is looked for in the rollout (plans written
# before the field existed have none), so emptying "Not required: the model was validated" would hide it.
_LEFT_TO_THEIR_CHECK = frozenset({"monitoring"})

_SOFTENERS = (
    r"(?: (?:yet|really|at all|so far|for now|right now|at the moment|to be honest|tbh|honestly|atm))*"
)
# "for this one", "for stationery", "to us", "for a pub": whom the denial is about, a word or two
_FOR_THIS = (
    r"(?: (?:for|in|on|to) (?:us|me|(?:(?:this|that|our|my|a|an|the) )?[a-z'][a-z'-]*(?: [a-z'][a-z'-]*)?))?"
    r"(?: here| now)?"
)
# "I don't know yet": the writer has no answer (any field).
_UNKNOWN = re.compile(
    r"^(?:(?:i'?m|we'?re|i am|we are) )?(?:not (?:really |quite |totally |100% )?sure|unsure|no idea|dunno"
    r"|(?:i |we )?(?:don'?t|do not) (?:really )?know|no clue|not decided|undecided"
    r"|tbc|tbd|tba|to be confirmed"
    # the box itself not done: "not done yet", "not filled in", "haven't written this bit"
    r"|not (?:yet )?(?:done|written|filled in|finished|started|completed|ready)"
    r"|(?:i |we )?(?:haven'?t|have not|didn'?t|did not) (?:really )?"
    r"(?:thought|decided|worked|figured|got|looked|done|written|finished|started|filled|completed|had time)"
    r"(?: (?:about|of|on|out|into|at|that|this|it|one|any|bit|part|box|section|up|in))*)"
    + _SOFTENERS
    + _FOR_THIS
    + _SOFTENERS
)
# "Not sure what goes in this box": a doubt about the box itself (any field). All that follows but an errand
# is the writer's try at an answer ("not sure what you want here, so: hours lost per month").
_UNSURE_OF_THE_BOX = re.compile(
    r"^(?:(?:i'?m|we'?re|i am|we are) )?not (?:really )?sure what"
    r" (?:goes|to put|to write|belongs|they want|you want|is wanted)"
    r"(?: (?:in (?:this|that|the) (?:box|field|bit|part|section|one)|in here|in|here|there))?"
    # the box doubted as fitting the plan: "Not sure this applies to a retained stn."
    r"|^(?:(?:i'?m|we'?re|i am|we are) )?(?:not (?:really )?sure|don'?t think|do not think) (?:this|that|it)"
    r" (?:really )?(?:applies|fits|is relevant|is needed)(?: (?:to|for|in|at|on|with) [^,.;:!?]{1,40})?"
)
# "Can't think of any", "not needed": the element denied (fields in NEEDED only).
_DENIED = re.compile(
    # ("Honestly can't think of anything that could go wrong": an opener, and what the anything would do)
    r"^(?:(?:honestly|to be honest|tbh|well|sadly)\W+)?"
    r"(?:(?:i |we )?(?:can'?t|cannot|could ?n'?t|could not) (?:really )?(?:think of|see|come up with|name)"
    r" (?:anything|anyone|any|one|much|many)"
    r"(?: that (?:could|might|would|will|can) (?:go wrong|happen|fail))?"
    r"|not that (?:i|we) (?:can|could) (?:think of|see|tell)"
    r"|none (?:that )?(?:i|we) (?:can|could) (?:think of|see)"
    r"|(?:it'?s |this is )?not (?:really |strictly )?"
    r"(?:needed|necessary|relevant|applicable|required|important)"
    r"|(?:it |this )?(?:does ?n'?t|does not) (?:really )?apply"
    r"|(?:i |we )?(?:don'?t|do not) (?:think|feel) (?:we|i|you) (?:really )?need"
    r" (?:this|that|it|one|any|these)(?: (?:box|field|bit|part|section|one|step))?"
    r"|(?:i |we )?(?:don'?t|do not) see (?:the|any) (?:need|point)"
    r"|no need|none needed|nothing needed)" + _SOFTENERS + _FOR_THIS + _SOFTENERS
)
# "Same as the title": the title names the project, not the outcome it is for (objective only).
_TITLE = re.compile(
    r"^(?:same as|see|as in|as per|like|just|basically|it'?s) (?:the |my |our )?(?:title|heading|name)"
    + _SOFTENERS
)
# An objective says which outcome should change.
_CHANGE = re.compile(
    r"\b(?:more|fewer|less|reduce\w*|increase\w*|improv\w*|cut\w*|rais\w*|lower\w*|higher|better|faster"
    r"|sooner|sav\w+|avoid\w*|stop\w*|prevent\w*|grow\w*|boost\w*|minimi[sz]\w*|maximi[sz]\w*)\b"
)
_CLAUSES = re.compile(r"[,;:.!?()\n]|\s[-–—]\s")
# What turns an admission into an answer: an exception, a guess, a choice someone makes.
_YET_SOMETHING = re.compile(
    r"^(?:except|but|apart|other than|besides|unless|though|although|maybe|perhaps|possibly|probably|likely"
    r"|i think|i guess|i'?d say|we think|mainly|mostly|only|just|apart from|like|e\.?g\.?|for example"
    r"|such as|if|then)\b"
    r"|\b(?:pick|picks|choose|chooses|chosen|select|selects|decide|decides|decided by|set by|ranks?)\b"
)
# Put off to later or to someone: "we'll work out what to compare it against", "ask the manager".
_DEFERRAL = re.compile(
    r"^(?:(?:we|i)(?:'ll| will| shall| are going to| am going to| need to| have to| should)"
    r" (?:\w+ )?(?:work|figure|sort|find|see|decide|check|ask|look|think|agree|come back|get back|fill|add)\b"
    r"|(?:will |need to |have to |must |i'?ll |we'?ll )?ask\b"
    r"|(?:to be|will be) (?:decided|confirmed|agreed|added)"
    r"|(?:once|when|after|until|till|as soon as) (?:it|we|the|this|that)\b"
    r"|later\b|(?:next|in) (?:week|month|term)"
    r"|(?:can|could) (?:we )?(?:go over|discuss|talk about) (?:it|this)"
    r")"
)
# An errand to ask someone, ending its clause, before the admission itself.
_ASK_FIRST = re.compile(
    r"^(?:(?:i|we) )?(?:will|'ll|need to|have to|must|shall|going to) ask [^,;:.!?()–—]+[,;:.!?–—]"
)
_DIGIT = re.compile(r"\d")
_BOUNDARY = re.compile(r"^\s*(?:[,;:.!?()–—]|-|$)")
_MAX_WORDS = 24  # an admission with a sentence's worth of reason; a longer text says more
# A model named after all: "nothing special - a spreadsheet that predicts the orders from the weather", "no
# need for deep learning; a simple model gives the chance of a no-show". What is denied is a kind of model.
STILL_MODELLED = re.compile(r"\b(?:predict|forecast|estimat|model|regress|chance|probab|likel|expect)\w*")


def _normal(text: str) -> str:
    return " ".join((text or "").lower().replace("’", "'").split()).strip(" -•*")


def _adds_nothing(rest: str) -> bool:
    """Whether every clause after the admission only defers or gives a reason naming nothing."""
    if _DIGIT.search(rest):
        return False
    for clause in _CLAUSES.split(rest):
        clause = clause.strip(" '\"")
        if not clause or _DEFERRAL.match(clause):
            continue
        if _YET_SOMETHING.search(clause) or has_any(clause, COMPARISON_WORDS):
            return False
    return True


def admits_no_answer(text: str, key: str) -> bool:
    """Whether the field only admits it has no answer (see the module's doc). ``key`` is the plan key."""
    t = _normal(text)
    if not t or len(t.split()) > _MAX_WORDS or key in _LEFT_TO_THEIR_CHECK:
        return False
    if key == "objective":
        title = _TITLE.match(t)
        if title:
            return not _CHANGE.search(t[title.end() :]) and not _DIGIT.search(t)
    asked = _ASK_FIRST.match(t)
    if asked:  # "Will ask Ravi in IT, not sure what goes here": the admission follows the errand
        t = t[asked.end() :].strip()
    doubt = _UNSURE_OF_THE_BOX.match(t)
    if doubt:
        rest = [c.strip(" '\"") for c in _CLAUSES.split(t[doubt.end() :])]
        return all(not c or _DEFERRAL.match(c) for c in rest)
    found = _UNKNOWN.match(t) or (_DENIED.match(t) if key in NEEDED else None)
    if found is None:
        return False
    rest = t[found.end() :]
    # "not sure the rota counts", "no idea how many": the admission goes on as a phrase, with a claim in it
    if not _BOUNDARY.match(rest):
        return False
    if key == "modeler" and STILL_MODELLED.search(rest):
        return False
    return _adds_nothing(rest)


__all__ = ["NEEDED", "STILL_MODELLED", "admits_no_answer"]
