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
an aside. Pure module: regular expressions on the sentence text.
"""

from __future__ import annotations

import re
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
