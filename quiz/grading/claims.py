"""What an answer asserts beyond its key: claims added to a right statement as an addition or a correction.

A right answer followed by "It also ...", "Actually ...", "But ... only ...", "On top of that ...", "At the
same time ...", "It specifically means ..." or a cause ("It is caused by ...", "This happens because ...")
asserts something more about the question's subject; one closed by "Then again ...", "That said ...", "In
the end though ...", "None of that ..." or "Honestly though ..." takes back or waves away what it said (a
retraction). When no key point (optional ones included) is stated by that sentence, the key does not back
what it adds: a teacher does not give full marks to an answer that also asserts things the course does not
say about its subject, or takes back what it said, so ``pipeline.assess`` caps the level at partial.

Real learners rarely open a sentence this way to add a true detail the key lacks: on the teacher's
calibration answers every such sentence in an answer graded correct states a key point itself (the rule
changed none of their levels). Pure module: it reads the units ``features`` already scored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexical import content_words

# A further item of the kind the question asks for, announced as one: "their other big weakness", "another
# drawback". Ordinals ("the second problem") are left alone: right answers enumerate the key's items so.
_FURTHER_ITEM = (
    r"(?:(?:their|its|the|one|an)\s+)?(?:other|another)\s+(?:\w+\s+)?"
    r"(?:weakness|problem|drawback|issue|limitation|downside|harm|danger|risk|flaw|disadvantage)(?:es|s)?"
)
# A sentence that adds to or corrects what came before: its opening words. "See also ..." is a reference,
# not a claim.
_ADDED_RE = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:"
    r"but|however|although|though|yet|actually|in\s+fact|also|on\s+top\s+of\s+(?:that|this)|in\s+addition"
    r"|additionally|moreover|furthermore|besides|plus|what'?s\s+more|apart\s+from\s+that|(?:and\s+)?also"
    r"|(?!see\b)[a-z_]+(?:\s+[a-z_]+)?\s+(?:also|actually|only|additionally|specifically|particularly|especially)"
    r"|at\s+the\s+same\s+time|meanwhile|in\s+particular|specifically"
    # a closing word that takes back or waves away what came before: "Then again, ...", "That said, ...",
    # "None of that matters, ...", "Honestly though, you can skip all that". "Honestly" or "In the end" alone
    # is no contrast ("Honestly, I enjoyed this", "In the end, that is why ..."): only with "though/however"
    r"|then\s+again|(?:that|this|all\s+that|having)\s+said(?:\s+that)?|with\s+that\s+said"
    r"|(?:in\s+the\s+end|honestly|to\s+be\s+(?:honest|fair))\s*,?\s+(?:though|however)"
    r"|none\s+of\s+(?:that|this|it|these|those)|in\s+reality"
    # a cause given for what came before: "It is caused by ...", "This happens because ..."
    r"|(?:it|this|that)(?:\s+is|'s|\s+was)\s+(?:caused|due)\s+(?:by|to)"
    r"|(?:it|this|that)\s+(?:happens|occurs|is|was)\s+because"
    r"|the\s+(?:reason|cause)\s+(?:is|being)"
    # a further item of the kind asked for: "Their other big weakness is ...", "Another problem is ..."
    r"|" + _FURTHER_ITEM + r")\b",
    re.IGNORECASE,
)
# An alternative offered after the answer ("Or maybe ...", "Or perhaps it is ..."): the student commits to
# neither, so a teacher does not give full marks when the alternative is off the key, however short.
_ALTERNATIVE_RE = re.compile(
    r"^\W*or\s+(?:maybe|perhaps|possibly|else|it\s+(?:might|could|may)\s+be|is\s+it|was\s+it)\b",
    re.IGNORECASE,
)
# A clause inside a sentence that adds to what the sentence's first part said: "..., and it also ...",
# "...; it is caused by ...", "..., and their other weakness is ...". Narrower than the sentence openers:
# inside a sentence "but / though / yet / plus / only" mostly qualify the point (a caveat), and right answers
# use them so; "also", a cause and a further item assert something more.
_CLAUSE_ADDED_RE = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:(?:it|they|this|that|these|there|you|we|[a-z_]+)\s+)?(?:also|additionally)\b"
    r"|^\W*(?:(?:and|so)\s+)?(?:it|this|that)(?:\s+is|'s|\s+was)\s+(?:caused|due)\s+(?:by|to)\b"
    r"|^\W*(?:(?:and|so)\s+)?" + _FURTHER_ITEM + r"\b",
    re.IGNORECASE,
)
# Such a clause states a key point itself when its evidence reaches "covered" (the model's covered threshold).
CLAUSE_STATES_POINT = 0.6
# ... and elaborates the point when it is this close (cosine) to a clause of the reference: inside the point's
# sentence a true "and it also misses the useful new items" rewords the reference (0.67), while the false
# additions of the probe sets stay at 0.50 and below ("it is caused by moving the model to a CPU server").
CLAUSE_ELABORATES_COS = 0.6
# A sentence with fewer content words than this asserts too little to count ("But not always.").
ADDED_MIN_WORDS = 3
# A sentence this close (cosine) to a sentence of the reference answer restates it: the key backs it even
# when it is no key point ("Also, unless you monitor and retrain, the model gets worse": 0.87). The false
# additions of our probes stay below 0.8 (0.43-0.78), on-topic as they are.
RESTATES_REFERENCE_COS = 0.8


@dataclass(frozen=True)
class AddedClaim:
    text: str


def opens_as_addition(sentence: str) -> bool:
    """Does the sentence open as an addition to, or a correction of, what the answer said before (or as an
    alternative to it)?"""
    return bool(_ADDED_RE.match(sentence) or _ALTERNATIVE_RE.match(sentence))


def added_claims(units: Sequence) -> list[AddedClaim]:
    """Sentences that open as an addition or correction and state no key point, in an answer where another
    sentence does state one (``units``: ``features.UnitSupport`` of every unit, sentences first).

    A sentence counts as stating a point when it, or one of its clauses, is that point's clear best evidence
    (``UnitSupport.stated``), or when it restates a sentence of the reference; a sentence stating a
    misconception is left to the misconception rules.
    """
    out = []
    for s in side_sentences(units):
        if not opens_as_addition(s.unit.text):
            continue
        min_words = 1 if _ALTERNATIVE_RE.match(s.unit.text) else ADDED_MIN_WORDS
        if len(content_words(s.unit.text)) < min_words:
            continue
        out.append(AddedClaim(s.unit.text))
    return out


def later_unbacked_clauses(units: Sequence, *, max_states: float):
    """(clause, its sentence or None) for each clause after the first of its sentence that states no key
    point (evidence under ``max_states``), no misconception, does not reword a clause of the reference and
    has enough content words to assert something: what an answer adds inside the sentence of its point.
    The sentence-level rules read a sentence's first clause through its opening."""
    sentences = [u for u in units if u.unit.kind == "sentence"]
    for u in units:
        if u.unit.kind != "clause" or u.stated or u.wrong or u.states >= max_states:
            continue
        if any(s.unit.start == u.unit.start for s in sentences):
            continue
        if u.ref_cos >= CLAUSE_ELABORATES_COS or len(content_words(u.unit.text)) < ADDED_MIN_WORDS:
            continue
        inside = (s for s in sentences if s.unit.start <= u.unit.start and u.unit.end <= s.unit.end)
        yield u, next(inside, None)


