"""Role checks: an answer that gives one role's part to the other ("the validation set the model trains on",
"a person flags the cases and the model makes the final decision").

Bag-of-words matching and the sentence embedder both see the same words whichever role does what (the
embedder's cosine to a key point moves by less than 0.01 when its two roles are exchanged). This module reads
who does what from word order, for the few pairs of roles this course's keys rely on: within a clause, the
role word nearest before a verb is its subject ("the model flags", "a validation set that the model trains
on": the pair's nearest role word). A verb that belongs to the other role of the pair, outside a negation and
not in the passive ("checked by a person"), is a swapped role. A pair is checked only for an item whose key
names both of its roles. Pure module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NEGATION_RE = re.compile(r"\b(?:not|never|no|cannot|nor|without|rather\s+than|instead\s+of)\b|n't\b", re.I)
# clauses: the units in which a role word is the subject of a verb
_CLAUSE_SPLIT_RE = re.compile(
    r"[.;:!?\n]|,|\s(?=(?:and|but|while|whereas|although|then|so|or)\s)|\s[\u2013\u2014-]\s", re.I
)
_PASSIVE_AFTER_RE = re.compile(r"^\W*(?:\w+\W+){0,3}?by\b", re.I)


@dataclass(frozen=True)
class RolePair:
    """Two roles, the words that name each, and the verbs that belong to each (``first_does``: what the
    first role does, ``second_does``: what the second does)."""

    name: str
    first: re.Pattern
    second: re.Pattern
    first_does: re.Pattern
    second_does: re.Pattern
    # the situation each role is the answer for, when the pair has one: a clause that names one role alone in
    # the other's situation ("one image at a time you'd want a GPU") gives it the other's part
    first_when: re.Pattern | None = None
    second_when: re.Pattern | None = None


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


ROLE_PAIRS = (
    RolePair(
        "training and validation data",
        _re(r"\btrain(?:ing)?\s+(?:set|data(?:set)?|split|items|images)\b|\bdls\.train\b"),
        _re(r"\bvalid(?:ation)?\s+(?:set|data(?:set)?|split|items|images)\b|\bdls\.valid\b"),
        _re(
            r"\b(?:train(?:s|ed)?\s+on|learn(?:s|ed|t)?\s+from|fit(?:s|ted)?\s+(?:on|to)|used\s+(?:for|to)\s+train\w*"
            r"|for\s+training\b)"
        ),
        _re(
            r"\b(?:check(?:s|ed)?|evaluat(?:e|es|ed)|measur(?:e|es|ed)|test(?:s|ed)?\s+(?:the|how)"
            r"|used\s+(?:for|to)\s+(?:check|evaluat|measur|test)\w*|for\s+(?:validation|validating|checking|evaluation)\b)"
        ),
    ),
    RolePair(
        "person and model",
        _re(
            r"\b(?:humans?|persons?|people|experts?|doctors?|radiologists?|specialists?|clinicians?|rangers?|staff|operators?|reviewers?)\b"
        ),
        _re(r"\b(?:model|ai|algorithm|classifier|network|system)\b"),
        _re(
            r"\b(?:(?:makes?|takes?|has|gets?)\s+(?:the\s+)?(?:final|last)\s+(?:decisions?|call|say|word)|decides?|signs?\s+off|approves?)\b"
        ),
        _re(r"\b(?:flags?|ranks?|sorts?|pre-?screens?|prioriti[sz]es?|triages?)\b"),
    ),
    RolePair(
        "the data trained on and the data met in use",
        _re(
            r"\btrain(?:ing)?\s+(?:set|data(?:set)?)\b|\bdata\s+(?:it|the\s+model)\s+(?:was|were)\s+trained\s+on\b"
        ),
        _re(
            r"\b(?:production|deploy\w*|live|incoming|real[- ]world)\s+data\b"
            r"|\bdata\s+(?:it|the\s+model)\s+(?:receives|sees|gets)\b"
        ),
        # an adverb may sit between the verb and what it says ("stays exactly the same")
        _re(r"\b(?:stays?|remains?)\s+(?:\w+ly\s+)?(?:the\s+same|fixed|unchanged)\b"),
        _re(r"\b(?:changes?|drifts?|shifts?|evolves?)\s+(?:\w+ly\s+)?(?:over\s+time|gradually|slowly)\b"),
    ),
    RolePair(
        # serving a model: the cheap, simple processor and the one worth it for batched traffic ("a GPU is
        # always cheaper" gives the CPU's part to the GPU)
        "CPU and GPU",
        _re(r"\bcpus?\b"),
        _re(r"\bgpus?\b"),
        _re(
            r"\b(?:(?:is|are)\s+(?:\w+\s+)?(?:cheaper|simpler|less\s+expensive|more\s+cost[- ]effective)"
            r"|costs?\s+less)\b"
        ),
        _re(
            r"\b(?:is|are)\s+(?:\w+\s+)?(?:worth\s+it|better|faster)\s+(?:for|with|when)\s+(?:many|lots|high|large|big|batch\w*)\b"
        ),
        _re(
            r"\b(?:one\s+(?:\w+\s+)?at\s+a\s+time|a\s+single\s+(?:user|image|item|request|prediction)"
            r"|low\s+traffic|few\s+(?:requests|users))\b"
        ),
        # "before batching" / "prior to batch formation" says when a step runs, not that the traffic comes in
        # batches
        _re(
            r"\b(?:(?<!before\s)(?<!after\s)(?<!until\s)(?<!prior\sto\s)batch(?:ed|es|ing)?|thousands|many\s+(?:requests|users|images)"
            r"|lots\s+of\s+(?:requests|users)|high\s+(?:traffic|volume))\b"
        ),
    ),
)


def pairs_for_text(key_text: str) -> list[RolePair]:
    """The role pairs a key's text names both roles of."""
    return [p for p in ROLE_PAIRS if p.first.search(key_text) and p.second.search(key_text)]


