"""Automatic short-answer grading (pure package: numpy and the standard library only).

No Django and no torch here: the sentence-embedding model is passed in as an ``Embedder``
(see ``studyguide.embeddings`` for the real one, tests pass a fake).

Pipeline of ``grade(answer, key, embedder)`` (``pipeline.py``), one module per step:

1. ``text``: clean the answer (HTML tags/entities, control characters), cap it at ``MAX_GRADED_CHARS`` and
   split it into sentences and clauses (bullets, newlines, inline "1. ... 2. ..." lists, "|" lists; long
   sentences further on ; : , and "and"/"but"/"because"/...). Units keep their character span, so quotes
   are verbatim. Before that, ``affirmed`` reads a negative question the answer confirms ("Isn't it X?
   Yes.") or a tag question ("X, isn't it?") as the statement X.
2. ``negation``: which words each negation covers ("not", "n't", "never", "no", "without", "hardly", "is far
   from X", "the opposite of X", "it is not true that ...", "people wrongly think ...", "rather than X",
   "instead of X", "X, not Y", a claim the answer declares outdated, ``outdated``; "not only ... but also" is
   no negation).
3. ``clauses``: what each unit can claim: its words with their polarity, whether it is a statement at all
   (a keyword salad or the question's own words echoed back is not), and phrasing matches that compare the
   polarity of the clause with the phrasing's own ("not trained on").
4. ``matching`` (with ``embedding``): for every key point, the best unit by ``max(mapped cosine of the unit's
   AFFIRMED words without the question's words to the point's detail, lexical score of its phrasings)``;
   status covered / unclear / missing. Misconceptions are matched strictly on their label and phrasings,
   or by their regular-expression patterns, never where a clause denies them. A unit whose negated words
   carry the match contradicts the point.
5. ``features``: the evidence above, the answer's claims and whether the key supports them, and
   answer-level features (whole-answer cosines, token-level alignment, lexical overlap, length).
6. ``model`` and ``pipeline``: a small linear model (``GraderModel``, fitted on the Mohler data by
   ``python -m quiz.grading.tools fit``) gives a holistic 0..1 score; authored keys take 0.7 x key-point
   credit + 0.3 x that score (1 when every needed point is stated); misconceptions subtract credit; a
   ceiling (misconception, contradicted key point, many unsupported claims, a sentence added as "It also ..."
   or "Actually ..." or a clause added as "..., and it also ..." that states no key point (``claims``),
   clauses mostly off the key beside the one that
   states a point (``offkey``), a sequence named mostly in reverse (``order``),
   a role's verb given to the other role (``roles``), a key point held up only inside a hypothetical the
   answer denies (``hypothetical``), a key point given the opposite direction, which then counts as missing
   (``direction``), key points named only inside questions the answer leaves open (``open_questions``), a
   sentence beside the point adding a confident specific the key lacks (a stated default, a
   number said to be prescribed, a date of origin) or a guarantee or uniqueness the key does not carry
   (``specifics``), a list given another count than the key's (``counts``), terms paired with the wrong
   meanings (``pairings``; most of them crossed, or the question's subject given away, is incorrect))
   keeps the level below correct (the rules that count claims leave out ``asides``: a
   story of the writer's experience or a remark flagged as beside the point), and an answer that
   covers no key point, states no misconception and scores low on the holistic model is incorrect.
   ``assess`` returns that score and ceiling; ``finalize`` cuts it with the item's cut-offs
   (``calibration``: shipped per item, fitted on a teacher's labels) into a level the score agrees with,
   and a confidence.

What depends on the key alone (its phrasings' tokens, the polarity of its texts, the cleaned question and
reference, an index of the phrasing tokens that tells which phrasings a clause can match at all, one of the
reference's stems for the lexical overlap) is worked out once per key by ``prepared``; every answer to the
item reuses it.

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
