"""Writes to worksheets: keyword-only ``<entity>_<action>`` functions. Every function is transactional; saving
locks the worksheet row so two concurrent saves are applied one after the other and the per-field version
check is exact. Errors are domain errors (``WorksheetNotFound``, ``CommentError``); views translate them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from . import spec
from .examples import Example
from .models import FieldComment, Revision, Worksheet

COALESCE_WINDOW = timedelta(minutes=5)


class WorksheetNotFound(LookupError):
    """No such worksheet for this user (another person's worksheet counts as missing)."""


class CommentError(ValueError):
    """A teacher's comment that cannot be stored; the message says why."""


@dataclass
class Conflict:
    field: str
    mine: object
    theirs: object
    their_version: int
    saved_at: datetime | None


@dataclass
class SaveResult:
    worksheet: Worksheet
    saved: list[str] = field(default_factory=list)
    conflicts: dict[str, Conflict] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.conflicts


def _snapshot(ws: Worksheet) -> dict:
    return ws.values()


@transaction.atomic
def worksheet_create(
    *, owner, title: str = "", values: dict | None = None, from_example: str = ""
) -> Worksheet:
    ws = Worksheet(owner=owner, from_example=from_example)
    for name, value in (values or {}).items():
        if name in spec.EDITABLE:
            setattr(ws, name, list(value) if name in spec.LIST_FIELDS else value)
    ws.title = (title or ws.title or spec.UNTITLED)[: spec.TITLE_LIMIT]
    ws.save()
    Revision.objects.create(
        worksheet=ws,
        version=ws.version,
        author=owner,
        changed=[],
        snapshot=_snapshot(ws),
        saved_at=timezone.now(),
    )
    return ws


def worksheet_create_from_example(*, owner, example: Example) -> Worksheet:
    return worksheet_create(
        owner=owner,
        title=f"{example.values.get('title', example.title)} (my copy)",
        values=example.values,
        from_example=example.slug,
    )


def _locked_own(worksheet_id: int, user) -> Worksheet:
    try:
        return Worksheet.objects.select_for_update().get(pk=worksheet_id, owner=user)
    except Worksheet.DoesNotExist as exc:
        raise WorksheetNotFound(worksheet_id) from exc


@transaction.atomic
def worksheet_fields_save(*, worksheet_id: int, user, values: dict, bases: dict[str, int]) -> SaveResult:
    """Apply ``values`` (already validated) to the user's worksheet.

    ``bases[name]`` is the worksheet version the client's copy of that field is based on. A field changed by
    someone else since then (its field version is newer) is not written: it is returned as a conflict with
    both texts. A value equal to the stored one is a no-op (never a conflict)."""
    ws = _locked_own(worksheet_id, user)
    result = SaveResult(worksheet=ws)
    to_write: dict[str, object] = {}
    for name, value in values.items():
        current = getattr(ws, name)
        if value == current:
            continue  # a no-op, never a conflict
        if ws.field_version(name) > int(bases.get(name, 0)):
            last = ws.revisions.filter(version=ws.field_version(name)).only("saved_at").first()
            result.conflicts[name] = Conflict(
                field=name,
                mine=value,
                theirs=current,
                their_version=ws.field_version(name),
                saved_at=last.saved_at if last else ws.updated_at,
            )
            continue
        to_write[name] = value
    if not to_write:
        return result
    ws.version += 1
    fv = dict(ws.field_versions)
    for name, value in to_write.items():
        setattr(ws, name, value)
        fv[name] = ws.version
    ws.field_versions = fv
    ws.save()
    result.saved = list(to_write)
    _record_revision(ws, user, sorted(to_write))
    return result


def _record_revision(ws: Worksheet, user, changed: list[str]) -> None:
    now = timezone.now()
    last = ws.revisions.order_by("-version").first()
    if (
        last is not None
        and last.changed
        and last.author_id == getattr(user, "pk", None)
        and sorted(last.changed) == changed
        and now - last.saved_at < COALESCE_WINDOW
    ):
        last.version = ws.version
        last.snapshot = _snapshot(ws)
        last.saved_at = now
        last.save(update_fields=["version", "snapshot", "saved_at"])
        return
    Revision.objects.create(
        worksheet=ws, version=ws.version, author=user, changed=changed, snapshot=_snapshot(ws), saved_at=now
    )


@transaction.atomic
def revision_restore(*, worksheet_id: int, user, revision: Revision) -> SaveResult:
    """Bring an older version back as a new save (history is never rewritten)."""
    ws = _locked_own(worksheet_id, user)
    values = {f.name: revision.snapshot.get(f.name, f.empty) for f in spec.FIELDS}
    bases = {name: ws.field_version(name) for name in spec.EDITABLE}
    return worksheet_fields_save(worksheet_id=worksheet_id, user=user, values=values, bases=bases)


def _move_to(worksheet: Worksheet, status: str, *, stamp: str = "") -> Worksheet:
    """Change the status only (the plan's text is not touched), recording the time in ``stamp`` if given."""
    worksheet.status = status
    changed = ["status"]
    if stamp:
        setattr(worksheet, stamp, timezone.now())
        changed.append(stamp)
    worksheet.save(update_fields=[*changed, "updated_at"])
    return worksheet


@transaction.atomic
def worksheet_submit(*, worksheet: Worksheet) -> Worksheet:
    return _move_to(worksheet, Worksheet.Status.SUBMITTED, stamp="submitted_at")


@transaction.atomic
def worksheet_withdraw(*, worksheet: Worksheet) -> Worksheet:
    return _move_to(worksheet, Worksheet.Status.DRAFT)


@transaction.atomic
def worksheet_mark_reviewed(*, worksheet: Worksheet) -> Worksheet:
    return _move_to(worksheet, Worksheet.Status.REVIEWED, stamp="reviewed_at")


@transaction.atomic
def comment_create(*, worksheet: Worksheet, author, field_name: str, body: str) -> FieldComment:
    if field_name != "general" and field_name not in spec.EDITABLE:
        raise CommentError(f"unknown field {field_name!r}")
    body = spec.normalise_text(body).strip()
    if not body:
        raise CommentError("The comment is empty.")
    if len(body) > spec.COMMENT_LIMIT:
        raise CommentError(f"Comments are limited to {spec.COMMENT_LIMIT:,} characters.")
    return FieldComment.objects.create(worksheet=worksheet, author=author, field=field_name, body=body)
