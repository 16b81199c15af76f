"""Real fastai: a tiny project (two colours of generated photos, one short epoch at 64 px) trained by the
real task, its results, the cleaner, a retrain, the student's model on the classifier page, export."""

from __future__ import annotations

import hashlib

import pytest

from classifier.projects import paths
from classifier.projects.models import ProjectModel, TrainingJob
from classifier.projects.services import jobs
from classifier.projects.tasks import train_project

pytestmark = [pytest.mark.django_db, pytest.mark.real_model]


def model_folders() -> list[str]:
    """Everything in the projects model folder, temporary folders included."""
    d = paths.projects_dir()
    return sorted(p.name for p in d.iterdir()) if d.is_dir() else []


def run_job(job: TrainingJob) -> TrainingJob:
    """What the worker does with the queued task (same function, called in this process)."""
    train_project.call(job.pk)
    job.refresh_from_db()
    return job


def test_train_a_tiny_project_end_to_end(small_training, make_project, student_user, client):
    project = make_project(student_user)
    job = jobs.training_job_start(project=project, epochs=1)
    job = run_job(job)
    assert job.status == TrainingJob.SUCCEEDED, job.error
    model = ProjectModel.objects.get(job=job)
    assert model.number == 1 and model.vocab == ["black", "grizzly"]
    folder = paths.model_folder(model.folder)
    assert sorted(p.name for p in folder.iterdir()) == ["learner.pkl", "manifest.json", "model.onnx"]
    assert model_folders() == [model.folder]
    m = model.metrics
    assert 0 <= m["error_rate"] <= 1 and len(m["history"]) == 1
    assert sum(map(sum, m["confusion"]["matrix"])) == model.card["n_valid"]
    assert {s["split"] for s in model.scores.values()} == {"train", "valid"}
    assert len(model.scores) == 12 and model.card["onnx_agrees"] == "12 of 12"
    assert model.gate["rows"] and 0 < model.gate["threshold"] <= 1

    client.force_login(student_user)
    page = client.get(f"/classifier/projects/{project.pk}/v1/").content.decode()
    assert "Confusion matrix" in page and "Top losses" in page and model.learner_sha256 in page
    download = client.get(f"/classifier/projects/{project.pk}/v1/export/")
    body = b"".join(download.streaming_content)
    assert hashlib.sha256(body).hexdigest() == model.learner_sha256 == download["X-Checksum-SHA256"]


def test_train_then_clean_and_retrain_as_a_new_version(small_training, make_project, student_user, client):
    project = make_project(student_user, n=7)
    first = run_job(jobs.training_job_start(project=project, epochs=1))
    model = ProjectModel.objects.get(job=first)
    client.force_login(student_user)
    black, grizzly = list(project.classes.order_by("name"))

    page = client.get(f"/classifier/projects/{project.pk}/v1/clean/?klass=grizzly&split=train")
    rows = page.context["view"]["rows"]
    assert rows and [r["loss"] for r in rows] == sorted((r["loss"] for r in rows), reverse=True)
    doomed, moved, kept = rows[0]["image"], rows[1]["image"], rows[2]["image"]
    response = client.post(
        f"/classifier/projects/{project.pk}/v1/clean/",
        {
            "klass": "grizzly",
            "split": "train",
            f"choice-{doomed.pk}": "delete",
            f"choice-{moved.pk}": f"move:{black.pk}",
            f"choice-{kept.pk}": "keep",
        },
    )
    assert response.status_code == 302
    assert not project.images.filter(pk=doomed.pk).exists()
    assert project.images.get(pk=moved.pk).klass == black
    assert project.images.get(pk=kept.pk).klass == grizzly
    assert project.images.count() == 13  # nothing else was touched

    response = client.post(f"/classifier/projects/{project.pk}/train/", {"epochs": "1"})
    second = TrainingJob.objects.exclude(pk=first.pk).get()
    assert response.url == f"/classifier/projects/{project.pk}/jobs/{second.pk}/"
    run_job(second)
    v2 = ProjectModel.objects.get(job=second)
    assert v2.number == 2 and v2.card["counts"] == {"black": 8, "grizzly": 5}
    assert model.folder != v2.folder and paths.model_folder(model.folder).is_dir()


