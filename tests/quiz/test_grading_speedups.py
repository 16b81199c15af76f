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
