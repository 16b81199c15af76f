"""Answers whose claims are mostly off the key: a right clause among several that the key says nothing about.

The shotgun rule (``pipeline``) counts whole sentences, so false claims written into the same sentence as the
right one ("it needs one GPU per customer and can't handle a thousand products, which is why it mostly
recommends what people would buy anyway") escape it: the sentence states a key point. Here every clause is a
claim of its own. A clause with a few content words is off the key when no key point (optional ones
included) is stated by it, even weakly, and it is far from every key point and every clause of the reference
answer. When at least two such clauses make up half or more of the answer's claims, while a claim of its own
states a key point, the answer asserts more that the key does not back than it states: ``pipeline.assess``
caps it at partial, as a teacher does not pass a right clause buried among false ones.

A clause stated as an absolute or a precise quantity ("which is always possible", "it only works when",
"whenever the dataset has more than 1,000 images") asserts something the key would have to back: it counts as
off the key with a little more room (an unclear match of a key point, cosines up to 0.55), as a teacher reads
a confident claim the key does not make as a false one, while hedged on-topic elaboration stays below it.

The bars are low on purpose: on-topic elaboration by learners (an example, a consequence, a restatement in
other words) sits above them; the teacher's calibration answers graded correct never reach the rule, and
neither do the probe sets' or the answer bank's right answers graded correct.

A clause about the writer or about the text being studied ("once I plotted the matrix", "is what stuck with
me", "the worry the chapter raises") is the frame of a sentence whose point sits in another clause (a side
clause, a parenthesis): it claims nothing about the subject, so it is not counted, unless it reports a belief
("I think ...": a claim made through the writer). Pure module: it reads the
units ``features`` already scored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexical import content_words

# A clause makes a claim from this many content words (shorter ones qualify their neighbour).
OFF_KEY_MIN_WORDS = 3
# Off the key: its strongest evidence for any key point, and its cosine to every key point and every
# reference clause, all below these (learners' on-topic elaboration: states about 0.5, cosines 0.5-0.7).
OFF_KEY_MAX_STATES = 0.5
OFF_KEY_MAX_COS = 0.5
# an absolute or a precise quantity: off the key up to an unclear match (0.5) and these cosines
ABSOLUTE_RE = re.compile(
    r"\b(?:always|only|every|entirely|whenever|100\s?%"
    r"|\d[\d,.]*\s?(?:%|percent|times|images|epochs|pixels|gb|gigabytes))",
    re.I,
)
ABSOLUTE_MAX_STATES = 0.5
ABSOLUTE_MAX_COS = 0.55
OFF_KEY_MIN_CLAIMS = 2
OFF_KEY_MIN_SHARE = 0.5


def _leaves(units: Sequence) -> list:
    """The finest units: clauses, and sentences that were not split into clauses."""
    out = []
    for u in units:
        inner = any(v is not u and v.unit.start >= u.unit.start and v.unit.end <= u.unit.end for v in units)
        if u.unit.kind == "sentence" and inner:
            continue
        out.append(u)
    return out


# The writer ("I", "me", "my") or the text studied ("the chapter", "the book") as what the clause is about ...
_FRAME_RE = re.compile(
    r"\b(?:i|me|my)\b|\bthe\s+(?:chapter|book|lecture|course|authors?|lesson)\b", re.IGNORECASE
)
# ... unless it reports what the writer believes or was told: a claim made through the writer.
_BELIEF_RE = re.compile(
    r"\b(?:think|thought|believe|believed|guess|suppose|reckon|feel|felt|know|knew|sure|says|said|told|claims"
    r"|means|learned|learnt|realised|realized)\b",
    re.IGNORECASE,
)


def is_frame(u) -> bool:
    """A clause (``features.UnitSupport``) about the writer or the text studied, not the subject."""
    text = u.unit.text
    return bool(_FRAME_RE.search(text)) and not _BELIEF_RE.search(text)


def is_off_key(u) -> bool:
    """A clause (``features.UnitSupport``) the key says nothing about, that states no known misconception."""
    if u.stated or u.wrong:
        return False
    if u.states < OFF_KEY_MAX_STATES and u.ref_cos < OFF_KEY_MAX_COS and u.kp_cos < OFF_KEY_MAX_COS:
        return True
    return (
        u.states <= ABSOLUTE_MAX_STATES
        and u.ref_cos < ABSOLUTE_MAX_COS
        and u.kp_cos < ABSOLUTE_MAX_COS
        and bool(ABSOLUTE_RE.search(u.unit.text))
    )


def off_key_clauses(units: Sequence) -> list[str]:
    """The off-key claims of an answer that is mostly off the key (see the module docstring), else []."""
    claims = [u for u in _leaves(units) if len(content_words(u.unit.text)) >= OFF_KEY_MIN_WORDS]
    if not any(u.stated for u in claims):
        return []
    off = [u for u in claims if is_off_key(u) and not is_frame(u)]
    if len(off) >= OFF_KEY_MIN_CLAIMS and len(off) >= OFF_KEY_MIN_SHARE * len(claims):
        return [u.unit.text for u in off]
    return []
