"""The power to step in denied to everyone, in words: "no one at the church can edit the amounts or turn the
feature off", "nobody here is able to pause it". A person who only looks at the totals afterwards ("the
treasurer and I look at them each month") is then not in charge; only one given that power elsewhere is. Not
a denial of a look ("no one is to check the figures") or of a change ("no change for three weeks"), and not
one with an exception ("no one but Maya, who can stop it"). Read by ``substance.check_rollout``; pure: no
Django, no torch."""

from __future__ import annotations

import re

from .lever_words import STAFF_ROLES
from .rollout import gives_power, person_in_charge
from .text import sentences
from .told_afterwards import before_the_fact

# The people who run the place, named as the ones denied: "supervisors and engineers cannot hold, change or
# switch off a speed it has set", "staff aren't able to override it".
_OUR_PEOPLE = "|".join(
    sorted(
        {
            *STAFF_ROLES,
            *"staff crew crews nurses tutors teachers operators drivers volunteers owners".split(),
        },
        key=len,
        reverse=True,
    )
)

_NOT_AN_EXCEPTION = r"(?:(?!\b(?:but|except|apart|other than|save|unless|who|whom|which)\b)[^.;\n])"
_POWER_DENIED = re.compile(
    rf"(?:\b(?:no one|no-one|nobody|none of us)\b{_NOT_AN_EXCEPTION}{{0,60}}?"
    rf"\b(?:can|could|may|is able to|are able to|will be able to|is allowed to|are allowed to)\b"
    # the same said of ourselves: "we can't cancel one, change the spend or turn it off from the branch"
    # "neither I nor Joe at the bench can change or cancel an order"
    r"|\bneither\b[^.;\n]{1,40}?\bnor\b[^.;\n]{1,40}?\b(?:can|could|may|is able to|are able to)\b"
    r"|\b(?:we|i|us)\s+(?:can'?t|cannot|can not|couldn'?t|won'?t be able to|(?:are|am) not able to"
    r"|(?:have|has) no way to)\b"
    rf"|\b(?:{_OUR_PEOPLE})\b(?:\s+(?:and|or)\s+(?:the\s+)?(?:{_OUR_PEOPLE}))?\s+(?:can'?t|cannot|can not"
    r"|(?:are|is)(?:n't| not) (?:able|allowed) to|(?:have|has) no way to|won'?t be able to"
    r"|will not be able to)\b)"
    rf"{_NOT_AN_EXCEPTION}{{0,40}}?"
    r"\b(?:edit|change|alter|stop|pause|cancel|override|overrule|veto|undo|reverse|hold|adjust|amend|correct"
    r"|(?:turn|switch)\w*\s+(?:[\w'-]+\s+){0,3}?off)\b",
    re.IGNORECASE,
)


def without_power_denied(text: str) -> str | None:
    """The text less its sentences that deny everyone the power to step in, or None when none does."""
    parts = sentences(text, limit=10_000)
    kept = [part for part in parts if not _POWER_DENIED.search(part)]
    return None if len(kept) == len(parts) else "\n".join(kept)


def in_charge_of_automation(said: str) -> bool:
    """Whether a person is in charge of a system the plan states runs by itself (``said``: the rollout and
    monitoring): one with an act that puts them in charge (``rollout.person_in_charge``), before the fact;
    where everyone is denied the power to step in, only one given that power elsewhere ("The treasurer and
    I look at the totals" is not)."""
    # a review of the rollout's next step ("the monthly review decides whether to add more insurers", "other
    # depots stay on deposits until the review") is in charge of the scope, not of what the system does
    said = "\n".join(s for s in sentences(said) if not _NEXT_STEP.search(s))
    if not person_in_charge(before_the_fact(said)):
        return False
    kept = without_power_denied(said)
    return kept is None or gives_power(before_the_fact(kept))


_NEXT_STEP = re.compile(
    r"\b(?:whether|when|if) to (?:add|extend|widen|expand|roll (?:it )?out|include|bring in)\b"
    r"|\b(?:others?|other [\w-]+|the rest) (?:stay|stays|remain|remains|carry on|carries on|keep|keeps)\b",
    re.IGNORECASE,
)
