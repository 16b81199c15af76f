"""Speed work on the grader without changing a grade: a snapshot of every grade to compare before and after,
and the CPU time of the rules alone (the model's outputs replayed), optionally interleaved with a copy of
older grading code in the same process.

    python -m quiz.grading.tools.speed snapshot --out /tmp/after.json [--against /tmp/before.json]
    python -m quiz.grading.tools.speed cpu [--base /tmp/base] [--rounds 4] [--profile 30]

``snapshot`` grades, with the course file's keys and the real embedder, every learner's answer to this chapter
(``--learners``), every probe line (``tests/quiz/probes/*.jsonl``), every answer-bank answer and the automatic
adversarial answers, and keeps each one's level, score, ceiling, per-key-point status and strength and
misconception hits; ``--against`` lists every difference (scores and strengths compared to 1e-6); ``--base
DIR`` grades with an older copy of the code instead (see ``cpu``).

``cpu`` grades the learners' answers through ``ReplayEmbedder`` (each text's encodings computed once, then
handed back), so ``time.process_time`` per answer is the grader's Python and numpy work alone. ``--base DIR``
names a folder holding an older copy of ``quiz/grading`` as a top-level package ``base_grading`` (made with
``git archive REV quiz/grading | tar -x -C DIR && mv DIR/quiz/grading DIR/base_grading``); each answer is then
graded by both, alternating which goes first, so a noisy machine weighs on both alike. ``--forward`` runs the
model for every answer instead (the whole grading, as the site does it). ``--profile N`` prints cProfile's N
costliest functions of the current code.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import pstats
import sys
import time
from pathlib import Path

import numpy as np

LEARNERS = Path("/work/shared/data/asag/fastbook_ch2/answers.jsonl")
PROBES_DIR = Path(__file__).resolve().parents[3] / "tests" / "quiz" / "probes"
SCORE_TOLERANCE = 1e-6


class ReplayEmbedder:
    """The real embedder's outputs, computed once per text and then handed back (no forward pass)."""

    def __init__(self, embedder):
        self.embedder = embedder
        self._tokens: dict = {}
        self._sentences: dict = {}

    def encode(self, texts):
        texts = [str(t) for t in texts]
        missing = [t for t in dict.fromkeys(texts) if t not in self._sentences]
        if missing:
            for t, v in zip(missing, self.embedder.encode(missing), strict=True):
                self._sentences[t] = v
        return np.vstack([self._sentences[t] for t in texts]) if texts else self.embedder.encode([])

    def encode_tokens(self, text, cache=False):
        hit = self._tokens.get(text)
        if hit is None:
            hit = self._tokens[text] = self.embedder.encode_tokens(text, cache=cache)
        return hit


def learner_rows(path: Path = LEARNERS) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if isinstance(r.get("answer"), str)]


def cases(keys) -> list[tuple[str, str, str]]:
    """(case id, item, answer) of every answer the snapshot grades (ids say where each comes from)."""
    from .adversarial import transforms
    from .bank import read_bank
    from .probes import read_probes

    out = []
    if LEARNERS.is_file():
        out += [(f"learner:{i}", r["item"], r["answer"]) for i, r in enumerate(learner_rows())]
    for path in sorted(PROBES_DIR.glob("*.jsonl")):
        out += [(f"probe:{path.stem}:{i}", p.item, p.answer) for i, p in enumerate(read_probes(path))]
    bank, _ = read_bank()
    out += [(f"bank:{a.item}:{a.index}", a.item, a.text) for a in bank]
    for item, key in sorted(keys.items()):
        out += [(f"adversarial:{item}:{kind}", item, text) for kind, text in transforms(key, keys).items()]
    return [c for c in out if c[1] in keys]


def record(result) -> dict:
    return {
        "level": result.level,
        "score": float(result.score),
        "confidence": float(result.confidence),
        "ceiling_reasons": list(result.ceiling_reasons),
        "points": [(p.label, p.status, float(p.strength), p.quote) for p in result.points],
        "misconceptions": [(m.label, float(m.strength), m.quote) for m in result.misconceptions],
    }


