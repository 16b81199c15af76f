"""A project's files follow its rows: deleting an image, a class, a project or the whole account (a cascade
in the admin) removes the stored photos and the trained model folders, and a rolled-back delete keeps them."""

from __future__ import annotations

import pytest
from django.core.files.storage import default_storage
from django.db import transaction

from classifier.projects import paths
from classifier.projects.models import ProjectModel
from classifier.projects.services import images as image_services
from classifier.projects.services import projects as project_services

pytestmark = pytest.mark.django_db(transaction=True)


def stored_names(project) -> list[str]:
    return [n for pair in project.images.values_list("image", "thumb") for n in pair]


def trained_folder(project, number: int = 1):
    folder = f"job-{900 + number}"
    path = paths.model_folder(folder)
    path.mkdir(parents=True, exist_ok=True)
    (path / "model.onnx").write_bytes(b"not a real model")
    ProjectModel.objects.create(
        project=project, number=number, folder=folder, learner_sha256="0" * 64, onnx_sha256="0" * 64
    )
    return path


def test_deleting_an_account_removes_its_photos_and_models(small_training, make_project, make_user):
    student = make_user("leaver")
    project = make_project(student, n=5)
    names = stored_names(project)
    folder = trained_folder(project)
    assert names and all(default_storage.exists(n) for n in names) and folder.is_dir()

    student.delete()

    assert not any(default_storage.exists(n) for n in names)
    assert not folder.exists()


def test_the_services_remove_files_of_an_image_a_class_and_a_project(small_training, make_project, make_user):
    project = make_project(make_user("owner"), classes=("grizzly", "black", "teddy"), n=5)
    image = project.images.first()
    one = [image.image.name, image.thumb.name]
    image_services.image_delete(image=image)
    assert not any(default_storage.exists(n) for n in one)

    teddy = project.classes.get(name="teddy")
    of_class = [n for pair in teddy.images.values_list("image", "thumb") for n in pair]
    project_services.project_class_delete(klass=teddy)
    assert of_class and not any(default_storage.exists(n) for n in of_class)

    rest, folder = stored_names(project), trained_folder(project)
    project_services.project_delete(project=project)
    assert rest and not any(default_storage.exists(n) for n in rest)
    assert not folder.exists()


def test_a_rolled_back_delete_keeps_the_files(small_training, make_project, make_user):
    project = make_project(make_user("owner"), n=5)
    names, folder = stored_names(project), trained_folder(project)
    with pytest.raises(RuntimeError), transaction.atomic():
        project.delete()
        raise RuntimeError("the request failed after the delete")
    assert all(default_storage.exists(n) for n in names) and folder.is_dir()
