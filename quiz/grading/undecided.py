"""Answers that commit to nothing: options weighed with equal weight and no choice made.

A learner who does not know the answer often lists what it might be ("Could be prediction, deployment,
inference or evaluation.") or closes by saying in so many words that they will not choose ("..., so I can't
say which is right", "both seem fine", "I don't think there's a clear answer"). Such an answer may name the
key's point among its options, and the matcher then credits it, but it asserts none of them: a teacher gives
it no full credit. Two general causes, either enough:

- a declaration that no choice is made (``_NO_CHOICE_RE``: "I can't say", "I wouldn't commit", "hard to say
  which", "not sure which one", "there is no clear answer", "both seem fine", "could all work") in the
  answer's last sentence, with nothing after it that takes it back ("..., but I'd go with X") or resolves it
  (a colon or a condition: "There's no general rule: with few requests, a CPU"). A declaration followed by
  more sentences is the "it depends" that goes on to resolve, which a teacher credits;
- a sentence that opens on a mere possibility ("Could be", "Maybe", "It might be") and goes straight into a
  list of three or more short alternatives joined by "or" ("A, B or C"; "A, or B, or C"), or offers one of
  them as "..., or maybe B"; or one that repeats the possibility per option three times ("maybe A, maybe B,
  maybe C").

"Which" counts only as the options themselves ("hard to say which", "which one", "which is right", "which
three"), never before a noun of the subject ("hard to tell which inputs are out of domain" describes the
problem). A hedged right answer ("I'm not sure, but I think it's inference"; "Maybe the main ones are: ...")
carries neither. ``pipeline.assess`` caps an undecided answer at partial. Pure module.
"""

from __future__ import annotations

import re

