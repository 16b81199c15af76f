"""A record or a model said to hold only what a decision of ours let in: "next year's model only learns from
the patients we chose to phone", "our book will only hold the ones who accepted". That is a feedback loop
(our choices shape the data the model later learns from), stated without the usual words. Pure: no Django,
no torch."""

from __future__ import annotations

from collections.abc import Sequence

from .levers import we_decide
from .lexicon import _p, mentions_lever_words
from .text import has_any

# "Only" narrowing what is kept, learned or seen, on either side of the verb.
_ONLY_KEPT = _p(
    r"only (learns?|learnt|learned|holds?|sees?|saw|knows?|records?|contains?|hears?|keeps?|shows?)\b",
    r"(learns?|learnt|learned|holds?|sees?|knows?|records?|hears?|shows?) (about |from |of )?only\b",
)


def limited_to_our_choices(sentence: str, levers: Sequence[str]) -> bool:
    """Whether the sentence says what is kept or learned is only what our act (we, the model, a lever's own
    words) selected."""
    return has_any(sentence, _ONLY_KEPT) and (we_decide(sentence) or mentions_lever_words(sentence, levers))
