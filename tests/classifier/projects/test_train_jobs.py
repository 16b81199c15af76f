"""Training jobs without training: one per student, double submit, queue position, cancel, the sweep that
catches a dead worker, and the live-progress fragment (htmx polling, and a refresh without JavaScript)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from classifier.projects import paths, publish
from classifier.projects.models import ProjectModel, TrainingJob
from classifier.projects.services import jobs
from classifier.projects.tasks import train_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def project(make_project, student_user, settings):
    settings.CLASSIFIER_TRAINING_MIN_IMAGES_PER_CLASS = 5
    return make_project(student_user, n=5)


def test_train_start_queues_one_job_and_its_task_together(project):
    from django_tasks_db.models import DBTaskResult

    job = jobs.training_job_start(project=project, epochs=2)
    task = DBTaskResult.objects.get()
    assert job.status == TrainingJob.QUEUED and str(task.id) == job.task_id
    assert task.task_path == "classifier.projects.tasks.train_project" and task.args_kwargs["kwargs"] == {
        "job_id": job.pk
    }


def test_train_refused_without_enough_photos_or_with_bad_epochs(project, settings):
    settings.CLASSIFIER_TRAINING_MIN_IMAGES_PER_CLASS = 6
    with pytest.raises(jobs.TrainingRefused, match="at least 2 classes 6 images or more each"):
        jobs.training_job_start(project=project, epochs=1)
    settings.CLASSIFIER_TRAINING_MIN_IMAGES_PER_CLASS = 5
    with pytest.raises(jobs.TrainingRefused, match="from 1 to 10 epochs"):
        jobs.training_job_start(project=project, epochs=11)
    assert not TrainingJob.objects.exists()


def test_train_double_submit_creates_one_job(client, project, student_user):
    client.force_login(student_user)
    first = client.post(f"/classifier/projects/{project.pk}/train/", {"epochs": "1"})
    second = client.post(f"/classifier/projects/{project.pk}/train/", {"epochs": "1"}, follow=True)
    job = TrainingJob.objects.get()
    assert first.url == second.redirect_chain[-1][0] == f"/classifier/projects/{project.pk}/jobs/{job.pk}/"
    assert "already have a training job" in second.content.decode()
    with pytest.raises(jobs.TrainingBusy) as busy:
        jobs.training_job_start(project=project, epochs=1)
    assert busy.value.job == job


def test_train_one_active_job_per_student_is_a_database_rule(project, student_user):
    from django.db import IntegrityError, transaction

    TrainingJob.objects.create(project=project, owner=student_user)
    with pytest.raises(IntegrityError), transaction.atomic():
        TrainingJob.objects.create(project=project, owner=student_user, status=TrainingJob.RUNNING)
    TrainingJob.objects.update(status=TrainingJob.FAILED)
    TrainingJob.objects.create(project=project, owner=student_user)  # finished jobs do not count


def test_train_queue_position_and_cancel_while_queued(
    make_project, project, other_student, client, student_user
):
    mine = jobs.training_job_start(project=project, epochs=1)
    theirs = jobs.training_job_start(project=make_project(other_student, n=5), epochs=1)
    client.force_login(other_student)
    page = client.get(f"/classifier/projects/{theirs.project_id}/jobs/{theirs.pk}/").content.decode()
    assert 'id="queue-position">2<' in page
    client.force_login(student_user)
    client.post(f"/classifier/projects/{project.pk}/jobs/{mine.pk}/cancel/")
    mine.refresh_from_db()
    assert mine.status == TrainingJob.CANCELLED
    from classifier.projects import selectors

    assert selectors.queue_position(job=theirs) == 1
    assert train_project.call(mine.pk) == {"job": mine.pk, "outcome": "not queued any more"}


def test_train_cancel_while_running_asks_the_worker(project):
    job = jobs.training_job_start(project=project, epochs=1)
    assert jobs.training_job_claim(job_id=job.pk).status == TrainingJob.RUNNING
    assert jobs.training_job_claim(job_id=job.pk) is None  # a second worker cannot take it too
    assert jobs.training_job_report(job_id=job.pk, progress={"phase": "training"}) is False
    jobs.training_job_cancel(job=job)
    assert jobs.training_job_report(job_id=job.pk, progress={"phase": "training"}) is True


def test_train_dead_worker_is_swept_to_failed_and_its_temp_folder_removed(client, project, student_user):
    job = jobs.training_job_start(project=project, epochs=1)
    jobs.training_job_claim(job_id=job.pk)
    leftover = publish.make_tmp_dir(paths.projects_dir(), paths.folder_for_job(job.pk))
    (leftover / "learner.pkl").write_bytes(b"half")
    TrainingJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(minutes=5))
    client.force_login(student_user)
    page = client.get(f"/classifier/projects/{project.pk}/jobs/{job.pk}/").content.decode()
    job.refresh_from_db()
    assert job.status == TrainingJob.FAILED and "training worker stopped" in page
    assert not leftover.exists()
    # a slow worker that comes back is told to stop, and cannot publish
    assert jobs.training_job_report(job_id=job.pk, progress={"phase": "training"}) is True
    final = paths.projects_dir() / paths.folder_for_job(job.pk)
    final.mkdir()
    assert jobs.project_model_publish(job_id=job.pk, manifest={"folder": final.name}) is None
    assert not final.exists() and not ProjectModel.objects.exists()


def test_train_progress_fragment_polls_while_active_and_stops_when_done(client, project, student_user):
    job = jobs.training_job_start(project=project, epochs=3)
    jobs.training_job_claim(job_id=job.pk)
    progress = {
        "phase": "training", "epoch": 2, "epochs": 3, "batch": 4, "batches": 7, "stage": "train",
        "train_loss": 0.41, "valid_loss": 0.38, "error_rate": 0.125, "elapsed_s": 12.0, "eta_s": 75.0,
        "history": [{"epoch": 1, "train_loss": 0.6, "valid_loss": 0.38, "error_rate": 0.125, "seconds": 9.1}],
    }  # fmt: skip
    jobs.training_job_report(job_id=job.pk, progress=progress)
    client.force_login(student_user)
    url = f"/classifier/projects/{project.pk}/jobs/{job.pk}/"
    full = client.get(url).content.decode()
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in full and ">Refresh</a>" in full
    fragment = client.get(url, HTTP_HX_REQUEST="true")
    html = fragment.content.decode()
    assert fragment.status_code == 200 and "<html" not in html and 'hx-trigger="every 2s"' in html
    assert "2 of 3" in html and "4 of 7 (train)" in html and "1 min 15 s" in html and "12 %" in html

    TrainingJob.objects.filter(pk=job.pk).update(status=TrainingJob.FAILED, error="Something clear.")
    done = client.get(url, HTTP_HX_REQUEST="true")
    assert done.status_code == 286 and "every 2s" not in done.content.decode()
    assert "Something clear." in done.content.decode()
    assert "refresh" not in client.get(url).content.decode().split("<body")[0]
