"""In Chromium: create a project, upload generated photos, train with the real task worker and watch the
live progress turn into a confusion matrix; then clean the data and retrain as a new version.

The worker is django-tasks' own database worker loop, in a thread of the test process, so it works on the
suite's SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from classifier.projects.models import ProjectImage, ProjectModel, TrainingJob
from tests.browser import log_in
from tests.classifier.images import jpeg
from tests.classifier.projects.conftest import COLOURS, wait_for_job

pytestmark = [pytest.mark.browser, pytest.mark.real_model, pytest.mark.django_db(transaction=True)]
TRAINING_TIMEOUT_MS = 180_000


def write_photos(folder, name: str, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"{name}-{i}.jpg"
        path.write_bytes(jpeg(96, 72, seed=sorted(COLOURS).index(name) * 100 + i, color=COLOURS[name]))
        paths.append(str(path))
    return paths


def test_train_in_the_browser_end_to_end(
    live_server, page: Page, student_user, small_training, task_worker, tmp_path, artifacts_dir
):
    log_in(page, live_server.url, "stu")
    page.goto(live_server.url + "/classifier/")
    page.get_by_role("link", name="Train your own classifier").first.click()
    page.get_by_label("Project name").fill("My bears")
    page.get_by_label("Class names, one per line (2 to 5)").fill("grizzly\nblack")
    page.get_by_role("button", name="Create project").click()
    expect(page.get_by_role("heading", name="My bears")).to_be_visible()

    for name in ("grizzly", "black"):
        section = page.locator("section.class-card", has=page.get_by_role("heading", name=name))
        section.locator("input[type=file]").set_input_files(write_photos(tmp_path, name, 6))
        section.get_by_role("button", name="Upload").click()
        expect(page.get_by_text(f"Added 6 photo(s) to {name}.")).to_be_visible()
        expect(
            page.locator("section.class-card", has=page.get_by_role("heading", name=name)).locator(
                ".thumbs img"
            )
        ).to_have_count(6)

    page.get_by_label("Epochs").fill("1")
    page.get_by_role("button", name="Train", exact=True).click()
    expect(page.get_by_role("heading", name="Training My bears")).to_be_visible()
    status = page.locator("#job-status")
    expect(status).to_have_attribute("hx-trigger", "every 2s")  # live progress by polling, no reload
    expect(page.locator("#confusion-matrix")).to_be_visible(timeout=TRAINING_TIMEOUT_MS)
    expect(status).to_have_attribute("data-status", "succeeded")
    expect(page.locator("#job-status")).not_to_have_attribute("hx-trigger", "every 2s")
    expect(page.locator("#error-rate")).to_contain_text("%")
    rows = page.locator("#confusion-matrix tbody tr")
    expect(rows).to_have_count(2)
    page.screenshot(path=str(artifacts_dir / "train-job-done.png"), full_page=True)

    job = TrainingJob.objects.get()
    assert job.status == TrainingJob.SUCCEEDED and ProjectModel.objects.get().job == job
    page.get_by_role("link", name="Top losses, model card and download").click()
    expect(page.get_by_role("heading", name="Top losses")).to_be_visible()
    expect(page.locator("#export-sha")).to_have_text(ProjectModel.objects.get().learner_sha256)


def test_clean_the_data_in_the_browser_and_retrain(
    live_server, page: Page, student_user, small_training, make_project, task_worker, artifacts_dir
):
    from classifier.projects.services import jobs

    project = make_project(student_user, n=7)
    first = wait_for_job(jobs.training_job_start(project=project, epochs=1))
    assert first.status == TrainingJob.SUCCEEDED, first.error
    log_in(page, live_server.url, "stu")
    page.goto(f"{live_server.url}/classifier/projects/{project.pk}/v1/")
    page.get_by_role("link", name="Clean the data with this model").click()
    page.get_by_label("Class").select_option("grizzly")
    page.get_by_label("Split").select_option("train")
    page.get_by_role("button", name="Show").click()
    items = page.locator(".cleaner-item")
    expect(items.first).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "train-cleaner.png"), full_page=True)
    items.nth(0).locator("select").select_option("delete")
    items.nth(1).locator("select").select_option(label="move to black")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("Deleted 1 and moved 1 photo(s).")).to_be_visible()
    assert ProjectImage.objects.filter(project=project).count() == 13
    assert project.classes.get(name="black").images.count() == 8

    page.get_by_label("Epochs").fill("1")
    page.get_by_role("button", name="Retrain as a new version").click()
    expect(page.locator("#confusion-matrix")).to_be_visible(timeout=TRAINING_TIMEOUT_MS)
    expect(page.get_by_role("link", name="version 2")).to_be_visible()
    assert ProjectModel.objects.get(number=2).card["counts"] == {"black": 8, "grizzly": 5}
