"""Exact graders: multiple choice, ordering and short exact answers (no embedder needed)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence

from .levels import level_for_cutoffs
from .text import clean_answer

# Exact items: full marks are correct; half the credit or more (a partly right pick or order) is partial.
EXACT_CUTOFFS = (0.5, 0.999)


def exact_level(score: float) -> str:
    """The level of an exact item's 0..1 score."""
    return level_for_cutoffs(score, EXACT_CUTOFFS)


def grade_choices(selected: Collection[int], correct: Collection[int]) -> float:
    """Multi-select partial credit: (right picks - wrong picks) / number of correct options, floored at 0."""
    sel, cor = set(selected), set(correct)
    if not cor:
        return 1.0 if not sel else 0.0
    right = len(sel & cor)
    wrong = len(sel - cor)
    return max(0.0, (right - wrong) / len(cor))


def grade_ordering(submitted: Sequence[str], correct: Sequence[str]) -> float:
    """Fraction of the correct sequence's pairs that appear in the right relative order in ``submitted``.

    Pairs with an element missing from ``submitted`` count as wrong. Distractors (submitted elements not in
    ``correct``) scale the result by the share of genuine elements in the submission. Duplicates: first wins.
    """
    correct_list = list(dict.fromkeys(correct))
    sub = list(dict.fromkeys(submitted))
    if not correct_list:
        return 1.0 if not sub else 0.0
    if not sub:
        return 0.0
    pos = {x: i for i, x in enumerate(sub)}
    n = len(correct_list)
    genuine = sum(1 for x in sub if x in set(correct_list))
    precision = genuine / len(sub)
    if n == 1:
        return precision if correct_list[0] in pos else 0.0
    good = 0
    for i in range(n):
        for j in range(i + 1, n):
            a, b = correct_list[i], correct_list[j]
            if a in pos and b in pos and pos[a] < pos[b]:
                good += 1
    return good / (n * (n - 1) / 2) * precision


_SEP_RE = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


def _norm_exact(text: str) -> tuple[str, ...]:
    t = unicodedata.normalize("NFKC", clean_answer(text or "")).casefold()
    t = re.sub(r"[\u2010-\u2015-]", " ", t)
    parts = [re.sub(r"[^\w\s]", "", p) for p in _SEP_RE.split(t)]
    parts = [re.sub(r"\s+", " ", p).strip() for p in parts]
    parts = [re.sub(r"^(?:the|a|an) ", "", p) for p in parts if p]
    return tuple(p for p in parts if p)


def grade_short_exact(answer: str, accepted: Sequence[str]) -> bool:
    """True when the answer equals one accepted form after normalising case, spaces, punctuation, hyphens,
    leading articles and list separators ("a, b" == "a and b"). Order matters ("x, y" is not "y, x"): items
    such as "independent then dependent" ask for it; list both orders in `accepted` where it does not."""
    got = _norm_exact(answer)
    if not got:
        return False
    return any(got == _norm_exact(a) for a in accepted)
