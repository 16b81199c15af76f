"""Probe sets: answers written to test the grader, each with the level a teacher expects, scored by kind.

A probe file is JSON lines ``{"item", "student", "kind", "expect", "answer"}``; ``expect`` is correct,
partial, incorrect or not_correct (partial or incorrect). The kinds are free (plain, terse, salad, negated,
buried, swapped, wrong_on_topic ...); for each the report counts the answers whose level met the expectation
and the answers graded correct, since an adversarial answer graded correct is the failure a teacher would not
sign.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from quiz.grading.levels import CORRECT

from .bank import EXPECTATIONS, expectation_met
from .teacher import TeacherDataError, read_jsonl_objects


class ProbeFormatError(ValueError):
    pass


@dataclass(frozen=True)
class Probe:
    item: str
    student: str
    kind: str
    expect: str
    answer: str


def read_probes(path: Path | str) -> list[Probe]:
    try:
        rows = read_jsonl_objects(path, "probe")
    except TeacherDataError as exc:
        raise ProbeFormatError(str(exc)) from exc
    probes = []
    for number, row in enumerate(rows, 1):
        fields = {name: row.get(name) for name in Probe.__dataclass_fields__}
        if (
            not all(isinstance(value, str) for value in fields.values())
            or fields["expect"] not in EXPECTATIONS
        ):
            raise ProbeFormatError(
                f"{path}: answer {number} needs string item, student, kind, answer, "
                f"and expect in {sorted(EXPECTATIONS)}"
            )
        probes.append(Probe(**fields))
    return probes


def score_probes(probes: Iterable[Probe], level_of: Callable[[Probe], str]) -> dict:
    """Per kind: answers, expectations met, levels given; plus every answer whose expectation was not met."""
    kinds: dict[str, dict] = defaultdict(lambda: {"n": 0, "met": 0, "levels": Counter()})
    misses = []
    for probe in probes:
        level = level_of(probe)
        row = kinds[probe.kind]
        row["n"] += 1
        row["levels"][level] += 1
        if expectation_met(probe.expect, level):
            row["met"] += 1
        else:
            misses.append(
                {"item": probe.item, "student": probe.student, "expect": probe.expect, "level": level}
            )
    by_kind = {
        kind: {
            "n": row["n"],
            "met": row["met"],
            "graded_correct": row["levels"][CORRECT],
            "levels": dict(row["levels"]),
        }
        for kind, row in sorted(kinds.items())
    }
    return {
        "n": sum(row["n"] for row in by_kind.values()),
        "met": sum(row["met"] for row in by_kind.values()),
        "by_kind": by_kind,
        "misses": misses,
    }


def format_report(report: dict, title: str) -> str:
    lines = [
        f"{title}: {report['met']}/{report['n']} answers at the level a teacher expects",
        f"{'kind':<16}{'answers':>8}{'met':>6}{'graded correct':>16}   levels",
    ]
    for kind, row in report["by_kind"].items():
        levels = ", ".join(f"{level} {n}" for level, n in sorted(row["levels"].items()))
        lines.append(f"{kind:<16}{row['n']:>8}{row['met']:>6}{row['graded_correct']:>16}   {levels}")
    return "\n".join(lines)
