"""Entry points: ``run_eval`` (grouped cross-validation report), ``run_fit`` (refit and write the model file)
and ``main`` for ``python -m quiz.grading.tools`` (the ``grader_eval`` management command calls ``run_eval``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from quiz.grading import DEFAULT_MODEL_PATH, Embedder, GraderModel, load_grader_model

from .fitting import DEFAULT_FOLDS, RIDGE_ALPHA, cross_validate, extract_features, fit_full
from .mohler import GOLD_CORRECT, GOLD_PARTIAL, MohlerData, MohlerFormatError, read_mohler

SUMMARY_KEYS = ("pearson", "spearman", "rmse", "acc3", "qwk3", "p50_ms", "p90_ms", "n_answers")


def summary(report: dict) -> dict:
    out = {k: report[k] for k in SUMMARY_KEYS}
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in out.items()}


def format_table(report: dict) -> str:
    lines = [
        f"Mohler grouped CV: {report['n_questions']} questions, {report['n_answers']} answers, "
        f"{report['folds']} folds (grouped by question)",
        f"gold levels (incorrect <{GOLD_PARTIAL}<= partial <{GOLD_CORRECT}<= correct): "
        f"{report['gold_level_counts']}",
        "",
        f"{'metric':<22}{'value':>10}",
        f"{'Pearson r':<22}{report['pearson']:>10.3f}",
        f"{'Spearman rho':<22}{report['spearman']:>10.3f}",
        f"{'RMSE (0..5)':<22}{report['rmse']:>10.3f}",
        f"{'accuracy (3 levels)':<22}{report['acc3']:>10.3f}",
        f"{'QWK (3 levels)':<22}{report['qwk3']:>10.3f}",
        f"{'p50 ms / answer':<22}{report['p50_ms']:>10.1f}",
        f"{'p90 ms / answer':<22}{report['p90_ms']:>10.1f}",
        "",
        f"per-fold Pearson: mean {report['fold_pearson_mean']:.3f} sd {report['fold_pearson_sd']:.3f} "
        f"min {report['fold_pearson_min']:.3f} max {report['fold_pearson_max']:.3f}; "
        f"per-fold QWK3: mean {report['fold_qwk3_mean']:.3f} sd {report['fold_qwk3_sd']:.3f}",
    ]
    return "\n".join(lines)


def run_eval(
    data_dir: Path | str | MohlerData,
    folds: int = DEFAULT_FOLDS,
    embedder: Embedder | None = None,
    progress: bool = False,
) -> dict:
    """Grouped CV report (see ``cross_validate``) for a Mohler folder or already-read data."""
    data = data_dir if isinstance(data_dir, MohlerData) else read_mohler(data_dir)
    if embedder is None:
        from studyguide.embeddings import get_embedder

        embedder = get_embedder()
    table = extract_features(data, embedder, _base_model(), progress=progress)
    return cross_validate(table, folds)


def _base_model() -> GraderModel | None:
    try:
        return load_grader_model()
    except (OSError, ValueError, KeyError):
        return None


def run_fit(
    data_dir: Path | str,
    out: Path | str = DEFAULT_MODEL_PATH,
    folds: int = DEFAULT_FOLDS,
    embedder: Embedder | None = None,
    progress: bool = False,
) -> tuple[GraderModel, dict]:
    """Grouped CV (for the record) then a refit on ALL questions, written to ``out`` as JSON."""
    data = read_mohler(data_dir)
    if embedder is None:
        from studyguide.embeddings import get_embedder

        embedder = get_embedder()
    table = extract_features(data, embedder, _base_model(), progress=progress)
    report = cross_validate(table, folds)
    meta = {
        "trained_on": (
            f"Mohler et al. 2011 v2.0, {report['n_questions']} questions / {report['n_answers']} answers"
        ),
        "target": "gold mean score / 5",
        "gold_levels": f"incorrect < {GOLD_PARTIAL} <= partial < {GOLD_CORRECT} <= correct (gold 0..5)",
        "ridge_alpha": RIDGE_ALPHA,
        "cv": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in report.items() if k != "per_fold"},
    }
    model = fit_full(table, base=_base_model(), meta=meta)
    Path(out).write_text(json.dumps(model.to_json_dict(), indent=2) + "\n", encoding="utf-8")
    return model, report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m quiz.grading.tools",
        description="Calibrate and measure the short-answer grader on the Mohler et al. (2011) data set.",
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("eval", "fit"):
        p = sub.add_parser(name)
        p.add_argument("--data", required=True, help="Mohler-format folder")
        p.add_argument("--folds", type=int, default=DEFAULT_FOLDS)
        p.add_argument("--json", action="store_true", help="print one JSON object on the last line")
        if name == "fit":
            p.add_argument("--out", default=str(DEFAULT_MODEL_PATH))
    p = sub.add_parser("check", help="the engine's offline loop: teacher labels, answer bank, adversarial")
    p.add_argument("--answers", required=True)
    p.add_argument("--labels", required=True)
    p.add_argument("--verbose", action="store_true")
    p = sub.add_parser("calibrate", help="fit per-item cut-offs on a teacher's labels and write them")
    p.add_argument("--answers", required=True)
    p.add_argument("--labels", required=True)
    p.add_argument("--out", default=None, help="default: quiz/grading/item_cutoffs.json")
    args = parser.parse_args(argv)
    if args.cmd == "calibrate":
        from .teacher import TeacherDataError, run_calibrate

        try:
            print(run_calibrate(args.answers, args.labels, out=args.out))
        except TeacherDataError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.cmd == "check":
        from studyguide.embeddings import get_embedder

        from .check import run_check
        from .course_keys import course_item_keys

        run_check(
            args.answers,
            args.labels,
            course_item_keys(),
            get_embedder(),
            load_grader_model(),
            verbose=args.verbose,
        )
        return 0
    try:
        if args.cmd == "fit":
            model, report = run_fit(args.data, args.out, args.folds, progress=True)
            print(format_table(report))
            coefs = dict(zip(model.feature_names, model.coef, strict=True))
            print(f"\nwrote {args.out}: {coefs} cutoffs {model.cutoffs}")
        else:
            report = run_eval(args.data, args.folds, progress=True)
            print(format_table(report))
        if args.json:
            print(json.dumps(summary(report)))
    except MohlerFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
