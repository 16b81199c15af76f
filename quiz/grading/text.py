"""Text cleaning and splitting: an answer becomes plain text, then sentences and clauses with their spans."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pysbd

# The grader reads at most this many characters of an answer (after cleaning). Students may store longer
# answers (quiz.services.MAX_STORED_ANSWER_CHARS): ``graded_chars`` says how much was read, and they are told.
MAX_GRADED_CHARS = 4000
# Key points are matched against at most this many sentences and clauses (sentences first).
MAX_UNITS = 40
LONG_SENTENCE_WORDS = 12
MIN_CLAUSE_WORDS = 3

# Where a sentence ends for the rules that read a view per sentence (reported, set apart, outdated, negated):
# end punctuation before a space or the end, or a new line. Unlike pysbd it knows no abbreviations, which
# these rules do not need: their cues stand at a sentence's start.
SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The non-empty (start, stop) spans ``SENTENCE_END_RE`` cuts ``text`` into, each with its end mark."""
    spans, pos = [], 0
    for stop in [m.end() for m in SENTENCE_END_RE.finditer(text)] + [len(text)]:
        if stop > pos:
            spans.append((pos, stop))
        pos = stop
    return spans


_TAG_BREAK_RE = re.compile(r"<\s*(br|/p|p|/li|li|/div|div|tr|/tr|h\d|/h\d)\b[^>]*>", re.I)
_TAG_RE = re.compile(r"<[^<>]{0,200}>")
_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_HSPACE_RE = re.compile(r"[ \t\u00a0]+")