def added_clauses(units: Sequence) -> list[AddedClaim]:
    """Clauses after the first of their sentence that open as an addition ("and it also ...", "it is caused
    by ...", "their other weakness is ...") and state no key point, no misconception and do not reword a
    clause of the reference, in an answer where another unit states a point: the same false addition as
    ``added_claims``, written into the sentence that states the point, which the sentence rule cannot see."""
    out = []
    for u, _sentence in later_unbacked_clauses(units, max_states=CLAUSE_STATES_POINT):
        if not _CLAUSE_ADDED_RE.match(u.unit.text):
            continue
        if any(v.stated for v in units if v.unit.end <= u.unit.start or v.unit.start >= u.unit.end):
            out.append(AddedClaim(u.unit.text))
    return out


def side_sentences(units: Sequence) -> list:
    """The sentences beside the answer's point: each states no key point, no misconception and does not
    restate the reference, while another sentence of the answer does state a point (``units``:
    ``features.UnitSupport`` of every unit). What such a sentence adds is judged on its own."""
    sentences = [u for u in units if u.unit.kind == "sentence"]
    if len(sentences) < 2:
        return []

    def states_a_point(s) -> bool:
        return any(v.stated for v in units if v.unit.start >= s.unit.start and v.unit.end <= s.unit.end)

    stating = [s for s in sentences if states_a_point(s)]
    return [
        s
        for s in sentences
        if s not in stating
        and not s.wrong
        and s.ref_cos < RESTATES_REFERENCE_COS
        and any(o is not s for o in stating)
    ]
