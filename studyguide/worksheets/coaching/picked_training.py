"""Two ways a plan can build a feedback loop in and still not name it. Pure: no Django, no torch.

1. The model is trained only on the cases our own decision let in, said as the plan rather than as a risk:
   "we'll train on those the coordinators called and who then rode", "we train on those who accepted an
   offer". Its later picks then rest on what its earlier picks showed it: the loop is in the plan's design,
   like a model refitted on the outcomes of its own choices (``loops.loop_certain``).
2. A "loop" named the other way round: "the model makes calls better, and better calls make the model
   better: a virtuous circle". That is the model improving, not our choices shaping the data it learns
   from, so it does not answer the loop question; a sentence that also says what the data leans to or
   leaves out ("only", "never", "the ones we call") is left as the plan's own answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .levers import we_decide
from .lexicon import mentions_lever_words
from .text import sentences

# Training on a group picked out by a clause: "train on those (the coordinators called)", "fit it to the
# applicants who were offered".
_TRAINED_ON_GROUP = re.compile(
    r"\b(?:train\w*|fit\w*|learn\w*|estimat\w*|built|build)\s+(?:\w+\s+){0,3}?(?:on|from|to|with)\s+"
    r"(?:only\s+)?(?:(?:those|the ones)\b"
    r"|(?:the people|people|the cases|cases|[a-z]+s)\s+(?:who|that|whom|which|we)\b)"
)
# The model getting better, called a loop, circle or cycle.
_SELF_IMPROVING = re.compile(
    r"\bvirtuous (?:circle|cycle|loop|spiral)\b|\bflywheel\b|\bbetter and better\b"
    r"|\b(?:make|makes|making|made)\s+(?:the|our|its)\s+(?:model|system|tool|algorithm|predictions?)\s+"
    r"(?:better|smarter|sharper|more accurate)\b|\b(?:model|system|tool|algorithm)\s+improves itself\b"
)
# What the data leans to or leaves out: with this, the sentence says how choices shape the data.
_DATA_SHAPED = re.compile(
    r"\b(?:only|never|miss\w*|leans?|tilts?|skew\w*|bias\w*|blind|unseen|left out|leaves? out|ignor\w*)\b"
)


def trains_on_its_picks(data: str, modeler: str, levers: Sequence[str]) -> bool:
    """Whether the data or model fields say the model learns from a group our own decision picked out."""
    for sentence in sentences("\n".join((data, modeler))):
        low = sentence.lower().replace("’", "'")
        if _TRAINED_ON_GROUP.search(low) and (we_decide(low) or mentions_lever_words(low, levers)):
            return True
    return False


def without_self_improvement(text: str) -> str:
    """The text without sentences whose only "loop" is the model getting better (the text as it was, when
    it has none)."""
    split = sentences(text)
    kept = [
        s for s in split if not (_SELF_IMPROVING.search(s.lower()) and not _DATA_SHAPED.search(s.lower()))
    ]
    return text if len(kept) == len(split) else "\n".join(kept)


def picks_built_in(ctx) -> bool:
    """``trains_on_its_picks`` read from a coaching context's plan and its levers."""
    return trains_on_its_picks(ctx.plan.data, ctx.plan.modeler, ctx.controllable)
