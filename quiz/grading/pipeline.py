"""Automatic short-answer grading (pure module: numpy and the standard library only).

No Django and no torch here: the sentence-embedding model is passed in as an ``Embedder``
(see ``studyguide.embeddings`` for the real one, tests pass a fake).

Pipeline of ``grade(answer, key, embedder)``:

1. Clean the answer (HTML tags/entities, control characters), cap it at ``MAX_ANSWER_CHARS`` and split it into
   sentences and clauses (bullets, newlines, inline "1. ... 2. ..." lists, "|" lists; long sentences
   further on ; : , and "and"/"but"/"because"/...). Units keep their character span, so quotes are verbatim.
2. For every key point: the best unit by ``max(cos_map(cosine(unit, label + detail)), lexical recall of its
   phrasings)``; status covered / unclear / missing by thresholds. Misconceptions are matched the same way.
3. Answer-level features (whole-answer and question-words-removed cosine to the reference, token-level greedy
   alignment, content-word overlap, length) plus the key-point coverage go into a small linear model
   (``GraderModel``, fitted on the Mohler data by ``quiz.grader_eval fit``) giving a 0..1 score; matched
   misconceptions subtract credit; the score is cut into three levels.
4. Confidence (documented in ``_confidence``): distance of the score to the nearest level cut-off, damped when
   the embedding view and the lexical view of key-point coverage disagree.

An embedder that also offers ``encode_tokens`` (the real MiniLM one does) lets the grader run ONE forward pass
per student answer: unit vectors are mean-pooled contextual token vectors over the unit's span. Without it
(test fakes) every unit is encoded on its own through ``encode``.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
import threading
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from studyguide.embeddings import Embedder, TokenEncoding

MAX_ANSWER_CHARS = 4000
MAX_UNITS = 40
LONG_SENTENCE_WORDS = 12
MIN_CLAUSE_WORDS = 3
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "grader_model.json"
LEVELS = ("incorrect", "partial", "correct")


# --------------------------------------------------------------------------------------------------------
# Public data types
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyPoint:
    label: str
    detail: str
    phrasings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Misconception:
    label: str
    feedback: str
    phrasings: tuple[str, ...] = ()
    # Regular expressions (case-insensitive) for wrong ideas that word matching cannot tell from right ones,
    # e.g. swapped letters: "y is independent" vs "independent is x". A match is a certain hit.
    patterns: tuple[str, ...] = ()
    # Credit this misconception costs at full strength; None: the model's default penalty.
    penalty: float | None = None


@dataclass(frozen=True)
class ItemKey:
    item_id: str
    question: str
    reference_answer: str
    key_points: tuple[KeyPoint, ...]
    misconceptions: tuple[Misconception, ...] = ()
    # Authored key points (the course bank) are gradable ideas in their own right: an answer that clearly
    # covers them earns credit even when it is much shorter than the reference answer ("Inference.").
    # Mohler's pseudo key points (reference clauses) leave this off, so the fitted model is unchanged there.
    credit_key_points: bool = False
    # "Name any three": full credit once this many key points are covered (None: all of them).
    points_needed: int | None = None


@dataclass
class PointEvidence:
    label: str
    detail: str
    status: str  # "covered" | "unclear" | "missing"
    strength: float
    quote: str | None  # the student's best-matching clause, verbatim


@dataclass
class MisconceptionHit:
    label: str
    feedback: str
    strength: float
    quote: str


@dataclass
class GradeResult:
    score: float
    level: str
    confidence: float
    points: list[PointEvidence]
    misconceptions: list[MisconceptionHit]
    hints: list[str]
    features: dict[str, float]

    def to_dict(self) -> dict:
        return {
            "score": round(float(self.score), 4),
            "level": self.level,
            "confidence": round(float(self.confidence), 4),
            "points": [
                {
                    "label": p.label,
                    "detail": p.detail,
                    "status": p.status,
                    "strength": round(float(p.strength), 4),
                    "quote": p.quote,
                }
                for p in self.points
            ],
            "misconceptions": [
                {
                    "label": m.label,
                    "feedback": m.feedback,
                    "strength": round(float(m.strength), 4),
                    "quote": m.quote,
                }
                for m in self.misconceptions
            ],
            "hints": list(self.hints),
            "features": {k: round(float(v), 6) for k, v in self.features.items()},
        }


# --------------------------------------------------------------------------------------------------------
# The fitted combination
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GraderModel:
    """Linear combination of features into a 0..1 score, plus level cut-offs and matching thresholds.

    ``coef`` applies to the raw feature values (standardisation is folded in when fitting).
    """

    feature_names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    cutoffs: tuple[float, float]  # (partial_cutoff, correct_cutoff) on the 0..1 score
    cos_lo: float = 0.25  # cosine mapped to strength 0 ...
    cos_hi: float = 0.75  # ... and to strength 1
    covered_threshold: float = 0.6
    unclear_threshold: float = 0.35
    misconception_threshold: float = 0.7
    misconception_cos: float = 0.8  # a misconception counts on embeddings only at near-paraphrase cosine
    misconception_penalty: float = 0.3  # per unit of hit strength, total capped at 2 x penalty
    meta: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if len(self.feature_names) != len(self.coef):
            raise ValueError("feature_names and coef differ in length")
        lo, hi = self.cutoffs
        if not 0.0 <= lo <= hi <= 1.0:
            raise ValueError(f"bad cutoffs {self.cutoffs}")

    def predict(self, features: Mapping[str, float]) -> float:
        raw = self.intercept + sum(
            c * float(features.get(n, 0.0)) for n, c in zip(self.feature_names, self.coef, strict=True)
        )
        return float(raw)

    def to_json_dict(self) -> dict:
        return {
            "feature_names": list(self.feature_names),
            "coef": [float(c) for c in self.coef],
            "intercept": float(self.intercept),
            "cutoffs": [float(c) for c in self.cutoffs],
            **{k: getattr(self, k) for k in MATCHING_PARAMS},
            "meta": dict(self.meta),
        }

    @classmethod
    def from_json_dict(cls, data: Mapping) -> GraderModel:
        kwargs = {k: data[k] for k in MATCHING_PARAMS if k in data}
        return cls(
            feature_names=tuple(data["feature_names"]),
            coef=tuple(float(c) for c in data["coef"]),
            intercept=float(data["intercept"]),
            cutoffs=(float(data["cutoffs"][0]), float(data["cutoffs"][1])),
            meta=dict(data.get("meta", {})),
            **{k: float(v) for k, v in kwargs.items()},
        )


# The matching thresholds of a GraderModel (as opposed to the fitted combination and cut-offs).
MATCHING_PARAMS = (
    "cos_lo",
    "cos_hi",
    "covered_threshold",
    "unclear_threshold",
    "misconception_threshold",
    "misconception_cos",
    "misconception_penalty",
)

_model_lock = threading.Lock()
_model_cache: dict[Path, GraderModel] = {}


def load_grader_model(path: Path | None = None) -> GraderModel:
    """Load (and cache per path) the fitted model; default ``quiz/grader_model.json`` next to this module."""
    p = Path(path) if path is not None else DEFAULT_MODEL_PATH
    p = p.resolve()
    with _model_lock:
        cached = _model_cache.get(p)
        if cached is None:
            cached = GraderModel.from_json_dict(json.loads(p.read_text(encoding="utf-8")))
            _model_cache[p] = cached
        return cached


def level_for(
    score: float, model: GraderModel | None = None, cutoffs: tuple[float, float] | None = None
) -> str:
    """Three levels from a 0..1 score; ``cutoffs`` (partial, correct) override the model's (per item)."""
    if cutoffs is None:
        cutoffs = (model or load_grader_model()).cutoffs
    lo, hi = cutoffs
    if score >= hi:
        return "correct"
    if score >= lo:
        return "partial"
    return "incorrect"


