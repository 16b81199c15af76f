"""Grading figures: time per real answer (learners' answers to this chapter's questions, and the Mohler set),
and an exam of long answers submitted."""

from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np

# A long answer: the item's reference answer and every key point spelled out, then more of the same student's
# words until this many characters (the grader reads at most 4 000).
LONG_ANSWER_CHARS = 1500


def long_answer(item, chars: int = LONG_ANSWER_CHARS) -> str:
    """A thorough answer to ``item`` built from the course's own words (reference answer and key points)."""
    parts = [item.reference_answer.strip()]
    parts += [f"{kp.label}: {kp.detail}".strip() for kp in item.key_points.all()]
    parts = [p if p.endswith((".", "?", "!")) else p + "." for p in parts if p]
    text, i = "", 0
    while len(text) < chars and parts:
        text += (" " if text else "") + parts[i % len(parts)]
        i += 1
    return text[:chars].rsplit(" ", 1)[0] if len(text) > chars else text


def grading_ms_per_answer(data_dir: Path, n: int = 400, embedder=None) -> list[float]:
    """Milliseconds to grade each of ``n`` real answers (keys warmed first, as in a running worker)."""
    from quiz.grading import grade, load_grader_model
    from quiz.grading.tools.mohler import mohler_item_key, read_mohler
    from studyguide.embeddings import get_embedder

    embedder = embedder or get_embedder()
    model = load_grader_model()
    data = read_mohler(data_dir)
    keys = {q: mohler_item_key(q, data.questions[q], data.references[q]) for q in data.qids}
    for q in data.qids:
        grade(data.references[q], keys[q], embedder, model)
    answers = random.Random(14).sample(data.answers, min(n, len(data.answers)))  # noqa: S311 - a sample
    out = []
    for a in answers:
        t0 = time.perf_counter()
        grade(a.text, keys[a.qid], embedder, model)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def learner_grading_ms(answers_path: Path, embedder=None, cpu_ms: list[float] | None = None) -> list[float]:
    """Milliseconds to grade each real learner's answer to this course's free-text items (keys from the
    course file, each key warmed first as in a running worker; reflection items, which are not auto-graded,
    left out), in a fixed shuffled order. ``cpu_ms``, when given, receives the CPU time of each (the
    process's, ``time.process_time``: what other jobs on a busy machine inflate least)."""
    import json

    from quiz.grading import grade, load_grader_model
    from quiz.grading.tools.course_keys import course_item_keys
    from studyguide.embeddings import get_embedder

    embedder = embedder or get_embedder()
    model = load_grader_model()
    keys = course_item_keys()
    for key in keys.values():
        grade(key.reference_answer, key, embedder, model)
    rows = [json.loads(line) for line in Path(answers_path).read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r.get("item") in keys and isinstance(r.get("answer"), str)]
    random.Random(14).shuffle(rows)  # noqa: S311 - an order, not a secret
    out = []
    for r in rows:
        c0, t0 = time.process_time(), time.perf_counter()
        grade(r["answer"], keys[r["item"]], embedder, model)
        out.append((time.perf_counter() - t0) * 1000)
        if cpu_ms is not None:
            cpu_ms.append((time.process_time() - c0) * 1000)
    return out


def percentile(values, q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else float("nan")
