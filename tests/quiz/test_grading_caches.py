"""The grader's shortcuts and caches give exactly what the plain definitions give (they are for speed)."""

from __future__ import annotations

import random

import numpy as np

from quiz.grading import embedding
from quiz.grading.clauses import NEG_TOKEN, _positions, unit_words
from quiz.grading.lexical import fuzzy_equal, overlap
from quiz.grading.text import split_units
from studyguide.embeddings import TokenEncoding

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


# -- what depends only on the key, kept per embedder (quiz.grading.embedding) ------------------------------


class TokenFake:
    """An embedder with token vectors (like the real one): a fixed vector per word, counted calls."""

    def __init__(self):
        self.calls = 0

    def _vec(self, word: str) -> np.ndarray:
        rng = np.random.default_rng(abs(hash(word.lower())) % 2**32)
        return rng.normal(size=8).astype(np.float32)

    def encode(self, texts):
        return np.vstack([embedding.unit_norm(self.encode_tokens(t).vectors.mean(axis=0)) for t in texts])

    def encode_tokens(self, text: str, cache: bool = False) -> TokenEncoding:
        self.calls += 1
        spans = [(m.start(), m.end()) for m in embedding.WORD_RE.finditer(text)]
        vectors = (
            np.vstack([self._vec(text[s:e]) for s, e in spans]) if spans else np.zeros((0, 8), np.float32)
        )
        sentence = embedding.unit_norm(vectors.mean(axis=0)) if spans else np.zeros(8, np.float32)
        return TokenEncoding(np.asarray(spans, dtype=np.int64).reshape(-1, 2), vectors, sentence)


REFERENCE = "Retrain the model on recent data. Monitor the predictions in production."


def test_reference_views_are_kept_per_text_question_words_and_embedder():
    fake, other = TokenFake(), TokenFake()
    view = embedding.reference_view(REFERENCE, fake, frozenset({"model"}))
    assert embedding.reference_view(REFERENCE, fake, frozenset({"model"})) is view
    assert fake.calls == 1
    assert embedding.reference_view(REFERENCE, fake, frozenset({"data"})) is not view  # other question words
    assert embedding.reference_view(REFERENCE + " Again.", fake, frozenset({"model"})) is not view
    assert embedding.reference_view(REFERENCE, other, frozenset({"model"})) is not view  # another embedder


def test_a_kept_reference_view_gives_what_a_fresh_one_gives_and_cannot_be_changed():
    fake = TokenFake()
    q = frozenset({"model"})
    units = split_units(REFERENCE)
    kept = embedding.reference_view(REFERENCE, fake, q)
    for _ in range(2):  # the second time from the view's memo
        fresh = embedding.TextView(REFERENCE, fake, q, cache=True)
        assert np.array_equal(kept.spans(units), fresh.spans(units))
        assert np.array_equal(kept.without_question_words(), fresh.without_question_words())
        assert np.array_equal(kept.content_token_vectors(q), fresh.content_token_vectors(q))
    assert not kept.spans(units).flags.writeable
    assert not kept.content_token_vectors(q).flags.writeable


def test_masked_unit_vectors_are_pooled_once_per_selection_and_equal_fresh_ones():
    from quiz.grading.clauses import word_masks

    fake = TokenFake()
    answer = "It is not true that the model stays accurate. Retrain the model on recent data."
    units = split_units(answer)
    view = embedding.TextView(answer, fake, frozenset({"model"}), cache=False)
    masks = [
        getattr(word_masks(answer, units, q), name)
        for q in (frozenset({"model"}), frozenset())
        for name in ("affirmed", "unouter", "unquestioned")
    ]
    for keep in masks:
        fresh = embedding.TextView(answer, fake, frozenset({"model"}), cache=False)
        assert np.array_equal(view.spans_masked(units, keep), fresh.spans_masked(units, keep))
    assert not view.spans_masked(units, masks[0]).flags.writeable
    # a mask keeping the same tokens (characters between words aside) gives the very same vectors
    widened = masks[2] | ~np.asarray([c.isalnum() for c in answer + " "])
    assert view.spans_masked(units, widened) is view.spans_masked(units, masks[2])
    # different words kept: different vectors (the negated sentence loses "true", "stays", "accurate")
    assert not np.array_equal(view.spans_masked(units, masks[0]), view.spans_masked(units, masks[2]))


def test_key_caches_are_bounded(monkeypatch):
    monkeypatch.setattr(embedding, "REFERENCE_VIEWS", 3)
    monkeypatch.setattr(embedding, "KEY_TEXT_VECTORS", 5)
    fake = TokenFake()
    for i in range(10):
        embedding.reference_view(f"Reference number {i}.", fake, frozenset())
        embedding.encode_key_texts(fake, [f"key text {i}", f"another key text {i}"])
    cache = embedding._key_cache(fake)
    assert len(cache.views) == 3 and len(cache.vectors) == 5


def test_key_text_vectors_are_kept_and_equal_to_fresh_ones():
    fake = TokenFake()
    texts = ["Retrain on recent data", "Monitor predictions"]
    first = embedding.encode_key_texts(fake, texts)
    calls = fake.calls
    again = embedding.encode_key_texts(fake, texts)
    assert fake.calls == calls  # looked up, not encoded again
    assert np.array_equal(first, again)
    again[0, 0] = 99.0  # the caller's copy: the kept vector is untouched
    assert np.array_equal(embedding.encode_key_texts(fake, texts), first)


def test_embedders_without_token_vectors_keep_nothing():
    class SentenceFake:
        def encode(self, texts):
            return np.ones((len(texts), 4), dtype=np.float32) / 2

    fake = SentenceFake()
    assert embedding._key_cache(fake) is None
    assert embedding.reference_view(REFERENCE, fake, frozenset()) is not embedding.reference_view(
        REFERENCE, fake, frozenset()
    )
