"""Automatic short-answer grading (pure package: numpy and the standard library only)."""

from .pipeline import *  # noqa: F403
from .pipeline import (  # noqa: F401
    DEFAULT_MODEL_PATH,
    KEY_POINT_CAP_FLOOR,
    MATCHING_PARAMS,
    MAX_ANSWER_CHARS,
    MAX_UNITS,
    _confidence,
    content_stems,
    content_words,
    fuzzy_equal,
    lexical_recall,
    phrase_match,
    phrase_stems,
    stem,
    words,
)
