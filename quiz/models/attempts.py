"""Quizzes, attempts and answers: the core shared by quiz taking and teacher review."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from quiz.grading import levels


class Quiz(models.Model):
    class Mode(models.TextChoices):
        PRACTICE = "practice", "Practice"
        EXAM = "exam", "Exam"

    class ReviewPolicy(models.TextChoices):
        IMMEDIATE = "immediate", "Show the review immediately"
        AFTER_RELEASE = "after_release", "Show the review after the teacher releases grades"

    # The two built-in chapter quizzes open to everyone (``services.builtin_quizzes_ensure``).
    PRACTICE_SLUG = "chapter-2-practice"
    EXAM_SLUG = "chapter-2-exam"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.PRACTICE)
    # Null cohort: open to every signed-in user (the built-in chapter quizzes).
    cohort = models.ForeignKey(
        "accounts.Cohort", on_delete=models.CASCADE, null=True, blank=True, related_name="quizzes"
    )
    items = models.ManyToManyField("course.Item", through="QuizItem", related_name="quizzes")
    time_limit_minutes = models.PositiveIntegerField(null=True, blank=True)
    review_policy = models.CharField(
        max_length=20, choices=ReviewPolicy.choices, default=ReviewPolicy.IMMEDIATE
    )
    released_at = models.DateTimeField(null=True, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    anonymous_grading = models.BooleanField(default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["mode", "title"]
        verbose_name_plural = "quizzes"

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.cohort_id is None and self.review_policy != self.ReviewPolicy.IMMEDIATE:
            # Release is per cohort for a shared quiz (quiz.review.cohort_settings), so it cannot gate grades.
            raise ValidationError(
                {"review_policy": "A quiz shared by every cohort shows grades right after submitting."}
            )

    @property
    def grades_visible(self) -> bool:
        return self.review_policy == self.ReviewPolicy.IMMEDIATE or self.released_at is not None

    @property
    def once_only(self) -> bool:
        """An exam set for a cohort is sat once (the built-in exam, open to everyone, can be sat again)."""
        return self.mode == self.Mode.EXAM and self.cohort_id is not None


class QuizItem(models.Model):
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="quiz_items")
    item = models.ForeignKey("course.Item", on_delete=models.CASCADE, related_name="+")
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["quiz", "order"]
        constraints = [models.UniqueConstraint(fields=["quiz", "item"], name="unique_quiz_item")]

    def __str__(self) -> str:
        return f"{self.quiz} #{self.order}: {self.item_id}"


class Attempt(models.Model):
    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        SUBMITTED = "submitted", "Submitted"

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IN_PROGRESS)
    started_at = models.DateTimeField(auto_now_add=True)
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    is_late = models.BooleanField(default=False)
    score = models.FloatField(null=True, blank=True)  # mean final score over answered items, 0..1
    # Item ids the student flagged to revisit (both modes; mirrored onto Answer.flagged in exam mode).
    flagged_items = models.JSONField(default=list, blank=True)
    # When the student last opened the result with its grades visible: the home page lists the results whose
    # grades were released after that (or never seen), so a release is noticed.
    result_seen_at = models.DateTimeField(null=True, blank=True)
    # Exam grading runs in a task worker after the submit (quiz.exam_grading): when it was queued, cleared
    # once every answer is graded. Set, it is what the result page waits for; set for long, it is re-queued.
    grading_queued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["student", "quiz", "status"])]
        constraints = [
            # Starting a quiz resumes the open attempt, so there is never a reason for two. The database
            # enforces it because two simultaneous "start" requests both find none open: for a once-only
            # cohort exam that was a second sitting (``services.attempt_start`` resumes the winner's).
            models.UniqueConstraint(
                fields=["quiz", "student"],
                condition=models.Q(status="in_progress"),
                name="one_open_attempt_per_student_and_quiz",
            )
        ]

    def __str__(self) -> str:
        return f"{self.student} · {self.quiz} · {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def grading_pending(self) -> bool:
        return self.grading_queued_at is not None


class Answer(models.Model):
    """One answer to one item within an attempt.

    Practice mode keeps every try as its own row (history); exam mode has one row per item, updated by
    autosave until the attempt is submitted. The automatic grade and the teacher's decision are kept apart;
    `final_*` is what the student sees: the teacher's decision when there is one, else the automatic grade.
    """

    class Level(models.TextChoices):
        # Values and labels come from the one definition of the levels (quiz.grading.levels).
        CORRECT = levels.CORRECT, levels.LABELS[levels.CORRECT]
        PARTIAL = levels.PARTIAL, levels.LABELS[levels.PARTIAL]
        INCORRECT = levels.INCORRECT, levels.LABELS[levels.INCORRECT]
        PENDING = levels.PENDING, levels.LABELS[levels.PENDING]

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey("course.Item", on_delete=models.CASCADE, related_name="answers")
    text = models.TextField(blank=True)
    choice_ids = models.JSONField(default=list, blank=True)  # multiple choice: selected Choice ids
    order = models.JSONField(default=list, blank=True)  # ordering: submitted sequence of step texts
    submission_key = models.UUIDField(default=uuid.uuid4, editable=False)  # idempotency for double submits
    # Exam drafts: grows by one on every autosave that changes this item, so a save from a tab that loaded an
    # older version is a conflict, never an overwrite (quiz.exam_services).
    draft_version = models.PositiveIntegerField(default=0)
    flagged = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    graded_at = models.DateTimeField(null=True, blank=True)
    is_late = models.BooleanField(default=False)

    # Automatic grade (None until graded; reflection items are never auto-graded).
    auto_score = models.FloatField(null=True, blank=True)
    auto_level = models.CharField(max_length=10, choices=Level.choices, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    evidence = models.JSONField(default=dict, blank=True)  # grading.GradeResult.to_dict()
    key_version = models.PositiveIntegerField(null=True, blank=True)  # the item's key version used to grade

    # Final grade: the teacher's decision wins over the automatic grade.
    final_score = models.FloatField(null=True, blank=True)
    final_level = models.CharField(max_length=10, choices=Level.choices, blank=True)
    teacher_comment = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # Optimistic concurrency for teacher decisions: a decision names the version it was made on.
    grade_version = models.PositiveIntegerField(default=0)
    # Spaced review: the FSRS rating the student confirmed for this answer (again / hard / good / easy).
    review_rating = models.CharField(max_length=10, blank=True)

    class Meta:
        ordering = ["attempt", "item__order", "created_at"]
        indexes = [models.Index(fields=["item", "attempt"])]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "submission_key"], name="unique_answer_submission_key")
        ]

    def __str__(self) -> str:
        return f"{self.item.item_id} by {self.attempt.student}"

    @property
    def teacher_decided(self) -> bool:
        return self.decided_by_id is not None

    @property
    def shown_score(self) -> float | None:
        """``final_score`` as students see it: always inside its level's band (``levels.SCORE_BANDS``), so a
        wrong answer never reads like a pass, rows stored before the bands existed included."""
        if self.final_score is None or self.final_level not in levels.LEVELS:
            return None
        return levels.shown_score(float(self.final_score), self.final_level)


class ReviewCard(models.Model):
    """Spaced-review state of one item for one student (FSRS card stored as its JSON dict)."""

    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_cards"
    )
    item = models.ForeignKey("course.Item", on_delete=models.CASCADE, related_name="+")
    card = models.JSONField(default=dict)
    due = models.DateTimeField(db_index=True)
    last_rating = models.CharField(max_length=10, blank=True)
    reps = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["student", "item"], name="unique_review_card")]
        ordering = ["due"]

    def __str__(self) -> str:
        return f"{self.student} · {self.item_id} due {self.due:%Y-%m-%d %H:%M}"