# --------------------------------------------------------------------------------------------------------
# Text cleaning and splitting
# ----------------------------------------------------------------------------------------------------------

_TAG_BREAK_RE = re.compile(r"<\s*(br|/p|p|/li|li|/div|div|tr|/tr|h\d|/h\d)\b[^>]*>", re.I)
_TAG_RE = re.compile(r"<[^<>]{0,200}>")
_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_HSPACE_RE = re.compile(r"[ \t\u00a0]+")


def clean_answer(text: str, max_chars: int = MAX_ANSWER_CHARS) -> str:
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
_SENT_END_RE = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Za-z0-9])")
_ABBREV = {
    "e.g.",
    "i.e.",
    "etc.",
    "vs.",
    "mr.",
    "mrs.",
    "dr.",
    "fig.",
    "eg.",
    "ie.",
    "cf.",
    "approx.",
    "no.",
    "st.",
}
_STRONG_CLAUSE_RE = re.compile(r"\s*[;:]\s+|\s+[\u2013\u2014]\s+|\s+-\s+")
_WEAK_CLAUSE_RE = re.compile(
    r",\s+|\s+(?=(?:and|but|because|so that|whereas|while|which|although|since|so)\s)", re.I
)
_WORD_RE = re.compile(r"[A-Za-z0-9_]+(?:'[A-Za-z]+)?")
_EDGE_PUNCT = " \t\n.,;:!?-\u2013\u2014\"'()[]{}|*"


