"""Who may see and change a project: the owner edits, a teacher of the owner's cohort reads, nobody else
even learns that it exists (404). No torch: the trained version here is a database row only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from classifier.projects.models import ProjectImage, ProjectModel
from classifier.projects.services import images, projects
from tests.classifier.projects.conftest import photo_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def project(student_user):
    project = projects.project_create(owner=student_user, name="Bears", class_names=["grizzly", "black"])
    klass = project.classes.get(name="grizzly")
    images.images_add(project=project, klass=klass, files=[photo_file("a.jpg", 1)])
    image = ProjectImage.objects.get()
    ProjectModel.objects.create(
        project=project,
        number=1,
        folder="job-999",
        learner_sha256="0" * 64,
        onnx_sha256="0" * 64,
        vocab=["black", "grizzly"],
        metrics={
            "error_rate": 0.5,
            "confusion": {"labels": ["black", "grizzly"], "matrix": [[1, 0], [1, 0]]},
            "top_losses": [
                {
                    "image": str(image.pk),
                    "split": "valid",
                    "loss": 2.3,
                    "predicted": "black",
                    "actual": "grizzly",
                    "prob": 0.9,
                }
            ],
            "history": [],
        },
        card={"counts": {"black": 0, "grizzly": 1}, "n_train": 0, "n_valid": 2, "epochs": 1, "versions": {}},
        gate={"rows": [294, 295], "threshold": 0.3, "valid_passed": 2, "n_valid": 2, "coverage": 0.8},
        scores={
            str(image.pk): {
                "split": "valid",
                "loss": 2.3,
                "predicted": "black",
                "actual": "grizzly",
                "prob": 0.9,
            }
        },
    )
    return project


def urls(project) -> dict[str, list[str]]:
    image = ProjectImage.objects.get()
    klass = project.classes.get(name="grizzly")
    p = f"/classifier/projects/{project.pk}"
    return {
        "read": [
            f"{p}/",
            f"{p}/v1/",
            f"{p}/v1/clean/?klass=grizzly&split=valid",
            f"/classifier/projects/images/{image.pk}/thumb/",
        ],
        "write": [
            f"{p}/classes/{klass.pk}/upload/",
            f"{p}/upload/",
            f"{p}/train/",
            f"{p}/classes/",
            f"{p}/v1/clean/",
            f"{p}/delete/",
            f"/classifier/projects/images/{image.pk}/delete/",
        ],
        "owner_get": [f"{p}/v1/export/"],
    }


def test_train_projects_of_other_students_are_404(client, project, other_student):
    client.force_login(other_student)
    u = urls(project)
    for url in u["read"] + u["owner_get"]:
        assert client.get(url).status_code == 404, url
    for url in u["write"]:
        assert client.post(url, {"epochs": "1", "name": "x", "choice-1": "delete"}).status_code == 404, url
    assert ProjectImage.objects.count() == 1


def test_train_teacher_of_another_cohort_sees_nothing(client, project, cohort, make_user):
    stranger = make_user("elsewhere", teacher=True)
    from studyguide.accounts.services import cohort_create

    cohort_create(teacher=stranger, name="Class B")
    client.force_login(stranger)
    for url in urls(project)["read"]:
        assert client.get(url).status_code == 404, url
    assert "Bears" not in client.get("/classifier/projects/teacher/").content.decode()


def test_train_teacher_of_the_cohort_reads_but_cannot_change(client, project, cohort, teacher_user):
    client.force_login(teacher_user)
    u = urls(project)
    for url in u["read"]:
        assert client.get(url).status_code == 200, url
    overview = client.get("/classifier/projects/teacher/").content.decode()
    assert "Bears" in overview and "stu" in overview and "v1" in overview
    page = client.get(f"/classifier/projects/{project.pk}/").content.decode()
    assert "read only" in page and "Upload" not in page
    for url in u["write"] + u["owner_get"]:
        method = client.get if url in u["owner_get"] else client.post
        assert method(url, {"epochs": "1"}).status_code == 403, url
    assert ProjectImage.objects.count() == 1


def test_train_students_cannot_open_the_teacher_overview_and_anonymous_users_log_in(
    client, project, student_user
):
    assert client.get(f"/classifier/projects/{project.pk}/").status_code == 302
    client.force_login(student_user)
    assert client.get("/classifier/projects/teacher/").status_code == 403


def test_train_results_page_shows_an_accessible_confusion_matrix_and_top_losses(
    client, project, student_user
):
    client.force_login(student_user)
    html = client.get(f"/classifier/projects/{project.pk}/v1/").content.decode()
    assert "<caption>Confusion matrix of the validation photos" in html
    assert (
        '<th scope="row">grizzly</th>' in html and 'aria-label="actual grizzly, predicted black: 1"' in html
    )
    assert "50.0 %" in html and "2.300" in html and "90.0 %" in html  # error rate, loss, probability
    assert "brown bear" in html  # the gate's ImageNet rows, by name


def test_train_export_refuses_a_file_that_does_not_match_its_checksum(client, project, student_user):
    client.force_login(student_user)
    response = client.get(f"/classifier/projects/{project.pk}/v1/export/", follow=True)
    assert "missing or damaged" in response.content.decode()


def test_train_no_torch_or_fastai_in_the_web_process():
    code = (
        "import os, sys, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'tests.settings'); "
        "django.setup(); "
        "import studyguide.urls, classifier.urls, classifier.views; "
        "import classifier.projects.views.pages, classifier.projects.views.training; "
        "import classifier.projects.urls; "
        "import classifier.projects.tasks, classifier.projects.selectors, classifier.projects.runtime; "
        "import classifier.projects.services.jobs, classifier.projects.services.images; "
        "from django.urls import reverse; reverse('classifier:project_list'); "
        "bad = [m for m in ('torch', 'fastai', 'timm', 'torchvision') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(Path(__file__).parents[3]))