def key_role_pairs(key) -> list[RolePair]:
    """The role pairs an item's key (``types.ItemKey``: its question, reference and key points) names."""
    parts = [key.question, key.reference_answer]
    parts += [f"{kp.label}. {kp.detail}" for kp in (*key.key_points, *key.optional_points)]
    return pairs_for_text("\n".join(p for p in parts if p))


_OBJECT_AFTER_WORDS = 3


def _subject(clause: str, pair: RolePair, verb_start: int, verb_end: int) -> str | None:
    """Which role of the pair the verb binds: "first", "second" or None. A verb ending in a preposition binds
    the role named right after it ("a model trained on the training set"), else the nearest role word before
    it does ("the validation set that the model trains on")."""
    after = clause[verb_end:]
    if re.search(r"\b(?:on|from|to)\s*$", clause[verb_start:verb_end], re.I):
        window = " ".join(after.split()[: _OBJECT_AFTER_WORDS + 2])
        for name, pattern in (("first", pair.first), ("second", pair.second)):
            m = pattern.search(window)
            if m and len(window[: m.start()].split()) <= _OBJECT_AFTER_WORDS:
                return name
    best, role = -1, None
    for name, pattern in (("first", pair.first), ("second", pair.second)):
        for m in pattern.finditer(clause, 0, verb_start):
            if m.end() <= verb_start and m.start() > best:
                best, role = m.start(), name
    return role


def swapped_roles(answer: str, pairs: list[RolePair]) -> list[tuple[str, str]]:
    """(pair name, clause) for every clause of the answer that gives a verb of one role to the other."""
    out = []
    previous = ""
    for clause in (c.strip() for c in _CLAUSE_SPLIT_RE.split(answer or "")):
        before, previous = previous, clause
        if not clause or _NEGATION_RE.search(clause):
            continue
        for pair in pairs:
            context = _with_antecedent(clause, before, pair)
            offset = len(context) - len(clause)
            for own, verbs in (("first", pair.first_does), ("second", pair.second_does)):
                for v in verbs.finditer(clause):
                    if _PASSIVE_AFTER_RE.match(clause[v.end() :]):
                        continue
                    # a verb that is itself part of a role's name ("validation set") binds nothing
                    if any(p.search(clause[v.start() : v.end()]) for p in (pair.first, pair.second)):
                        continue
                    subject = _subject(context, pair, offset + v.start(), offset + v.end())
                    if subject is not None and subject != own:
                        out.append((pair.name, clause))
            if _in_other_situation(clause, pair):
                out.append((pair.name, clause))
    return out


def _in_other_situation(clause: str, pair: RolePair) -> bool:
    """Does the clause name one role alone, in the situation the other role is the answer for?"""
    if pair.first_when is None or pair.second_when is None:
        return False
    first, second = bool(pair.first.search(clause)), bool(pair.second.search(clause))
    if first == second:
        return False  # neither role, or both (a comparison): the verbs above decide
    own, other = (pair.first_when, pair.second_when) if first else (pair.second_when, pair.first_when)
    return bool(other.search(clause)) and not own.search(clause) and not _ADVISED_AGAINST_RE.search(clause)


# "a GPU is wasted when requests come one at a time" names a role in the other's situation to advise
# against it
_ADVISED_AGAINST_RE = re.compile(
    r"\b(?:wasted?|wasteful|overkill|idle|inefficient|pointless|worse|slower|too\s+(?:little|much|slow)"
    r"|(?:more\s+)?expensive|costly|costs?\s+more|avoid)\b",
    re.I,
)


_RELATIVE_START_RE = re.compile(r"^\W*(?:which|that|who)\b", re.I)


def _with_antecedent(clause: str, before: str, pair: RolePair) -> str:
    """A relative clause that names neither role ("..., which the model is trained on") is about the noun
    before its comma: it is read after the previous clause, whose last role word is then its subject."""
    if (
        before
        and _RELATIVE_START_RE.match(clause)
        and not (pair.first.search(clause) or pair.second.search(clause))
    ):
        return f"{before} {clause}"
    return clause
