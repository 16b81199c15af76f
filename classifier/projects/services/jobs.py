"""Training jobs: start (one per student), cancel, the worker's claim / progress / outcome, and the sweep
that turns a job whose worker died into a failed one.

The job row is the truth for the page. The django-tasks result row only carries the job id to a worker.
Every write the worker makes is conditional on the job still being ``running``, so a job that was swept
as dead or cancelled cannot be brought back by a slow worker.
"""

from __future__ import annotations

import shutil
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from classifier.projects import limits, paths, publish
from classifier.projects.models import Project, ProjectModel, TrainingJob

WORKER_LOST = (
    "The training worker stopped while working on this job (no sign of life for {s} seconds). "
    "No model was saved. Train again; if this keeps happening, tell your teacher."
)
WORKER_STOPPED = "The training worker was shut down during this job. No model was saved. Train again."
UNEXPECTED = (
    "Training failed unexpectedly. No model was saved. Train again; if it fails again, tell your teacher."
)
NOT_ENOUGH = "To train, give at least 2 classes {n} images or more each ({detail})."
BAD_EPOCHS = "Choose from 1 to {cap} epochs."


class TrainingBusy(Exception):
    """The student already has a job queued or running."""

    def __init__(self, job: TrainingJob):
        super().__init__("You already have a training job queued or running.")
        self.job = job


class TrainingRefused(ValueError):
    """The project cannot be trained as it is. ``str(exc)`` is user-facing."""


def _active_job(owner) -> TrainingJob | None:
    return TrainingJob.objects.filter(owner=owner, status__in=TrainingJob.ACTIVE).first()


def training_job_start(*, project: Project, epochs: int, train_backbone: bool = False) -> TrainingJob:
    """Queue a training job for the project's owner. A second click, tab or request gets ``TrainingBusy``
    with the job already there (the database's one-active-job constraint decides, not a read-then-write)."""
    from classifier.projects.tasks import train_project

    lim = limits.current()
    if not 1 <= epochs <= lim.max_epochs:
        raise TrainingRefused(BAD_EPOCHS.format(cap=lim.max_epochs))
    counts = {k.name: k.images.count() for k in project.classes.all()}
    if sum(1 for n in counts.values() if n >= lim.min_images_per_class) < 2 or any(
        0 < n < lim.min_images_per_class for n in counts.values()
    ):
        detail = ", ".join(f"{name}: {n}" for name, n in counts.items())
        raise TrainingRefused(NOT_ENOUGH.format(n=lim.min_images_per_class, detail=detail))
    training_job_reap_stale()
    try:
        with transaction.atomic():
            job = TrainingJob.objects.create(
                project=project,
                owner=project.owner,
                epochs=epochs,
                train_backbone=train_backbone,
                image_size=settings.CLASSIFIER_TRAINING_IMAGE_SIZE,
            )
            # Same database, same transaction: the job and its queue entry exist together or not at all.
            result = train_project.enqueue(job_id=job.pk)
            job.task_id = str(result.id)
            job.save(update_fields=["task_id"])
    except IntegrityError:
        existing = _active_job(project.owner)
        if existing is None:
            raise
        raise TrainingBusy(existing) from None
    return job


@transaction.atomic
def training_job_cancel(*, job: TrainingJob) -> TrainingJob:
    """Queued: cancelled at once. Running: the worker stops at its next batch and says so."""
    job = TrainingJob.objects.select_for_update().get(pk=job.pk)
    if job.status == TrainingJob.QUEUED:
        job.status, job.finished_at = TrainingJob.CANCELLED, timezone.now()
        job.save(update_fields=["status", "finished_at"])
    elif job.status == TrainingJob.RUNNING and not job.cancel_requested:
        job.cancel_requested = True
        job.save(update_fields=["cancel_requested"])
    return job


