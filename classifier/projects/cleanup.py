"""Files follow their rows: when a training image or a trained model's row is deleted, by a service or by a
cascade (a project, a class, a whole user account removed in the admin), its files go too, once the
transaction commits. A rolled-back delete keeps them, since the rows are still there."""

from __future__ import annotations

import shutil

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.signals import post_delete


def delete_stored_files(names: list[str]) -> None:
    """Delete files from the default storage; a name already gone is fine (deleting twice is harmless)."""
    for name in names:
        if name:
            default_storage.delete(name)


def _image_deleted(sender, instance, **kwargs) -> None:
    names = [instance.image.name, instance.thumb.name]
    transaction.on_commit(lambda: delete_stored_files(names))


def _model_deleted(sender, instance, **kwargs) -> None:
    from classifier.projects import paths

    folder = instance.folder
    transaction.on_commit(lambda: shutil.rmtree(paths.model_folder(folder), ignore_errors=True))


def connect() -> None:
    from classifier.projects.models import ProjectImage, ProjectModel

    post_delete.connect(_image_deleted, sender=ProjectImage, dispatch_uid="project-image-files")
    post_delete.connect(_model_deleted, sender=ProjectModel, dispatch_uid="project-model-folder")
