"""Offline tooling for the grader: read the Mohler data set, measure by grouped cross-validation, refit."""

from .fitting import *  # noqa: F403
from .fitting import (  # noqa: F401
    DEFAULT_FOLDS,
    FeatureTable,
    MohlerData,
    MohlerFormatError,
    cross_validate,
    extract_features,
    fit_cutoffs,
    format_table,
    gold_level,
    main,
    mohler_item_key,
    qwk,
    read_mohler,
    run_eval,
    summary,
)
