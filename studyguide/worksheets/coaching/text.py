"""Text helpers the coaching rules share: words and crude stems, pattern search, sentences, and quoting a
student's words whole (never cut mid-word). Pure: no Django, no torch."""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# Particles too: the "out" of "came in out of hours" links it to no lever such as "Out-of-hours call-out".
STOPWORDS = frozenset(
    """a an the and or of to in on for with by from at as is are be been being it its this that these
    those we our us you your i my me they them their he she his her who whom which what when where
    how why will would can could should may might must do does did done not no yes than then so if
    each every per into over under about more most less least very much many some any all one two
    also just only there here has have had get gets got using use used based make makes made
    out off up""".split()
)
# Words too generic to link a model to a lever ("each day" in both does not make them about the same thing).
GENERIC = frozenset(
    """day days week weeks month months year years time times daily weekly monthly hour hours first next last
    new model models predict predicts data number amount""".split()
)


# "no. of storms", "No. 3 on the list": the abbreviation of "number", not a refusal.
_NUMBER_ABBREVIATED = re.compile(r"\bno\.\s*(?=of\b|\d)", re.IGNORECASE)


def with_number_spelled(text: str) -> str:
    """The text with "no." before "of" or a figure written out as "number"."""
    return _NUMBER_ABBREVIATED.sub("number ", text)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def stem(word: str) -> str:
    """A crude stemmer, enough to match 'drones'/'drone' and 'pricing'/'price'."""
    for suffix in ("ings", "ing", "ies", "ied", "ed", "ly", "s"):
        # "press", "glass", "bonus": the s is the word's own, so "press" and "pressed" keep one stem
        if suffix == "s" and word.endswith(("ss", "us")):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            if suffix in ("ings", "ing", "ed") and word[-1] in "bgmnpt" and word[-1] == word[-2]:
                word = word[:-1]  # "binned" -> "bin", "planned" -> "plan"
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def content_stems(text: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    return {
        stem(w)
        for w in words(text)
        if w not in STOPWORDS and w not in GENERIC and len(w) > 2 and stem(w) not in ignore
    }


def _compile(patterns: Sequence[str]) -> re.Pattern:
    return re.compile("|".join(f"(?<![a-z0-9])(?:{p})" for p in patterns))


_compiled: dict[tuple[str, ...], re.Pattern] = {}


def _pattern(patterns: Sequence[str]) -> re.Pattern:
    key = tuple(patterns)
    if key not in _compiled:
        _compiled[key] = _compile(key)
    return _compiled[key]


def has_any(text: str, patterns: Sequence[str]) -> bool:
    """True if any pattern (a regex fragment matched at a word start) occurs in the lower-cased text."""
    return bool(text) and _pattern(patterns).search(text.lower().replace("’", "'")) is not None


def find_any(text: str, patterns: Sequence[str]) -> re.Match | None:
    return _pattern(patterns).search(text.lower().replace("’", "'")) if text else None


def find_all(text: str, patterns: Sequence[str]) -> list[re.Match]:
    return list(_pattern(patterns).finditer(text.lower().replace("’", "'"))) if text else []


# A title or abbreviation's full stop ends no sentence: "our IT support co. takes the tool over", "Dr. Patel",
# "e.g. pads", "from no. of storms" (a number's "no." before "of" or a figure).
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])(?<!\b[Cc]o\.)(?<!\b[Ll]td\.)(?<!e\.g\.)(?<!i\.e\.)(?<!\b[Vv]s\.)(?<!\b[Dd]r\.)(?<!\b[Mm]r\.)"
    r"(?<!\b[Mm]rs\.)(?<!\b[Mm]s\.)(?<!\b[Ss]t\.)(?<!\b[Aa]pprox\.)\s+(?!(?<=\b[Nn]o\.\s)(?:of\b|\d))|\n+"
)


def sentences(text: str, limit: int = 40) -> list[str]:
    """The text's sentences (and bullet lines), at most ``limit`` of them."""
    parts = [p.strip(" \t-•*") for p in _SENTENCE_END.split(text or "")]
    return [p for p in parts if p.strip()][:limit]


# A list run into one sentence: "the burner failing, rain stopping work, a crew member off, and gas going up".
# Three or more parts set off by commas, the last often opened by "and" or "or".
_COMMA = re.compile(r",\s*(?:and |or |plus )?")
_MIN_LISTED = 3
# A part opened by a word that joins clauses ("if it works well, fewer drop out, ...") makes the commas those
# of a sentence, not of a list.
_CLAUSE_OPENER = re.compile(
    r"^(?:if|when|whenever|because|as|since|so|which|who|whose|where|while|though|although|unless|then|but"
    r"|that|until|once|even|otherwise)\b",
    re.IGNORECASE,
)


def listed_parts(sentence: str) -> list[str]:
    """The parts of a sentence that lists three or more things with commas; else the sentence itself."""
    parts = [p.strip(" .") for p in _COMMA.split(sentence)]
    if (
        len(parts) >= _MIN_LISTED
        and all(len(p.split()) >= 2 for p in parts)
        and not any(_CLAUSE_OPENER.match(p) for p in parts)
    ):
        return parts
    return [sentence]


_BULLET = re.compile(r"^[-–—•*]+\s+")


def quote(text: str) -> str:
    """The student's words, whole, in quotation marks (white space tidied, a list's leading bullet mark left
    out, nothing cut)."""
    return f"“{_BULLET.sub('', ' '.join(text.split())).rstrip('.')}”"


def quoted_aside(text: str) -> str:
    """' (“the student's words”)' to follow a sentence, or "" when there are none."""
    return f" ({quote_part(text)})" if text.strip() else ""


def sentence_with(text: str, patterns: Sequence[str]) -> str:
    """The whole sentence of ``text`` in which a pattern first occurs (or the first sentence), for quoting."""
    parts = sentences(text, limit=10_000) or [text]
    # a box's own number ("15.") read as a sentence quotes nothing of what the student wrote
    parts = [part for part in parts if re.search(r"[^\W\d_]", part)] or parts
    for part in parts:
        if has_any(part, patterns):
            return part
    return parts[0]


def quote_part(text: str, patterns: Sequence[str] = (), limit: int = 160) -> str:
    """The whole text quoted when it is short, else the whole sentence the patterns point to."""
    text = " ".join(text.split())
    return quote(text if len(text) <= limit else sentence_with(text, patterns))


# A part that only goes on about the one before it: "library busier in the evenings, which helps the case
# for staff", "fewer late vans, so fewer complaints".
_CONTINUES = re.compile(r"^\W*(?:which|that|so that|and so)\b", re.IGNORECASE)


def with_continuations_joined(parts: list[str]) -> list[str]:
    """The parts of a list, each one that opens with "which" or "that" joined to the part before it."""
    joined: list[str] = []
    for part in parts:
        if joined and _CONTINUES.match(part):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined
