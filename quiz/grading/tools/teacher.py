"""Measuring the grader against a teacher's labels (``grader_eval --answers FILE --labels FILE``).

Answers (``{"student", "item", "answer"}`` per line) are joined with labels (``{"student", "item",
"label"}``, label 1 / 0.5 / 0) on (student, item); only labelled answers are graded, and items that are not
auto-graded free text (reflection tasks) are left out and counted. Two figures are printed:

- per-item cut-offs fitted OUT OF FOLD, folds grouped by learner: every answer's level comes from cut-offs
  fitted without any answer of its learner (``quiz.grading.tools.cutoffs``);
- the cut-offs the site grades with (shipped in ``quiz/grading/item_cutoffs.json``); optimistic when those
  were fitted on the same learners (the report says so).

Accuracy, quadratic-weighted kappa on the three levels (0 / 0.5 / 1), dangerous errors (a 0 graded correct or
a 1 graded incorrect), per-item accuracy and the confusion matrix.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from quiz.grading import Assessment, Embedder, GraderModel, ItemKey, assess, load_shipped_cutoffs
from quiz.grading.levels import CORRECT, INCORRECT, PARTIAL, RANK

from .cutoffs import Calibrator, levels_with

LABEL_LEVEL = {1.0: CORRECT, 0.5: PARTIAL, 0.0: INCORRECT}
LEVEL_INDEX = {INCORRECT: 0, PARTIAL: 1, CORRECT: 2}


class TeacherDataError(ValueError):
    """The answers or labels file cannot be read."""


@dataclass(frozen=True)
class LabelledAnswer:
    student: str
    item: str
    text: str
    level: str  # the teacher's level


def read_jsonl_objects(path: Path | str, what: str) -> list[dict]:
    """The JSON object on each non-blank line of a file (a line that is not one names its number)."""
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise TeacherDataError(f"{path}:{n}: malformed JSON ({exc.msg})") from exc
                if not isinstance(obj, dict):
                    raise TeacherDataError(f"{path}:{n}: each line must be a JSON object")
                rows.append(obj)
    except OSError as exc:
        raise TeacherDataError(f"cannot read {what} file {path}: {exc}") from exc
    return rows


def read_labelled(answers_path: Path | str, labels_path: Path | str) -> list[LabelledAnswer]:
    """Labelled answers in the labels file's order (an answer without a label is never read further)."""
    labels = read_jsonl_objects(labels_path, "labels")
    wanted: dict[tuple[str, str], str] = {}
    for n, row in enumerate(labels, 1):
        try:
            level = LABEL_LEVEL[float(row["label"])]
            wanted[(str(row["student"]), str(row["item"]))] = level
        except (KeyError, TypeError, ValueError) as exc:
            raise TeacherDataError(
                f"{labels_path}: label line {n} needs student, item and label 1/0.5/0"
            ) from exc
    texts: dict[tuple[str, str], str] = {}
    for row in read_jsonl_objects(answers_path, "answers"):
        k = (str(row.get("student")), str(row.get("item")))
        if k in wanted and isinstance(row.get("answer"), str):
            texts[k] = row["answer"]
    missing = [k for k in wanted if k not in texts]
    if missing:
        raise TeacherDataError(
            f"{len(missing)} labelled answers are missing from {answers_path}, e.g. {missing[0]}"
        )
    return [LabelledAnswer(s, i, texts[(s, i)], lv) for (s, i), lv in wanted.items()]


@dataclass
class Graded:
    answer: LabelledAnswer
    assessment: Assessment
    ms: float


def assess_all(
    rows: Sequence[LabelledAnswer], keys: Mapping[str, ItemKey], embedder: Embedder, model: GraderModel
) -> tuple[list[Graded], Counter]:
    """Assess every answer whose item has a free-text key (timed, keys warmed first); count the others."""
    skipped: Counter = Counter()
    out = []
    warmed: set[str] = set()
    for row in rows:
        key = keys.get(row.item)
        if key is None:
            skipped[row.item] += 1
            continue
        if row.item not in warmed:  # encode the key texts once, untimed (the site caches them too)
            assess(key.reference_answer, key, embedder, model)
            warmed.add(row.item)
        t0 = time.perf_counter()
        a = assess(row.text, key, embedder, model)
        out.append(Graded(row, a, (time.perf_counter() - t0) * 1000.0))
    return out, skipped


def qwk(a: Sequence[int], b: Sequence[int]) -> float:
    from sklearn.metrics import cohen_kappa_score

    if len(set(a)) < 2 and len(set(b)) < 2:
        return 1.0 if list(a) == list(b) else 0.0
    return float(cohen_kappa_score(a, b, weights="quadratic", labels=[0, 1, 2]))