def clean_answer(text: str, max_chars: int = MAX_GRADED_CHARS) -> str:
    """Plain text for grading: HTML reduced to text, control characters dropped, capped at ``max_chars``."""
    if not text:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _TAG_BREAK_RE.sub("\n", text)
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = _CTRL_RE.sub(" ", text)
    text = _HSPACE_RE.sub(" ", text)
    text = re.sub(r" *\n[ \n]*", "\n", text).strip()
    if len(text) > max_chars:
        cut = text.rfind(" ", 0, max_chars)
        text = text[: cut if cut > max_chars // 2 else max_chars].rstrip()
    return text


@dataclass(frozen=True)
class Unit:
    """A sentence or clause of an answer: its character span in the cleaned text and its verbatim text."""

    start: int
    end: int
    text: str
    kind: str  # "sentence" | "clause"


_LINE_SPLIT_RE = re.compile(r"\n|\s\|\s|\s*(?:->|=>|\u2192)\s*|\s[\u2022\u25aa\u25cf]\s")
_INLINE_LIST_START_RE = re.compile(r"\s*\(?1[.)]\s+\S")
_INLINE_LIST_RE = re.compile(r"(?<=\S)\s+(?=\(?\d{1,2}[.)]\s+[A-Za-z])")
_BULLET_RE = re.compile(r"\s*(?:[-*\u2022\u25aa\u25cf\u2013>]+|\(?(?:\d{1,2}|[a-zA-Z])[.)])\s+")
_STRONG_CLAUSE_RE = re.compile(r"\s*[;:]\s+|\s+[\u2013\u2014]\s+|\s+-\s+")
_WEAK_CLAUSE_RE = re.compile(
    r",\s+|\s+(?=(?:and|but|because|so that|whereas|while|which|although|since|so)\s)", re.I
)
WORD_RE = re.compile(r"[A-Za-z0-9_]+(?:'[A-Za-z]+)?")
_EDGE_PUNCT = " \t\n.,;:!?-\u2013\u2014\"'()[]{}|*"


_LEADING_CONJ_RE = re.compile(r"(?:and|but|because|so|or|while|whereas|although|since)\s+", re.I)


def _trim(text: str, start: int, end: int, drop_conjunction: bool = False) -> tuple[int, int]:
    orig_end = end
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    if drop_conjunction:
        m = _LEADING_CONJ_RE.match(text, start, end)
        if m and WORD_RE.search(text, m.end(), end):
            start = m.end()
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    # keep a closing bracket when the span opened one
    span = text[start:end]
    if span.count("(") > span.count(")"):
        close = text.find(")", end, orig_end)
        if close >= 0:
            end = close + 1
    return start, end


def _split_span(
    text: str, start: int, end: int, regex: re.Pattern, respect_parens: bool = False
) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in regex.finditer(text, start, end):
        if respect_parens:
            before = text[start : m.start()]
            if before.count("(") > before.count(")"):
                continue  # never split inside a parenthesis
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = max(pos, m.end())
    if pos < end:
        out.append((pos, end))
    return out


def _n_words(text: str) -> int:
    return len(WORD_RE.findall(text))


def _merge_small(text: str, spans: list[tuple[int, int]], min_words: int) -> list[tuple[int, int]]:
    """Glue pieces with fewer than ``min_words`` words to a neighbour, so clauses stay meaningful."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and (
            _n_words(text[s:e]) < min_words or _n_words(text[merged[-1][0] : merged[-1][1]]) < min_words
        ):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` by pysbd's English rules (abbreviations, decimals, initials...).

    A segmenter per call: it keeps the text it works on in its own state (and costs half a microsecond).
    pysbd's own ``char_span`` option compiles a regular expression per sentence to find it again in the text;
    ``locate_sentences`` gives the same spans with ``str.find``.
    """
    part = text[start:end]
    spans = []
    if part:
        sentences = pysbd.Segmenter(language="en", clean=False, char_span=True).processor(part).process()
        spans = [(start + s, start + e) for s, e in locate_sentences(part, sentences)]
    return spans or [(start, end)]


def locate_sentences(text: str, sentences: Sequence[str]) -> list[tuple[int, int]]:
    """Where pysbd's ``Segmenter(char_span=True)`` puts each sentence in ``text``: exactly its spans.

    pysbd looks for the sentence followed by any whitespace with ``re.finditer`` over the whole text, and
    keeps the first match ending after the previous sentence's span (the trailing whitespace is part of the
    span); a sentence it never finds gets no span. This is the same walk with ``str.find`` (the regular
    expression's whitespace is ``str.isspace``).
    """
    spans: list[tuple[int, int]] = []
    prior_end, n = 0, len(text)
    for sentence in sentences:
        if not sentence:  # an empty pattern matches everywhere: leave that case to pysbd's own regex
            match = next((m for m in re.finditer(r"\s*", text) if m.end() > prior_end), None)
            if match is not None:
                spans.append(match.span())
                prior_end = match.end()
            continue
        pos = 0
        while (found := text.find(sentence, pos)) >= 0:
            stop = found + len(sentence)
            while stop < n and text[stop].isspace():
                stop += 1
            if stop > prior_end:
                spans.append((found, stop))
                prior_end = stop
                break
            pos = stop  # finditer resumes after the whole match (never empty here)
    return spans


def split_units(text: str, max_units: int = MAX_UNITS) -> list[Unit]:
    """Sentences of the (cleaned) text, followed by the clauses of its long sentences (verbatim spans)."""
    return list(_all_units(text)[:max_units])


@lru_cache(maxsize=1024)  # the answer twice (features, ``graded_chars``), and every key's reference
def _all_units(text: str) -> tuple[Unit, ...]:
    units: list[Unit] = []
    seen: set[tuple[int, int]] = set()

    def add(s: int, e: int, kind: str) -> None:
        s, e = _trim(text, s, e, drop_conjunction=kind == "clause")
        if e <= s or (s, e) in seen or not WORD_RE.search(text[s:e]):
            return
        seen.add((s, e))
        units.append(Unit(s, e, text[s:e], kind))

    sentences: list[tuple[int, int]] = []
    lines = []
    for ls, le in _split_span(text, 0, len(text), _LINE_SPLIT_RE):
        if _INLINE_LIST_START_RE.match(text, ls, le):  # "1. objective 2. levers 3. data" on one line
            lines.extend(_split_span(text, ls, le, _INLINE_LIST_RE))
        else:
            lines.append((ls, le))
    for ls, le in lines:
        m = _BULLET_RE.match(text, ls, le)
        if m:
            ls = m.end()
        sentences.extend(_sentences(text, ls, le))
    for s, e in sentences:
        add(s, e, "sentence")
    clause_units: list[tuple[int, int]] = []
    for s, e in sentences:
        if _n_words(text[s:e]) <= LONG_SENTENCE_WORDS:
            continue
        for cs, ce in _merge_small(text, _split_span(text, s, e, _STRONG_CLAUSE_RE, True), MIN_CLAUSE_WORDS):
            pieces = [(cs, ce)]
            if _n_words(text[cs:ce]) > LONG_SENTENCE_WORDS:
                pieces = _merge_small(
                    text, _split_span(text, cs, ce, _WEAK_CLAUSE_RE, True), MIN_CLAUSE_WORDS
                )
            clause_units.extend(pieces)
    for s, e in clause_units:
        add(s, e, "clause")
    return tuple(units)


def split_clauses(text: str, max_units: int = MAX_UNITS) -> list[str]:
    """Verbatim sentence/clause strings of ``text`` (convenience wrapper of ``split_units``)."""
    return [u.text for u in split_units(clean_answer(text), max_units)]


def graded_chars(answer: str) -> int | None:
    """How many characters of the cleaned answer the grader reads in full, or None when it reads all of it.

    The text is capped at ``MAX_GRADED_CHARS``, and the sentences after the first ``MAX_UNITS`` units are not
    matched against the key points, so the answer counts as read up to the first sentence left out.
    """
    raw = answer or ""
    whole = clean_answer(raw, max_chars=max(len(raw), MAX_GRADED_CHARS))
    text = clean_answer(raw)
    read = len(text)
    left_out = [u.start for u in _all_units(text)[MAX_UNITS:] if u.kind == "sentence"]
    if left_out:
        read = min(left_out)
    return read if read < len(whole) else None
