"""Offline tooling for the grader (never imported by the site): calibration and measurement.

- ``mohler``: the Mohler et al. (2011) reader, gold levels, and reference clauses as pseudo key points;
- ``fitting``: features of every answer through ``grade()``, ridge fit, level cut-offs, grouped CV;
- ``course_keys``: grader keys straight from the course content file;
- ``teacher``: a teacher's labels: accuracy, QWK, dangerous errors, per-item accuracy, cut-offs out of fold
  by learner, and ``calibrate`` (write ``quiz/grading/item_cutoffs.json``);
- ``cutoffs``: fitting the default and per-item cut-offs; ``adversarial``: automatic adversarial answers;
  ``bank``: the hand-written answer bank; ``check``: the engine's offline loop over all of them;
- ``cli``: ``run_eval``, ``run_fit`` and the command line.

Usage (``eval`` is also ``python manage.py grader_eval --data``; the teacher figures are
``manage.py grader_eval --answers A --labels L``)::

    python -m quiz.grading.tools eval --data /path/to/mohler_v2 [--folds 9] [--json]
    python -m quiz.grading.tools fit  --data /path/to/mohler_v2 [--out quiz/grading/grader_model.json]
    python -m quiz.grading.tools calibrate --answers A.jsonl --labels L.jsonl
    python -m quiz.grading.tools check --answers A.jsonl --labels L.jsonl [--verbose]
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
