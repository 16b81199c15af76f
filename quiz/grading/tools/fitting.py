"""Calibration and measurement of the short-answer grader on the Mohler et al. (2011) data set.

Mohler has no key points: the reference answer's sentences/clauses become pseudo key points (phrasings = their
content words), so the same ``quiz.grading.grade`` code path runs as for the chapter-2 items.

Gold levels (fixed before looking at any result): the gold score is the mean of two graders on 0..5;
``incorrect`` < 2.5 <= ``partial`` < 4.25 <= ``correct``. 4.25 needs e.g. 4 + 4.5 or 3.5 + 5; 2.5 is the scale
midpoint.

Evaluation: cross-validation grouped by question (scikit-learn ``GroupKFold``): the fold's test questions are
never seen when fitting the linear combination or choosing the level cut-offs. Features are computed once by
calling ``grade()`` for every answer (this also times the whole call, encoding included; the embedder's cache
holds the question / reference / key points, never the student answer).

Usage (also as ``python manage.py grader_eval``)::

    python -m quiz.grading.tools eval --data /path/to/mohler_v2 [--folds 9] [--json]
    python -m quiz.grading.tools fit  --data /path/to/mohler_v2 [--out quiz/grading/grader_model.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from quiz.grading import (
    DEFAULT_MODEL_PATH,
    FEATURE_NAMES,
    MATCHING_PARAMS,
    Embedder,
    GraderModel,
    ItemKey,
    KeyPoint,
    clean_answer,
    content_words,
    grade,
    split_units,
)

GOLD_PARTIAL = 2.5
GOLD_CORRECT = 4.25
MAX_SCORE = 5.0
DEFAULT_FOLDS = 9
RIDGE_ALPHA = 10.0

# Features of the shipped model: a compact, principled subset of FEATURE_NAMES (whole-answer and
# question-words-removed cosine, key-point coverage, token alignment both ways, lexical recall, length ratio).
# All 20 features: CV r 0.641, QWK 0.555; this subset without tok_r_sq: 0.645, 0.560; with it: 0.662, 0.570.
MODEL_FEATURES: tuple[str, ...] = (
    "cos_qd",
    "cos_full",
    "kp_mean",
    "tok_r",
    "tok_r_sq",
    "tok_p",
    "lex_r",
    "len_ratio",
)


class MohlerFormatError(ValueError):
    """The folder is not a Mohler-format data set."""


@dataclass(frozen=True)
class MohlerAnswer:
    qid: str
    text: str
    gold: float  # 0..5


@dataclass(frozen=True)
class MohlerData:
    root: Path
    questions: dict[str, str]
    references: dict[str, str]
    answers: list[MohlerAnswer]

    @property
    def qids(self) -> list[str]:
        return list(dict.fromkeys(a.qid for a in self.answers))


# --------------------------------------------------------------------------------------------------------
# Reader
# ----------------------------------------------------------------------------------------------------------


def _read_lines(path: Path) -> list[str]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _id_text(line: str) -> tuple[str, str]:
    parts = line.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0], (parts[1] if len(parts) > 1 else "")


def find_mohler_root(path: Path | str) -> Path:
    """The folder holding ``raw/`` and ``scores/`` (accepts the data set root or its ``data/`` folder)."""
    p = Path(path)
    if not p.is_dir():
        raise MohlerFormatError(f"{p}: not a directory")
    for cand in (p, p / "data"):
        if (
            (cand / "raw" / "questions").is_file()
            and (cand / "raw" / "answers").is_file()
            and (cand / "scores").is_dir()
        ):
            return cand
    raise MohlerFormatError(
        f"{p}: not a Mohler-format folder (expected raw/questions, raw/answers, raw/<qid> and "
        "scores/<qid>/ave, either directly or under data/)"
    )


def read_mohler(path: Path | str) -> MohlerData:
    """Read questions, reference answers, student answers and gold scores; questions commented out with '#' in
    ``docs/files`` are skipped (81 questions / 2273 answers for the full data set)."""
    root = find_mohler_root(path)
    questions = dict(_id_text(line) for line in _read_lines(root / "raw" / "questions") if line.strip())
    references = dict(_id_text(line) for line in _read_lines(root / "raw" / "answers") if line.strip())
    files = root / "docs" / "files"
    if files.is_file():
        qids = [ln.strip() for ln in _read_lines(files) if ln.strip() and not ln.strip().startswith("#")]
    else:
        qids = list(questions)
    answers: list[MohlerAnswer] = []
    for qid in qids:
        raw_path, gold_path = root / "raw" / qid, root / "scores" / qid / "ave"
        if qid not in questions or qid not in references or not raw_path.is_file() or not gold_path.is_file():
            raise MohlerFormatError(
                f"{root}: question {qid} lacks its question, reference, raw or scores file"
            )
        texts = _read_lines(raw_path)
        golds = [ln.strip() for ln in _read_lines(gold_path)]
        if len(texts) != len(golds):
            raise MohlerFormatError(f"{raw_path}: {len(texts)} answers but {len(golds)} gold scores")
        for line, g in zip(texts, golds, strict=True):
            aid, text = _id_text(line)
            if aid != qid:
                text = line.strip()  # tolerate lines without the id prefix
            try:
                gold = float(g)
            except ValueError as exc:
                raise MohlerFormatError(f"{gold_path}: bad score {g!r}") from exc
            answers.append(MohlerAnswer(qid, text, gold))
    if not answers:
        raise MohlerFormatError(f"{root}: no answers found")
    return MohlerData(root, questions, references, answers)


def mohler_item_key(qid: str, question: str, reference: str) -> ItemKey:
    """Reference sentences/clauses as pseudo key points (phrasing = their content words)."""
    ref = clean_answer(reference)
    units = split_units(ref)
    clauses = [u for u in units if u.kind == "clause"]
    sentences = [u for u in units if u.kind == "sentence"]
    # finest pieces: the clauses of long sentences, else the sentences themselves
    chosen = []
    for s in sentences:
        inner = [c for c in clauses if c.start >= s.start and c.end <= s.end]
        chosen.extend(inner or [s])
    kps = tuple(
        KeyPoint(label=u.text, detail=u.text, phrasings=(" ".join(content_words(u.text)),))
        for u in chosen
        if content_words(u.text)
    )
    return ItemKey(item_id=f"mohler-{qid}", question=question, reference_answer=reference, key_points=kps)


# --------------------------------------------------------------------------------------------------------
# Features
# ----------------------------------------------------------------------------------------------------------


def gold_level(gold: float) -> int:
    return 2 if gold >= GOLD_CORRECT else (1 if gold >= GOLD_PARTIAL else 0)


def provisional_model(base: GraderModel | None = None) -> GraderModel:
    """Matching thresholds of ``base`` (or the defaults) with a zero combination: used to extract features."""
    kw = {k: getattr(base, k) for k in MATCHING_PARAMS} if base is not None else {}
    return GraderModel(
        feature_names=FEATURE_NAMES, coef=(0.0,) * len(FEATURE_NAMES), intercept=0.5, cutoffs=(0.4, 0.7), **kw
    )


@dataclass
class FeatureTable:
    X: np.ndarray  # (n, len(FEATURE_NAMES))
    gold: np.ndarray  # (n,) 0..5
    groups: np.ndarray  # (n,) question ids
    ms: np.ndarray  # (n,) milliseconds per grade() call


def extract_features(
    data: MohlerData, embedder: Embedder, model: GraderModel | None = None, progress: bool = False
) -> FeatureTable:
    model = provisional_model(model)
    keys = {q: mohler_item_key(q, data.questions[q], data.references[q]) for q in data.qids}
    rows, ms = [], []
    warmed: set[str] = set()
    for i, a in enumerate(data.answers):
        key = keys[a.qid]
        if a.qid not in warmed:  # cache the question / reference / key points (untimed)
            grade(data.references[a.qid], key, embedder, model)
            warmed.add(a.qid)
        t0 = time.perf_counter()
        res = grade(a.text, key, embedder, model)
        ms.append((time.perf_counter() - t0) * 1000.0)
        rows.append([res.features[n] for n in FEATURE_NAMES])
        if progress and (i + 1) % 250 == 0:
            print(f"  features: {i + 1}/{len(data.answers)}", file=sys.stderr)
    return FeatureTable(
        X=np.asarray(rows, dtype=np.float64),
        gold=np.asarray([a.gold for a in data.answers], dtype=np.float64),
        groups=np.asarray([a.qid for a in data.answers]),
        ms=np.asarray(ms, dtype=np.float64),
    )


# --------------------------------------------------------------------------------------------------------
# Fitting
# ----------------------------------------------------------------------------------------------------------


def _columns(names: Sequence[str]) -> list[int]:
    return [FEATURE_NAMES.index(n) for n in names]


def fit_linear(X: np.ndarray, y01: np.ndarray, alpha: float = RIDGE_ALPHA) -> tuple[np.ndarray, float]:
    """Ridge on standardised features; returns coefficients for the RAW features and the intercept."""
    from sklearn.linear_model import Ridge

    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    ridge = Ridge(alpha=alpha).fit((X - mean) / scale, y01)
    coef = ridge.coef_ / scale
    intercept = float(ridge.intercept_ - np.sum(coef * mean))
    return coef, intercept


def predict_linear(X: np.ndarray, coef: np.ndarray, intercept: float) -> np.ndarray:
    return np.clip(X @ coef + intercept, 0.0, 1.0)


def qwk(a: Sequence[int], b: Sequence[int]) -> float:
    from sklearn.metrics import cohen_kappa_score

    if len(set(a)) < 2 and len(set(b)) < 2:
        return 0.0
    return float(cohen_kappa_score(a, b, weights="quadratic", labels=[0, 1, 2]))


def levels_from(scores: np.ndarray, cutoffs: tuple[float, float]) -> np.ndarray:
    return np.where(scores >= cutoffs[1], 2, np.where(scores >= cutoffs[0], 1, 0))


def fit_cutoffs(pred: np.ndarray, gold_levels: np.ndarray) -> tuple[float, float]:
    """Cut-offs maximising 3-level QWK (ties: accuracy) on the given predictions."""
    grid = np.unique(np.round(np.quantile(pred, np.linspace(0.02, 0.98, 49)), 4))
    best, best_key = (float(grid[0]), float(grid[-1])), (-2.0, -1.0)
    for i, lo in enumerate(grid):
        for hi in grid[i:]:
            lv = levels_from(pred, (lo, hi))
            key = (qwk(gold_levels, lv), float(np.mean(lv == gold_levels)))
            if key > best_key:
                best_key, best = key, (float(lo), float(hi))
    return best


# --------------------------------------------------------------------------------------------------------
# Cross-validation
# ----------------------------------------------------------------------------------------------------------


def _pearson(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 2 or np.std(a) < 1e-12 or np.std(b) < 1e-12:
        return 0.0
    return float(np.corrcoef(a, b)[0, 1])


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    from scipy.stats import spearmanr

    if len(a) < 2 or np.std(a) < 1e-12 or np.std(b) < 1e-12:
        return 0.0
    return float(spearmanr(a, b).statistic)


def cross_validate(
    table: FeatureTable,
    folds: int = DEFAULT_FOLDS,
    features: Sequence[str] = MODEL_FEATURES,
    alpha: float = RIDGE_ALPHA,
) -> dict:
    """Grouped (by question) K-fold CV of the linear combination and the level cut-offs."""
    from sklearn.model_selection import GroupKFold

    cols = _columns(features)
    X, y = table.X[:, cols], table.gold / MAX_SCORE
    glev = np.asarray([gold_level(g) for g in table.gold])
    n_groups = len(set(table.groups.tolist()))
    k = max(2, min(folds, n_groups))
    if n_groups < 2:
        raise ValueError("cross-validation needs at least 2 questions")
    pred = np.zeros(len(y))
    plev = np.zeros(len(y), dtype=int)
    per_fold = []
    for tr, te in GroupKFold(n_splits=k).split(X, y, table.groups):
        coef, b = fit_linear(X[tr], y[tr], alpha)
        cut = fit_cutoffs(predict_linear(X[tr], coef, b), glev[tr])
        pred[te] = predict_linear(X[te], coef, b)
        plev[te] = levels_from(pred[te], cut)
        per_fold.append(
            {
                "pearson": _pearson(pred[te], table.gold[te]),
                "qwk3": qwk(glev[te], plev[te]),
                "n": int(len(te)),
                "cutoffs": [round(c, 4) for c in cut],
            }
        )
    fold_r = np.asarray([f["pearson"] for f in per_fold])
    fold_k = np.asarray([f["qwk3"] for f in per_fold])
    return {
        "pearson": _pearson(pred, table.gold),
        "spearman": _spearman(pred, table.gold),
        "rmse": float(np.sqrt(np.mean((pred * MAX_SCORE - table.gold) ** 2))),
        "acc3": float(np.mean(plev == glev)),
        "qwk3": qwk(glev, plev),
        "p50_ms": float(np.percentile(table.ms, 50)) if len(table.ms) else 0.0,
        "p90_ms": float(np.percentile(table.ms, 90)) if len(table.ms) else 0.0,
        "n_answers": int(len(y)),
        "n_questions": n_groups,
        "folds": k,
        "fold_pearson_mean": float(fold_r.mean()),
        "fold_pearson_sd": float(fold_r.std()),
        "fold_pearson_min": float(fold_r.min()),
        "fold_pearson_max": float(fold_r.max()),
        "fold_qwk3_mean": float(fold_k.mean()),
        "fold_qwk3_sd": float(fold_k.std()),
        "per_fold": per_fold,
        "gold_level_counts": [int(np.sum(glev == i)) for i in range(3)],
        "features": list(features),
    }


def fit_full(
    table: FeatureTable,
    features: Sequence[str] = MODEL_FEATURES,
    base: GraderModel | None = None,
    alpha: float = RIDGE_ALPHA,
    meta: dict | None = None,
) -> GraderModel:
    """Fit the combination and cut-offs on ALL answers (for shipping)."""
    cols = _columns(features)
    X, y = table.X[:, cols], table.gold / MAX_SCORE
    coef, b = fit_linear(X, y, alpha)
    glev = np.asarray([gold_level(g) for g in table.gold])
    cut = fit_cutoffs(predict_linear(X, coef, b), glev)
    prov = provisional_model(base)
    return GraderModel(
        feature_names=tuple(features),
        coef=tuple(round(float(c), 6) for c in coef),
        intercept=round(b, 6),
        cutoffs=(round(cut[0], 4), round(cut[1], 4)),
        cos_lo=prov.cos_lo,
        cos_hi=prov.cos_hi,
        covered_threshold=prov.covered_threshold,
        unclear_threshold=prov.unclear_threshold,
        misconception_threshold=prov.misconception_threshold,
        misconception_cos=prov.misconception_cos,
        misconception_penalty=prov.misconception_penalty,
        meta=meta or {},
    )


# --------------------------------------------------------------------------------------------------------
# Reports and entry points
# ----------------------------------------------------------------------------------------------------------

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
        from quiz.grading import load_grader_model

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
        prog="python -m quiz.grading.tools", description=__doc__.split("\n\n")[0]
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("eval", "fit"):
        p = sub.add_parser(name)
        p.add_argument("--data", required=True, help="Mohler-format folder")
        p.add_argument("--folds", type=int, default=DEFAULT_FOLDS)
        p.add_argument("--json", action="store_true", help="print one JSON object on the last line")
        if name == "fit":
            p.add_argument("--out", default=str(DEFAULT_MODEL_PATH))
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
