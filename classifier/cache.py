"""What the classifier page keeps in caches: the active model version (the ``classifier-models`` version
namespace, ``studyguide.versioned``), and beside the logged-in user (``studyguide.accounts.usercache``) the
class examples they may see in the gallery and their own trained models for the picker.

Saving or deleting a model version bumps the namespace; ``model_version_activate`` also bumps it itself,
because it switches the others off with ``update()``. A class example is shown to the promoting teacher and
to every student and teacher of that teacher's cohorts, so adding, editing or removing one, and a change of
who teaches a cohort, drop every user's entries (rare, teacher-made events). Joining or leaving a cohort drops
the student's own entries. A trained model or a renamed project drops its owner's.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from studyguide.versioned import Versioned

MODELS = Versioned("classifier-models")


def _models_changed(sender, **kwargs) -> None:
    MODELS.bump()


def _everyone_changed(sender, **kwargs) -> None:
    from studyguide.accounts import usercache

    usercache.users_forget_all()


def _teachers_changed(sender, action, **kwargs) -> None:
    if action.startswith("post_"):
        _everyone_changed(sender)


def _project_model_changed(sender, instance, **kwargs) -> None:
    """A trained version appeared, changed or went: its project's owner sees another picker."""
    from studyguide.accounts import usercache

    from .projects.models import Project

    owner_id = Project.objects.filter(pk=instance.project_id).values_list("owner_id", flat=True).first()
    if owner_id is not None:
        usercache.user_forget(owner_id)


def connect() -> None:
    """Called once by the classifier app."""
    from studyguide.accounts import usercache
    from studyguide.accounts.models import Cohort, Membership

    from . import selectors
    from .models import ClassExample, ModelVersion
    from .projects import selectors as project_selectors
    from .projects.models import Project, ProjectModel

    for model, handler in (
        (ModelVersion, _models_changed),
        (ClassExample, _everyone_changed),
        (ProjectModel, _project_model_changed),
    ):
        uid = f"classifier-cache-{model.__name__}"
        post_save.connect(handler, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(handler, sender=model, dispatch_uid=uid + "-delete")
    teachers = Cohort.teachers.through
    m2m_changed.connect(_teachers_changed, sender=teachers, dispatch_uid="classifier-cache-teachers")
    usercache.register("class_examples", selectors.class_examples_shown, changed_by=[(Membership, "student")])
    usercache.register(
        "classifier_models", project_selectors.my_models_shown, changed_by=[(Project, "owner")]
    )
