"""A key point stated the wrong way round: the answer's clause names the point's subject with a comparison or
a quality in the opposite direction to the key's ("very few categories" where the key says "many categories",
"a different seed each run" for "a fixed seed", "sharper images" for "blurry images").

The matcher credits such a clause: it shares the point's subject and most of its words, and embeddings barely
tell "few" from "many". Here the direction is read from a small list of opposite pairs (quantity, sameness,
image quality, ease and speed; "more"/"less" are left out, they qualify too many kinds of thing: "overfits
less" and "more variety" say the same). A clause is reversed on a point when it uses one side of a pair and
not the other on a subject the detail names (a content word within four of the direction word in both), and
the point's detail (the key's statement of it; not its phrasings, a list of ways to say it that mixes
wordings, nor the reference answer, which also describes the other side of a contrast) uses the other side
and not this one. A direction word just after a negation ("not the same") is no direction.
``pipeline.assess`` then counts that point as missing and caps the answer at partial, as a teacher does not
credit a comparison in the wrong direction. No answer of the teacher's calibration set, the answer bank or
the first four probe sets is changed by it.

Pure module (the standard library and ``lexical``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexical import STOPWORDS, stem

# Opposite pairs (the words of each side). The lists are short on purpose: only words that state a
# direction on their own, whatever the subject.
_PAIRS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(a.split()), frozenset(b.split()))
    for a, b in (
        ("many lots huge large larger high higher greater",
         "few fewer tiny small smaller low lower"),
        ("same identical similar fixed constant unchanged",
         "different differs differ unlike varying vary"),
        ("sharp sharper clear clearer bright brighter daytime high-resolution high-res high-quality",
         "blurry blur blurred dark darker dim night nighttime grainy low-resolution low-res low-quality"),
        ("easier easy faster better",
         "harder hard slower worse"),
    )
)  # fmt: skip
# direction word -> (its pair, its side)
_LEXICON = {w: (k, side) for k, sides in enumerate(_PAIRS) for side, ws in enumerate(sides) for w in ws}
_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*|n't")
_NEGATION = frozenset("not no never n't without nor".split())
# The subject a direction word qualifies: the content words this close to it (either side).
SUBJECT_WINDOW = 4


# A key point's detail is read once per key point (bounded: details and repeated clauses only).
@lru_cache(maxsize=1024)
def _directions(text: str) -> tuple[tuple[tuple[int, frozenset[str]], ...], ...]:
    """Per pair, the sides (0, 1) the text uses, each with the stems of the content words around it (what it
    qualifies); a word just after a negation counts for neither side."""
    toks = _WORD_RE.findall(text.lower().replace("n't", " n't"))
    lexicon = _LEXICON
    content = [(i, w) for i, w in enumerate(toks) if w in lexicon or (w not in STOPWORDS and w != "n't")]
    out: list[list[tuple[int, frozenset[str]]]] = [[] for _ in _PAIRS]
    for j, (i, w) in enumerate(content):
        if w not in lexicon or any(t in _NEGATION for t in toks[max(0, i - 3) : i]):
            continue
        k, side = lexicon[w]
        near = content[max(0, j - SUBJECT_WINDOW) : j] + content[j + 1 : j + 1 + SUBJECT_WINDOW]
        out[k].append((side, frozenset(stem(x) for _, x in near if x not in lexicon)))
    return tuple(tuple(o) for o in out)


def reverses(clause: str, point_texts: str) -> bool:
    """Does ``clause`` give some subject of ``point_texts`` (a key point's detail) the opposite direction, on
    some pair, and agree with it on none?"""
    meant = _directions(point_texts)
    if not any(meant):  # most details state no direction: the clause need not be read
        return False
    said = _directions(clause)
    reversed_any = False
    for s, m in zip(said, meant, strict=True):
        s_sides, m_sides = {x for x, _ in s}, {x for x, _ in m}
        if len(s_sides) != 1 or len(m_sides) != 1:
            continue
        if s_sides == m_sides:
            return False
        if any(ns & nm for _, ns in s for _, nm in m):
            reversed_any = True
    return reversed_any
