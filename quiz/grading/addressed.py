"""An answer spoken to the thing it is about: "You, the model, will ..." states that the model will.

A learner may address the model, a transform, the GPU or the user in the second person ("You, splitter,
decide ...", "You, GPU, are wasted on ..."). The key speaks of that thing in the third person, and "you"
matches nothing in it: the embeddings read a person, and the clause that names the thing ("the model") is
gone. A teacher reads the same claim as "the splitter decides ...". So before grading, ``speak_of_addressee``
rewrites an address as the statement about the thing addressed: "You, the model," becomes "The model", and
every later "you" / "your" / "yours" / "yourself" until the next address becomes "it" / "its" / "its" /
"itself" ("you are" -> "it is", "you're" -> "it's", "you'll" -> "it will").

Only an explicit vocative rewrites anything: "You," then a short noun phrase (at most five words) closed by a
comma or a colon. "You, however, ..." and "You, of course, ..." are asides, not addresses, and answers that
use a generic "you" ("you fix the seed so ...") without naming an addressee stay as they are: there "you" is
the learner or the practitioner, which the key's wording already reads well. Pure module: regular expressions
on the raw answer.
"""

from __future__ import annotations

import re

_APOS = "['\u2019]"
# "You, the model," / "You, item_tfms:" / "You, new model," at the start of the answer or of a sentence
_VOCATIVE_RE = re.compile(
    r"(?P<lead>(?:^|(?<=[.!?;\n])\s*))You\s*,\s*(?P<who>[^\s,:;.!?]+(?:\s+[^\s,:;.!?]+){0,4})\s*(?P<mark>[,:])\s*"
)
# sentence adverbs and hedges a "You, X," can hold that name no addressee
_NOT_ADDRESSEES = {
    "however",
    "of course",
    "though",
    "too",
    "then",
    "see",
    "know",
    "you know",
    "i mean",
    "in turn",
    "therefore",
    "instead",
    "actually",
    "really",
    "basically",
    "again",
    "also",
    "in short",
    "in other words",
    "for example",
    "for instance",
    "e.g",
    "i.e",
}
# "You, as the developer, ...", "You, if you fix the seed, ...": a role or a condition, not an address
_NOT_A_NOUN_PHRASE = {
    *"as in on at for if when whenever while like with without after before by from to of into".split(),
    *"you i we he she they it who which that then so but and or not never also still just".split(),
}
_DETERMINERS = re.compile(r"(?:the|a|an|this|that|my|our|each|every|any|dear|o|oh)\s", re.I)
# the second person, longest forms first; "you are" agrees with "it is"
_SECOND_PERSON = [
    (re.compile(rf"\byou{_APOS}re\b", re.I), "it's"),
    (re.compile(rf"\byou{_APOS}ll\b", re.I), "it will"),
    (re.compile(rf"\byou{_APOS}ve\b", re.I), "it has"),
    (re.compile(rf"\byou{_APOS}d\b", re.I), "it would"),
    (re.compile(r"\byou\s+are\b", re.I), "it is"),
    (re.compile(r"\byou\s+were\b", re.I), "it was"),
    (re.compile(r"\byou\s+have\b", re.I), "it has"),
    (re.compile(r"\byourself\b", re.I), "itself"),
    (re.compile(r"\byours\b", re.I), "its"),
    (re.compile(r"\byour\b", re.I), "its"),
    (re.compile(r"\byou\b", re.I), "it"),
]


def _addressee(who: str) -> str | None:
    """The thing addressed as a subject ("the model", "The GPU"), or None when "You, X," is no address."""
    first = who.split()[0].lower()
    if who.lower().strip() in _NOT_ADDRESSEES or first in _NOT_A_NOUN_PHRASE:
        return None
    if _DETERMINERS.match(who + " "):
        return who
    # a bare name in code ("item_tfms") or a proper noun keeps its form; a common noun takes "the"
    if "_" in who or "(" in who or who[:1].isupper() and not who.isupper():
        return who
    return f"the {who}"


# the verb right after the address agrees with its new third-person subject ("You, the model, are ...")
_AGREEMENT = [
    (re.compile(r"are\b", re.I), "is"),
    (re.compile(r"were\b", re.I), "was"),
    (re.compile(r"have\b", re.I), "has"),
    (re.compile(rf"don{_APOS}t\b", re.I), "doesn't"),
    (re.compile(r"do\b", re.I), "does"),
]


def _agreeing(text: str) -> str:
    for pattern, replacement in _AGREEMENT:
        m = pattern.match(text)
        if m:
            return replacement + text[m.end() :]
    return text


def _third_person(text: str) -> str:
    for pattern, replacement in _SECOND_PERSON:
        text = pattern.sub(lambda m, r=replacement: r.capitalize() if m.group(0)[:1].isupper() else r, text)
    return text


def speak_of_addressee(answer: str) -> str:
    """``answer`` with every explicit address ("You, the model, ...") read as a statement about the thing."""
    if not answer or not re.search(r"\byou\s*,", answer, re.I):
        return answer
    matches = [(m, _addressee(m.group("who"))) for m in _VOCATIVE_RE.finditer(answer)]
    matches = [(m, who) for m, who in matches if who is not None]
    if not matches:
        return answer
    out = [answer[: matches[0][0].start()]]
    for i, (m, who) in enumerate(matches):
        stop = matches[i + 1][0].start() if i + 1 < len(matches) else len(answer)
        subject = who[:1].upper() + who[1:] if who[:1].islower() and "_" not in who else who
        # "You, recommender: your goal is ..." addresses the thing, then speaks about it: no subject to add
        if m.group("mark") == ":":
            out.append(f"{m.group('lead')}{subject}: " + _third_person(answer[m.end() : stop]))
        else:
            rest = _agreeing(answer[m.end() : stop])
            out.append(f"{m.group('lead')}{subject} " + _third_person(rest))
    return "".join(out)
