"""A lever the records are said to teach, beside a data box that names only other levers as having varied:
"Raft density has varied by stretch. ... six years of raft records, so the model can learn the check
interval from those". Records show what a lever does only where it moved; when the plan says which of its
levers moved and the one it leans on is not among them, the records cannot teach it and, with the experiment
turned down, nothing will. Read from the sentences' structure and the plan's own lever words, never from a
domain. Pure: no Django, no torch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .experiment_words import EXPERIMENT_WORDS
from .lexicon import mentions_lever_words
from .text import has_any, sentences
from .variation import REFUSED, lever_never_varied, varied_in_records

# The records (or the model reading them) said to be able to teach something: "the model can learn X from
# those", "the history will show us X", "we can work X out from the logs". Only a claim of what they can
# teach: "log it when they tell us" is gathering, not a claim.
_CAN_TEACH = re.compile(
    r"\b(?:model|it|we|i|they|records?|data|history|logs?|those|these)\s+(?:can|could|will|would|should|'ll)"
    r"\s+(?:\w+\s+)?(?:learn|work out|figure out|find out|tell|show|teach|estimate|pick up)\b",
    re.IGNORECASE,
)
_RECORDS = re.compile(r"\b(?:records?|data|history|logs?|years of)\b", re.IGNORECASE)


def _varied(sentence: str) -> bool:
    lowered = sentence.lower()
    said = has_any(lowered, EXPERIMENT_WORDS) or varied_in_records(lowered)
    return said and not has_any(lowered, REFUSED) and not lever_never_varied(lowered)


def lever_taught_unvaried(data: str, levers: Sequence[str]) -> str | None:
    """The lever the data says its records will teach while naming only other levers as having varied, or
    None. Both must be said: a lever claimed with no word on what varied is left to the other readings."""
    said = sentences(data)
    varied = [s for s in said if _varied(s)]
    if not varied:
        return None
    moved = {lever for lever in levers for s in varied if mentions_lever_words(s, [lever])}
    if not moved:
        return None
    for sentence in said:
        if sentence in varied or not (_CAN_TEACH.search(sentence) and _RECORDS.search(sentence)):
            continue
        claimed = [lever for lever in levers if mentions_lever_words(sentence, [lever])]
        unmoved = [lever for lever in claimed if lever not in moved]
        if unmoved:
            return unmoved[0]
    return None


# The records said to suffice by their size alone: "our records cover 5,000 tenancies, which should be enough
# to see what helps", "ten years of logs is plenty to learn from". Size is no variation: a lever held at one
# setting across any number of cases shows nothing of another.
_SUFFICE = re.compile(
    r"\b(?:enough|sufficient|plenty|ample)\b(?:\s+(?:of\s+)?(?:\w+\s+){0,3}?)?"
    r"(?:to|for)\s+(?:\w+\s+){0,3}?(?:see|learn|tell|show|work out|find out|know|judge|spot|estimate|answer"
    r"|understand|predict|model|train)\b",
    re.IGNORECASE,
)
# A word that the settings differed, in whatever form: a sentence that says it claims more than size.
_DIFFERED = re.compile(
    r"\b(?:vari\w*|differ\w*|chang\w*|tried|trials?|tests?|tested|compar\w*|some\b[^.;]{0,40}"
    r"\bothers?)\b",
    re.IGNORECASE,
)


def records_said_enough(data: str) -> bool:
    """Whether the data box turns to the records' size as what will show the levers' effects ("enough to see
    what helps") while no sentence of it says any setting differed: then, like records of our own past
    choices, the records settle that an experiment is needed, and a resemblance of "see what helps" to an
    experiment is no experiment."""
    said = sentences(data)
    claimed = any(_SUFFICE.search(s) and _RECORDS.search(s) for s in said)
    return claimed and not any(_DIFFERED.search(s) or _varied(s) for s in said)


__all__ = ["lever_taught_unvaried", "records_said_enough"]


# A lever row that names a setting the plan has not used: "default hem: welded instead of sewn", "switch to
# card-only payment".
_NEW_SETTING = re.compile(r"\b(?:instead of|rather than|in place of|switch(?:ed|ing)? to)\b", re.IGNORECASE)


def new_lever_unrecorded(data: str, levers: Sequence[str], modeler: str) -> str | None:
    """A lever the model reads whose row names a setting in place of the one used so far, while the data
    boxes never name it: no record holds the new setting, so only an experiment can show what it does."""
    for lever in levers:
        if (
            _NEW_SETTING.search(lever)
            and mentions_lever_words(modeler, [lever])
            and not mentions_lever_words(data, [lever])
        ):
            return lever
    return None
