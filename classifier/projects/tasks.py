"""The background task that trains a project. It runs in ``manage.py db_worker``, never in a web process.

Importing this module is cheap (the web process imports it to enqueue): fastai and torch are imported by
``trainer.train`` inside the worker. Outcomes are written by ``services.jobs``; this module only moves the
images into the folder layout the book's DataBlock reads and keeps the heartbeat going.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django_tasks import task

from classifier.projects import paths
from classifier.projects.models import ProjectImage, TrainingJob
from classifier.projects.services import jobs

log = logging.getLogger(__name__)
WRITE_EVERY_S = 1.0


class _ProgressWriter:
    """Write progress at most once a second (a heartbeat too); remember whether to stop."""

    def __init__(self, job_id: int):
        self.job_id, self.last, self.stop, self.phase = job_id, 0.0, False, None

    def __call__(self, progress: dict) -> bool:
        now = time.monotonic()
        phase_changed = progress.get("phase") != self.phase
        if phase_changed or now - self.last >= WRITE_EVERY_S:
            self.last, self.phase = now, progress.get("phase")
            self.stop = jobs.training_job_report(job_id=self.job_id, progress=progress)
        return self.stop


def _copy_images(job: TrainingJob, data_dir: Path) -> None:
    """One folder per class, ``<image id>.jpg`` inside: what ``get_image_files`` + ``parent_label`` read."""
    for klass in job.project.classes.all():
        (data_dir / klass.name).mkdir()
    for image in ProjectImage.objects.filter(project=job.project).select_related("klass"):
        with default_storage.open(image.image.name, "rb") as src:
            (data_dir / image.klass.name / f"{image.pk}.jpg").write_bytes(src.read())


@task()
def train_project(job_id: int) -> dict:
    from classifier.projects import trainer

    job = jobs.training_job_claim(job_id=job_id)
    if job is None:
        return {"job": job_id, "outcome": "not queued any more"}
    report = _ProgressWriter(job_id)
    try:
        with tempfile.TemporaryDirectory(prefix=f"train-job-{job_id}-") as tmp:
            _copy_images(job, Path(tmp))
            spec = trainer.TrainSpec(
                data_dir=Path(tmp),
                epochs=job.epochs,
                train_backbone=job.train_backbone,
                image_size=job.image_size,
                batch_size=settings.CLASSIFIER_TRAINING_BATCH_SIZE,
                threads=settings.CLASSIFIER_TRAINING_THREADS,
                max_bytes=settings.CLASSIFIER_MAX_UPLOAD_BYTES,
                max_pixels=settings.CLASSIFIER_MAX_PIXELS,
                min_per_class=2,
            )
            manifest = trainer.train(
                spec, out_parent=paths.projects_dir(), folder=paths.folder_for_job(job_id), report=report
            )
    except trainer.TrainingCancelled:
        jobs.training_job_mark_cancelled(job_id=job_id)
        return {"job": job_id, "outcome": "cancelled"}
    except trainer.TrainingDataError as exc:
        jobs.training_job_fail(job_id=job_id, message=str(exc))
        return {"job": job_id, "outcome": "failed", "reason": str(exc)}
    except Exception:
        log.exception("training job %s failed", job_id)
        jobs.training_job_fail(job_id=job_id, message=jobs.UNEXPECTED)
        raise  # the task result keeps the traceback for whoever runs the worker
    except BaseException:  # Ctrl-C or SIGTERM twice: the worker is going away
        jobs.training_job_fail(job_id=job_id, message=jobs.WORKER_STOPPED)
        raise
    model = jobs.project_model_publish(job_id=job_id, manifest=manifest)
    return {
        "job": job_id,
        "outcome": "succeeded" if model else "discarded",
        "version": getattr(model, "number", None),
    }
