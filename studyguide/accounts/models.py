import secrets

from django.conf import settings
from django.db import models

# Join codes avoid look-alike characters (0/O, 1/I/L) because students type them from a projector.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 8
TEACHER_GROUP = "teacher"


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(raw: str) -> str:
    """A join code as typed (lower case, spaces, dashes) in the form it is stored."""
    return "".join(ch for ch in raw.upper() if ch.isalnum())


class Cohort(models.Model):
    """A class of students taught by one or more teachers."""

    name = models.CharField(max_length=100)
    join_code = models.CharField(max_length=16, unique=True, default=new_join_code)
    teachers = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="cohorts_taught")
    students = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="cohorts_joined"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cohort", "student"], name="unique_membership")]
        ordering = ["joined_at"]

    def __str__(self) -> str:
        return f"{self.student} in {self.cohort}"