# "which" standing for the options themselves: alone, "which one / of them", "which is / matters / would",
# "which three", or a noun naming the choice ("which answer / term / order")
_WHICH_OPTION = (
    r"which(?=\s*(?:[.,;:!?]|$)|\s+(?:ones?|of|is|are|was|would|will|should|matters?|counts?|applies|fits"
    r"|comes|to|two|three|four|five|answer|option|choice|term|word|name|order|list|way)\b)"
)
# what a "say" or "tell" must be about to declare no choice: nothing ("..., I can't say."), or which option
# ("hard to say which"); "hard to tell apart from real posts" and "hard to tell whether the output is true"
# say something of the subject
_ABOUT_CHOICE = rf"(?=\s*(?:[.,;:!?]|$|(?:in\s+advance\s+)?{_WHICH_OPTION}|one\b))"
_NO_CHOICE_RE = re.compile(
    # first person, present: "I couldn't tell if my changes helped" tells a story, no refusal
    r"\bI\s+(?:really\s+|honestly\s+)?(?:can'?t|cannot|wouldn'?t|won'?t)\s+(?:really\s+)?(?:want\s+to\s+)?"
    rf"(?:(?:say|tell|choose|pick|guess|decide){_ABOUT_CHOICE}|pin\s+(?:it|this|that|one)\s+down|commit"
    r"|single\s+(?:one|any\s+one|it)\s+out)"
    rf"|\b(?:hard|impossible|difficult)\s+to\s+(?:(?:say|tell|pick|choose|guess){_ABOUT_CHOICE}"
    r"|pin\s+(?:it\s+)?down|give\s+(?:a|one)\s+(?:rule|answer))"
    rf"|\b(?:not\s+sure|unsure|no\s+idea|(?:isn'?t|is\s+not|not)\s+clear)\s+{_WHICH_OPTION}"
    # no one answer, said as such: "there is no clear answer", "there isn't one answer", "I don't think
    # there's a clear answer" (a bare "there's a clear answer: X" commits)
    r"|\bthere(?:\s+is|'s)\s+no\s+(?:one|single|clear|general|right)\s+(?:answer|rule|choice|winner)"
    r"|\bthere\s+(?:isn'?t|is\s+not)\s+(?:a\s+|one\s+)?(?:(?:single|clear|general|right)\s+)?"
    r"(?:answer|rule|choice|winner)"
    r"|\b(?:don'?t|do\s+not)\s+think\s+there(?:\s+is|'s)\s+(?:a|one)\s+(?:(?:single|clear|general|right)\s+)?"
    r"(?:answer|rule|choice|winner)"
    r"|\b(?:both|all\s+of\s+them|any\s+of\s+them|either)\s+(?:seem|seems|are|is|would\s+be|could\s+be)\s+"
    r"(?:fine|ok|okay|equally\s+(?:good|valid|fine))(?=\s*(?:[.;!?]|$))"
    r"|\b(?:could|would|might)\s+all\s+work\b|\bonly\s+time\s+will\s+tell\b"
    r"|\beither\s+(?:answer|one|option)\s+(?:could|can|might)\s+be\s+defended\b",
    re.IGNORECASE,
)
# what takes a declaration back (a choice made after it) or resolves it (a colon, a condition)
_TURN_RE = re.compile(
    r"\b(?:but|though|although|still|yet|however|if|when|unless)\b|\bI'?d\s+(?:go|pick|say|choose)"
    r"|\bmy\s+(?:guess|bet)\b|:",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")
_POSSIBLY = r"(?:(?:it|this|that)\s+)?(?:could\s+be|might\s+be|may\s+be|maybe|perhaps|possibly)"
_OPENS_ON_POSSIBILITY_RE = re.compile(rf"^\W*{_POSSIBLY}\b", re.IGNORECASE)
# the possibility said per option: the adverbs only ("it could be caused ... could be scaled" is passive)
_MAYBE_RE = re.compile(r"\b(?:maybe|perhaps|possibly)\b", re.IGNORECASE)
# an option offered as a mere possibility inside a list: "x and y, or maybe X and Y, or a and b"
_OR_MAYBE_RE = re.compile(r",\s*or\s+(?:maybe|perhaps|possibly)\b", re.IGNORECASE)
_LIST_SEPARATOR_RE = re.compile(r",\s*(?:or\s+)?|\s+or\s+", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"[^.!?;]+[.!?;]?")
# an option is a short phrase; a longer one is the writer's own statement, not one of a list of guesses
_OPTION_MAX_WORDS = 6


def _short_alternatives(listed: str) -> int:
    """How many short options ``listed`` offers joined by "or" ("A, B or C" is three), 0 if any is long or
    there is no "or" (a colon or dash means the writer states something rather than listing guesses)."""
    listed = listed.strip().rstrip(".!?;")
    if not re.search(r"\bor\b", listed, re.I) or re.search(r"[:\u2013\u2014]|\s-\s", listed):
        return 0
    options = [o for o in _LIST_SEPARATOR_RE.split(listed) if o.strip()]
    if any(len(o.split()) > _OPTION_MAX_WORDS for o in options):
        return 0
    return len(options)


def _declared_in_closing(text: str, declaration: re.Match) -> bool:
    """Whether a no-choice declaration closes the answer: no sentence after its own, nothing after it that
    takes it back or resolves it."""
    rest = text[declaration.end() :]
    end = _SENTENCE_END_RE.search(rest)
    if end and re.search(r"\w", rest[end.end() :]):
        return False
    return not _TURN_RE.search(rest)


def undecided(text: str) -> list[str]:
    """The parts of ``text`` that show it commits to no answer (see the module docstring), else []."""
    text = text or ""
    found = [m.group(0) for m in _NO_CHOICE_RE.finditer(text) if _declared_in_closing(text, m)]
    for s in _SENTENCE_RE.findall(text):
        opener = _OPENS_ON_POSSIBILITY_RE.search(s)
        if opener and _short_alternatives(s[opener.end() :]) >= 3:
            found.append(s.strip())
        elif _OR_MAYBE_RE.search(s) and _short_alternatives(s) >= 3:
            found.append(s.strip())
        elif len(_MAYBE_RE.findall(s)) >= 3 and re.search(r",", s):
            found.append(s.strip())
    return found
