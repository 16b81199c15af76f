"""Answers that state the key only inside a hypothetical they then reject: "X would only matter if Y, which it
doesn't, so <something else>".

Such a sentence has three parts: a conditional frame ("... would only hurt if ...", "... only if ...",
"... would ... if ..."), a denial of its condition (", which it doesn't", ", which never happens", ", and
they are not"), and a conclusion the answer does assert (", so ...", ", therefore ...", ", hence ..."). What
sits in the frame is what the learner says is NOT the case: a key point matched there is the right statement
held up and rejected, and the conclusion after "so" is what the learner claims instead.

``denied_hypotheticals`` finds the frames; the answer is capped at partial (``pipeline.assess``) when a clause
of a frame carries a key point (its clear evidence, or a match of 0.9 or more): a teacher does not pass an
answer whose right statement is a case it rules out, whatever its conclusion adds (a conclusion naming three
of four pieces is partial at best). A conditional whose condition is not denied ("a GPU only pays off if
requests can be batched, so ...") asserts the rule and is left alone, as is a denied frame that holds up
the opposite of a key point ("it would only cope if the camera took crisp daytime shots, which it doesn't, so
expect mistakes at night": the frame gives the key's subject the other direction, ``direction.reverses``, so
denying it states the key). On the teacher's calibration answers, the answer bank and the first four probe
sets the rule changes no level.

Pure module: it reads the units ``features`` already scored (``UnitSupport``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# A conditional frame: "only ... if", "would/could/will ... if" (within the sentence, before any comma).
_FRAME_RE = re.compile(
    r"\b(?:only\s+(?:\w+\s+){0,2}?(?:if|when)|(?:would|could|might)\b[^,;]*?\b(?:if|when|unless))\b",
    re.IGNORECASE,
)
# The condition denied, in a clause after the frame: ", which it doesn't", ", which never happens",
# ", and they are not", ", which today's models can't manage".
_DENIAL_RE = re.compile(
    r",\s*(?:which|and|but)\b[^,;]*?(?:\b(?:not|never|no|cannot|nobody|nothing|none)\b|n't\b)[^,;]*",
    re.IGNORECASE,
)
# The conclusion the answer asserts instead.
_CONCLUSION_RE = re.compile(r"[,;]?\s*\b(?:so|therefore|hence|thus|which\s+means)\b", re.IGNORECASE)


# A clause of the frame carries a key point when it is that point's clear evidence or matches it this well.
FRAME_STATES = 0.9


@dataclass(frozen=True)
class DeniedFrame:
    start: int  # where the sentence (and its frame) starts, in the cleaned answer
    conclusion: int  # where the asserted conclusion starts
    end: int  # end of the sentence


def denied_frames(sentence: str, offset: int = 0) -> list[DeniedFrame]:
    """The hypothetical frames of one sentence whose condition it denies and that it follows with a
    conclusion (character positions shifted by ``offset``)."""
    frame = _FRAME_RE.search(sentence)
    if not frame:
        return []
    denial = _DENIAL_RE.search(sentence, frame.end())
    if not denial:
        return []
    conclusion = _CONCLUSION_RE.match(sentence, denial.end())
    if not conclusion:
        return []
    return [DeniedFrame(offset, offset + conclusion.end(), offset + len(sentence))]


def denied_hypotheticals(units: Sequence, opposite: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The sentences that hold a key point up in a hypothetical they deny (see the module docstring); else
    []. ``units``: ``features.UnitSupport`` of every unit, sentences first; ``opposite(text)``: does the text
    state a key point in the opposite direction (``direction``)? Such a frame's denial agrees with the key."""
    out = []
    for s in units:
        if s.unit.kind != "sentence":
            continue
        for f in denied_frames(s.unit.text, s.unit.start):
            inside = [
                v
                for v in units
                if v is not s and v.unit.start >= f.start and v.unit.end <= f.conclusion and not v.wrong
            ]
            if any((v.stated or v.states >= FRAME_STATES) and not opposite(v.unit.text) for v in inside):
                out.append(s.unit.text)
    return out
