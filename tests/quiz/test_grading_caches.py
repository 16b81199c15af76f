"""The grader's shortcuts and caches give exactly what the plain definitions give (they are for speed)."""

from __future__ import annotations

import random

from quiz.grading.clauses import NEG_TOKEN, _positions, unit_words
from quiz.grading.lexical import fuzzy_equal, overlap
from quiz.grading.text import split_units

TEXT = (
    "Training data drifts away from production data over time. It is not true that the modle stays "
    "accurate, because the trainning set was collected last year; monitoring catches the drift, and "
    "retraining on recent data restores accuracy. Deployment without monitoring is risky."
)
TOKENS = [
    "train",
    "trainn",
    "model",
    "modl",
    "drift",
    "product",
    "monitor",
    "accuraci",
    "NEG",
    "data",
    "zebra",
]


def _naive_positions(tok, uw):
    """The definition: every position of the unit whose token is ``tok`` or one small typo away."""
    if tok == NEG_TOKEN:
        return list(uw.index.get(NEG_TOKEN, ()))
    return sorted(
        i
        for t, where in uw.index.items()
        if t == tok or (t != NEG_TOKEN and fuzzy_equal(tok, t))
        for i in where
    )


def test_positions_from_the_shared_vocabulary_match_the_definition():
    uws = unit_words(TEXT, split_units(TEXT), frozenset())
    assert len(uws) > 3
    assert all(uw.vocabulary_matches is uws[0].vocabulary_matches for uw in uws)  # one memo per answer
    for uw in uws:
        for tok in TOKENS:
            assert _positions(tok, uw) == _naive_positions(tok, uw), (tok, uw.unit.text)
    # the memo holds the answer's matching tokens per phrasing token, not positions of one unit
    assert set(uws[0].vocabulary_matches["trainn"]) >= {"train", "trainn"} & uws[0].vocabulary


def test_a_unit_built_alone_matches_against_its_own_words():
    uw = unit_words(TEXT, split_units(TEXT), frozenset())[0]
    # a fresh view of the same unit without the answer's vocabulary (as a test or tool may build one)
    alone = type(uw)(
        unit=uw.unit,
        seq=uw.seq,
        words=uw.words,
        question=uw.question,
        runs=uw.runs,
        new_content=uw.new_content,
        affirmed_content=uw.affirmed_content,
        unouter_content=uw.unouter_content,
        outer=uw.outer,
        negations=uw.negations,
    )
    for tok in TOKENS:
        assert _positions(tok, alone) == _naive_positions(tok, uw)


def _naive_overlap(a, b):
    ua, ub = set(a), set(b)
    if not ua or not ub:
        return 0.0, 0.0, 0.0

    def found(s, pool):
        return s in pool or any(fuzzy_equal(s, p) for p in pool)

    p = sum(1 for s in ua if found(s, ub)) / len(ua)
    r = sum(1 for s in ub if found(s, ua)) / len(ub)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def test_overlap_matches_the_definition_on_typos_and_short_stems():
    rng = random.Random(3)
    vocab = [
        "train",
        "trian",
        "trainer",
        "data",
        "dat",
        "drift",
        "drifts",
        "monitor",
        "monitr",
        "ai",
        "x",
        "model",
    ]
    for _ in range(300):
        a = rng.sample(vocab, rng.randint(0, 6))
        b = rng.sample(vocab, rng.randint(0, 6))
        assert overlap(a, b) == _naive_overlap(a, b)
