"""A field that answers nothing: blank, only marks, or a placeholder ("N/A", "none yet", "we haven't compared
with anything", "we will work out how to measure this later") naming nothing, and the words that show a
comparison is named after all. Split from ``substance``. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .text import content_stems, has_any

_FIRST_CLAUSE = re.compile(r"[,.;:(\n]|\s-\s")
_NON_ANSWER_FULL = re.compile(
    r"(?:(?:n/?a|none|nothing|nil|tbd|tba|to ?-?do|unknown|not sure|don'?t know"
    # declined as of no use: "not needed", "none required" (the field's question left unanswered)
    r"|(?:not|none) (?:yet|applicable|decided|known|needed|required|necessary)"
    r"|no (?:baseline|comparison|idea|plan|monitoring|rollout)"
    r"|later|we'?ll see"
    # a form's placeholders: "tbc", "to add", "see later", "to follow", "coming soon", "wip"
    r"|tbc|tbf|wip|pending|coming soon|placeholder|(?:to|will) (?:add|follow|come|complete|fill(?: in)?)"
    r"|(?:see|fill(?: in)?|add|do|write|finish|complete) (?:this |it )?later"
    r"|(?:add|fill in|write) (?:here|me)|fill(?: in| out| me in)?"
    # ("n/a?", "tbc?": the placeholder asked back is still one)
    r"|to be (?:decided|defined|done|confirmed))(?: (?:yet|later|soon|so far|for now|really|as such|at all))?"
    r"|-+|\?+|x)[\s.!?]*"
)
_NON_ANSWER_START = re.compile(
    r"(?:we |i )?(?:have ?n[o']t|did ?n[o']t|do ?n[o']t|not) (?:yet |really )?(?:compared|decided|thought|"
    r"checked|got|have|looked|measured)"
)
_WAITING = re.compile(r"(?:once|until|till|when|after|pending|as soon as)\b")
# Nothing there yet, said as a sentence: "there is no one, because this is new for us", "there isn't any",
# "we will work out how to measure this after the first season". What follows may still name something.
_NOTHING_YET = re.compile(
    r"(?:there (?:is|are|'s) (?:no one|none|nothing)\b|there (?:isn't|aren't|is not|are not) (?:one|any)\b"
    r"|nothing to (?:compare|beat|measure)|nothing \w+(?:ed|en)(?: down)?\b"  # "nothing written down"
    r"|(?:we|i) (?:have|got) (?:none|nothing)\b"
    r"|(?:we|i)(?:'ll| will| shall| are going to| am going to)? "
    r"(?:work out|figure out|decide|define|determine|think about|agree on|find out)"
    r"(?: later)? (?:how|what|later)\b)"
)
_DEFERRAL_MAX_STEMS = 6  # "we will work out how to measure this after the first season"; longer says more
# Words that name a comparison after all ("none yet; today the manager decides by feel").
COMPARISON_WORDS = (
    r"today",
    r"current",
    r"now\b",
    r"at present",
    r"last (year|month|season|week|term|quarter)",
    r"always",
    r"usual",
    r"same as",
    r"manual",
    r"by hand",
    r"rule",
    r"fixed",
    r"flat",
    r"existing",
    r"previous",
    r"standard",
    r"everyone",
    r"\d",
    r"random",
)


_SAYS_SOMETHING = re.compile(r"[^\W_]")


def is_blank(text: str) -> bool:
    """Nothing written, or only marks with no letter or digit ("?", "-", "...")."""
    return not text or not _SAYS_SOMETHING.search(text)


def is_non_answer(text: str) -> bool:
    """Blank, or a placeholder ("N/A", "none yet", "we haven't compared with anything") naming nothing."""
    t = " ".join((text or "").lower().replace("’", "'").split()).strip(" -•*")
    if not re.search(r"[^\W_]", t):  # blank, or only marks: "?", "...", "—"
        return True
    first = _FIRST_CLAUSE.split(t, maxsplit=1)[0].strip()
    waiting = _NON_ANSWER_FULL.match(first)  # "TBD once we see", "none until the pilot ends"
    if waiting and not _WAITING.match(first[waiting.end() :].strip()):
        waiting = None
    if _NOTHING_YET.match(first) and not has_any(t, COMPARISON_WORDS):
        # "There is nothing in place: clients book when they like" names today's practice after all.
        # "..., once it is running": when the answer will come is not an answer.
        after = [
            c
            for c in _FIRST_CLAUSE.split(t[len(first) :])
            if len(content_stems(c)) >= 3 and not _WAITING.match(c.strip())
        ]
        return not after and len(content_stems(first)) <= _DEFERRAL_MAX_STEMS
    if _NON_ANSWER_FULL.fullmatch(first) or _NON_ANSWER_START.match(first) or waiting:
        rest = t[len(first) :]
        # "None, the dispatcher decides by gut": what follows the placeholder may still name a practice.
        said = [c for c in _FIRST_CLAUSE.split(rest) if len(content_stems(c)) >= 3 and not _placeholder(c)]
        return not has_any(rest, COMPARISON_WORDS) and not said
    return False


# "we'll see what the vendor offers": the choice is put off to someone or something later.
_PUT_OFF = re.compile(r"(?:we|i)(?:'ll| will| shall) (?:see|wait)\b")


# "the club is looking at buying a program next winter": the answer is put off to something not yet had.
_TO_ACQUIRE = re.compile(
    r"(?:[\w']+ ){0,3}(?:is |are |am )?(?:looking at|thinking (?:of|about)|planning to|plans? to|may|might"
    r"|hopes? to) (?:buy|buying|get|getting|purchas\w*|licens\w*|subscrib\w*)\b"
)


def _placeholder(clause: str) -> bool:
    clause = clause.strip()
    return bool(
        _NON_ANSWER_FULL.fullmatch(clause)
        or _NON_ANSWER_START.match(clause)
        or _PUT_OFF.match(clause)
        or _TO_ACQUIRE.match(clause)
    )