def differences(before: dict, after: dict) -> list[str]:
    """Every case graded otherwise: level, point verdicts, hits, or a number moved by more than 1e-6."""

    def close(a, b) -> bool:
        return abs(a - b) <= SCORE_TOLERANCE

    out = []
    for cid in sorted(set(before) | set(after)):
        a, b = before.get(cid), after.get(cid)
        if a is None or b is None:
            out.append(f"{cid}: only in {'after' if a is None else 'before'}")
            continue
        same = (
            a["level"] == b["level"]
            and close(a["score"], b["score"])
            and close(a["confidence"], b["confidence"])
            and a["ceiling_reasons"] == b["ceiling_reasons"]
            and len(a["points"]) == len(b["points"])
            and all(
                p[0] == q[0] and p[1] == q[1] and close(p[2], q[2]) and p[3] == q[3]
                for p, q in zip(a["points"], b["points"], strict=True)
            )
            and len(a["misconceptions"]) == len(b["misconceptions"])
            and all(
                p[0] == q[0] and close(p[1], q[1]) and p[2] == q[2]
                for p, q in zip(a["misconceptions"], b["misconceptions"], strict=True)
            )
        )
        if not same:
            out.append(f"{cid}: {a['level']} {a['score']:.6f} -> {b['level']} {b['score']:.6f}")
    return out


def _base_grading(folder: str):
    """The older copy of ``quiz/grading`` kept in ``folder`` as the top-level package ``base_grading``."""
    sys.path.insert(0, str(Path(folder).resolve()))
    return importlib.import_module("base_grading")


def snapshot(args) -> int:
    from quiz.grading import load_grader_model
    from studyguide.embeddings import get_embedder

    from .course_keys import course_item_keys

    grading = _base_grading(args.base) if args.base else importlib.import_module("quiz.grading")
    keys = course_item_keys()
    embedder, model = get_embedder(), load_grader_model()
    grades = {
        cid: record(grading.grade(text, keys[item], embedder, model)) for cid, item, text in cases(keys)
    }
    Path(args.out).write_text(json.dumps(grades))
    print(f"{len(grades)} answers graded -> {args.out}")
    if args.against:
        diff = differences(json.loads(Path(args.against).read_text()), grades)
        print(f"{len(diff)} graded otherwise than in {args.against}")
        for line in diff[:40]:
            print("  " + line)
        return 1 if diff else 0
    return 0


def _summary(name: str, seconds: list[float]) -> str:
    ms = np.asarray(seconds) * 1000
    return (
        f"{name}: CPU per answer p50 {np.percentile(ms, 50):.2f} ms, p95 {np.percentile(ms, 95):.2f} ms, "
        f"mean {ms.mean():.2f} ms"
    )


def cpu(args) -> int:
    from quiz.grading import load_grader_model
    from studyguide.embeddings import get_embedder

    from .course_keys import course_item_keys

    variants = {"current": importlib.import_module("quiz.grading")}
    if args.base:
        variants["base"] = _base_grading(args.base)
    keys = course_item_keys()
    rows = [r for r in learner_rows() if r["item"] in keys]
    # with --forward each grade runs the model as the site does (both variants alike)
    replay = get_embedder() if args.forward else ReplayEmbedder(get_embedder())
    model = load_grader_model()
    for grading in variants.values():  # warm: every encoding computed, every key prepared
        for r in rows:
            grading.grade(r["answer"], keys[r["item"]], replay, model)
    times: dict[str, list[float]] = {name: [] for name in variants}
    walls: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for round_ in range(args.rounds):
        for i, r in enumerate(rows):
            order = names if (i + round_) % 2 == 0 else names[::-1]
            for name in order:
                t0, w0 = time.process_time(), time.perf_counter()
                variants[name].grade(r["answer"], keys[r["item"]], replay, model)
                times[name].append(time.process_time() - t0)
                walls[name].append(time.perf_counter() - w0)
    how = "the model run for each" if args.forward else "embedder replayed"
    print(f"{len(rows)} learners' answers x {args.rounds} rounds, {how}")
    for name in names:
        print(_summary(name, times[name]) + "; " + _summary("wall", walls[name]).replace("CPU ", ""))
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for r in rows:
            variants["current"].grade(r["answer"], keys[r["item"]], replay, model)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quiz.grading.tools.speed")
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="grade every answer and keep the grades")
    snap.add_argument("--out", required=True)
    snap.add_argument("--against", help="an earlier snapshot to compare with")
    snap.add_argument("--base", help="grade with the older copy of quiz/grading in this folder (see cpu)")
    run = sub.add_parser("cpu", help="CPU time of the rules per learner's answer, embedder replayed")
    run.add_argument("--base", help="folder holding an older copy of quiz/grading as base_grading")
    run.add_argument("--rounds", type=int, default=3)
    run.add_argument("--profile", type=int, default=0, help="print cProfile's N costliest functions")
    run.add_argument("--forward", action="store_true", help="run the model for every answer (no replay)")
    args = parser.parse_args(argv)
    # as manage.py and the web workers do (OPENBLAS_NUM_THREADS=1): a BLAS thread pool on small matrices
    # costs far more CPU than it saves
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    return snapshot(args) if args.command == "snapshot" else cpu(args)


if __name__ == "__main__":
    sys.exit(main())
