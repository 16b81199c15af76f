"""Teacher-review models: the grade-decision log, student regrade requests, regrade runs, adapted cut-offs."""

from django.conf import settings
from django.db import models

__all__ = ["CohortQuizSettings", "GradeDecision", "ItemCutoffs", "RegradeRequest", "RegradeRun"]


class GradeDecision(models.Model):
    """Append-only log of every teacher decision on an answer (and every attempted one that lost a race).

    ``outcome=applied``: the decision became the answer's final grade; ``previous_*`` hold what it replaced.
    ``outcome=conflict``: the teacher decided on a stale version (someone else decided first); the decision is
    kept here, shown to the teacher beside the winning one, and never applied silently.
    """

    class Source(models.TextChoices):
        MANUAL = "manual", "Review queue"
        CLUSTER = "cluster", "Group grading"
        REGRADE_REQUEST = "regrade_request", "Regrade request"

    class Outcome(models.TextChoices):
        APPLIED = "applied", "Applied"
        CONFLICT = "conflict", "Conflict (not applied)"

    answer = models.ForeignKey("quiz.Answer", on_delete=models.CASCADE, related_name="decisions")
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.MANUAL)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.APPLIED)
    score = models.FloatField()
    level = models.CharField(max_length=10)
    comment = models.TextField(blank=True)
    confirmed_auto = models.BooleanField(default=False)  # the teacher accepted the automatic grade as is
    base_version = models.PositiveIntegerField()  # Answer.grade_version the teacher was looking at
    previous_score = models.FloatField(null=True, blank=True)
    previous_level = models.CharField(max_length=10, blank=True)
    previous_comment = models.TextField(blank=True)
    previous_decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["answer", "created_at"])]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}: {self.level} {self.score:.2f} on answer {self.answer_id}"


class RegradeRequest(models.Model):
    """A student asks the teacher to look again at a graded answer, with a reason."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "resolved", "Resolved"

    answer = models.ForeignKey("quiz.Answer", on_delete=models.CASCADE, related_name="regrade_requests")
    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(max_length=2000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decision = models.ForeignKey(
        GradeDecision, on_delete=models.SET_NULL, null=True, blank=True, related_name="regrade_requests"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["answer"],
                condition=models.Q(status="open"),
                name="one_open_regrade_request_per_answer",
            )
        ]

    def __str__(self) -> str:
        return f"Regrade request on answer {self.answer_id} ({self.status})"


class RegradeRun(models.Model):
    """A real (not dry) regrade of one item's answers in one cohort after a key change: who, when, what
    moved."""

    item = models.ForeignKey("course.Item", on_delete=models.CASCADE, related_name="+")
    cohort = models.ForeignKey("accounts.Cohort", on_delete=models.CASCADE, related_name="+")
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    key_version = models.PositiveIntegerField()
    n_considered = models.PositiveIntegerField(default=0)
    n_changed_level = models.PositiveIntegerField(default=0)
    n_up = models.PositiveIntegerField(default=0)
    n_down = models.PositiveIntegerField(default=0)
    n_kept_teacher = models.PositiveIntegerField(default=0)  # teacher-decided answers left untouched
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Regrade of {self.item_id} in cohort {self.cohort_id}: {self.n_changed_level} level changes"


class ItemCutoffs(models.Model):
    """Level cut-offs of one item adapted to its teachers' decisions (see ``quiz.review.adaptation``).

    ``active`` is False when the fitted pair did not agree with teachers better than the global cut-offs on
    held-out decisions; the grader then keeps the global pair, and the figures still explain why.
    """

    item = models.OneToOneField("course.Item", on_delete=models.CASCADE, related_name="adapted_cutoffs")
    partial_cutoff = models.FloatField()
    correct_cutoff = models.FloatField()
    default_partial_cutoff = models.FloatField()
    default_correct_cutoff = models.FloatField()
    fitted_on = models.PositiveIntegerField(default=0)  # number of teacher decisions used
    folds = models.PositiveIntegerField(default=0)
    agreement_before = models.FloatField(default=0.0)  # global cut-offs vs teachers (held-out)
    agreement_after = models.FloatField(default=0.0)  # adapted cut-offs vs teachers (held-out)
    active = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "item cut-offs"

    def __str__(self) -> str:
        return f"{self.item_id}: {self.partial_cutoff:.2f}/{self.correct_cutoff:.2f}"

    @property
    def cutoffs(self) -> tuple[float, float]:
        return (self.partial_cutoff, self.correct_cutoff)


class CohortQuizSettings(models.Model):
    """One cohort's release and anonymous grading of a quiz shared by every cohort (the built-in chapter
    quizzes, ``Quiz.cohort`` null). Every cohort's teachers decide these for their own students only; a
    cohort's own quiz keeps them on the quiz (``quiz.review.cohort_settings`` reads either)."""

    quiz = models.ForeignKey("quiz.Quiz", on_delete=models.CASCADE, related_name="cohort_settings")
    cohort = models.ForeignKey("accounts.Cohort", on_delete=models.CASCADE, related_name="+")
    anonymous_grading = models.BooleanField(default=False)
    released_at = models.DateTimeField(null=True, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name_plural = "cohort quiz settings"
        constraints = [
            models.UniqueConstraint(fields=["quiz", "cohort"], name="one_settings_row_per_cohort_quiz")
        ]

    def __str__(self) -> str:
        return f"{self.quiz} in {self.cohort}"
