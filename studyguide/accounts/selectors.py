"""Read-only queries about roles and cohorts."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404

from .models import TEACHER_GROUP, Cohort


def is_teacher(user: AbstractBaseUser | AnonymousUser) -> bool:
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_is_teacher_cache", None)
    if cached is None:
        cached = user.groups.filter(name=TEACHER_GROUP).exists()  # type: ignore[attr-defined]
        user._is_teacher_cache = cached  # type: ignore[union-attr]
    return cached


def cohorts_taught_by(teacher) -> QuerySet[Cohort]:
    return Cohort.objects.filter(teachers=teacher).annotate(n_students=Count("memberships", distinct=True))


def cohorts_joined_by(student) -> QuerySet[Cohort]:
    return Cohort.objects.filter(memberships__student=student)


def cohorts_joined_load(student) -> list[Cohort]:
    """What ``cohorts_joined`` keeps beside the user (``usercache``)."""
    return list(Cohort.objects.filter(memberships__student=student).only("id", "name"))


def cohorts_joined(student) -> list[Cohort]:
    """The cohorts the student joined (id and name only), with the request's user from the shared cache."""
    from .usercache import user_extra

    return user_extra(student, "cohorts_joined")


def cohort_for_teacher(teacher, cohort_id: int) -> Cohort:
    """The teacher's cohort, or 404: another teacher's cohort is indistinguishable from a missing one."""
    return get_object_or_404(Cohort, pk=cohort_id, teachers=teacher)