def training_job_reap_stale(*, stale_seconds: int | None = None) -> int:
    """Running jobs without a heartbeat for ``CLASSIFIER_TRAINING_STALE_SECONDS``: failed, with a message
    that says so, and their half-written folders removed. Returns how many were swept."""
    stale_seconds = settings.CLASSIFIER_TRAINING_STALE_SECONDS if stale_seconds is None else stale_seconds
    cutoff = timezone.now() - timedelta(seconds=stale_seconds)
    swept = []
    with transaction.atomic():
        for job in TrainingJob.objects.select_for_update().filter(
            status=TrainingJob.RUNNING, heartbeat_at__lt=cutoff
        ):
            job.status, job.finished_at = TrainingJob.FAILED, timezone.now()
            job.error = WORKER_LOST.format(s=stale_seconds)
            job.save(update_fields=["status", "finished_at", "error"])
            swept.append(job.pk)
    for job_id in swept:
        _remove_unpublished(job_id)
    return len(swept)


def _remove_unpublished(job_id: int) -> None:
    folder = paths.folder_for_job(job_id)
    publish.remove_leftovers(paths.projects_dir(), folder)
    if not ProjectModel.objects.filter(folder=folder).exists():
        shutil.rmtree(paths.model_folder(folder), ignore_errors=True)


# --- the worker's side --------------------------------------------------------------------------------


@transaction.atomic
def training_job_claim(*, job_id: int) -> TrainingJob | None:
    """Queued -> running, or None when the job was cancelled (or already taken) meanwhile."""
    job = TrainingJob.objects.select_for_update().filter(pk=job_id).first()
    if job is None or job.status != TrainingJob.QUEUED:
        return None
    now = timezone.now()
    job.status, job.started_at, job.heartbeat_at = TrainingJob.RUNNING, now, now
    job.progress = {"phase": "starting"}
    job.save(update_fields=["status", "started_at", "heartbeat_at", "progress"])
    return job


def training_job_report(*, job_id: int, progress: dict) -> bool:
    """Store progress and a heartbeat; True when the job should stop (cancel asked, or no longer running)."""
    updated = TrainingJob.objects.filter(pk=job_id, status=TrainingJob.RUNNING).update(
        progress=progress, heartbeat_at=timezone.now()
    )
    if not updated:
        return True
    return TrainingJob.objects.filter(pk=job_id, cancel_requested=True).exists()


def _finish(job_id: int, status: str, error: str = "") -> bool:
    return bool(
        TrainingJob.objects.filter(pk=job_id, status=TrainingJob.RUNNING).update(
            status=status, error=error, finished_at=timezone.now()
        )
    )


def training_job_fail(*, job_id: int, message: str) -> None:
    _finish(job_id, TrainingJob.FAILED, message)
    _remove_unpublished(job_id)


def training_job_mark_cancelled(*, job_id: int) -> None:
    _finish(job_id, TrainingJob.CANCELLED)
    _remove_unpublished(job_id)


def project_model_publish(*, job_id: int, manifest: dict) -> ProjectModel | None:
    """Record the folder the worker wrote (already complete and checksummed) as the project's next version.

    None when the job stopped being ``running`` meanwhile (swept as dead, or cancelled at the last
    moment): then the folder is removed and no version appears.
    """
    with transaction.atomic():
        job = TrainingJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status != TrainingJob.RUNNING or job.cancel_requested:
            published = None
        else:
            number = (
                job.project.models.order_by("-number").values_list("number", flat=True).first() or 0
            ) + 1
            published = ProjectModel.objects.create(
                project=job.project,
                job=job,
                number=number,
                folder=manifest["folder"],
                learner_sha256=manifest["sha256"]["learner"],
                onnx_sha256=manifest["sha256"]["onnx"],
                vocab=manifest["vocab"],
                image_size=manifest["image_size"],
                metrics=manifest["metrics"],
                card=manifest["card"],
                gate=manifest["gate"],
                scores=manifest["scores"],
            )
            job.status, job.finished_at = TrainingJob.SUCCEEDED, timezone.now()
            job.progress = {**job.progress, "phase": "done"}
            job.save(update_fields=["status", "finished_at", "progress"])
    if published is None:
        if job is not None and job.cancel_requested and job.status == TrainingJob.RUNNING:
            _finish(job_id, TrainingJob.CANCELLED)
        shutil.rmtree(paths.model_folder(manifest["folder"]), ignore_errors=True)
    return published
