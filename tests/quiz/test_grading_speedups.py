"""The grader's speed-ups give exactly what the slower definitions give (sentence spans, phrasing filters)."""

from __future__ import annotations

import json
from pathlib import Path

import pysbd
import pytest
from django.conf import settings

from quiz.grading.text import clean_answer, locate_sentences
from quiz.grading.tools.bank import read_bank
from quiz.grading.tools.course_keys import course_item_keys

PROBES = Path(__file__).parent / "probes"
LEARNERS = Path(settings.SHARED_DATA_DIR) / "asag" / "fastbook_ch2" / "answers.jsonl"

EDGE_CASES = [
    "",
    " ",
    "One.",
    "Repeated. Repeated. Repeated.",
    "It works. It works.  It works.\tIt works.",
    "Same sentence.Same sentence. Same sentence.",
    "aaa. aa. a. aa. aaa.",
    "Dr. Smith trained it on 3.5 GB of data, e.g. photos. Then it ran.",
    "Café photos ‒ naïve model… Ünïcode works?  Yes!  Ça va. 日本語の文。 Done.",
    "Whitespace   runs\u2003inside.\u00a0\u00a0Then a no-break space.   \n  Trailing.   ",
    "Mr. X said: 'Stop.' Then he left. (See p. 3.) Next one!",
    "1. Define the objective. 2. Find the levers. 3. Collect data.",
    "No final stop and a question? And an exclamation! then lower case",
    "...",
    "?!",
    "Ends with spaces.    ",
    'Quote "inside. a sentence." And more.',
]


def _pysbd_spans(text: str) -> list[tuple[int, int]]:
    return [
        (s.start, s.end) for s in pysbd.Segmenter(language="en", clean=False, char_span=True).segment(text)
    ]


def _located(text: str) -> list[tuple[int, int]]:
    if not text:
        return []
    sentences = pysbd.Segmenter(language="en", clean=False, char_span=True).processor(text).process()
    return locate_sentences(text, sentences)


def _texts() -> list[str]:
    texts = list(EDGE_CASES)
    bank, _ = read_bank()
    texts += [b.text for b in bank]
    for name in ("first", "second"):
        texts += [
            json.loads(line)["answer"] for line in (PROBES / f"{name}.jsonl").read_text().splitlines() if line
        ]
    for key in course_item_keys().values():
        texts += [key.reference_answer, key.question]
    return texts


@pytest.mark.parametrize("text", EDGE_CASES)
def test_located_spans_are_pysbds_own_on_edge_cases(text):
    assert _located(text) == _pysbd_spans(text)


def test_located_spans_are_pysbds_own_on_the_bank_probes_and_keys():
    texts = _texts()
    for text in texts:
        for variant in (text, clean_answer(text), *clean_answer(text).split("\n")):
            assert _located(variant) == _pysbd_spans(variant), variant


def test_located_spans_are_pysbds_own_on_the_learners_answers():
    if not LEARNERS.is_file():
        pytest.skip(f"no learners' answers at {LEARNERS}")
    rows = [json.loads(line) for line in LEARNERS.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r["answer"] for r in rows if isinstance(r.get("answer"), str)]
    assert len(texts) > 500
    mismatched = [
        i
        for i, text in enumerate(texts)
        for variant in (text, clean_answer(text), *clean_answer(text).split("\n"))
        if _located(variant) != _pysbd_spans(variant)
    ]
    assert mismatched == []  # row numbers only: the answers are not shown


def test_a_sentence_pysbd_cannot_find_again_gets_no_span_as_in_pysbd():
    assert locate_sentences("Alpha. Beta.", ["Alpha.", "Gamma.", "Beta."]) == [(0, 7), (7, 12)]
    # a repeat is found after the previous sentence, not at its first occurrence
    assert locate_sentences("Go. Go. Go.", ["Go.", "Go.", "Go."]) == [(0, 4), (4, 8), (8, 11)]


