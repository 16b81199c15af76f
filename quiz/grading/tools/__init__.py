"""Offline tooling for the grader (never imported by the site): calibration and measurement on the Mohler et
al. (2011) data set.

- ``mohler``: the data set reader, gold levels, and reference clauses as pseudo key points;
- ``fitting``: features of every answer through ``grade()``, ridge fit, level cut-offs, grouped CV;
- ``cli``: ``run_eval``, ``run_fit`` and the command line.

Usage (also as ``python manage.py grader_eval``)::

    python -m quiz.grading.tools eval --data /path/to/mohler_v2 [--folds 9] [--json]
    python -m quiz.grading.tools fit  --data /path/to/mohler_v2 [--out quiz/grading/grader_model.json]
"""

from .cli import format_table, main, run_eval, run_fit, summary
from .fitting import (
    DEFAULT_FOLDS,
    MODEL_FEATURES,
    FeatureTable,
    cross_validate,
    extract_features,
    fit_cutoffs,
    fit_full,
    qwk,
)
from .mohler import MohlerData, MohlerFormatError, gold_level, mohler_item_key, read_mohler

__all__ = [
    "DEFAULT_FOLDS",
    "MODEL_FEATURES",
    "FeatureTable",
    "MohlerData",
    "MohlerFormatError",
    "cross_validate",
    "extract_features",
    "fit_cutoffs",
    "fit_full",
    "format_table",
    "gold_level",
    "main",
    "mohler_item_key",
    "qwk",
    "read_mohler",
    "run_eval",
    "run_fit",
    "summary",
]
