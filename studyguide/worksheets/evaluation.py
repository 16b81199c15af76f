"""Measure the coaching on labelled example worksheets (pure: no Django).

Each case is ``{"name", "worksheet": {JSON plan}, "expected": [codes], "allowed": [codes]?}``. A planted flaw
is *caught* when a note with its code is produced; a note whose code is neither expected nor allowed is a
*false alarm*. Codes are compared per case (several notes with the same code count once).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .coaching import plan_from_mapping


@dataclass
class CaseResult:
    name: str
    expected: set[str]
    got: set[str]
    allowed: set[str] = field(default_factory=set)

    @property
    def caught(self) -> set[str]:
        return self.expected & self.got

    @property
    def missed(self) -> set[str]:
        return self.expected - self.got

    @property
    def false_alarms(self) -> set[str]:
        return self.got - self.expected - self.allowed


@dataclass
class EvalReport:
    cases: list[CaseResult]

    @property
    def planted(self) -> int:
        return sum(len(c.expected) for c in self.cases)

    @property
    def caught(self) -> int:
        return sum(len(c.caught) for c in self.cases)

    @property
    def notes(self) -> int:
        return sum(len(c.got) for c in self.cases)

    @property
    def false_alarms(self) -> int:
        return sum(len(c.false_alarms) for c in self.cases)

    @property
    def recall(self) -> float:
        return self.caught / self.planted if self.planted else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.notes if self.notes else 0.0

    def per_code(self) -> dict[str, tuple[int, int, int]]:
        """code -> (planted, caught, false alarms)."""
        planted, caught, fa = Counter(), Counter(), Counter()
        for c in self.cases:
            planted.update(c.expected)
            caught.update(c.caught)
            fa.update(c.false_alarms)
        codes = sorted(set(planted) | set(fa))
        return {k: (planted[k], caught[k], fa[k]) for k in codes}

    def summary(self) -> str:
        good = [c for c in self.cases if not c.expected]
        clean = sum(1 for c in good if not c.false_alarms)
        return (
            f"{len(self.cases)} worksheets ({len(good)} good, {len(self.cases) - len(good)} flawed): "
            f"caught {self.caught}/{self.planted} planted flaws (recall {self.recall:.0%}); "
            f"{self.false_alarms} false alarms among {self.notes} notes ({self.false_alarm_rate:.0%}); "
            f"{clean}/{len(good)} good worksheets got no note"
        )

    def table(self) -> str:
        lines = [f"{'code':28} planted caught false_alarms"]
        for code, (p, c, f) in self.per_code().items():
            lines.append(f"{code:28} {p:7} {c:6} {f:12}")
        for case in self.cases:
            if case.missed or case.false_alarms:
                lines.append(
                    f"  {case.name}: missed {sorted(case.missed) or '-'}; false alarms "
                    f"{sorted(case.false_alarms) or '-'}"
                )
        return "\n".join(lines)


def load_cases(directory: Path) -> list[dict]:
    cases: list[dict] = []
    for path in sorted(Path(directory).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.extend(data if isinstance(data, list) else [data])
    return cases


def evaluate(cases: list[dict], check) -> EvalReport:
    """``check(plan) -> list[Note]``."""
    results = []
    for case in cases:
        notes = check(plan_from_mapping(case["worksheet"]))
        results.append(
            CaseResult(
                name=case["name"],
                expected=set(case.get("expected", [])),
                got={n.code for n in notes},
                allowed=set(case.get("allowed", [])),
            )
        )
    return EvalReport(results)
