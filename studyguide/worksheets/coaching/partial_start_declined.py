"""A rollout that argues against starting small: "the furnace feeds all four presses and a split would confuse
the crew", "it would look unfair to try it on some members and not others", "we can't pilot it on one ward".
The student has weighed a limited first stage and turned it down, so the change reaches every unit at once
whatever words name the scope. Read only where the rollout names no stage of its own (the caller checks):
"a pilot on one site would be unfair, so we start with a shadow month, then ..." is staged. Pure: no Django,
no torch.
"""

from __future__ import annotations

import re

from .text import sentences

# A limited first stage, named as a thing: "a split", "a pilot", "a phased start", "trying it on some and not
# others", "half the members". Not "phase out" (the old way ended) nor "split the shift" (the work itself).
_PART = (
    r"\b(?:an?|any|the) (?:split|pilot|trial run|phased (?:start|rollout|launch)|staggered (?:start|rollout)"
    r"|partial (?:start|rollout|launch))\b"
    r"|\b(?:on|to|for|with) (?:only )?(?:some|a few|part) (?:[\w'-]+ ){0,2}(?:and|but) not (?:on |to |for "
    r"|with )?(?:the |all )?(?:others|rest)\b"
)
# The limited stage turned down: it "would confuse" or "look unfair", or "can't" be done.
_AGAINST_AFTER = re.compile(
    r"\b(?:" + _PART + r")[^.;]{0,60}?\b(?:would|will|could|might)(?: only| just)? (?:confuse|upset"
    r"|annoy|complicate|muddle|look unfair|be unfair|seem unfair|cause (?:confusion|complaints))",
    re.IGNORECASE,
)
_AGAINST_BEFORE = re.compile(
    r"\b(?:unfair|not fair|confusing|impossible|no way|can't|cannot|can not|won't|wouldn't|isn't possible)"
    r"\b[^.;]{0,40}?(?:" + _PART + r"|\b(?:split|pilot|phase|stagger) it\b)",
    re.IGNORECASE,
)


def partial_start_declined(rollout: str) -> bool:
    """Whether a sentence of the rollout turns down a limited first stage ("a split would confuse the furnace
    crew", "it would look unfair to try it on some and not others")."""
    return any(
        _AGAINST_AFTER.search(sentence) or _AGAINST_BEFORE.search(sentence)
        for sentence in sentences(rollout or "")
    )


# Where the refused stage's clause ends: "we can't pilot it on one artist | because the desk books for all".
_CLAUSE_END = re.compile(r"[,;.:!?]|\b(?:because|since|as|so|but)\b")


def _cut(match: re.Match) -> str:
    """The refusal and the rest of its clause ("on one artist" names the stage refused, not one taken)."""
    rest = match.string[match.end() :]
    end = _CLAUSE_END.search(rest)
    return " " + (rest[end.start() :] if end else "")


def without_declined_starts(rollout: str) -> str:
    """The rollout less the clauses that turn a limited first stage down: "we can't pilot it on one ward"
    names a pilot only to refuse it, so neither "pilot" nor "one ward" is a stage; what else it says stays."""
    if not partial_start_declined(rollout):
        return rollout  # untouched, its lines and numbering as written
    kept = []
    for sentence in sentences(rollout or ""):
        found = _AGAINST_AFTER.search(sentence) or _AGAINST_BEFORE.search(sentence)
        kept.append(sentence[: found.start()] + _cut(found) if found else sentence)
    return "\n".join(kept)
