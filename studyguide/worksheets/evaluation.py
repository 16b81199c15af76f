"""Measure the coaching on labelled example worksheets (pure: no Django).

Each case is ``{"name", "worksheet": {JSON plan}, "expected": [codes], "allowed": [codes]?}``; a case with no
expected code is a *strong* plan that deserves no note at all. A planted flaw is *caught* when a note with
its code is produced; a note whose code is neither expected nor allowed is a *false alarm*, counted
separately on strong and on flawed plans. Codes are compared per case (several notes with one code count
once). Questions (codes the coach only asks about, ``notes.ASKED_AS_QUESTIONS``) are not notes: they are
counted apart, as questions on the planted flaw, on strong plans and on flawed plans.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .coaching import Feedback, plan_from_mapping


@dataclass
class CaseResult:
    name: str
    expected: set[str]
    got: set[str]
    allowed: set[str] = field(default_factory=set)
    asked: set[str] = field(default_factory=set)  # codes raised only as questions

    @property
    def strong(self) -> bool:
        return not self.expected

    @property
    def caught(self) -> set[str]:
        return self.expected & self.got

    @property
    def missed(self) -> set[str]:
        return self.expected - self.got

    @property
    def false_alarms(self) -> set[str]:
        return self.got - self.expected - self.allowed

    @property
    def asked_right(self) -> set[str]:
        """Planted flaws raised as a question rather than a note."""
        return (self.asked & self.expected) - self.got

    @property
    def asked_wrongly(self) -> set[str]:
        return self.asked - self.expected - self.allowed

    def as_json(self) -> dict:
        """The plan's name and codes only (never its text), sorted so two runs compare line by line."""
        return {
            "name": self.name,
            "expected": sorted(self.expected),
            "allowed": sorted(self.allowed),
            "got": sorted(self.got),
            "asked": sorted(self.asked),
        }


@dataclass
class EvalReport:
    cases: list[CaseResult]

    @property
    def strong(self) -> list[CaseResult]:
        return [c for c in self.cases if c.strong]

    @property
    def flawed(self) -> list[CaseResult]:
        return [c for c in self.cases if not c.strong]

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
    def false_alarms_strong(self) -> int:
        return sum(len(c.false_alarms) for c in self.strong)

    @property
    def false_alarms_flawed(self) -> int:
        return sum(len(c.false_alarms) for c in self.flawed)

    @property
    def strong_clean(self) -> int:
        """Strong plans that got no note at all."""
        return sum(1 for c in self.strong if not c.got)

    @property
    def questions(self) -> tuple[int, int, int, int]:
        """(plans asked a question, on their planted flaw, asked wrongly on strong plans, on flawed plans)."""
        return (
            sum(len(c.asked) for c in self.cases),
            sum(len(c.asked_right) for c in self.cases),
            sum(len(c.asked_wrongly) for c in self.strong),
            sum(len(c.asked_wrongly) for c in self.flawed),
        )

    @property
    def recall(self) -> float:
        return self.caught / self.planted if self.planted else 1.0

    @property
    def recall_raised(self) -> float:
        """Planted flaws the coach raised at all, as a note or as a question (what its rules detect)."""
        return (self.caught + self.questions[1]) / self.planted if self.planted else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.notes if self.notes else 0.0

    def per_code(self) -> dict[str, tuple[int, int, int, int]]:
        """code -> (planted, caught, false alarms on strong plans, false alarms on flawed plans)."""
        planted, caught, fa_strong, fa_flawed = Counter(), Counter(), Counter(), Counter()
        for c in self.cases:
            planted.update(c.expected)
            caught.update(c.caught)
            (fa_strong if c.strong else fa_flawed).update(c.false_alarms)
        codes = sorted(set(planted) | set(fa_strong) | set(fa_flawed))
        return {k: (planted[k], caught[k], fa_strong[k], fa_flawed[k]) for k in codes}

    def summary(self) -> str:
        _, on_flaw, on_strong, on_flawed = self.questions
        return (
            f"{len(self.cases)} worksheets ({len(self.strong)} strong, {len(self.flawed)} flawed): "
            f"caught {self.caught}/{self.planted} planted flaws (recall {self.recall:.0%}); "
            f"false alarms: {self.false_alarms_strong} on strong plans, {self.false_alarms_flawed} on flawed "
            f"plans ({self.false_alarms} of {self.notes} notes, {self.false_alarm_rate:.0%}); "
            f"{self.strong_clean}/{len(self.strong)} strong plans got no note; questions: "
            f"{on_flaw} on a missed planted flaw, {on_strong} on strong plans and "
            f"{on_flawed} on flawed plans that did not apply"
        )

    def table(self) -> str:
        lines = [f"{'flaw type (code)':28} planted caught  false alarms: on strong  on flawed"]
        for code, (p, c, fs, ff) in self.per_code().items():
            lines.append(f"{code:28} {p:7} {c:6} {fs:23} {ff:10}")
        for case in self.cases:
            if case.missed or case.false_alarms or case.asked:
                asked = f"; asked {sorted(case.asked)}" if case.asked else ""
                lines.append(
                    f"  {case.name}: missed {sorted(case.missed) or '-'}; false alarms "
                    f"{sorted(case.false_alarms) or '-'}{asked}"
                )
        return "\n".join(lines)

    def as_json(self, *, per_plan: bool = False) -> dict:
        figures = {
            "cases": len(self.cases),
            "strong": len(self.strong),
            "flawed": len(self.flawed),
            "planted": self.planted,
            "caught": self.caught,
            "notes": self.notes,
            "false_alarms": self.false_alarms,
            "false_alarms_on_strong": self.false_alarms_strong,
            "false_alarms_on_flawed": self.false_alarms_flawed,
            "strong_with_no_note": self.strong_clean,
            "questions": dict(
                zip(
                    ("asked", "on_planted_flaw", "not_applying_on_strong", "not_applying_on_flawed"),
                    self.questions,
                    strict=True,
                )
            ),
            "per_code": {
                k: dict(
                    zip(
                        ("planted", "caught", "false_alarms_on_strong", "false_alarms_on_flawed"),
                        v,
                        strict=True,
                    )
                )
                for k, v in self.per_code().items()
            },
        }
        if per_plan:
            figures["plans"] = [c.as_json() for c in self.cases]
        return figures


def load_cases(directory: Path) -> list[dict]:
    cases: list[dict] = []
    for path in sorted(Path(directory).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.extend(data if isinstance(data, list) else [data])
    return cases


def evaluate(cases: list[dict], check) -> EvalReport:
    """``check(plan)`` gives the ``Feedback`` (notes and questions) or a plain list of notes."""
    results = []
    for case in cases:
        found = check(plan_from_mapping(case["worksheet"]))
        notes, questions = (found.notes, found.questions) if isinstance(found, Feedback) else (found, [])
        results.append(
            CaseResult(
                name=case["name"],
                expected=set(case.get("expected", [])),
                got={n.code for n in notes},
                allowed=set(case.get("allowed", [])),
                asked={n.code for n in questions},
            )
        )
    return EvalReport(results)
