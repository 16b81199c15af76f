"""A field that only says no: it denies something, and none of its clauses names the element the field asks
for before a denial. "Not required: the model was validated before launch" declines monitoring, and "— (nobody
has done it this way, so there is nothing to hold it up to)" declines a baseline, whatever words the denial
takes: what settles it is the structure (a denial, and no clause naming the thing), not a list of ways to say
no. Pure: no Django, no torch."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import find_all, with_number_spelled

_NEAR = 4  # words before a look in which a denial denies the look

# A denial, however spelled ("nobody", "won't", "not required"); "no-show" and "no-change" are nouns.
_NEGATION = re.compile(
    r"\b(?:no(?!-)|nope|nah|not|never|none|nothing|nobody|neither|nor|without)\b|n't\b|\bno[- ]one\b"
)
# "No offers", "no sibling discount": a baseline may be a way of working that leaves something out. Only a
# denial of an act or of anything at all ("nobody has done it", "there's nothing to set it against") declines
# it.
_DENIAL_OF_ANYTHING = re.compile(r"\b(?:not|never|none|nothing|nobody|neither|nor)\b|n't\b|\bno[- ]one\b")
# Clauses: split at stops, semicolons, colons, dashes, brackets, commas and the joins that start a new clause.
_CLAUSE = re.compile(r"[;:()\[\]\n—–]|\s-\s|(?<!\d),|,(?!\d)|\.(?:\s|$)|\b(?:but|so|because|since)\b")
# Looking at the results, as an act or as a period: "every Monday", "weekly", "each quarter", "I check".
LOOKING = (
    r"(every|each|per|a|once a|twice a) (day|week|month|quarter|term|season|year|fortnight|morning|evening|"
    r"night|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)",
    r"(daily|weekly|fortnightly|monthly|quarterly|termly|yearly|annually|nightly)\b",
    r"(track|monitor|look|watch|check|review|measur|count|report|follow|log|compar|audit)",
)
_CONTENT = re.compile(r"[a-z]{3,}")
# Our own act with a denial as its object ("we call nobody now", "I send no reminders", "we do nothing at the
# moment"): a way of working that leaves something out, as "no offers" is, so a baseline. Verbs of having,
# knowing or comparing are not acts on the world: "we have nothing to compare it with" still declines.
_OUR_ACT_DENIED_OBJECT = re.compile(
    r"\b(?:we|i)\s+(?:just\s+|simply\s+|currently\s+|still\s+)?(?!ha(?:ve|s|d)\b|got\b|know|knew\b|compar|measur)"
    r"[a-z]+\s+(?:nobody|nothing|no[- ]one|none|no)\b"
)


def clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text.lower()) if c and c.strip()]


def names_before_denial(clause: str, names_it: Sequence[str]) -> bool:
    """Whether the clause names the element with no denial in the few words before it ("Rangers log every
    false alarm ... without an alert" and "nobody's shift ends before the weekly check" name it; "nobody will
    be looking at the waits" does not)."""
    for m in find_all(clause, names_it):
        if not _NEGATION.search(" ".join(clause[: m.start()].split()[-_NEAR:])):
            return True
    return False


def declines(text: str, names_it: Sequence[str]) -> bool:
    """Whether the field denies something and no clause names the element (``names_it``) before a denial."""
    parts = clauses(text)
    denied = any(_NEGATION.search(c) for c in parts)
    return denied and not any(names_before_denial(c, names_it) for c in parts)


def only_denies(text: str) -> bool:
    """Whether the field denies an act or anything at all, and its clauses free of denial say nothing (a dash,
    a bracket): "— (nobody round here has done it, so there's nothing to compare)"."""
    parts = clauses(text)
    if any(_OUR_ACT_DENIED_OBJECT.search(c) for c in parts):
        return False
    return any(_DENIAL_OF_ANYTHING.search(c) for c in parts) and not any(
        _CONTENT.search(c) for c in parts if not _NEGATION.search(c)
    )


# The element itself said to be of no use: "we don't need one of those", "no point", "not necessary". A
# denial of a value ("8 knots not 9.5", "3 techs not 4") compares two settings and declines nothing.
_UNNEEDED = re.compile(
    r"\b(?:do|does|did|will|would|wo|ca)n'?t (?:really |even )?(?:need|use|want|bother)\b"
    r"|\b(?:do|does|will) not (?:really |even )?(?:need|use|want|bother)\b"
    r"|\bno (?:need|use|point|time for)\b|\bnot (?:needed|necessary|required|worth)\b|\bnever (?:need|use)\b"
    # refused as an act or for want of time: "Not doing one.", "we're not bothering with it", "nobody here
    # has time for that"
    r"|\bnot (?:doing|building|making|running|bothering with|having) (?:one|it|this|that|any)\b"
    # the same as a plan: "We won't be doing this part."
    r"|\b(?:won'?t|will not|(?:are|am|is)(?: not|n'?t)) be (?:doing|bothering with)"
    r" (?:one|it|this|that|any)\b"
    r"|\b(?:nobody|no[- ]one)(?: \w+)? ha(?:s|ve) (?:the )?time\b"
    # doubted or wished away: "I can't see us using this", "we'd rather not second-guess it"
    r"|\bca(?:n'?t|nnot) see (?:us|me|myself|ourselves|anyone|anybody) (?:ever )?(?:using|needing|doing"
    r"|bothering)\b|\b(?:we|i)(?:'d| would) rather not\b"
    # refused as an act still to come: "we will not do the what-if questions", "I'm not going to run any"
    r"|\b(?:will not|won'?t|shall not|do not|don'?t|(?:are|am|is)(?: not|n'?t) going to|not going to)"
    r" (?:do|ask|run|try|bother with)(?: (?:the|any|those|these|such))?"
    r" (?:what[- ]?ifs?|[\w-]+ questions|questions|scenarios|simulations?|one|it|them|this|that)\b"
    # the answer opens with a bare refusal, a clause of its own: "No - we'll let the optimizer settle it",
    # "Nope, we'll just see". What follows is the reason; ``declines`` still asks that no clause name the
    # element ("No - the model answers what if the fee is £40" names it).
    r"|^\s*(?:no|nope|nah|not really)\s*(?:[-–—,.:;!]|$)"
    # the same refusal said of the element as a thing: "Not something we'll do.", "Not a thing I'd want"
    r"|^\s*not (?:something|a thing|anything) (?:we|i)(?:'ll|'d| will| would| do| need| want)?"
    r"(?: (?:do|need|want|bother with|get into))?\s*(?:[-–—,.:;!]|$)"
)


# Left out as an instruction, with no denial word: "Skip this part.", "We'll skip this bit", "leaving out this
# step".
_SKIPPED = re.compile(
    r"\b(?:skip|skipping|skipped|leave out|leaving out|pass on|passing on) (?:this|that|the) (?:part|bit|one"
    r"|step|box|section|stage)\b"
)


def declined_as_unneeded(text: str, names_it: Sequence[str]) -> bool:
    """Whether the field says the element is not needed and no clause names it before a denial ("We don't
    need one of those, we just follow the numbers")."""
    low = (text or "").lower().replace("’", "'")
    # "What if? I have no time for what ifs": the field's own question said back as a heading names nothing.
    low = re.sub(r"^\s*(?:" + "|".join(names_it) + r")\w*\s*[?:!]+\s*", "", low)
    low = with_number_spelled(low)  # "no. of apprentice cuts from price, ..." declines nothing
    if _SKIPPED.search(low):  # the skip is the denial: what matters is that no clause names the element
        return not any(names_before_denial(c, names_it) for c in clauses(low))
    return bool(_UNNEEDED.search(low)) and declines(low, names_it)