_LEADING_CONJ_RE = re.compile(r"(?:and|but|because|so|or|while|whereas|although|since)\s+", re.I)


def _trim(text: str, start: int, end: int, drop_conjunction: bool = False) -> tuple[int, int]:
    orig_end = end
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    if drop_conjunction:
        m = _LEADING_CONJ_RE.match(text, start, end)
        if m and _WORD_RE.search(text, m.end(), end):
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
    return len(_WORD_RE.findall(text))


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
    spans, pos = [], start
    for m in _SENT_END_RE.finditer(text, start, end):
        last_word = text[max(start, m.start() - 8) : m.start()].split()[-1:] or [""]
        if last_word[0].lower() in _ABBREV or re.fullmatch(r"(?:[A-Za-z]\.){1,3}", last_word[0] or "x"):
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


def split_units(text: str, max_units: int = MAX_UNITS) -> list[Unit]:
    """Sentences of the (cleaned) text, followed by the clauses of its long sentences (verbatim spans)."""
    units: list[Unit] = []
    seen: set[tuple[int, int]] = set()

    def add(s: int, e: int, kind: str) -> None:
        s, e = _trim(text, s, e, drop_conjunction=kind == "clause")
        if e <= s or (s, e) in seen or not _WORD_RE.search(text[s:e]):
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
    return units[:max_units]


def split_clauses(text: str, max_units: int = MAX_UNITS) -> list[str]:
    """Verbatim sentence/clause strings of ``text`` (convenience wrapper of ``split_units``)."""
    return [u.text for u in split_units(clean_answer(text), max_units)]


# --------------------------------------------------------------------------------------------------------
# Lexical matching: light stemming, typo tolerance
# ----------------------------------------------------------------------------------------------------------

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can cannot could couldn't did didn't do does doesn't doing don't
    down during each either etc few for from further had has hasn't have haven't having
    he her here hers herself him himself his how however i i'm if in into is isn't it it's its
    itself just let's like may me might more most much must my myself no nor not now of off often on
    once one only or other ought our ours ourselves out over own per same shall she should shouldn't
    so some such than that that's the their theirs them themselves then there there's these they
    they're this those through thus to too under until up upon us use used uses using very via was
    wasn't we were weren't what what's when where which while who whom whose why will with within
    without won't would wouldn't yet you your yours yourself e.g i.e eg ie something thing things
    way ways""".split()
)

_SUFFIXES = (
    "izations",
    "ization",
    "ational",
    "fulness",
    "ousness",
    "iveness",
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "ities",
    "ity",
    "ies",
    "ied",
    "edly",
    "ed",
    "ers",
    "er",
    "ly",
    "es",
    "s",
)


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Very light suffix stripper (plurals, -ing, -ed, -ation, ...); enough with typo tolerance."""
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or w.isdigit():
        return w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)]
            if suf in ("ies", "ied", "ities"):
                base += "y" if suf != "ities" else ""
            if suf == "s" and base.endswith(("s", "u", "i")):
                return w  # "class", "bus", "analysis"
            if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "running" -> "run"
            return base.rstrip("e") if len(base) > 4 else base
    return w.rstrip("e") if len(w) > 4 else w


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text or "")]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def content_stems(text: str, exclude: Collection[str] = ()) -> list[str]:
    return [s for s in (stem(w) for w in content_words(text)) if s not in exclude]


def _within_one_edit(a: str, b: str) -> bool:
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


@lru_cache(maxsize=200_000)
def fuzzy_equal(a: str, b: str) -> bool:
    """Stems equal, or one small typo (>= 5 chars), or a shared prefix covering most of both (>= 5 chars)."""
    if a == b:
        return True
    short = min(len(a), len(b))
    if short < 5:
        return False
    if _within_one_edit(a, b):
        return True
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix >= 5 and prefix >= 0.75 * max(len(a), len(b))


def _matches(stem_: str, pool: Collection[str]) -> bool:
    if stem_ in pool:
        return True
    return any(fuzzy_equal(stem_, p) for p in pool)


def lexical_recall(phrase_stems: Sequence[str], pool: Collection[str]) -> float:
    """Fraction of the phrase's content stems found (typo/plural tolerant) among ``pool``."""
    if not phrase_stems:
        return 0.0
    return sum(1 for s in phrase_stems if _matches(s, pool)) / len(phrase_stems)