def test_train_own_model_on_the_classifier_page_with_its_gate(
    small_training, make_project, student_user, other_student, client, builtin_version
):
    from tests.classifier.images import jpeg

    project = make_project(student_user)
    run_job(jobs.training_job_start(project=project, epochs=1))
    model = ProjectModel.objects.get(project=project)
    client.force_login(student_user)
    page = client.get(f"/classifier/?model={model.pk}").content.decode()
    assert f'<option value="{model.pk}" selected>My model: Bears v1 (black, grizzly)' in page

    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("stripes.jpg", jpeg(200, 150, seed=5, color=(30, 200, 30)))
    r = client.post("/classifier/", {"image": upload, "model": str(model.pk)})
    assert r.status_code == 302, r.content.decode()[-3000:]
    pred = client.session["classifier_current"]["pred"]
    assert pred["gate"] == "project" and pred["vocab"] == ["black", "grizzly"]
    assert pred["threshold"] == model.gate["threshold"]
    assert (pred["verdict"] == "not_bear") == (pred["bear_mass"] < model.gate["threshold"])
    page = client.get("/classifier/").content.decode()
    assert "Domain mass" in page and "How your model" in page and "Flag it for your teacher" not in page

    # another student cannot pick this model: the site-wide model answers instead
    client.force_login(other_student)
    client.post("/classifier/", {"image": SimpleUploadedFile("a.jpg", jpeg(80, 60)), "model": str(model.pk)})
    assert client.session["classifier_current"]["pred"].get("gate") is None


def test_train_fails_clearly_on_a_corrupt_image_and_writes_no_model(
    small_training, make_project, student_user
):
    from django.core.files.storage import default_storage

    project = make_project(student_user)
    image = project.images.first()
    with default_storage.open(image.image.name, "wb") as fh:  # damage on disk after the safe upload
        fh.write(b"\xff\xd8\xff\xe0 not really a jpeg")
    job = run_job(jobs.training_job_start(project=project, epochs=1))
    assert job.status == TrainingJob.FAILED
    assert "1 image(s) could not be read" in job.error and f"/{image.pk} (" in job.error
    assert not ProjectModel.objects.exists()
    assert model_folders() == []


def test_train_cancelled_while_running_stops_and_writes_no_model(small_training, make_project, student_user):
    project = make_project(student_user)
    job = jobs.training_job_start(project=project, epochs=2)
    real_report = jobs.training_job_report

    def cancel_at_first_batch(*, job_id, progress):
        if progress.get("phase") == "training":
            TrainingJob.objects.filter(pk=job_id).update(cancel_requested=True)
        return real_report(job_id=job_id, progress=progress)

    jobs.training_job_report = cancel_at_first_batch
    try:
        job = run_job(job)
    finally:
        jobs.training_job_report = real_report
    assert job.status == TrainingJob.CANCELLED and not ProjectModel.objects.exists()
    assert model_folders() == []


def test_bench_training_prints_time_memory_and_gate_figures(settings, tmp_path):
    """The benchmark command on generated photos (the real figures come from the shared bear photos)."""
    import json
    from io import StringIO

    from django.core.management import call_command

    from tests.classifier.images import photo

    for name, colour in (("grizzly", (150, 95, 45)), ("black", (20, 20, 28)), ("far", (40, 160, 40))):
        folder = tmp_path / ("ood" if name == "far" else "data") / name
        folder.mkdir(parents=True)
        for i in range(7):
            photo(80, 60, seed=i, color=colour).save(folder / f"{name}_{i}.jpg")
    out = StringIO()
    call_command(
        "bench_training",
        "--data", str(tmp_path / "data"), "--ood", str(tmp_path / "ood"),
        "--per-class", "6", "--epochs", "1", "--image-size", "64", "--json",
        stdout=out,
    )  # fmt: skip
    figures = json.loads(out.getvalue().strip().splitlines()[-1])
    assert figures["photos"] == {"grizzly": 6, "black": 6} and figures["held_out_photos"] == 2
    assert figures["wall_seconds"] > 0 and figures["rss_peak_mb"] >= figures["rss_start_mb"] > 0
    assert figures["ood_far_photos"] == 7 and 0 <= figures["ood_far_accepted_by_gate"] <= 1
