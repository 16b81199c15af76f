"""Automatic short-answer grading (pure package: numpy and the standard library only).

No Django and no torch here: the sentence-embedding model is passed in as an ``Embedder``
(see ``studyguide.embeddings`` for the real one, tests pass a fake).

Pipeline of ``grade(answer, key, embedder)`` (``pipeline.py``), one module per step:

1. ``text``: clean the answer (HTML tags/entities, control characters), cap it at ``MAX_GRADED_CHARS`` and
   split it into sentences and clauses (bullets, newlines, inline "1. ... 2. ..." lists, "|" lists; long
   sentences further on ; : , and "and"/"but"/"because"/...). Units keep their character span, so quotes
   are verbatim.
2. ``features`` (with ``lexical`` and ``embedding``): for every key point, the best unit by
   ``max(cos_map(cosine(unit, label + detail)), lexical recall of its phrasings)``; status covered / unclear
   / missing by thresholds. Misconceptions are matched the same way. Then answer-level features
   (whole-answer and question-words-removed cosine to the reference, token-level greedy alignment,
   content-word overlap, length).
3. ``model``: the features and the key-point coverage go into a small linear model (``GraderModel``, fitted
   on the Mohler data by ``python -m quiz.grading.tools fit``) giving a 0..1 score; matched misconceptions
   subtract credit; ``levels`` cuts the score into three levels.
4. ``pipeline.confidence``: distance of the score to the nearest level cut-off, damped when the embedding
   view and the lexical view of key-point coverage disagree.

``exact`` grades the other item kinds (multiple choice, ordering, short exact answers). ``types`` holds the
item key the grader reads and the result it returns. The offline evaluation and fitting tool is
``quiz.grading.tools`` (never imported by the site).
"""

from studyguide.embeddings import Embedder, TokenEncoding

from .calibration import ShippedCutoffs, cutoffs_for, key_fingerprint, load_shipped_cutoffs
from .exact import exact_level, grade_choices, grade_ordering, grade_short_exact
from .features import FEATURE_NAMES, compute_features
from .lexical import (
    content_stems,
    content_words,
    fuzzy_equal,
    phrase_match,
    phrase_stems,
    stem,
    words,
)
from .model import DEFAULT_MODEL_PATH, MATCHING_PARAMS, GraderModel, level_for, load_grader_model
from .pipeline import KEY_POINT_WEIGHT, Assessment, assess, finalize, grade, key_point_credit
from .text import MAX_GRADED_CHARS, MAX_UNITS, Unit, clean_answer, graded_chars, split_clauses, split_units
from .types import GradeResult, ItemKey, KeyPoint, Misconception, MisconceptionHit, PointEvidence

__all__ = [
    "Assessment",
    "DEFAULT_MODEL_PATH",
    "ShippedCutoffs",
    "assess",
    "cutoffs_for",
    "finalize",
    "key_fingerprint",
    "load_shipped_cutoffs",
    "Embedder",
    "FEATURE_NAMES",
    "GradeResult",
    "GraderModel",
    "ItemKey",
    "KEY_POINT_WEIGHT",
    "KeyPoint",
    "MATCHING_PARAMS",
    "MAX_GRADED_CHARS",
    "MAX_UNITS",
    "Misconception",
    "MisconceptionHit",
    "PointEvidence",
    "TokenEncoding",
    "Unit",
    "clean_answer",
    "compute_features",
    "exact_level",
    "content_stems",
    "content_words",
    "fuzzy_equal",
    "grade",
    "grade_choices",
    "grade_ordering",
    "grade_short_exact",
    "graded_chars",
    "key_point_credit",
    "level_for",
    "load_grader_model",
    "phrase_match",
    "phrase_stems",
    "split_clauses",
    "split_units",
    "stem",
    "words",
]
