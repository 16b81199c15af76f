"""Regrading after a key change: a dry-run plan of what would move, then the real run (a write).

Teacher-decided answers are never regraded; free-text answers are graded exactly as quiz taking grades them
(``quiz.services.answer_grade``: the item's adapted cut-offs when active, else the grader's own)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from quiz.grading import levels
from quiz.models import Answer, Attempt
from quiz.services import answer_final_from_auto, answer_grade, attempt_score_recompute
from studyguide.accounts.models import Cohort
from studyguide.course.models import Item

from .models import RegradeRun
from .selectors import cohort_answers, display_name


@dataclass
class RegradeChange:
    answer_id: int
    name: str
    text: str
    old_score: float | None
    old_level: str
    new_score: float
    new_level: str

    @property
    def direction(self) -> str:
        old, new = levels.RANK.get(self.old_level), levels.RANK.get(self.new_level)
        if old is None or new is None or old == new:
            return "same"
        return "up" if new > old else "down"


@dataclass
class RegradePlan:
    item: Item
    cohort: Cohort
    key_version: int
    scope: str
    considered: int = 0
    kept_teacher: int = 0  # teacher-decided answers: never changed by a regrade
    changes: list[RegradeChange] = field(default_factory=list)  # level changes only
    score_changes: int = 0  # answers whose score moves but level stays
    results: dict[int, dict] = field(default_factory=dict, repr=False)  # answer id -> new grade fields
    dry_run: bool = True

    @property
    def up(self) -> int:
        return sum(1 for c in self.changes if c.direction == "up")

    @property
    def down(self) -> int:
        return sum(1 for c in self.changes if c.direction == "down")

    @property
    def summary(self) -> str:
        n = len(self.changes)
        verb = "change" if self.dry_run else "changed"
        head = f"{n} answer{'s' if n != 1 else ''} {verb} level: {self.up} up, {self.down} down"
        return f"{head} (of {self.considered} regraded; {self.kept_teacher} teacher-decided kept as they are)"


def _auto_grade(answer: Answer, item: Item, embedder=None) -> dict | None:
    """Grade one answer with the item's current key, exactly as quiz taking does
    (``quiz.services.answer_grade``, which also reads the item's adapted cut-offs), on a detached copy.
    Returns the Answer fields to set, or None for items that are not auto-graded."""
    if not item.auto_graded:
        return None
    probe = Answer(text=answer.text, choice_ids=list(answer.choice_ids or []), order=list(answer.order or []))
    answer_grade(answer=probe, item=item, embedder=embedder)
    return {
        "auto_score": probe.auto_score,
        "auto_level": probe.auto_level,
        "confidence": probe.confidence,
        "evidence": probe.evidence,
    }


def _final(answer: Answer, item: Item, fields: dict):
    """What the student will see after the regrade: the same rule as quiz taking (an unsure exam grade waits
    for the teacher, scores sit in their level's band), with the cut-offs the new level was cut with (stored
    in its evidence)."""
    evidence = dict(fields["evidence"] or {})
    probe = Answer(
        attempt=answer.attempt,
        text=answer.text,
        auto_score=fields["auto_score"],
        auto_level=fields["auto_level"],
        confidence=fields["confidence"],
        evidence=evidence,
    )
    answer_final_from_auto(answer=probe, item=item)
    return probe.final_score, probe.final_level


def regrade_plan(*, item: Item, cohort: Cohort, embedder=None, scope: str = "stale") -> RegradePlan:
    """Dry run: regrade the cohort's answers to the item under the current key, change nothing.

    ``scope="stale"``: answers graded under an older key version (or never graded); ``"all"``: every
    answer."""
    plan = RegradePlan(item=item, cohort=cohort, key_version=item.key_version, scope=scope)
    if not item.auto_graded:
        return plan
    qs = cohort_answers(cohort).filter(item=item).select_related("attempt__quiz", "attempt__student")
    if scope != "all":
        qs = qs.filter(Q(key_version__isnull=True) | Q(key_version__lt=item.key_version))
    for a in qs.order_by("pk"):
        if a.decided_by_id is not None:
            plan.kept_teacher += 1
            continue
        fields = _auto_grade(a, item, embedder)
        if fields is None:
            continue
        plan.considered += 1
        final_score, final_level = _final(a, item, fields)
        plan.results[a.pk] = {
            **fields,
            "final_score": final_score,
            "final_level": final_level,
            "grade_version": a.grade_version,
        }
        if final_level != (a.final_level or a.auto_level):
            plan.changes.append(
                RegradeChange(
                    answer_id=a.pk,
                    name=display_name(a, cohort),
                    text=a.text,
                    old_score=a.final_score,
                    old_level=a.final_level or a.auto_level or levels.PENDING,
                    new_score=final_score,
                    new_level=final_level,
                )
            )
        elif final_score != a.final_score and (
            final_score is None or a.final_score is None or abs(final_score - a.final_score) > 1e-4
        ):
            plan.score_changes += 1
    return plan


def regrade_run(
    *, teacher, item: Item, cohort: Cohort, embedder=None, scope: str = "stale"
) -> tuple[RegradePlan, RegradeRun]:
    """Real run: apply a fresh plan. Teacher-decided answers are never touched (also guarded in the UPDATE, so
    a decision made while the regrade runs wins)."""
    plan = regrade_plan(item=item, cohort=cohort, embedder=embedder, scope=scope)
    plan.dry_run = False
    now = timezone.now()
    changed_ids = {c.answer_id for c in plan.changes}
    lost: set[int] = set()
    with transaction.atomic():
        attempts = set()
        for answer_id, fields in plan.results.items():
            version = fields.pop("grade_version")
            n = Answer.objects.filter(pk=answer_id, decided_by__isnull=True, grade_version=version).update(
                auto_score=fields["auto_score"],
                auto_level=fields["auto_level"],
                confidence=fields["confidence"],
                evidence=fields["evidence"],
                final_score=fields["final_score"],
                final_level=fields["final_level"],
                key_version=item.key_version,
                graded_at=now,
                grade_version=F("grade_version") + 1,
            )
            if n:
                attempts.add(Answer.objects.filter(pk=answer_id).values_list("attempt_id", flat=True).first())
            else:
                lost.add(answer_id)
        for attempt in Attempt.objects.filter(pk__in=attempts):
            attempt_score_recompute(attempt=attempt)
        plan.changes = [c for c in plan.changes if c.answer_id not in lost]
        plan.kept_teacher += len(lost & changed_ids) + len(lost - changed_ids)
        plan.considered -= len(lost)
        run = RegradeRun.objects.create(
            item=item,
            cohort=cohort,
            teacher=teacher,
            key_version=item.key_version,
            n_considered=plan.considered,
            n_changed_level=len(plan.changes),
            n_up=plan.up,
            n_down=plan.down,
            n_kept_teacher=plan.kept_teacher,
        )
    return plan, run