def _overlap(a: Sequence[str], b: Sequence[str]) -> tuple[float, float, float]:
    """(precision of a against b, recall of b in a, F1) over unique content stems."""
    ua, ub = set(a), set(b)
    if not ua or not ub:
        return 0.0, 0.0, 0.0
    p = sum(1 for s in ua if _matches(s, ub)) / len(ua)
    r = sum(1 for s in ub if _matches(s, ua)) / len(ub)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --------------------------------------------------------------------------------------------------------
# Embedding helpers
# ----------------------------------------------------------------------------------------------------------


def _unit_norm(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return (v / n).astype(np.float32) if n > 0 else np.zeros_like(v, dtype=np.float32)


def _question_char_mask(text: str, question_stems: Collection[str]) -> np.ndarray:
    """Boolean per character: True where the character belongs to a word whose stem is a question word."""
    mask = np.zeros(len(text) + 1, dtype=bool)
    if question_stems:
        for m in _WORD_RE.finditer(text):
            w = m.group().lower()
            if w not in STOPWORDS and stem(w) in question_stems:
                mask[m.start() : m.end()] = True
    return mask


def _content_char_mask(text: str, exclude: Collection[str]) -> np.ndarray:
    mask = np.zeros(len(text) + 1, dtype=bool)
    for m in _WORD_RE.finditer(text):
        w = m.group().lower()
        if w not in STOPWORDS and (len(w) > 1 or w.isdigit()) and stem(w) not in exclude:
            mask[m.start() : m.end()] = True
    return mask


class _TextView:
    """Vectors of one text (answer or reference) for spans, with or without token-level support."""

    def __init__(self, text: str, embedder: Embedder, question_stems: Collection[str], cache: bool):
        self.text = text
        self.embedder = embedder
        self.question_stems = question_stems
        enc_tokens = getattr(embedder, "encode_tokens", None)
        self.tokens: TokenEncoding | None = enc_tokens(text, cache=cache) if enc_tokens and text else None
        if self.tokens is not None:
            t = self.tokens
            self._tok_norm = t.vectors / np.maximum(np.linalg.norm(t.vectors, axis=1, keepdims=True), 1e-8)
            self._starts = t.offsets[:, 0] if len(t.offsets) else np.zeros(0, dtype=int)
            self._ends = t.offsets[:, 1] if len(t.offsets) else np.zeros(0, dtype=int)

    # -- whole text ---------------------------------------------------------------------------------------
    def sentence(self) -> np.ndarray:
        if self.tokens is not None:
            return self.tokens.sentence
        return self.embedder.encode([self.text])[0]

    def without_question_words(self) -> np.ndarray | None:
        qmask = _question_char_mask(self.text, self.question_stems)
        if self.tokens is not None:
            keep = ~qmask[np.clip(self._starts, 0, len(self.text))]
            if not keep.any():
                return None
            return _unit_norm(self.tokens.vectors[keep].mean(axis=0))
        kept = "".join(c if not qmask[i] else " " for i, c in enumerate(self.text))
        if not _WORD_RE.search(kept):
            return None
        return self.embedder.encode([re.sub(r"\s+", " ", kept).strip()])[0]

    # -- spans --------------------------------------------------------------------------------------------
    def spans(self, units: Sequence[Unit]) -> np.ndarray:
        if not units:
            return np.zeros((0, 0), dtype=np.float32)
        if self.tokens is None:
            return np.asarray(self.embedder.encode([u.text for u in units]), dtype=np.float32)
        rows = []
        for u in units:
            sel = (self._starts >= u.start) & (self._ends <= u.end) & (self._ends > self._starts)
            if not sel.any():
                sel = (self._ends > u.start) & (self._starts < u.end)
            rows.append(
                _unit_norm(self.tokens.vectors[sel].mean(axis=0)) if sel.any() else self.tokens.sentence
            )
        return np.vstack(rows).astype(np.float32)

    def content_token_vectors(self, exclude: Collection[str]) -> np.ndarray:
        """Normalised contextual vectors of content-word tokens (question words excluded); token path only."""
        if self.tokens is None or not len(self._starts):
            return np.zeros((0, 0), dtype=np.float32)
        cmask = _content_char_mask(self.text, exclude)
        keep = cmask[np.clip(self._starts, 0, len(self.text))]
        return self._tok_norm[keep]


def _key_text(label: str, detail: str) -> str:
    label, detail = (label or "").strip(), (detail or "").strip()
    if not detail or detail.lower() == label.lower():
        return label
    if not label or detail.lower().startswith(label.lower()):
        return detail
    return f"{label}: {detail}"


def _encode_key_texts(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """Vectors for key-point / misconception texts, pooled like answer spans (cached by the embedder)."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    enc_tokens = getattr(embedder, "encode_tokens", None)
    if enc_tokens is None:
        return np.asarray(embedder.encode(list(texts)), dtype=np.float32)
    rows = []
    for t in texts:
        te: TokenEncoding = enc_tokens(t, cache=True)
        rows.append(_unit_norm(te.vectors.mean(axis=0)) if len(te.vectors) else te.sentence)
    return np.vstack(rows).astype(np.float32)


# --------------------------------------------------------------------------------------------------------
# Grading
# ----------------------------------------------------------------------------------------------------------

FEATURE_NAMES = (
    "cos_full",  # cosine(answer, reference)
    "cos_qd",  # cosine after removing question words from both
    "cos_q",  # cosine(answer, question): restating the question
    "kp_mean",  # mean key-point strength (max of mapped cosine and lexical recall)
    "kp_cov",  # fraction of key points covered
    "kp_cos",  # mean over key points of the best unit cosine (raw)
    "kp_lex",  # mean over key points of the best lexical recall
    "align_p",  # mean over answer units of the best cosine to a key point (precision-like)
    "tok_r",  # token-level greedy alignment recall (reference content tokens)
    "tok_p",  # token-level greedy alignment precision (answer content tokens)
    "tok_r_sq",  # tok_r squared: the gold score rises faster than linearly at high alignment
    "kp_min",  # weakest key point strength
    "lex_p",  # content-stem precision against the reference (question words removed)
    "lex_r",  # content-stem recall of the reference
    "lex_f",
    "len_log",  # log(1 + answer content words)
    "len_ratio",  # log((1 + answer content words) / (1 + reference content words))
    "ref_cos_q",  # cosine(reference, question): per-item constant, shifts the intercept
    "misc_max",  # strongest misconception match (0 when none)
)


def _cos_map(c: float, model: GraderModel) -> float:
    return min(1.0, max(0.0, (c - model.cos_lo) / max(model.cos_hi - model.cos_lo, 1e-6)))


# Phrasings keep words such as "only", "not", "all", "before" that the content-word list drops: in a
# phrasing like "only the weights" they carry the meaning.
PHRASE_STOPWORDS = frozenset(
    "a an the of to is are was were be been being and or in on at for with by it its this that these those "
    "as from into can".split()
)
COMPACT_SLACK = 3  # a fully matched phrasing must sit within len(phrasing) + 3 words of the unit


def phrase_stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in PHRASE_STOPWORDS]


def _phrase_stem_lists(label: str, detail: str, phrasings: Sequence[str]) -> list[list[str]]:
    lists = [phrase_stems(p) for p in phrasings if p and p.strip()]
    lists = [x for x in lists if x]
    if not lists:
        base = content_stems(label) or content_stems(detail)
        if base:
            lists = [base]
    return lists


def phrase_match(
    phrase: Sequence[str], unit_seq: Sequence[str], unit_set: Collection[str], strict: bool = False
) -> tuple[float, bool]:
    """(recall of the phrasing's stems in the unit, whether a full match is compact).

    Compact: the words sit close together ("item_tfms ... [15 words] ... training data" is not the phrasing
    "item_tfms for training"): within len(phrasing) + 3 words in any order, or with ``strict`` (used for
    misconceptions) in the phrasing's order within len(phrasing) + 1 words ("x (independent), y (dependent)"
    is not "x dependent").
    """
    if not phrase:
        return 0.0, False
    found = [s for s in phrase if _matches(s, unit_set)]
    recall = len(found) / len(phrase)
    if recall < 1.0 or len(phrase) < 2:
        return recall, recall >= 1.0
    positions = [[i for i, t in enumerate(unit_seq) if t == s or fuzzy_equal(s, t)] for s in phrase]
    if any(not p for p in positions):
        return recall, False
    best = len(unit_seq) + 1
    if strict:
        for start in positions[0]:
            cur = start
            for plist in positions[1:]:
                nxt = next((p for p in plist if p > cur), None)
                if nxt is None:
                    break
                cur = nxt
            else:
                best = min(best, cur - start + 1)
        return recall, best <= len(phrase) + 1
    # smallest window holding one occurrence of every stem (sweep over the merged, sorted occurrences)
    events = sorted((pos, k) for k, plist in enumerate(positions) for pos in plist)
    need, have, left = len(positions), {}, 0
    for right in range(len(events)):
        have[events[right][1]] = have.get(events[right][1], 0) + 1
        while len(have) == need:
            best = min(best, events[right][0] - events[left][0] + 1)
            k = events[left][1]
            have[k] -= 1
            if not have[k]:
                del have[k]
            left += 1
    return recall, best <= len(phrase) + COMPACT_SLACK


def _match(
    texts: Sequence[str],
    stem_lists: Sequence[list[list[str]]],
    key_vecs: np.ndarray,
    units: Sequence[Unit],
    unit_vecs: np.ndarray,
    unit_seqs: Sequence[tuple[list[str], set[str]]],
    model: GraderModel,
    strict: bool = False,
) -> list[tuple[float, float, float, int]]:
    """Per key text: (strength, best raw cosine, best lexical score, best unit index or -1).

    Lexical score of a unit: best phrasing recall; a full but scattered match counts 0.75 (key points); with
    ``strict`` (misconceptions) anything but a full, ordered, tight match counts half, and the embedding side
    counts only at a near-paraphrase cosine (>= ``model.misconception_cos``).
    """
    out = []
    if not units:
        return [(0.0, 0.0, 0.0, -1) for _ in texts]
    cos = unit_vecs @ key_vecs.T if len(key_vecs) else np.zeros((len(units), 0))
    scatter = 0.5 if strict else 0.75
    for k in range(len(texts)):
        best = (-1.0, -1.0, 0.0, -1)
        best_cos = float(cos[:, k].max()) if cos.size else 0.0
        best_lex = 0.0
        for i in range(len(units)):
            c = float(cos[i, k]) if cos.size else 0.0
            lex = 0.0
            for sl in stem_lists[k]:
                r, compact = phrase_match(sl, *unit_seqs[i], strict=strict)
                if strict:  # misconceptions: only a full, ordered, tight match counts in full
                    lex = max(lex, r if (r >= 1.0 and compact) else scatter * r)
                else:
                    lex = max(lex, r if (r < 1.0 or compact) else scatter * r)
            best_lex = max(best_lex, lex)
            emb = _cos_map(c, model)
            if strict and c < model.misconception_cos:
                emb = 0.0
            strength = max(emb, lex)
            # ties: the higher cosine, then the shorter unit (a clause over its sentence) for a tighter quote
            rank = (round(strength, 9), round(c, 9), -len(units[i].text))
            if best[3] < 0 or rank > (round(best[0], 9), round(best[1], 9), -len(units[best[3]].text)):
                best = (strength, c, lex, i)
        out.append((max(best[0], 0.0), best_cos, best_lex, best[3]))
    return out


def _empty_result(key: ItemKey) -> GradeResult:
    points = [PointEvidence(kp.label, kp.detail, "missing", 0.0, None) for kp in key.key_points]
    return GradeResult(
        score=0.0,
        level="incorrect",
        confidence=1.0,
        points=points,
        misconceptions=[],
        hints=[_hint(p) for p in points],
        features={n: 0.0 for n in FEATURE_NAMES},
    )


def _hint(p: PointEvidence) -> str:
    # The matcher is not perfect: ask, never assert that something is absent.
    if p.status == "unclear":
        return f"Could you make this clearer: {p.label}?"
    return f"Did you mention {p.label}?"


def _confidence(score: float, features: Mapping[str, float], cutoffs: tuple[float, float]) -> float:
    """Confidence in the LEVEL, 0..1.

    margin: distance of the score to the nearest cut-off, saturating at 0.2 (a score 0.2 away from every
    cut-off is as sure as this grader gets). agreement: 1 - |embedding view - lexical view| of key-point
    coverage (``kp_cos`` mapped to 0..1 vs ``kp_lex``); when the two views disagree the answer is probably a
    paraphrase or a keyword list, where the grader errs most. confidence = (0.3 + 0.7 margin) x
    (0.6 + 0.4 agreement).
    """
    margin = min(abs(score - cutoffs[0]), abs(score - cutoffs[1]))
    m = min(1.0, margin / 0.2)
    emb_view = min(1.0, max(0.0, (features.get("kp_cos", 0.0) - 0.25) / 0.5))
    agreement = 1.0 - min(1.0, abs(emb_view - features.get("kp_lex", 0.0)))
    return float(min(1.0, max(0.0, (0.3 + 0.7 * m) * (0.6 + 0.4 * agreement))))


def compute_features(
    answer: str, key: ItemKey, embedder: Embedder, model: GraderModel
) -> tuple[dict[str, float], list[PointEvidence], list[MisconceptionHit]] | None:
    """Features and evidence for one answer; ``None`` when the answer has no words at all."""
    text = clean_answer(answer)
    if not _WORD_RE.search(text):
        return None
    units = split_units(text)
    q_stems = frozenset(content_stems(key.question))
    ref_text = clean_answer(key.reference_answer)

    ans = _TextView(text, embedder, q_stems, cache=False)
    ref = _TextView(ref_text, embedder, q_stems, cache=True) if ref_text else None
    unit_vecs = ans.spans(units)
    unit_seqs = []
    for u in units:
        seq = phrase_stems(u.text)
        unit_seqs.append((seq, set(seq)))

    # key points and misconceptions
    kp_texts = [_key_text(kp.label, kp.detail) for kp in key.key_points]
    mc_texts = [_key_text(mc.label, mc.feedback if not mc.phrasings else "") for mc in key.misconceptions]
    key_vecs = _encode_key_texts(embedder, kp_texts + mc_texts)
    kp_vecs, mc_vecs = key_vecs[: len(kp_texts)], key_vecs[len(kp_texts) :]
    kp_stems = [_phrase_stem_lists(kp.label, kp.detail, kp.phrasings) for kp in key.key_points]
    mc_stems = [_phrase_stem_lists(mc.label, "", mc.phrasings) for mc in key.misconceptions]
    mc_match = _match(mc_texts, mc_stems, mc_vecs, units, unit_vecs, unit_seqs, model, strict=True)
    hits = []
    wrong_units: set[int] = set()
    for mc, (strength, _c, _lex, idx) in zip(key.misconceptions, mc_match, strict=True):
        pattern_idx = _pattern_hit(mc.patterns, units)
        if pattern_idx is not None:
            hits.append(MisconceptionHit(mc.label, mc.feedback, 1.0, units[pattern_idx].text))
            wrong_units.add(pattern_idx)
        elif idx >= 0 and strength >= model.misconception_threshold:
            hits.append(MisconceptionHit(mc.label, mc.feedback, round(strength, 4), units[idx].text))
            wrong_units.add(idx)
    # A clause that states a known wrong idea is not evidence for a key point, even when it shares the topic
    # ("squish is a kind of augmentation" is about squish, but does not say that squish distorts).
    keep = [i for i in range(len(units)) if i not in wrong_units]
    kp_match = _match(
        kp_texts,
        kp_stems,
        kp_vecs,
        [units[i] for i in keep],
        unit_vecs[keep] if len(units) else unit_vecs,
        [unit_seqs[i] for i in keep],
        model,
    )
    kp_match = [(st, c, lex, keep[idx] if idx >= 0 else -1) for st, c, lex, idx in kp_match]

    points = []
    for kp, (strength, _c, _lex, idx) in zip(key.key_points, kp_match, strict=True):
        if strength >= model.covered_threshold:
            status = "covered"
        elif strength >= model.unclear_threshold:
            status = "unclear"
        else:
            status = "missing"
        quote = units[idx].text if idx >= 0 and status != "missing" else None
        points.append(PointEvidence(kp.label, kp.detail, status, round(strength, 4), quote))

    f: dict[str, float] = {}
    ans_sent = ans.sentence()
    f["cos_full"] = float(ans_sent @ ref.sentence()) if ref else 0.0
    a_qd = ans.without_question_words()
    r_qd = ref.without_question_words() if ref else None
    f["cos_qd"] = float(a_qd @ r_qd) if a_qd is not None and r_qd is not None else 0.0
    q_text = clean_answer(key.question)
    q_vec = _encode_key_texts(embedder, [q_text])[0] if q_text else None
    f["cos_q"] = float(ans_sent @ q_vec) if q_vec is not None else 0.0
    f["ref_cos_q"] = float(ref.sentence() @ q_vec) if (q_vec is not None and ref) else 0.0
    if kp_match:
        f["kp_mean"] = float(np.mean([m[0] for m in kp_match]))
        f["kp_cov"] = float(np.mean([m[0] >= model.covered_threshold for m in kp_match]))
        f["kp_cos"] = float(np.mean([m[1] for m in kp_match]))
        f["kp_lex"] = float(np.mean([m[2] for m in kp_match]))
        f["align_p"] = float((unit_vecs @ kp_vecs.T).max(axis=1).mean()) if len(units) else 0.0
    else:
        for n in ("kp_mean", "kp_cov", "kp_cos", "kp_lex", "align_p"):
            f[n] = f["cos_qd"] if n in ("kp_cos", "align_p") else 0.0
    # token-level greedy alignment (BERTScore-like) on content tokens, question words removed
    at = ans.content_token_vectors(q_stems)
    rt = ref.content_token_vectors(q_stems) if ref else np.zeros((0, 0))
    if at.size and rt.size:
        sim = at @ rt.T
        f["tok_p"] = float(sim.max(axis=1).mean())
        f["tok_r"] = float(sim.max(axis=0).mean())
    else:  # no token support (test fakes) or nothing left: fall back to clause-level views
        f["tok_p"] = f["align_p"]
        f["tok_r"] = f["kp_cos"]
    f["tok_r_sq"] = f["tok_r"] ** 2
    f["kp_min"] = float(min((m[0] for m in kp_match), default=0.0))
    a_stems = content_stems(text, q_stems)
    r_stems = content_stems(ref_text, q_stems)
    f["lex_p"], f["lex_r"], f["lex_f"] = _overlap(a_stems, r_stems)
    n_ans = len(content_words(text))
    f["len_log"] = math.log1p(n_ans)
    f["len_ratio"] = math.log((1 + n_ans) / (1 + len(content_words(ref_text))))
    f["misc_max"] = float(max((m[0] for m in mc_match), default=0.0))
    return {n: f.get(n, 0.0) for n in FEATURE_NAMES}, points, hits


def _pattern_hit(patterns: Sequence[str], units) -> int | None:
    """Index of the first clause that matches one of the misconception's regular expressions, if any."""
    for pattern in patterns:
        regex = _compiled_pattern(pattern)
        for i, unit in enumerate(units):
            if regex.search(unit.text):
                return i
    return None


@functools.lru_cache(maxsize=256)
def _compiled_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def misconception_penalty(hits: Sequence[MisconceptionHit], key: ItemKey, model: GraderModel) -> float:
    """Credit lost to detected misconceptions: each costs its own penalty (or the model's default) scaled by
    the strength of the match; the default-penalty part is capped as before."""
    by_label = {mc.label: mc for mc in key.misconceptions}
    default_part = 0.0
    custom_part = 0.0
    for hit in hits:
        mc = by_label.get(hit.label)
        if mc is not None and mc.penalty is not None:
            custom_part += mc.penalty * min(1.0, hit.strength)
        else:
            default_part += hit.strength
    return min(2.0, default_part) * model.misconception_penalty + custom_part


KEY_POINT_CREDIT = {"covered": 1.0, "unclear": 0.5, "missing": 0.0}
# Highest score an answer can reach with none of the needed key points found (see grade()).
KEY_POINT_CAP_FLOOR = 0.55


def key_point_credit(points: Sequence[PointEvidence], points_needed: int | None = None) -> float:
    """Share of the needed key points the answer covers (an unclear point counts half).

    With ``points_needed`` = k ("name any three"), the k best-covered points count, so naming three of five
    problems is full credit.
    """
    needed = min(points_needed or len(points), len(points))
    if needed <= 0:
        return 0.0
    best = sorted((KEY_POINT_CREDIT[p.status] for p in points), reverse=True)[:needed]
    return sum(best) / needed


def grade(answer: str, key: ItemKey, embedder: Embedder, model: GraderModel | None = None) -> GradeResult:
    """Grade one free-text answer against an item key. Never raises on odd input (empty, huge, HTML...)."""
    model = model or load_grader_model()
    computed = compute_features(answer or "", key, embedder, model)
    if computed is None:
        return _empty_result(key)
    features, points, hits = computed
    raw = model.predict(features)
    if key.credit_key_points and points:
        # Authored key points work both ways: covering them all is full credit however short the answer, and
        # an answer cannot be "correct" while most of them look missing, however close it sounds overall.
        credit = key_point_credit(points, key.points_needed)
        raw = min(max(raw, credit), KEY_POINT_CAP_FLOOR + (1.0 - KEY_POINT_CAP_FLOOR) * credit)
    penalty = misconception_penalty(hits, key, model)
    score = float(min(1.0, max(0.0, raw - penalty)))
    level = level_for(score, model)
    return GradeResult(
        score=round(score, 4),
        level=level,
        confidence=round(_confidence(score, features, model.cutoffs), 4),
        points=points,
        misconceptions=hits,
        hints=[_hint(p) for p in points if p.status != "covered"],
        features=features,
    )


# --------------------------------------------------------------------------------------------------------
# Exact graders
# ----------------------------------------------------------------------------------------------------------


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


__all__ = [
    "Embedder",
    "FEATURE_NAMES",
    "GradeResult",
    "GraderModel",
    "ItemKey",
    "KeyPoint",
    "Misconception",
    "MisconceptionHit",
    "PointEvidence",
    "TokenEncoding",
    "Unit",
    "clean_answer",
    "compute_features",
    "grade",
    "grade_choices",
    "grade_ordering",
    "grade_short_exact",
    "key_point_credit",
    "level_for",
    "load_grader_model",
    "split_clauses",
    "split_units",
]
