"""The grader's inputs and outputs: the key an answer is graded against, and the graded result."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class KeyPoint:
    label: str
    detail: str
    phrasings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Misconception:
    label: str
    feedback: str
    phrasings: tuple[str, ...] = ()
    # Regular expressions (case-insensitive) for wrong ideas that word matching cannot tell from right ones,
    # e.g. swapped letters: "y is independent" vs "independent is x". A match is a certain hit.
    patterns: tuple[str, ...] = ()
    # Credit this misconception costs at full strength; None: the model's default penalty.
    penalty: float | None = None


@dataclass(frozen=True)
class ItemKey:
    item_id: str
    question: str
    reference_answer: str
    key_points: tuple[KeyPoint, ...]
    misconceptions: tuple[Misconception, ...] = ()
    # Authored key points (the course bank) are gradable ideas in their own right: an answer that clearly
    # covers them earns credit even when it is much shorter than the reference answer ("Inference.").
    # Mohler's pseudo key points (reference clauses) leave this off, so the fitted model is unchanged there.
    credit_key_points: bool = False
    # "Name any three": full credit once this many key points are covered (None: all of them).
    points_needed: int | None = None
    # Points worth knowing that the question does not ask for: never graded, but a sentence stating one is a
    # supported claim (see the shotgun rule in ``pipeline``).
    optional_points: tuple[KeyPoint, ...] = ()


@dataclass
class PointEvidence:
    label: str
    detail: str
    status: str  # "covered" | "unclear" | "missing"
    strength: float
    quote: str | None  # the student's best-matching clause, verbatim


@dataclass
class MisconceptionHit:
    label: str
    feedback: str
    strength: float
    quote: str


@dataclass
class GradeResult:
    score: float
    level: str
    confidence: float
    points: list[PointEvidence]
    misconceptions: list[MisconceptionHit]
    hints: list[str]
    features: dict[str, float]
    # Characters of the cleaned answer the grader read in full, when it could not read all of it (a very long
    # answer): the student is told. None: the whole answer was graded.
    graded_chars: int | None = None
    # The (partial, correct) cut-offs the level was read with: level == level_for_cutoffs(score, cutoffs).
    cutoffs: tuple[float, float] = (0.0, 0.0)
    # Why the answer could not reach "correct" whatever its score (a misconception, a contradicted key point,
    # many unsupported claims); empty when nothing capped it.
    ceiling_reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = {
            "score": round(float(self.score), 4),
            "level": self.level,
            "confidence": round(float(self.confidence), 4),
            "points": [
                {
                    "label": p.label,
                    "detail": p.detail,
                    "status": p.status,
                    "strength": round(float(p.strength), 4),
                    "quote": p.quote,
                }
                for p in self.points
            ],
            "misconceptions": [
                {
                    "label": m.label,
                    "feedback": m.feedback,
                    "strength": round(float(m.strength), 4),
                    "quote": m.quote,
                }
                for m in self.misconceptions
            ],
            "hints": list(self.hints),
            "features": {k: round(float(v), 6) for k, v in self.features.items()},
            "cutoffs": [round(float(c), 4) for c in self.cutoffs],
        }
        if self.ceiling_reasons:
            out["ceiling_reasons"] = list(self.ceiling_reasons)
        if self.graded_chars is not None:
            out["graded_chars"] = int(self.graded_chars)
        return out
