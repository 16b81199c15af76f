"""Code lines and "it depends" frames: parts of an answer that show or frame it, next to prose that says it.

Learners who code answer with code: `RandomSplitter(valid_pct=0.2, seed=42)`, `queue.sort(key=...)`,
`btn_run.on_click(on_click_classify)`, then a sentence in words ("The model prioritises; a human reviews
every case"). Read as a sentence, a line of bare code is made of identifiers, `=`, brackets and dotted names
that sit far from every clause of the key, so it counts as a claim the key does not back, and two such lines
beside a right gloss make a "shotgun" answer or an answer "mostly off the key". But a bare code line asserts
nothing a teacher would mark: it illustrates what the prose asserts. A comment after `#` is prose, though
("# just the list of training files"): a line that carries one still speaks for itself and stays a claim.

``framing`` names the claims that are bare code lines (no comment words) or a bare "It depends on X." in an
answer where another claim states a key point: ``pipeline.assess`` leaves them out of the counts of unbacked
and off-key claims. An answer made of code alone, or whose other claims state nothing, is judged as written.
Pure module: regular expressions on the claim texts ``features`` already split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The comment after "#" (a gloss in words), to the end of the line.
_COMMENT_RE = re.compile(r"(?:^|\s)#.*$", re.DOTALL)
# A string literal: its words are data ("Which dose of aspirin ..."), not the writer's sentence.
_STRING_RE = re.compile(r"'[^'\n]*'?|\"[^\"\n]*\"?")
# What only code has: a call or an index glued to a name (`learn.export(`, `scores[`), a keyword argument
# (`seed=42`), an assignment opening the line (`dls = ...`, `x, y = ...`), a block header (`if ...:`).
_CODE_RE = re.compile(
    r"[A-Za-z_][\w.]*[(\[]"
    r"|\b[A-Za-z_]\w*=(?!=)\S"
    r"|^\s*[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*\s*=(?!=)"
    r"|^\s*(?:if|elif|else|for|while|with|def|try|except)\b[^:]*:\s*$"
)
# A run of five plain words in a row is a sentence, whatever code sits around it.
_PROSE_RUN_RE = re.compile(r"(?:\b[A-Za-z][a-z']*\b[ ,]+){4}\b[A-Za-z][a-z']*\b")


def is_bare_code(text: str) -> bool:
    """Is the line code with no words of its own: no comment with words after "#", no run of prose?"""
    comment = _COMMENT_RE.search(text)
    if comment and re.search(r"[A-Za-z]", comment.group(0).lstrip().lstrip("#")):
        return False
    code = _COMMENT_RE.sub("", text)
    bare = _STRING_RE.sub("''", code)
    return bool(_CODE_RE.search(bare)) and not _PROSE_RUN_RE.search(bare)


# "It depends on the columns.", "Depends how bad a mistake would be.": a sentence that only names what the
# answer turns on, before the sentences that resolve it. Like a bare code line, it frames the answer and
# asserts nothing about the subject a teacher would mark, so it is no unbacked claim either. A sentence that
# goes on ("It depends who holds them, but the clear danger is ...") is a claim like any other.
_DEPENDS_FRAME_RE = re.compile(
    r"^\W*(?:(?:so|well|honestly)\W+)?(?:(?:it|that|this|the\s+answer)\s+)?(?:really\s+)?depends"
    r"(?:\s+(?:a\s+lot|a\s+bit|mostly|entirely))?"
    r"(?:\s+(?:on|upon)\b)?(?:\s+(?:how|what|who|whether|which|when|where)\b)?[^,;:.!?]*[.!?]?\s*$",
    re.IGNORECASE,
)


def is_depends_frame(text: str) -> bool:
    """Is the sentence only "it depends (on X)", naming what the answer turns on (at most ten words)?"""
    return bool(_DEPENDS_FRAME_RE.match(text)) and len(text.split()) <= 10


def framing(claims: Iterable, states_covered: float = 0.6) -> set[str]:
    """The texts of the claims (``features.Claim``) that illustrate or frame the answer (bare code lines,
    "it depends on X"), when another claim states a key point (``states`` at least ``states_covered``);
    else none."""
    claims = list(claims)
    frames = {c.text for c in claims if is_bare_code(c.text) or is_depends_frame(c.text)}
    states = any(c.states >= states_covered and not c.wrong for c in claims if c.text not in frames)
    return frames if states else set()