def _pysbd_locate(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """pysbd's own span finder on any list of sentences (not only those its rules would give)."""
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    segmenter.original_text = text
    return [(s.start, s.end) for s in segmenter.sentences_with_char_spans(sentences)]


def test_located_spans_follow_pysbds_search_on_odd_sentence_lists():
    # pysbd searches from the start of the text every time and takes the first match ENDING after the last
    # span: a piece found inside the previous one is skipped, one overlapping its end is kept
    cases = [
        ("xa. a. b", ["xa.", "a.", "b"]),
        ("aaa aaa", ["aa", "aa", "aa"]),
        ("ab  ab  ab", ["ab", "b", "ab"]),
        ("the end. the end.  end.", ["the end.", "end.", "end."]),
        ("one two", ["two", "one"]),
        ("a\u2003\u2003b", ["a", "b"]),
        ("α. β. α.", ["α.", "α."]),
    ]
    for text, sentences in cases:
        assert locate_sentences(text, sentences) == _pysbd_locate(text, sentences), (text, sentences)


def test_located_spans_follow_pysbds_search_on_random_pieces():
    import random

    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice("ab. \n\u00a0é") for _ in range(rng.randint(0, 14)))
        pieces = []
        for _ in range(rng.randint(0, 4)):
            i = rng.randint(0, len(text))
            pieces.append(text[i : rng.randint(i, len(text))])
        assert locate_sentences(text, pieces) == _pysbd_locate(text, pieces), (text, pieces)


# -- phrasing prefilter --------------------------------------------------------------------------------------

ANSWERS_FOR_PREFILTER = [
    "Training data drifts away from production data over time. It is not true that the modle stays "
    "accurate, because the trainning set was collected last year; monitoring catches the drift.",
    "Inferance means using a trained model; it isn't trainig. Deployement happens after validaton.",
    "The model never sees the validation set while it is trained, so the score on it is honest.",
    "Squishing distorts the image, cropping loses parts of it, padding wastes computation.",
]


def _keys_and_answers():
    keys = course_item_keys()
    bank, _ = read_bank()
    out = [(key, text) for key in keys.values() for text in ANSWERS_FOR_PREFILTER[:2]]
    out += [(keys[b.item], b.text) for b in bank if b.item in keys]
    return out


def test_the_prefilter_never_drops_a_phrasing_that_matches():
    from quiz.grading.clauses import match_phrase, unit_words
    from quiz.grading.prepared import prepare_key
    from quiz.grading.text import split_units

    checked = dropped_any = 0
    for key, answer in _keys_and_answers():
        pk = prepare_key(key)
        text = clean_answer(answer)
        units = split_units(text)
        for q_stems, phrase_lists, index in (
            (pk.q_stems, pk.kp_phrases, pk.kp_index),
            (frozenset(), pk.mc_phrases, pk.mc_index),
        ):
            for uw in unit_words(text, units, q_stems):
                present = index.present(uw)
                for phrases in phrase_lists:
                    for phrase in phrases:
                        for strict in (False, True):
                            matched = match_phrase(phrase, uw, strict=strict)
                            kept = not present.isdisjoint(phrase.content)
                            assert kept or matched.recall == 0.0, (phrase.tokens, uw.seq)
                            checked += 1
                            dropped_any += not kept
    assert checked > 10_000 and dropped_any > checked // 2  # it does drop most, and never a match


