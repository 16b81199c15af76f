"""Confident specifics and overstated absolutes the key does not carry.

Two ways a right answer turns into a false one by a single added detail:

- A sentence beside the one that states the key adds a precise fact: a number ("in 2015", "a batch size of
  16", "10% more data"), a code name or file name ("model.h5", "learn.fine_tune()"), a stated default ("by
  default it ..."), or a named maker ("Amazon replaced ...", "fast.ai wrote them"). When that sentence states
  no key point, does not restate the reference, and its specific appears nowhere in the key (question,
  reference answer, key points and their phrasings), the key cannot back it: a teacher reads a confident
  fact the course does not give as a false one (``added_specifics``).
- A clause asserts a guarantee or uniqueness the key does not carry ("is guaranteed to be free of errors",
  "the only way to ...", "fixes it for good"). A denied one ("nothing guarantees it is true", "not
  guaranteed") is a caution, not an overstatement, and is left alone (``overstated_absolutes``).

Words such as "always", "never", "every" and "all" are not read here: learners use them truthfully all the
time ("people check every prediction", "the split is always the same"). ``pipeline.assess`` caps an answer
with either finding at partial. Asides (a story of the writer's own) are left out before this runs. Pure
module: regular expressions on the units ``features`` already scored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .types import ItemKey

# A number written in digits (a year, a size, a share), or a small number written out before a unit.
_NUMBER_RE = re.compile(
    r"(?<![\w.])\d+(?:[.,]\d+)?\s?%?(?!\w|\.\d)"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|thousand)\s+"
    r"(?:months?|years?|weeks?|days?|hours?|epochs?|layers?|images?|percent|times)\b",
    re.IGNORECASE,
)
# A default stated as a fact ("by default it ...", "the default batch size is 16", "defaults to ...").
_DEFAULT_RE = re.compile(
    r"\bby\s+default\b|\bdefaults?\s+(?:is|are|to)\b|\bdefault\s+(?:\w+\s+){1,4}(?:is|are)\b",
    re.IGNORECASE,
)
# A tool or a name in code: fastai, PyTorch, a CamelCase class (DataBlock, Resize), a name with an underscore
# (aug_transforms) or a call ("fine_tune()").
_TOOL_RE = re.compile(
    r"\b(?:fastai|fast\.ai|pytorch|torch)\b|\b[A-Z][a-z]+[A-Z]\w*|\b[A-Z][a-z]+'s\s+[A-Z]\w+|\b\w+_\w+\b|\w\(\)"
    r"|\b(?:Resize|Learner|DataLoaders?|Splitter)\b"
)
# "by default(,) it / they / the library ..." : a tool's behaviour follows.
_BY_DEFAULT_SUBJECT_RE = re.compile(r"^by\s+default,?\s+(?:it|they|the\s+\w+)\s+\w+", re.IGNORECASE)
# A number given as what the source or the library prescribes ("the book says ... six months", "fastai uses
# 16"), or as an exact amount ("exactly 20%").
_SOURCE_RE = re.compile(
    r"\b(?:the\s+(?:book|chapter|course|authors?|lesson)|fastai|fast\.ai)\b|\b(?:exactly|precisely)\s+\S*\d",
    re.IGNORECASE,
)
# Authorship or a date of origin: "X published / invented / introduced it in 2015".
_ORIGIN_RE = re.compile(
    r"\b(?:published|invented|introduced|created|developed|proposed|coined|came\s+up\s+with)\b"
    r"[^.;]{0,60}\b(?:in\s+)?(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)
# An overstated absolute: a guarantee, a uniqueness, a fix for good.
_ABSOLUTE_RE = re.compile(
    r"\bguarantee[sd]?\b|\bguaranteeing\b|\bthe\s+only\s+(?:way|thing|arguments?|option|reason|use|tool|method)\b"
    r"|\bfor\s+good\b|\bonce\s+and\s+for\s+all\b",
    re.IGNORECASE,
)
# A key that itself states a certainty ("the same split every time", "deterministic") backs a guarantee of it
# ("a fixed seed guarantees the split is reproducible").
_KEY_CERTAIN_RE = re.compile(
    r"\bguarantee\w*|\balways\b|\b(?:every|each)\s+(?:time|run)\b|\bon\s+every\b|\bdeterministic\b"
    r"|\bensures?\b",
    re.IGNORECASE,
)
# ... unless denied just before it ("nothing guarantees", "not guaranteed", "no guarantee").
_DENIED_BEFORE_RE = re.compile(
    r"\b(?:not|no|nothing|never|cannot|can't|isn't|aren't|won't|doesn't|don't|without|nor)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def key_text(key: ItemKey) -> str:
    """Everything the key says, lower-cased: what a specific must appear in to be backed."""
    parts = [key.question, key.reference_answer]
    for kp in (*key.key_points, *key.optional_points):
        parts += [kp.label, kp.detail, *kp.phrasings]
    return " ".join(parts).lower()


def _specifics(text: str) -> list[str]:
    """The confident specifics of a sentence: a stated default, a number the source is said to prescribe or
    an exact number, a date of origin."""
    found = [m.group(0) for m in _DEFAULT_RE.finditer(text) if _a_tools_default(text, m)]
    if _SOURCE_RE.search(text):
        found += [m.group(0) for m in _NUMBER_RE.finditer(text)]
    found += [m.group(0)[-4:] for m in _ORIGIN_RE.finditer(text)]
    return found


def _a_tools_default(text: str, match: re.Match) -> bool:
    """ "defaults to" / "the default X is" always state a tool's setting; "by default" only when the sentence
    is about a tool doing something ("by default it splits ...", "fastai's Resize does ... by default"), not
    the everyday "the first choice" ("Not the GPU by default")."""
    if not match.group(0).lower().startswith("by"):
        return True
    return bool(_TOOL_RE.search(text) or _BY_DEFAULT_SUBJECT_RE.search(text[match.start() :]))


def _backed(specific: str, backing: str) -> bool:
    s = specific.lower().rstrip("()").strip()
    if _DEFAULT_RE.fullmatch(specific):
        return "default" in backing
    return s in backing


def unbacked_specifics(text: str, backing: str) -> list[str]:
    """The specifics of ``text`` that the key's text (``backing``, lower-cased) does not contain."""
    return [s for s in _specifics(text) if not _backed(s, backing)]


def added_specifics(units: Sequence, backing: str) -> list[str]:
    """Sentences that add a specific the key does not carry, beside a sentence that states a key point
    (``units``: ``features.UnitSupport`` of every unit, asides left out; see the module docstring)."""
    from .claims import side_sentences

    return [s.unit.text for s in side_sentences(units) if unbacked_specifics(s.unit.text, backing)]


def overstated_absolutes(units: Sequence, backing: str) -> list[str]:
    """Units asserting a guarantee or a uniqueness that the key's text does not carry (not denied)."""
    out = []
    for u in units:
        if u.wrong:
            continue
        text = u.unit.text
        for m in _ABSOLUTE_RE.finditer(text):
            word = m.group(0).lower()
            if word.startswith("guarantee"):
                backed = bool(_KEY_CERTAIN_RE.search(backing))
            else:
                backed = word in backing
            if backed or _DENIED_BEFORE_RE.search(text[: m.start()]):
                continue
            out.append(text)
            break
    return out
