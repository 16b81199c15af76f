"""Create and delete projects and their classes."""

from __future__ import annotations

from django.db import transaction

from classifier.projects import limits
from classifier.projects.models import Project, ProjectClass, TrainingJob


class ProjectError(ValueError):
    """A request the project cannot take. ``str(exc)`` is user-facing."""


TOO_MANY_PROJECTS = "You already have {n} projects, the most a student can have. Delete one to start another."
CLASS_COUNT = "A project has 2 to 5 classes."
DUPLICATE_CLASS = "Two classes may not share a name ({name})."
BUSY = "This project is training right now. Cancel the training first."
LAST_CLASSES = "A project needs at least 2 classes; add another before you remove this one."


def _check_class_names(names: list[str]) -> list[str]:
    names = [n.strip() for n in names if n.strip()]
    if not limits.MIN_CLASSES <= len(names) <= limits.MAX_CLASSES:
        raise ProjectError(CLASS_COUNT)
    seen: set[str] = set()
    for n in names:
        if n.lower() in seen:
            raise ProjectError(DUPLICATE_CLASS.format(name=n))
        seen.add(n.lower())
    return names


@transaction.atomic
def project_create(*, owner, name: str, class_names: list[str]) -> Project:
    names = _check_class_names(class_names)
    cap = limits.current().max_projects_per_user
    if Project.objects.filter(owner=owner).count() >= cap:
        raise ProjectError(TOO_MANY_PROJECTS.format(n=cap))
    project = Project(owner=owner, name=name.strip()[:80])
    project.full_clean()
    project.save()
    for n in names:
        ProjectClass.objects.create(project=project, name=n)
    return project


def _has_active_job(project: Project) -> bool:
    return project.jobs.filter(status__in=TrainingJob.ACTIVE).exists()


@transaction.atomic
def project_class_add(*, project: Project, name: str) -> ProjectClass:
    project = Project.objects.select_for_update().get(pk=project.pk)
    existing = list(project.classes.values_list("name", flat=True))
    _check_class_names([*existing, name])
    return ProjectClass.objects.create(project=project, name=name.strip())


def project_class_delete(*, klass: ProjectClass) -> int:
    """Remove a class and its images (the student confirmed it); returns how many images went with it."""
    with transaction.atomic():
        project = Project.objects.select_for_update().get(pk=klass.project_id)
        if _has_active_job(project):
            raise ProjectError(BUSY)
        if project.classes.count() <= limits.MIN_CLASSES:
            raise ProjectError(LAST_CLASSES)
        n_images = klass.images.count()
        klass.delete()  # its images' files go once this commits (classifier/projects/cleanup.py)
        project.save(update_fields=["updated_at"])
    return n_images


def project_delete(*, project: Project) -> None:
    """Delete a project with its images and trained models (files included), unless it is training."""
    with transaction.atomic():
        project = Project.objects.select_for_update().get(pk=project.pk)
        if _has_active_job(project):
            raise ProjectError(BUSY)
        project.delete()  # image files and model folders go once this commits (projects/cleanup.py)
