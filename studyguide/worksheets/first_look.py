"""How far a note of each code can be trusted on a plan the coach has never seen (pure: no Django).

Input: per-plan records from ``worksheet_coaching_eval --json --per-plan`` (``{"name", "expected", "allowed",
"got"}``, codes only). A note *fired* on a plan is *right* when its code is the plan's planted flaw, a *false
alarm* when it is neither planted nor allowed (counted apart on strong and on flawed plans), and merely
*allowed* otherwise. Codes are counted once per plan, as the evaluation counts them. Precision is right /
fired, so an allowed note counts against its code: it is not what the plan needed first.

A *withholding policy* drops every note of some codes; ``apply_policy`` says what that would have done to a
set, and ``prospective_policy`` chooses the codes for each set from the sets measured before it only, which
is the only honest way to score a rule chosen by looking at precision.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CodeFigures:
    planted: int = 0
    caught: int = 0  # notes of the planted code on its own plan: the "right" notes
    fired: int = 0
    fa_strong: int = 0
    fa_flawed: int = 0
    allowed: int = 0

    @property
    def precision(self) -> float | None:
        return self.caught / self.fired if self.fired else None

    @property
    def not_wrong(self) -> float | None:
        """Share of fired notes that are right or allowed: how often the note is at least defensible."""
        return (self.caught + self.allowed) / self.fired if self.fired else None

    @property
    def recall(self) -> float | None:
        return self.caught / self.planted if self.planted else None


@dataclass(frozen=True)
class SetFigures:
    planted: int
    caught: int
    fa_strong: int
    fa_flawed: int
    strong: int
    strong_clean: int  # strong plans with no note at all


def _is_strong(plan: Mapping) -> bool:
    return not plan["expected"]


def code_figures(plans: Iterable[Mapping]) -> dict[str, CodeFigures]:
    """code -> its figures over ``plans``, for every code planted or fired."""
    counts: dict[str, dict[str, int]] = {}

    def bump(code: str, key: str) -> None:
        counts.setdefault(code, dict.fromkeys(CodeFigures.__dataclass_fields__, 0))[key] += 1

    for plan in plans:
        expected, allowed, got = set(plan["expected"]), set(plan["allowed"]), set(plan["got"])
        for code in expected:
            bump(code, "planted")
        for code in got:
            bump(code, "fired")
            if code in expected:
                bump(code, "caught")
            elif code in allowed:
                bump(code, "allowed")
            else:
                bump(code, "fa_strong" if _is_strong(plan) else "fa_flawed")
    return {code: CodeFigures(**counts[code]) for code in sorted(counts)}


def apply_policy(plans: Iterable[Mapping], withheld: Iterable[str] = ()) -> SetFigures:
    """The set's figures had no note of a ``withheld`` code been shown."""
    withheld = set(withheld)
    planted = caught = fa_strong = fa_flawed = strong = strong_clean = 0
    for plan in plans:
        expected, allowed = set(plan["expected"]), set(plan["allowed"])
        got = set(plan["got"]) - withheld
        planted += len(expected)
        caught += len(expected & got)
        false_alarms = len(got - expected - allowed)
        if _is_strong(plan):
            strong += 1
            strong_clean += not got
            fa_strong += false_alarms
        else:
            fa_flawed += false_alarms
    return SetFigures(planted, caught, fa_strong, fa_flawed, strong, strong_clean)


def low_precision_codes(
    plans: Iterable[Mapping], threshold: float, min_fired: int = 1, *, allowed_ok: bool = False
) -> set[str]:
    """Codes that fired at least ``min_fired`` times and were right (or, with ``allowed_ok``, right or
    allowed) less often than ``threshold``."""
    low = set()
    for code, f in code_figures(plans).items():
        share = f.not_wrong if allowed_ok else f.precision
        if f.fired >= min_fired and share is not None and share < threshold:
            low.add(code)
    return low


def prospective_policy(
    sets: Sequence[tuple[str, list[Mapping]]],
    threshold: float,
    min_fired: int = 1,
    *,
    allowed_ok: bool = False,
) -> list[tuple[str, set[str], SetFigures]]:
    """Per set in order: the codes withheld, chosen from the earlier sets only, and the result."""
    out = []
    for i, (label, plans) in enumerate(sets):
        earlier = [p for _, ps in sets[:i] for p in ps]
        withheld = low_precision_codes(earlier, threshold, min_fired, allowed_ok=allowed_ok)
        out.append((label, withheld, apply_policy(plans, withheld)))
    return out


def strong_false_alarms_by_set(sets: Sequence[tuple[str, list[Mapping]]]) -> dict[str, list[int]]:
    """code -> its false alarms on strong plans in each set, in order (codes that raised any)."""
    per_set = [code_figures(plans) for _, plans in sets]
    codes = sorted({c for figures in per_set for c, f in figures.items() if f.fa_strong})
    return {c: [figures.get(c, CodeFigures()).fa_strong for figures in per_set] for c in codes}
