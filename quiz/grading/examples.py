"""Examples the key cannot place: a right statement followed by "For example, ..." that matches no key point.

A learner who adds an example after the rule asserts that the example fits the rule. A teacher checks that it
does: an example that contradicts the rule ("fix the seed; for example seed=random.randint(...)", "a hobby
site with ten visitors a day should rent a GPU", "it saves all the training images") shows the rule was not
understood, and a teacher does not give full marks. The grader cannot read whether an example fits, but it
can tell whether the example is tied to the key at all: a right example names what the key names (the night
frames, the insurance customers, the flipped 6 that becomes a 9, an upload button), so its sentence is clear
evidence for some key point (strength 0.76 to 1.0 on every right answer of the probe sets, the answer bank and
the teacher's calibration answers), while the contradicting examples of the tenth probe set reach at most
0.64. An example sentence beside the answer's point (``claims.side_sentences``: it states no key point,
no misconception and does not restate the reference) whose own evidence for every key point stays below
``EXAMPLE_MIN_STATES`` is one the key cannot back: ``pipeline.assess`` caps the level at partial.

Only an example announced as one after the rule counts ("For example", "For instance", "e.g.", "An example
is ..."): a scenario that leads into the point ("Imagine ...", "Say your photo is too wide ...") is how
learners tell the point as a story, and the story kinds of the probe sets use it for right answers. Pure
module: it reads the units ``features`` already scored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .claims import side_sentences
from .lexical import content_words

# A sentence announced as an example of what came before.
_EXAMPLE_RE = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:"
    r"for\s+(?:example|instance)|e\.\s?g\b\.?|as\s+an\s+example|to\s+give\s+an\s+example|example\s*:"
    r"|(?:an?|one)\s+(?:good\s+|typical\s+|simple\s+|classic\s+)?example\s+(?:of\s+(?:this|that|it)\s+)?"
    r"(?:is|would\s+be|could\s+be|might\s+be)"
    r")\b",
    re.IGNORECASE,
)
# An example sentence is tied to the key when it, or one of its clauses, is at least this strong evidence for
# a key point (right examples: 0.76 and up; the contradicting examples measured: 0.64 and below).
EXAMPLE_MIN_STATES = 0.7
# An example needs a few content words to assert anything ("For example, bears.").
EXAMPLE_MIN_WORDS = 3


def is_example(sentence: str) -> bool:
    """Is the sentence announced as an example of what the answer said before?"""
    return bool(_EXAMPLE_RE.match(sentence))


def unplaced_examples(units: Sequence) -> list[str]:
    """Example sentences beside the answer's point that the key cannot tie to any key point (``units``:
    ``features.UnitSupport`` of every unit, asides left out; see the module docstring)."""
    out = []
    for s in side_sentences(units):
        text = s.unit.text
        if not is_example(text) or len(content_words(text)) < EXAMPLE_MIN_WORDS:
            continue
        inside = [v for v in units if v.unit.start >= s.unit.start and v.unit.end <= s.unit.end]
        if max(v.states for v in inside) >= EXAMPLE_MIN_STATES:
            continue
        out.append(text)
    return out
