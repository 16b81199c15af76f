"""Coaching notes: their stable codes, how much each matters, and the feedback a student sees (the notes in
order of importance, the five most important first, and one line on what the plan does well). Pure."""

from __future__ import annotations

from dataclasses import dataclass

SHOWN_FIRST = 5  # notes shown before the rest are folded away

# code -> (study note slug, severity). Codes are a public, stable interface (JSON output, tests); the order
# of this table is the order of importance, most important first: a plan that only predicts, or whose
# levers are not levers, has a bigger problem than a missing monitoring line.
CODES: dict[str, tuple[str, str]] = {
    "empty_plan": ("drivetrain-approach", "problem"),
    "objective_missing": ("drivetrain-approach", "problem"),
    "objective_is_prediction": ("drivetrain-approach", "problem"),
    "prediction_not_decision": ("drivetrain-approach", "problem"),
    "levers_missing": ("drivetrain-approach", "problem"),
    "lever_not_controllable": ("drivetrain-approach", "problem"),
    "metric_is_model_quality": ("drivetrain-approach", "problem"),
    "metric_proxy": ("drivetrain-approach", "problem"),
    "objective_no_metric": ("drivetrain-approach", "problem"),
    "metric_no_number": ("drivetrain-approach", "problem"),
    "model_missing": ("drivetrain-approach", "problem"),
    "model_no_lever": ("drivetrain-approach", "problem"),
    "lever_no_data_experiment": ("drivetrain-approach", "problem"),
    "no_rollout": ("avoiding-disaster", "problem"),
    "rollout_no_human_oversight": ("avoiding-disaster", "problem"),
    "no_ood_risk": ("out-of-domain-and-domain-shift", "problem"),
    "no_baseline": ("avoiding-disaster", "suggestion"),
    "rollout_not_gradual": ("avoiding-disaster", "problem"),
    "no_monitoring": ("avoiding-disaster", "problem"),
    "no_data": ("gathering-data", "problem"),
    "no_optimizer": ("drivetrain-approach", "suggestion"),
    "no_simulator": ("drivetrain-approach", "suggestion"),
    "no_risks": ("avoiding-disaster", "problem"),
    "no_feedback_loop": ("avoiding-disaster", "suggestion"),
    "uncontrollables_missing": ("drivetrain-approach", "suggestion"),
    "levers_capped": ("drivetrain-approach", "info"),
}
IMPORTANCE = {code: rank for rank, code in enumerate(CODES)}


@dataclass(frozen=True)
class Note:
    field: str  # a worksheet field, named the same in the web form and the JSON interface
    code: str
    message: str
    note_slug: str = ""
    severity: str = "problem"

    def as_json(self) -> dict:
        return {"field": self.field, "code": self.code, "message": self.message}


def make_note(field_name: str, code: str, message: str) -> Note:
    slug, severity = CODES[code]
    return Note(field_name, code, message, slug, severity)


def ranked(notes: list[Note]) -> list[Note]:
    """Most important first; notes of equal importance keep the worksheet's order."""
    return sorted(notes, key=lambda n: IMPORTANCE[n.code])


@dataclass
class Feedback:
    notes: list[Note]  # ranked, most important first
    strengths: str  # one line on what the plan does well ("" when there is nothing to name yet)
    used_model: bool = False

    @property
    def first(self) -> list[Note]:
        return self.notes[:SHOWN_FIRST]

    @property
    def folded(self) -> list[Note]:
        return self.notes[SHOWN_FIRST:]

    def as_json(self) -> dict:
        return {"notes": [n.as_json() for n in self.notes], "strengths": self.strengths}


def strengths_line(strengths: list[str]) -> str:
    """'What the plan does well: a, b and c.' (at most four, in the order given)."""
    named = strengths[:4]
    if not named:
        return ""
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"What the plan does well: {listed}."
