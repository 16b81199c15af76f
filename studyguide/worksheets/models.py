from django.conf import settings
from django.db import models

from . import spec


def _column(f: spec.FieldSpec) -> models.Field:
    """The database column of one worksheet field: its kind decides the type."""
    if f.kind == "line":
        return models.CharField(max_length=spec.TITLE_LIMIT, default=spec.UNTITLED)
    if f.kind == "list":
        return models.JSONField(default=list, blank=True, help_text="Ordered list of strings, one per row.")
    if f.kind == "choice":
        return models.CharField(max_length=8, choices=f.choices, blank=True)  # room for the longest value
    return models.TextField(blank=True)


class Worksheet(models.Model):
    """A student's Drivetrain plan. ``version`` grows by one on every save that changes something;
    ``field_versions`` records, per field, the version that last changed it (optimistic concurrency is per
    field: two tabs editing different fields never conflict)."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        REVIEWED = "reviewed", "Reviewed"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="worksheets")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    version = models.PositiveIntegerField(default=1)
    field_versions = models.JSONField(default=dict, blank=True)
    from_example = models.CharField(max_length=60, blank=True)
    # The plan's own fields (title, objective, levers, ...) are columns made from ``spec.FIELDS`` below.

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["owner", "-updated_at"]), models.Index(fields=["status"])]

    def __str__(self) -> str:
        return self.title

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Who owned it when read: a save that gives it to someone else drops the former owner's cached pages
        # too (worksheets/cache.py).
        instance._loaded_owner_id = instance.__dict__.get("owner_id")
        return instance

    def values(self) -> dict:
        return {name: getattr(self, name) for name in spec.EDITABLE}

    def field_version(self, name: str) -> int:
        return int(self.field_versions.get(name, 1))


for _field in spec.FIELDS:
    Worksheet.add_to_class(_field.name, _column(_field))


class Revision(models.Model):
    """A snapshot after a save. Consecutive autosaves of the same field by the same person within a few
    minutes update one revision instead of piling up hundreds."""

    worksheet = models.ForeignKey(Worksheet, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed = models.JSONField(default=list, blank=True, help_text="Names of the fields changed.")
    snapshot = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    saved_at = models.DateTimeField()

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["worksheet", "version"], name="unique_revision_version")
        ]

    def __str__(self) -> str:
        return f"{self.worksheet} v{self.version}"


class FieldComment(models.Model):
    """A teacher's comment on one field of a worksheet (or on the whole worksheet: field = "general")."""

    worksheet = models.ForeignKey(Worksheet, on_delete=models.CASCADE, related_name="comments")
    field = models.CharField(max_length=40)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.field}: {self.body[:40]}"
