"""The engine's offline loop: every figure the grader is held to, in one run.

``python -m quiz.grading.tools check --answers A.jsonl --labels L.jsonl [--verbose]`` grades, with the keys
of the course file:

- the teacher-labelled answers (out-of-fold per-item cut-offs, as ``grader_eval``);
- the hand-written answer bank, by kind (hold-out answers apart);
- the automatic adversarial answers of every item, by kind (share graded correct);

The bank and adversarial answers are graded with the cut-offs fitted on ALL the labelled answers (what
``calibrate`` would ship).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from quiz.grading import Embedder, GraderModel, ItemKey, assess, finalize
from quiz.grading.levels import CORRECT

from .adversarial import TRANSFORMS, transforms
from .bank import expectation_met, read_bank
from .cutoffs import Calibrator, FittedCutoffs
from .teacher import assess_all, format_report, out_of_fold_levels, read_labelled


def grade_with(text: str, key: ItemKey, embedder: Embedder, model: GraderModel, fitted: FittedCutoffs):
    return finalize(assess(text, key, embedder, model), key, fitted.for_item(key.item_id))


def run_check(
    answers: Path | str,
    labels: Path | str,
    keys: Mapping[str, ItemKey],
    embedder: Embedder,
    model: GraderModel,
    verbose: bool = False,
    calibrator: Calibrator | None = None,
) -> dict:
    calibrator = calibrator or Calibrator(default=model.cutoffs)
    out: dict = {}
    rows = read_labelled(answers, labels)
    graded, _skipped = assess_all(rows, keys, embedder, model)
    from .teacher import metrics

    oof = out_of_fold_levels(graded, calibrator)
    gold = [g.answer.level for g in graded]
    out["calibration"] = metrics(gold, oof, [g.answer.item for g in graded])
    out["p50_ms"] = float(np.percentile([g.ms for g in graded], 50))
    fitted = calibrator.fit(
        [g.answer.item for g in graded], [g.assessment for g in graded], [g.answer.level for g in graded]
    )
    out["fitted"] = fitted
    print(
        format_report(
            {
                "n_labelled": len(rows),
                "n_graded": len(graded),
                "skipped_items": _skipped,
                "learners": len({g.answer.student for g in graded}),
                "out_of_fold": out["calibration"],
                "shipped": out["calibration"],
                "shipped_in_sample": False,
                "p50_ms": out["p50_ms"],
                "p90_ms": float(np.percentile([g.ms for g in graded], 90)),
            }
        )
    )
    print(f"default cut-offs {fitted.default}; per item: {dict(sorted(fitted.items.items()))}")
    if verbose:
        for g, p in zip(graded, oof, strict=True):
            if p != g.answer.level:
                a = g.assessment
                print(
                    f"  CAL {g.answer.student} {g.answer.item} teacher={g.answer.level} grader={p} "
                    f"score={a.score:.2f} ceiling={a.ceiling} {a.reasons}"
                )
                print(f"      {g.answer.text[:300]!r}")
                if a.evidence:
                    for pt in a.evidence.points:
                        print(
                            f"      kp {pt.status:<8}{pt.strength:.2f} {pt.label} | {(pt.quote or '')[:70]}"
                        )
                    for h in a.evidence.hits:
                        print(f"      MIS {h.strength:.2f} {h.label} | {h.quote[:70]}")

    # answer bank
    bank, skips = read_bank()
    by_kind: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0])
    times = []
    for b in bank:
        key = keys.get(b.item)
        if key is None:
            continue
        t0 = time.perf_counter()
        res = grade_with(b.text, key, embedder, model, fitted)
        times.append((time.perf_counter() - t0) * 1000)
        ok = expectation_met(b.expect, res.level)
        by_kind[(b.kind, b.holdout)][0] += ok
        by_kind[(b.kind, b.holdout)][1] += 1
        if verbose and not ok:
            print(
                f"  BANK {b.item} {b.kind}{' (holdout)' if b.holdout else ''} expect={b.expect} "
                f"got={res.level} score={res.score:.2f} {res.ceiling_reasons} | {b.text[:160]!r}"
            )
            for pt in res.points:
                print(f"      kp {pt.status:<8}{pt.strength:.2f} {pt.label} | {(pt.quote or '')[:70]}")
            for h in res.misconceptions:
                print(f"      MIS {h.strength:.2f} {h.label} | {h.quote[:70]}")
    out["bank"] = {f"{k}{' holdout' if h else ''}": v for (k, h), v in sorted(by_kind.items())}
    print("\nanswer bank (expectation met / answers):")
    for name, (ok, n) in out["bank"].items():
        print(f"  {name:<22}{ok:>4}/{n:<4}")

    # automatic adversarial answers
    adv: dict[str, list[int]] = {t: [0, 0] for t in TRANSFORMS}
    for item, key in keys.items():
        if item not in skips and not any(b.item == item for b in bank):
            continue  # only items with a bank file (the auto-graded ones the bank covers)
        for kind, text in transforms(key, keys).items():
            if kind in skips.get(item, {}):
                continue
            res = grade_with(text, key, embedder, model, fitted)
            adv[kind][0] += res.level == CORRECT
            adv[kind][1] += 1
            if verbose and res.level == CORRECT:
                print(f"  ADV {item} {kind} graded correct score={res.score:.2f} | {text[:160]!r}")
    out["adversarial"] = adv
    print("\nautomatic adversarial answers graded correct:")
    for kind, (bad, n) in adv.items():
        print(f"  {kind:<14}{bad:>4}/{n:<4}")

    if times:
        print(f"bank answers: p50 {np.percentile(times, 50):.1f} ms")
    return out
