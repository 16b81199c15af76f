"""Reads. Another person's worksheet is indistinguishable from a missing one (404)."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from studyguide.accounts.selectors import is_teacher

from .models import FieldComment, Revision, Worksheet


def worksheets_of(user) -> QuerySet[Worksheet]:
    return Worksheet.objects.filter(owner=user).annotate(n_comments=Count("comments"))


def own_worksheet(user, pk: int) -> Worksheet:
    return get_object_or_404(Worksheet, pk=pk, owner=user)


def _taught_q(teacher) -> Q:
    return Q(owner__memberships__cohort__teachers=teacher) & ~Q(status=Worksheet.Status.DRAFT)


def viewable_worksheet(user, pk: int) -> Worksheet:
    """The owner's worksheet, or a submitted/reviewed one of a student the user teaches; else 404."""
    if not user.is_authenticated:
        raise Http404("No such worksheet.")
    q = Q(owner=user)
    if is_teacher(user):
        q |= _taught_q(user)
    ws = Worksheet.objects.filter(q, pk=pk).select_related("owner").distinct().first()
    if ws is None:
        raise Http404("No such worksheet.")
    return ws


def teacher_can_review(user, ws: Worksheet) -> bool:
    return (
        is_teacher(user)
        and ws.status != Worksheet.Status.DRAFT
        and Worksheet.objects.filter(_taught_q(user), pk=ws.pk).exists()
    )


def submitted_for_teacher(teacher) -> QuerySet[Worksheet]:
    ids = Worksheet.objects.filter(_taught_q(teacher)).values("pk")
    return (
        Worksheet.objects.filter(pk__in=ids)
        .select_related("owner")
        .annotate(n_comments=Count("comments"))
        .order_by("status", "-submitted_at", "-id")
    )


def comments_by_field(ws: Worksheet) -> dict[str, list[FieldComment]]:
    out: dict[str, list[FieldComment]] = defaultdict(list)
    for c in ws.comments.select_related("author"):
        out[c.field].append(c)
    return dict(out)


def revisions(ws: Worksheet) -> QuerySet[Revision]:
    return ws.revisions.select_related("author").order_by("-version")


def revision(ws: Worksheet, version: int) -> Revision:
    return get_object_or_404(Revision, worksheet=ws, version=version)


def previous_revision(ws: Worksheet, rev: Revision) -> Revision | None:
    return ws.revisions.filter(version__lt=rev.version).order_by("-version").first()
