"""A student's own classifier: a project with 2-5 classes, its images, training jobs and trained versions.

Imported by ``classifier.models`` so Django registers these models in the ``classifier`` app.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

CLASS_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9 _-]{0,39}$"


class Project(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classifier_projects"
    )
    name = models.CharField(max_length=80)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return self.name


class ProjectClass(models.Model):
    """One class (a folder, in the book's words): its name is the label fastai's ``parent_label`` reads."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="classes")
    name = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["project", "name"], name="unique_class_per_project")]

    def __str__(self) -> str:
        return self.name


def image_upload_to(instance: ProjectImage, filename: str) -> str:
    return f"classifier/projects/{instance.project_id}/{filename}"


class ProjectImage(models.Model):
    """A training image, stored re-encoded as JPEG (never the uploaded bytes), with its thumbnail."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="images")
    klass = models.ForeignKey(ProjectClass, on_delete=models.CASCADE, related_name="images")
    image = models.FileField(upload_to=image_upload_to, max_length=200)
    thumb = models.FileField(upload_to=image_upload_to, max_length=200)
    original_name = models.CharField(max_length=200, blank=True)
    source_sha256 = models.CharField(max_length=64, help_text="SHA-256 of the uploaded bytes (duplicates)")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    n_bytes = models.PositiveIntegerField(help_text="Stored bytes, image and thumbnail")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["project", "source_sha256"], name="unique_image_per_project")
        ]

    def __str__(self) -> str:
        return f"{self.klass.name}/{self.pk}"


class TrainingJob(models.Model):
    """One training run. The database row is the job's truth: the page, the queue and the worker read it."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    STATUS_CHOICES = [
        (QUEUED, "Waiting in the queue"),
        (RUNNING, "Training"),
        (SUCCEEDED, "Finished"),
        (FAILED, "Failed"),
        (CANCELLED, "Cancelled"),
    ]
    ACTIVE = (QUEUED, RUNNING)

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="jobs")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classifier_training_jobs"
    )
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=QUEUED)
    epochs = models.PositiveSmallIntegerField(default=3)
    train_backbone = models.BooleanField(default=False)
    image_size = models.PositiveSmallIntegerField(default=224)
    task_id = models.CharField(max_length=64, blank=True, help_text="The django-tasks result id")
    cancel_requested = models.BooleanField(default=False)
    progress = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # One job per student at a time, whatever the number of tabs, clicks or web workers.
            models.UniqueConstraint(
                fields=["owner"],
                condition=Q(status__in=("queued", "running")),
                name="one_active_job_per_user",
            ),
        ]

    def __str__(self) -> str:
        return f"job #{self.pk} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE


class ProjectModel(models.Model):
    """A trained version ("my model v2"): a folder under ``CLASSIFIER_MODEL_DIR/projects``, its checksums."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="models")
    job = models.OneToOneField(TrainingJob, on_delete=models.SET_NULL, null=True, related_name="model")
    number = models.PositiveIntegerField()
    folder = models.CharField(max_length=80, unique=True, help_text="Folder name under the projects dir")
    learner_sha256 = models.CharField(max_length=64)
    onnx_sha256 = models.CharField(max_length=64)
    vocab = models.JSONField(default=list)
    image_size = models.PositiveSmallIntegerField(default=224)
    metrics = models.JSONField(default=dict, help_text="error rate, confusion matrix, top losses, epochs")
    card = models.JSONField(default=dict, help_text="data counts, split, settings, library versions")
    gate = models.JSONField(default=dict, help_text="domain rows and threshold from gate.calibrate")
    scores = models.JSONField(default=dict, help_text="per image id: split, loss, predicted, probability")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["project", "number"], name="unique_version_number")]

    def __str__(self) -> str:
        return f"{self.project.name} v{self.number}"
