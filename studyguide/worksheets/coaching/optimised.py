"""Whether the plan's own optimiser sets a lever. Pure: no Django, no torch.

A lever read alone can look like the world's ("how many copies of each we bring" reads like a count we
receive, "which member's farm the gang goes to" like a place someone else picks), but the optimiser is the
planner's own tool: when it says it sets the very thing the lever names ("chooses ... the copies for each
fair"), the plan treats the lever as its decision, and telling the student otherwise is a wrong note. Only
the part of the optimiser that names what it sets counts (up to its purpose: "to maximise", "for the most",
"within"), so an outcome it aims at ("to keep the most members") is never read as something it sets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import content_stems

# A "which" after a verb of choosing or a preposition opens what is chosen ("chooses which shows are offered
# to which villages, on which dates"), not a clause on what the choice is for ("the fares which maximise").
_CHOSEN_WHICH = "".join(
    rf"(?<!\b{word} )"
    for word in "choose chooses decide decides pick picks select selects set sets to on at in with and or of"
    " by".split()
)
# A word of maximising or a bound ("to maximise", "max 25", "minimum 3 staff"); "the minimum let" or "the
# maximum class size" is a setting the optimiser names.
BOUND = r"maxim(?:i[sz]\w*|um(?= \d))|minim(?:i[sz]\w*|um(?= \d))|max|min"
# Where an optimiser sentence moves from what it sets to what it is for or bound by.
_PURPOSE = re.compile(
    rf"\b(?:to(?! which\b)|that|{_CHOSEN_WHICH}which|so|within|inside|subject|under|{BOUND}|keeping"
    r"|while|never|unless|for (?:the )?(?:most|least|best|lowest|highest))\b|[:;.]"
)
# At least this share of the lever's content words must be among what the optimiser sets.
_SHARE = 0.5


def _set_part(optimizer: str) -> str:
    text = optimizer.lower().replace("’", "'")
    match = _PURPOSE.search(text)
    return text[: match.start()] if match else text


def _stems(text: str) -> set[str]:
    return content_stems(re.sub(r"'s?\b", " ", text.lower().replace("’", "'")))


def _two_of_a_kind(lever: str, uncontrollable: str) -> bool:
    """Whether the two are short compounds with one head and a modifier each of their own ("water
    temperature" and "room temperature"): two things of a kind. The optimiser cannot set the uncontrollable
    one, so the head it names ("Chooses time, temperature ...") is the lever's."""
    ours, theirs = (re.sub(r"\([^)]*\)", " ", t).lower().split() for t in (lever, uncontrollable))
    if not (2 <= len(ours) <= 3 and 2 <= len(theirs) <= 3):
        return False
    ours_stems, theirs_stems = _stems(" ".join(ours)), _stems(" ".join(theirs))
    return (
        _stems(ours[-1]) == _stems(theirs[-1]) != set()
        and bool(ours_stems - theirs_stems)
        and bool(theirs_stems - ours_stems)
    )


def optimiser_sets(lever: str, optimizer: str, uncontrollables: Sequence[str] = ()) -> bool:
    """Whether what the optimiser says it sets covers at least half of the lever's content words. A word
    the uncontrollables also use never counts (the lever may share it with the world: "the price the mill
    charges us" and "Chooses the price" share only "price"), unless that uncontrollable is another thing of
    the lever's kind (``_two_of_a_kind``)."""
    lever_words = _stems(re.sub(r"\([^)]*\)", " ", lever))
    if not lever_words or not optimizer.strip():
        return False
    others = [u for u in uncontrollables if not _two_of_a_kind(lever, u)]
    theirs = set().union(*(_stems(u) for u in others)) if others else set()
    set_words = _stems(_set_part(optimizer)) - theirs
    shared = lever_words & set_words
    # The share is of the lever's own words: those it shares with the world can never count, so they do not
    # weigh against it either ("transport by volunteer driver or family" beside "volunteer driver numbers"
    # is set by "Chooses day, programme and transport").
    return bool(shared) and len(shared) >= _SHARE * len(lever_words - theirs)
