"""Add images to a project (several files, or zips) and remove them, within the limits.

Every file goes through ``safe_image.load_upload``/``load_image`` (the classifier page's loader) and is
stored re-encoded (``imaging.encode_for_storage``). The per-file outcome is reported, so one bad file
never hides the good ones and the student learns what was left out and why.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Sum

from classifier.projects import archive, imaging, limits
from classifier.projects.cleanup import delete_stored_files
from classifier.projects.models import Project, ProjectClass, ProjectImage
from classifier.safe_image import ImageRejected, load_image, load_upload

TOO_MANY_FILES = "You sent {n} files; upload at most {cap} at once (or put them in a zip)."
DUPLICATE = "already in this project"
CLASS_FULL = "not added: {klass} already has {cap} images, the limit per class"
PROJECT_FULL = "not added: the project already has {cap} images, the limit per project"
USER_FULL = "not added: your projects already use {mb} MB, the limit per student"
NO_CLASS_FOLDER = "not added: put it in a folder named after one of your classes ({names})"
NOTHING_SENT = "Choose one or more images, or a zip."


@dataclass
class UploadReport:
    added: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)

    def problem(self, name: str, message: str) -> None:
        self.problems.append((name[-120:] or "(no name)", message))


@dataclass
class _Candidate:
    name: str
    klass: ProjectClass
    sha256: str
    encoded: imaging.Encoded


def _is_zip(upload) -> bool:
    name = (getattr(upload, "name", "") or "").lower()
    head = upload.read(4)
    upload.seek(0)
    return name.endswith(".zip") or head == b"PK\x03\x04"


def _decode_upload(upload, lim: limits.Limits) -> tuple[str, imaging.Encoded]:
    data_sha = hashlib.sha256()
    img = load_upload(upload, max_bytes=lim.max_file_bytes, max_pixels=lim.max_pixels)
    upload.seek(0)
    for chunk in iter(lambda: upload.read(1 << 20), b""):
        data_sha.update(chunk)
    return data_sha.hexdigest(), imaging.encode_for_storage(img, max_side=lim.image_max_side)


def _decode_bytes(data: bytes, lim: limits.Limits) -> tuple[str, imaging.Encoded]:
    img = load_image(data, max_bytes=lim.max_file_bytes, max_pixels=lim.max_pixels)
    return hashlib.sha256(data).hexdigest(), imaging.encode_for_storage(img, max_side=lim.image_max_side)


class _Room:
    """How many more images each class, the project and the student can take (checked before decoding,
    so a huge zip is not decoded just to be refused, and again under the lock before saving)."""

    def __init__(self, project: Project, lim: limits.Limits):
        self.lim = lim
        self.per_class = {k.pk: lim.max_images_per_class - k.images.count() for k in project.classes.all()}
        self.project = lim.max_images_per_project - project.images.count()
        used = ProjectImage.objects.filter(project__owner_id=project.owner_id).aggregate(n=Sum("n_bytes"))[
            "n"
        ]
        self.bytes = lim.max_bytes_per_user - (used or 0)
        self.hashes = set(project.images.values_list("source_sha256", flat=True))

    def refusal(self, klass: ProjectClass, sha256: str | None = None, n_bytes: int = 0) -> str | None:
        if sha256 is not None and sha256 in self.hashes:
            return DUPLICATE
        if self.per_class.get(klass.pk, 0) <= 0:
            return CLASS_FULL.format(klass=klass.name, cap=self.lim.max_images_per_class)
        if self.project <= 0:
            return PROJECT_FULL.format(cap=self.lim.max_images_per_project)
        if self.bytes - n_bytes < 0:
            return USER_FULL.format(mb=self.lim.max_bytes_per_user // (1024 * 1024))
        return None

    def take(self, klass: ProjectClass, sha256: str, n_bytes: int) -> None:
        self.per_class[klass.pk] -= 1
        self.project -= 1
        self.bytes -= n_bytes
        self.hashes.add(sha256)


def images_add(*, project: Project, files: list, klass: ProjectClass | None = None) -> UploadReport:
    """Add uploaded files: images, or zips of images. With ``klass`` everything goes into that class; without
    it (a whole-project zip) each zip entry goes to the class named by its folder."""
    lim = limits.current()
    report = UploadReport()
    if not files:
        report.problem("", NOTHING_SENT)
        return report
    if len(files) > lim.max_files_per_upload:
        report.problem("", TOO_MANY_FILES.format(n=len(files), cap=lim.max_files_per_upload))
        return report
    classes = {k.name.lower(): k for k in project.classes.all()}
    room = _Room(project, lim)
    candidates: list[_Candidate] = []

    def consider(name: str, target: ProjectClass | None, decode) -> None:
        if target is None:
            report.problem(name, NO_CLASS_FOLDER.format(names=", ".join(k.name for k in classes.values())))
            return
        early = room.refusal(target)
        if early:
            report.problem(name, early)
            return
        try:
            sha256, encoded = decode()
        except ImageRejected as exc:
            report.problem(name, str(exc))
            return
        n_bytes = len(encoded.image) + len(encoded.thumb)
        refused = room.refusal(target, sha256, n_bytes)
        if refused:
            report.problem(name, refused)
            return
        room.take(target, sha256, n_bytes)
        candidates.append(_Candidate(name, target, sha256, encoded))

    for upload in files:
        name = getattr(upload, "name", "") or "upload"
        if not _is_zip(upload):
            consider(name, klass, lambda u=upload: _decode_upload(u, lim))
            continue
        try:
            contents = archive.read_zip(
                upload, size=getattr(upload, "size", None), limits=limits.zip_limits()
            )
        except archive.ArchiveRejected as exc:
            report.problem(name, str(exc))
            continue
        for entry in contents.entries:
            label = f"{name}: {entry.name}"
            if entry.problem:
                report.problem(label, entry.problem)
                continue
            target = klass or classes.get(entry.folder.lower())
            consider(label, target, lambda d=entry.data: _decode_bytes(d, lim))
    report.added = _save(project, candidates, report, lim)
    return report


def _save(project: Project, candidates: list[_Candidate], report: UploadReport, lim: limits.Limits) -> int:
    if not candidates:
        return 0
    saved_names: list[str] = []
    try:
        with transaction.atomic():
            project = Project.objects.select_for_update().get(pk=project.pk)
            room = _Room(project, lim)  # again, under the lock: another tab may have uploaded meanwhile
            added = 0
            for c in candidates:
                n_bytes = len(c.encoded.image) + len(c.encoded.thumb)
                refused = room.refusal(c.klass, c.sha256, n_bytes)
                if refused:
                    report.problem(c.name, refused)
                    continue
                stem = uuid.uuid4().hex
                row = ProjectImage(
                    project=project,
                    klass=c.klass,
                    original_name=c.name[-200:],
                    source_sha256=c.sha256,
                    width=c.encoded.width,
                    height=c.encoded.height,
                    n_bytes=n_bytes,
                )
                row.image.save(f"{stem}.jpg", ContentFile(c.encoded.image), save=False)
                saved_names.append(row.image.name)
                row.thumb.save(f"{stem}.thumb.jpg", ContentFile(c.encoded.thumb), save=False)
                saved_names.append(row.thumb.name)
                row.save()
                room.take(c.klass, c.sha256, n_bytes)
                added += 1
            project.save(update_fields=["updated_at"])
            return added
    except BaseException:
        delete_stored_files(saved_names)  # the rows were rolled back: do not leave their files behind
        raise


def image_delete(*, image: ProjectImage) -> None:
    with transaction.atomic():
        image.delete()  # its files go once this commits (classifier/projects/cleanup.py)
        Project.objects.get(pk=image.project_id).save(update_fields=["updated_at"])