def test_the_index_finds_every_typo_fuzzy_equal_accepts():
    from quiz.grading.clauses import make_phrase
    from quiz.grading.lexical import fuzzy_equal
    from quiz.grading.matching import PhraseIndex

    tokens = sorted(
        {t for key in course_item_keys().values() for p in prepare_key_phrases(key) for t in p.content}
    )
    index = PhraseIndex([[make_phrase(t, ())] for t in tokens])
    # words one edit or a long shared prefix away from the key's tokens, at the start, middle and end
    words = set()
    for t in tokens[::3]:
        for i in (0, 1, 2, len(t) // 2, len(t) - 2, len(t) - 1):
            words.add(t[:i] + "x" + t[i + 1 :])  # substitution
            words.add(t[:i] + t[i + 1 :])  # deletion
            words.add(t[:i] + "q" + t[i:])  # insertion
            words.add(t[:i] + t[i + 1 : i + 2] + t[i : i + 1] + t[i + 2 :])  # swap
        words.add(t + "ings")
    for w in words:
        want = frozenset(
            t for t in index.tokens if t == w or (min(len(t), len(w)) >= 5 and fuzzy_equal(t, w))
        )
        assert index.matched_by(w) == want, w


def prepare_key_phrases(key):
    from quiz.grading.prepared import prepare_key

    pk = prepare_key(key)
    return [p for phrases in (*pk.kp_phrases, *pk.mc_phrases) for p in phrases]


def test_a_prepared_key_is_shared_by_equal_keys_and_matches_a_fresh_one():
    from dataclasses import replace

    from quiz.grading.prepared import prepare_key

    key = next(iter(course_item_keys().values()))
    copy = replace(key)
    assert copy is not key and prepare_key(copy) is prepare_key(key)
    fresh = prepare_key.__wrapped__(copy)  # worked out anew
    kept = prepare_key(key)
    for name in ("q_stems", "q_text", "ref_text", "ref_stems", "kp_phrases", "mc_phrases", "point_tokens"):
        assert getattr(fresh, name) == getattr(kept, name), name
    assert fresh.kp_index.tokens == kept.kp_index.tokens and fresh.mc_index.tokens == kept.mc_index.tokens
    changed = replace(key, question=key.question + " Why?")
    assert prepare_key(changed) is not kept


# -- the fourth speed study: lexical overlap by index, pooled means, the no-negation shortcut ----------------


def test_overlap_read_through_the_key_index_is_the_plain_overlap():
    from quiz.grading.lexical import FuzzyIndex, content_stems, overlap, overlap_with
    from quiz.grading.prepared import prepare_key

    checked = 0
    for key, answer in _keys_and_answers():
        pk = prepare_key(key)
        stems = content_stems(clean_answer(answer), pk.q_stems)
        assert overlap_with(stems, pk.ref_index) == overlap(stems, pk.ref_stems), answer
        checked += 1
    # typos at the start and the end of a word, prefixes, short words and empty sides
    ref = ["augment", "transform", "valid", "set", "rotat", "crop", "imag"]
    for stems in (
        ["augmnet", "ransform", "validat", "se", "rotation", "crops", "image"],
        ["xaugment", "transfrom", "vaild", "sets"],
        [],
        ["crop", "crop", "imag"],
    ):
        assert overlap_with(stems, FuzzyIndex(ref)) == overlap(stems, ref), stems
        assert overlap_with(stems, FuzzyIndex([])) == overlap(stems, []), stems
    assert checked > 300


def test_pooled_means_and_norms_are_numpys_own_bit_for_bit():
    import numpy as np

    from quiz.grading.embedding import mean_rows, unit_norm

    rng = np.random.default_rng(14)
    for n in (1, 2, 3, 7, 8, 9, 16, 31, 64, 130):
        for scale in (1e-3, 1.0, 40.0):
            x = (rng.standard_normal((n, 384)) * scale).astype(np.float32)
            mean = mean_rows(x)
            assert mean.dtype == np.float32 and np.array_equal(mean, x.mean(axis=0))
            v = x.mean(axis=0)
            n_ = float(np.linalg.norm(v))
            assert np.array_equal(unit_norm(v), (v / n_).astype(np.float32))
    assert np.array_equal(mean_rows(np.arange(6).reshape(3, 2)), np.arange(6).reshape(3, 2).mean(axis=0))
    assert not unit_norm(np.zeros(4, dtype=np.float32)).any()


def test_a_unit_with_no_negation_matches_as_the_full_negation_reading_says():
    from quiz.grading.clauses import match_phrase, unit_words
    from quiz.grading.prepared import prepare_key
    from quiz.grading.text import split_units

    checked = 0
    for key, answer in _keys_and_answers()[:200]:
        pk = prepare_key(key)
        text = clean_answer(answer)
        for uw in unit_words(text, split_units(text), pk.q_stems):
            if uw.scoped:
                continue
            for phrase in (p for phrases in (*pk.kp_phrases, *pk.mc_phrases) for p in phrases):
                for strict in (False, True):
                    quick = match_phrase(phrase, uw, strict=strict)
                    uw.scoped = True  # the full reading of the negation scopes
                    assert match_phrase(phrase, uw, strict=strict) == quick, (phrase.tokens, uw.seq)
                    uw.scoped = False
                    checked += quick.recall > 0
    assert checked > 1000
