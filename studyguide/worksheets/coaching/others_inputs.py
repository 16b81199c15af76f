"""Inputs a model lists that share a word with a lever and are still no lever of ours: another party's own
setting ("the council's bulky waste charge" beside our "collection charge") and the predicted outcome's own
past ("collections in the same week last year"). Read by ``model_inputs``. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .levers import side_of
from .text import content_stems

# Another party's own setting named as an input: "the council's bulky waste charge", "rivals' prices". It
# shares a word with a lever of ours ("collection charge") but is theirs, so it reads no lever.
_POSSESSED = re.compile(
    r"\b(?:the |a |each |every )?(?P<owner>[a-z][\w-]*)(?:'s|s'|’s)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"(?=\s*(?:,|;|\band\b|\bor\b|\bplus\b|\.|\)|$))",
    re.IGNORECASE,
)


# Another party's own choice named as an input: "which genres publishers are buying", "what styles buyers
# order". It shares a word with a lever of ours ("genres I take") but the choosing is theirs.
_CHOSEN_BY_OTHERS = re.compile(
    r"\b(?:which|what) (?:[\w-]+ ){1,3}?(?P<party>[a-z][\w-]*s) (?:are |is )?(?:buy|buying|choose|choosing"
    r"|pick|picking|want|wanting|order|ordering|book|booking|commission\w*|select\w*)\b[^,;.]*",
    re.IGNORECASE,
)


def without_others_settings(text: str) -> str:
    """The text less each phrase owned or chosen by another party ("the council's bulky waste charge", "which
    genres publishers are buying")."""
    owned = _POSSESSED.sub(
        lambda m: " " if side_of(m.group("owner").lower()) == "theirs" else m.group(0), text
    )
    return _CHOSEN_BY_OTHERS.sub(
        lambda m: " " if side_of(m.group("party").lower()) in ("theirs", "clients") else m.group(0), owned
    )


# The outcome's own past among the inputs: "collections in the same week last year", "last year's sales",
# "previous weeks' bookings". What the model predicts, said of an earlier time, is no setting of ours whatever
# word it shares with a lever ("collection charge").
_TIME_WORDS = frozenset(
    content_stems(
        "same last previous past prior earlier week weeks month months year years day days season term "
        # the count itself: "the number let in the same week last year"
        "number count total amount figure"
    )
)
_ITEM_BOUNDS = re.compile(r"[,;]|\band\b|\bplus\b|\.(?:\s|$)")


def without_outcome_history(text: str, outcome: set[str]) -> str:
    """The text less each listed item made only of the predicted outcome's words and words of time."""
    if not outcome:
        return text
    parts = _ITEM_BOUNDS.split(text)
    dropped = [
        p
        for p in parts
        if (own := content_stems(p)) & _TIME_WORDS and own & outcome and own <= outcome | _TIME_WORDS
    ]
    for part in dropped:
        text = text.replace(part, " ", 1)
    return text