def metrics(gold: Sequence[str], pred: Sequence[str], items: Sequence[str]) -> dict:
    g = np.asarray([LEVEL_INDEX[x] for x in gold])
    p = np.asarray([LEVEL_INDEX[x] for x in pred])
    n = len(g)
    dangerous = int(np.sum((g == 0) & (p == 2)) + np.sum((g == 2) & (p == 0)))
    cm = np.zeros((3, 3), dtype=int)
    for a, b in zip(g, p, strict=True):
        cm[a, b] += 1
    per_item: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for it, a, b in zip(items, g, p, strict=True):
        per_item[it][0] += int(a == b)
        per_item[it][1] += 1
    return {
        "n": n,
        "accuracy": float(np.mean(g == p)) if n else 0.0,
        "qwk": qwk(g.tolist(), p.tolist()) if n else 0.0,
        "dangerous": dangerous,
        "dangerous_pct": 100.0 * dangerous / n if n else 0.0,
        "confusion": cm.tolist(),  # rows: teacher incorrect/partial/correct; columns: grader
        "per_item": {k: {"right": v[0], "n": v[1]} for k, v in sorted(per_item.items(), key=_item_order)},
        "always_correct_accuracy": float(np.mean(g == 2)) if n else 0.0,
    }


def _item_order(kv) -> tuple:
    item = kv[0]
    tail = item.rsplit("-", 1)[-1]
    digits = "".join(ch for ch in tail if ch.isdigit())
    return (tail.rstrip("0123456789"), int(digits) if digits else 0, item)


def out_of_fold_levels(graded: Sequence[Graded], calibrator: Calibrator) -> list[str]:
    """Each answer's level from cut-offs fitted on the OTHER learners' answers only (leave one learner
    out)."""
    learners = sorted({g.answer.student for g in graded})
    pred: list[str] = [""] * len(graded)
    for learner in learners:
        train = [g for g in graded if g.answer.student != learner]
        fitted = calibrator.fit(
            [g.answer.item for g in train], [g.assessment for g in train], [g.answer.level for g in train]
        )
        for idx, g in enumerate(graded):
            if g.answer.student == learner:
                pred[idx] = levels_with([g.assessment], [fitted.for_item(g.answer.item)])[0]
    return pred


def evaluate(
    rows: Sequence[LabelledAnswer],
    keys: Mapping[str, ItemKey],
    embedder: Embedder,
    model: GraderModel,
    calibrator: Calibrator | None = None,
) -> dict:
    """The whole report (see the module docstring)."""
    calibrator = calibrator or Calibrator(default=model.cutoffs)
    graded, skipped = assess_all(rows, keys, embedder, model)
    if not graded:
        raise TeacherDataError("no labelled answer belongs to an auto-graded free-text item")
    gold = [g.answer.level for g in graded]
    items = [g.answer.item for g in graded]
    oof = out_of_fold_levels(graded, calibrator)
    shipped = load_shipped_cutoffs()
    site = levels_with(
        [g.assessment for g in graded],
        [shipped.items.get(g.answer.item) or shipped.default or model.cutoffs for g in graded],
    )
    fitted_on = set(shipped.meta.get("learners", []))
    learners = sorted({g.answer.student for g in graded})
    ms = np.asarray([g.ms for g in graded])
    return {
        "n_labelled": len(rows),
        "n_graded": len(graded),
        "skipped_items": dict(skipped),
        "learners": len(learners),
        "out_of_fold": metrics(gold, oof, items),
        "shipped": metrics(gold, site, items),
        "shipped_in_sample": bool(fitted_on & set(learners)),
        "p50_ms": float(np.percentile(ms, 50)),
        "p90_ms": float(np.percentile(ms, 90)),
        "ceilings": sum(1 for g in graded if RANK[g.assessment.ceiling] < RANK[CORRECT]),
    }


