"""Asides: sentences of an answer that tell a story or step aside, rather than claim something of the subject.

Learners often wrap a right answer in chatter: where they met the idea ("My uncle hikes a lot ...", "In class
we had a long discussion ...", "I asked my brother ..."), what happened to them ("We used RandomSplitter in
our notebook"), or a remark they flag as beside the point ("..., but that's a different debate", "that's
unrelated"). A teacher skips these; they are no false claim about the question's subject. The ceilings that
count claims the key does not back (the shotgun rule in ``pipeline``, ``claims.added_claims``,
``offkey.off_key_clauses``) are meant for answers that assert more about the subject than the key allows, so
``pipeline.assess`` leaves asides out of what they count.

An aside is a sentence that either
- narrates: its subject is the writer or a particular person ("I", "we", "my uncle", "our teacher", "someone",
  "he"), it tells of the past ("we used", not the generic "we pass a seed ...") and it does not report what
  that person thinks or was told about the subject ("I think ...", "our teacher said ..." state a claim
  through someone: those still count), or
- says of itself that it is off the point ("unrelated", "a different story", "beside the point", "anyway").
A sentence stating a misconception, or the point of the answer (a key point's clear best evidence), is never
an aside.

A story told to reach the point is one too (``story_sentences``): an answer that opens with the writer's own
case told in the past ("On my dog-breed project, cropping cut off the ears", "At a retailer, our classifier
slowly got worse", "Then it was allowed to send alerts in one ward") and then states the point in general
terms in a sentence that says so ("That's domain shift: ...", "Lesson: ...", "So that's a case: ..."). The
telling's sentences describe what happened once, with its particulars (the dog, the ward, the month); they are
no claims about the subject, whoever their grammatical subject is, and the closing sentence is the answer.

A case far from the subject, told to carry the idea over, is one as well (``analogy_sentences``): the answer
opens with a case of its own ("A bakery ...", "At a parcel depot ...", "Think of a hospital ...") that stays
far from every key point, and then maps it onto the subject in a sentence that says so ("Serving a model is
the same: ...", "Augmentation does that for a model: ...", "A confusion matrix is that table for ...",
"That's domain shift: ..."), stating a key point. The case's sentences describe the bakery, not the model:
no claims about the subject, whatever tense they are in. Told inside one sentence, the case is the clauses
before the one that names it ("When the depot's sorting model reads a label and picks a chute, that's
inference"; ``named_case_clauses``).
Pure module: regular expressions on the sentence text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# The sentence's subject is the writer or a particular person, after an optional opener ("So", "In class,").
_NARRATOR_RE = re.compile(
    r"^\W*(?:(?:so|and|but|then|also|anyway|basically|honestly|once|in\s+(?:class|our\s+\w+|my\s+\w+)),?\s+)*"
    r"(?:i|i've|we|we've|me|us"
    r"|(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:uncle|aunt|friend|brother|sister|teacher|boss|colleague"
    r"|cousin|dad|mum|mom|father|mother|partner|team|class|professor|tutor|manager|company|lecturer)s?"
    r"|someone|somebody|a\s+friend|he|she)\b(?!['\u2019](?:m|d|re|ll)\b)",
    re.IGNORECASE,
)
# ... unless it reports a belief or a statement, hedges or asks: that is a claim made through someone.
_REPORTS_RE = re.compile(
    r"\b(?:think|thinks|thought|guess|believe|believes|believed|suppose|reckon|feel|feels|felt|know|knew"
    r"|said|says|say|told|tells|mentioned|mentions|explained|explains|claimed|claims|learned|learnt"
    r"|read|heard|means|meant|understand|understood|realised|realized|found\s+out|turns?\s+out"
    r"|sure|maybe|perhaps|probably|wonder)\b|\?",
    re.IGNORECASE,
)
# A story is told in the past ("we used", "I asked", "he had", "I remember ..."); "we pass a seed" explains
# the subject in the generic present, and that is a claim.
_PAST_RE = re.compile(
    r"\b(?:i|we|he|she|they|someone|somebody)\s+(?:(?:\w+ly|also|never|just|once|first|all|then)\s+)?"
    r"(?:(?!(?:need|feed|seed|speed|exceed|proceed)\b)\w{2,}ed|had|was|were|did|got|made|went|saw|took|wrote"
    r"|ran|gave|found|came|spent|kept|built|bought|sent|lost|won|began|told|met|left|brought|taught|caught"
    r"|remember|recall)\b",
    re.IGNORECASE,
)
# The sentence says of itself that it is beside the point.
_OFF_POINT_RE = re.compile(
    r"\b(?:unrelated|off[-\s]topic|beside\s+the\s+point|by\s+the\s+way|side\s+note|tangent"
    r"|(?:'s|\bis|\bwas)\s+(?:an?\s+)?(?:whole\s+)?(?:different|other|separate)\s+(?:story|debate|topic|matter)"
    r"|another\s+(?:story|debate|topic)"
    r"|(?:his|her|their|my)\s+problem|for\s+(?:laughs|fun)|which\s+was\s+funny)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # the shotgun rule and the unit filter ask about the same sentences
def is_aside(sentence: str) -> bool:
    """Does the sentence narrate the writer's or someone's experience, or flag itself as off the point?"""
    if _OFF_POINT_RE.search(sentence):
        return True
    return (
        bool(_NARRATOR_RE.match(sentence))
        and bool(_PAST_RE.search(sentence))
        and not _REPORTS_RE.search(sentence)
    )


# A story is the writer's own: its first sentence names the writer or someone close ("I", "our team", "my
# cat", "a friend") ...
_PERSONAL_RE = re.compile(
    r"\b(?:i|i've|i'd|me|my|we|we've|us|our|a\s+friend|a\s+colleague|a\s+classmate)\b", re.IGNORECASE
)
# ... and every sentence of it tells what happened: a verb in the past ("got worse", "kept", "was allowed")
_TOLD_RE = re.compile(
    r"\b(?:was|were|had|did|got|made|went|saw|took|kept|ran|broke|came|spread|sent|showed|struck|began|gave"
    r"|found|knew|thought|told|cut|put|set|hit|let|left|lost|won|met|built|bought|brought|caught|taught|wrote"
    r"|grew|fell|felt|held|meant|stood|understood|became|chose|drove|flew|forgot|hid|rode|rose|shot|sold"
    r"|spent|stuck|swore|threw|woke|wore|(?!(?:need|feed|seed|speed|exceed|proceed|indeed|embed)\b)\w{2,}ed)\b",
    re.IGNORECASE,
)
# ... more than it states in the present ("is", "can", "should"): a general statement claims something ("the
# things we can change" in a told sentence is a detail of the telling).
_GENERAL_RE = re.compile(
    r"\b(?:is|are|isn't|aren't|isnt|arent|can|cannot|can't|should|must|will|won't|means|tends?)\b",
    re.IGNORECASE,
)
# The closing sentence says it gives the general point: "That's X: ...", "That is the weakness ...", "So ...",
# "Lesson: ...", "The point is ...", "In general ...", "This shows ...".
_POINT_OPENS_RE = re.compile(
    r"^\W*(?:so\b|thus\b|hence\b|therefore\b|that(?:'s|\s+is|\s+was)|this(?:'s|\s+is)|these\s+are|those\s+are"
    r"|(?:the\s+)?(?:lesson|moral|point|takeaway|upshot)\b|in\s+(?:general|short|other\s+words)\b|generally\b"
    r"|(?:it|this|that)\s+shows\b|which\s+(?:is|shows)\b)",
    re.IGNORECASE,
)


# A case of its own: the first sentence opens on a setting or asks the reader to picture one.
_CASE_OPENS_RE = re.compile(
    r"^\W*(?:(?:think\s+of|imagine|picture|suppose|consider)\b|(?:at|in)\s+an?\s|an?\s"
    r"|same\s+(?:shape|idea|thing|story)\s+as\b|it(?:'s|\s+is)\s+like\b|like\s+an?\s)",
    re.IGNORECASE,
)
# The mapping sentence refers back to the case: "the same", "does that for", "is that table for", "That's X".
_MAPS_BACK_RE = re.compile(
    r"\b(?:the\s+same|likewise|similarly|just\s+as|(?:does|do)\s+(?:that|this)\s+for"
    r"|(?:is|are)\s+(?:that|this|those|these)\s+\w+(?:\s+\w+)?\s+for)\b"
    r"|^\W*that(?:'s|\s+is)\s",
    re.IGNORECASE,
)
# Far from every key point: the case's sentences stay below the off-key bar of ``offkey`` (0.5).
CASE_MAX_KP_COS = 0.5


def _tells(sentence: str) -> bool:
    """Does the sentence tell what happened (its verbs mostly in the past) rather than state a rule?"""
    told = len(_TOLD_RE.findall(sentence))
    return told > 0 and told >= len(_GENERAL_RE.findall(sentence))


def story_sentences(units: Sequence) -> list:
    """The sentences (``features.UnitSupport``) of a story the answer tells before stating its point in
    general terms (see the module docstring), else []. ``units``: every unit, sentences first; a sentence of
    the telling that states a key point or a misconception is kept by the caller as any aside is."""
    sentences = [u for u in units if u.unit.kind == "sentence"]

    def states_a_point(s) -> bool:
        return any(v.stated for v in units if v.unit.start >= s.unit.start and v.unit.end <= s.unit.end)

    for k, closing in enumerate(sentences):
        if k and _POINT_OPENS_RE.match(closing.unit.text) and states_a_point(closing):
            told = sentences[:k]
            if _PERSONAL_RE.search(told[0].unit.text) and all(_tells(s.unit.text) for s in told):
                return told
            return []
    return []


def analogy_sentences(units: Sequence) -> list:
    """The sentences (``features.UnitSupport``) of a far case the answer tells before mapping it onto the
    subject (see the module docstring), else []. ``units``: every unit, sentences first."""
    sentences = [u for u in units if u.unit.kind == "sentence"]

    def states_a_point(s) -> bool:
        return any(v.stated for v in units if v.unit.start >= s.unit.start and v.unit.end <= s.unit.end)

    for k, closing in enumerate(sentences):
        if k and _MAPS_BACK_RE.search(closing.unit.text) and states_a_point(closing):
            case = sentences[:k]
            far = all(s.kp_cos < CASE_MAX_KP_COS and not states_a_point(s) for s in case)
            if _CASE_OPENS_RE.match(case[0].unit.text) and far:
                return case
            return []
    return []


# The clause naming the case: "that's X", "this is X".
_NAMES_CASE_RE = re.compile(r"(?:^\W*|[,:;]\s*)(?:that|this)(?:'s|\s+is)\s", re.IGNORECASE)
_CASE_OPENS_IN_SENTENCE_RE = re.compile(r"^\W*when\s", re.IGNORECASE)


def named_case_clauses(units: Sequence) -> list:
    """The clauses (``features.UnitSupport``) of a far case told inside one sentence, before a clause that
    names it, when the sentence states a key point from there on (see the module docstring), else []."""
    out = []
    for sentence in (u for u in units if u.unit.kind == "sentence"):
        text = sentence.unit.text
        if not (_CASE_OPENS_RE.match(text) or _CASE_OPENS_IN_SENTENCE_RE.match(text)):
            continue
        clauses = [
            u
            for u in units
            if u.unit.kind != "sentence"
            and sentence.unit.start <= u.unit.start
            and u.unit.end <= sentence.unit.end
        ]
        clauses.sort(key=lambda u: u.unit.start)
        for k, clause in enumerate(clauses):
            if k and _NAMES_CASE_RE.search(clause.unit.text) and any(u.stated for u in clauses[k:]):
                case = clauses[:k]
                if all(u.kp_cos < CASE_MAX_KP_COS and not u.stated and not u.wrong for u in case):
                    out.extend(case)
                break
    return out
