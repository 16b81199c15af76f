"""Model versions (built-in and trained) and teacher-visible flags of wrong predictions."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class ModelVersion(models.Model):
    """A model folder under ``CLASSIFIER_MODEL_DIR`` with the checksums recorded when it was written."""

    BUILTIN = "builtin"
    TRAINED = "trained"
    KIND_CHOICES = [(BUILTIN, "Built-in"), (TRAINED, "Trained")]

    slug = models.SlugField(max_length=80, unique=True, help_text="Folder name under CLASSIFIER_MODEL_DIR")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=KIND_CHOICES, default=BUILTIN)
    learner_sha256 = models.CharField(max_length=64)
    onnx_sha256 = models.CharField(max_length=64)
    vocab = models.JSONField(default=list)
    manifest = models.JSONField(default=dict, blank=True)
    evaluation = models.JSONField(default=dict, blank=True)
    is_active = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"], condition=Q(is_active=True), name="one_active_model"
            )
        ]

    def __str__(self) -> str:
        return f"{self.slug} ({'active' if self.is_active else 'inactive'})"


def label_name(label: str) -> str:
    """A label as people read it ("not a bear" rather than the stored ``not_a_bear``)."""
    return "not a bear" if label == Flag.NOT_A_BEAR else label


def flag_upload_to(instance, filename: str) -> str:
    return f"classifier/flags/{filename}"


class Flag(models.Model):
    """A student says "this prediction is wrong". The image is stored only here, when flagged."""

    NOT_A_BEAR = "not_a_bear"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classifier_flags"
    )
    model_version = models.ForeignKey(ModelVersion, on_delete=models.SET_NULL, null=True, blank=True)
    image = models.FileField(upload_to=flag_upload_to)
    predicted_label = models.CharField(max_length=100)
    correct_label = models.CharField(max_length=100, blank=True)
    verdict = models.CharField(max_length=20)
    bear_mass = models.FloatField()
    probs = models.JSONField(default=dict)
    top5 = models.JSONField(default=list)
    note = models.TextField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"flag #{self.pk}: {self.predicted_label} -> {self.correct_label or '?'}"

    @property
    def correct_label_name(self) -> str:
        return label_name(self.correct_label)


def class_example_upload_to(instance, filename: str) -> str:
    return f"classifier/class-examples/{filename}"


class ClassExample(models.Model):
    """A real photo a teacher took from a flag into the classifier page's example gallery.

    It is its own re-encoded copy (removing it never touches the flag, deleting the flag removes it too) and
    is shown to the promoting teacher and to everyone in the cohorts that teacher teaches; visitors who are
    not logged in keep the built-in examples only. The prediction is the one made when the photo was flagged.
    """

    flag = models.OneToOneField(Flag, on_delete=models.CASCADE, related_name="class_example")
    promoted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="promoted_classifier_examples"
    )
    image = models.FileField(upload_to=class_example_upload_to)
    caption = models.CharField(max_length=200, blank=True)
    true_label = models.CharField(max_length=100, blank=True)
    predicted_label = models.CharField(max_length=100)
    top_prob = models.FloatField()
    bear_mass = models.FloatField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"class example #{self.pk} from flag #{self.flag_id}"

    @property
    def true_label_name(self) -> str:
        return label_name(self.true_label)


# The student projects live in their own module; importing them here registers them in this app.
from classifier.projects.models import Project, ProjectClass, ProjectImage, ProjectModel, TrainingJob  # noqa: E402

__all__ = [
    "ClassExample",
    "Flag",
    "ModelVersion",
    "Project",
    "ProjectClass",
    "ProjectImage",
    "ProjectModel",
    "TrainingJob",
]