def format_report(report: dict) -> str:
    oof, site = report["out_of_fold"], report["shipped"]
    skipped = ", ".join(f"{k} ({v})" for k, v in sorted(report["skipped_items"].items())) or "none"
    lines = [
        f"Teacher labels: {report['n_graded']} answers graded of {report['n_labelled']} labelled, "
        f"{report['learners']} learners; not auto-graded, left out: {skipped}",
        "",
        f"{'':<34}{'out of fold':>12}{'shipped':>12}",
        f"{'accuracy (3 levels)':<34}{oof['accuracy']:>12.3f}{site['accuracy']:>12.3f}",
        f"{'QWK (3 levels)':<34}{oof['qwk']:>12.3f}{site['qwk']:>12.3f}",
        f"{'dangerous errors':<34}{_dangerous(oof):>12}{_dangerous(site):>12}",
        f"{'always-correct accuracy':<34}{oof['always_correct_accuracy']:>12.3f}",
        f"{'p50 / p90 ms per answer':<34}{report['p50_ms']:>12.1f}{report['p90_ms']:>12.1f}",
        "",
        "out of fold: per-item cut-offs fitted without the learner's own answers (leave one learner out)",
        "shipped: the cut-offs in quiz/grading/item_cutoffs.json"
        + (" (fitted on these learners: in-sample, optimistic)" if report["shipped_in_sample"] else ""),
        "",
        "confusion, out of fold (rows: teacher incorrect / partial / correct; columns: grader)",
        *[f"  {row}" for row in oof["confusion"]],
        "",
        "per-item accuracy, out of fold:",
    ]
    per = [f"{k} {v['right']}/{v['n']}" for k, v in oof["per_item"].items()]
    for i in range(0, len(per), 6):
        lines.append("  " + "   ".join(per[i : i + 6]))
    return "\n".join(lines)


def _dangerous(m: dict) -> str:
    return f"{m['dangerous']} ({m['dangerous_pct']:.1f} %)"


def summary(report: dict) -> dict:
    oof = report["out_of_fold"]
    return {
        "n": report["n_graded"],
        "accuracy": round(oof["accuracy"], 4),
        "qwk": round(oof["qwk"], 4),
        "dangerous": oof["dangerous"],
        "dangerous_pct": round(oof["dangerous_pct"], 2),
        "shipped_accuracy": round(report["shipped"]["accuracy"], 4),
        "shipped_qwk": round(report["shipped"]["qwk"], 4),
        "per_item_accuracy": {k: round(v["right"] / v["n"], 4) for k, v in oof["per_item"].items() if v["n"]},
        "p50_ms": round(report["p50_ms"], 2),
    }


def labelled_items(rows: Iterable[LabelledAnswer]) -> set[str]:
    return {r.item for r in rows}


def run_calibrate(
    answers: Path | str,
    labels: Path | str,
    out: Path | str | None = None,
    keys: Mapping[str, ItemKey] | None = None,
    embedder: Embedder | None = None,
    model: GraderModel | None = None,
) -> str:
    """Fit the cut-offs on ALL the labelled answers and write them for the site (``item_cutoffs.json``), with
    the out-of-fold figures of the same fitting procedure in their meta. Returns the report."""
    from quiz.grading import load_grader_model
    from quiz.grading.calibration import DEFAULT_CUTOFFS_PATH

    from .course_keys import course_item_keys
    from .cutoffs import write_item_cutoffs

    model = model or load_grader_model()
    keys = keys if keys is not None else course_item_keys()
    if embedder is None:
        from studyguide.embeddings import get_embedder

        embedder = get_embedder()
    rows = read_labelled(answers, labels)
    graded, skipped = assess_all(rows, keys, embedder, model)
    if not graded:
        raise TeacherDataError("no labelled answer belongs to an auto-graded free-text item")
    calibrator = Calibrator(default=model.cutoffs, prefer=load_shipped_cutoffs().default)
    oof = out_of_fold_levels(graded, calibrator)
    gold = [g.answer.level for g in graded]
    m = metrics(gold, oof, [g.answer.item for g in graded])
    fitted = calibrator.fit([g.answer.item for g in graded], [g.assessment for g in graded], gold)
    learners = sorted({g.answer.student for g in graded})
    meta = {
        "fitted_on": f"{len(graded)} teacher-labelled answers of {len(learners)} learners",
        "learners": learners,
        "answers_per_item": dict(sorted(fitted.counts.items(), key=_item_order)),
        "out_of_fold": {
            "accuracy": round(m["accuracy"], 4),
            "qwk": round(m["qwk"], 4),
            "dangerous": m["dangerous"],
            "folds": "leave one learner out",
        },
        "shrink": calibrator.shrink,
        "min_item_answers": calibrator.min_item_answers,
    }
    path = Path(out) if out else DEFAULT_CUTOFFS_PATH
    write_item_cutoffs(fitted, keys, meta, path)
    moved = {k: v for k, v in sorted(fitted.items.items(), key=_item_order)}
    return (
        f"wrote {path}: default {fitted.default}, {len(moved)} items with their own pair {moved}; "
        f"out of fold: accuracy {m['accuracy']:.3f}, QWK {m['qwk']:.3f}, dangerous {m['dangerous']}"
        + (f"; not auto-graded: {dict(skipped)}" if skipped else "")
    )
