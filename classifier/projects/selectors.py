"""Reads for student projects: who may see what, the project page, job status and queue, results, cleaner."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.http import Http404

from classifier.projects import limits
from classifier.projects.models import Project, ProjectClass, ProjectImage, ProjectModel, TrainingJob
from studyguide.accounts.selectors import is_teacher

PHASES = {
    "starting": "Starting",
    "checking": "Checking the images",
    "training": "Training",
    "evaluating": "Measuring every image's loss",
    "exporting": "Saving the model",
    "done": "Done",
}


@dataclass(frozen=True)
class Access:
    project: Project
    can_edit: bool  # the owner; a teacher of the owner's cohort only reads


def _teaches_owner(user, project: Project) -> bool:
    return is_teacher(user) and project.owner.memberships.filter(cohort__teachers=user).exists()


def project_access(*, user, project_id: int) -> Access:
    """The owner edits; a teacher of one of the owner's cohorts reads; anyone else gets a 404."""
    project = Project.objects.select_related("owner").filter(pk=project_id).first()
    if project is None or not user.is_authenticated:
        raise Http404("No such project.")
    if project.owner_id == user.pk:
        return Access(project, True)
    if _teaches_owner(user, project):
        return Access(project, False)
    raise Http404("No such project.")


def projects_for_owner(*, user):
    return (
        Project.objects.filter(owner=user)
        .annotate(n_images=Count("images", distinct=True), n_models=Count("models", distinct=True))
        .prefetch_related("classes")
    )


def projects_for_teacher(*, teacher):
    """Projects of students in the cohorts this teacher teaches (and nobody else's)."""
    return (
        Project.objects.filter(owner__memberships__cohort__teachers=teacher)
        .distinct()
        .select_related("owner")
        .annotate(n_images=Count("images", distinct=True))
        .prefetch_related(Prefetch("models", queryset=ProjectModel.objects.order_by("-number")), "classes")
        .order_by("owner__username", "name")
    )


def project_page(*, project: Project) -> dict:
    lim = limits.current()
    classes = list(
        ProjectClass.objects.filter(project=project).prefetch_related(
            Prefetch("images", queryset=ProjectImage.objects.order_by("-id"))
        )
    )
    counts = {k.pk: len(k.images.all()) for k in classes}
    total = sum(counts.values())
    return {
        "classes": classes,
        "counts": counts,
        "total_images": total,
        "limits": lim,
        "can_add_class": len(classes) < limits.MAX_CLASSES,
        "ready_to_train": sum(1 for n in counts.values() if n >= lim.min_images_per_class) >= 2
        and all(n == 0 or n >= lim.min_images_per_class for n in counts.values()),
        "models": list(project.models.order_by("-number")),
        "jobs": list(project.jobs.order_by("-created_at")[:5]),
        "active_job": project.jobs.filter(status__in=TrainingJob.ACTIVE).first(),
    }


def job_for_project(*, project: Project, job_id: int) -> TrainingJob:
    job = TrainingJob.objects.filter(project=project, pk=job_id).select_related("project").first()
    if job is None:
        raise Http404("No such job.")
    return job


def queue_position(*, job: TrainingJob) -> int | None:
    """1 = next to start. Ordered like the worker takes tasks: first queued, first served."""
    if job.status != TrainingJob.QUEUED:
        return None
    ahead = TrainingJob.objects.filter(status=TrainingJob.QUEUED).filter(
        Q(created_at__lt=job.created_at) | Q(created_at=job.created_at, pk__lt=job.pk)
    )
    return ahead.count() + 1


def _duration(seconds) -> str:
    if seconds is None:
        return "estimating…"
    seconds = int(round(seconds))
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def job_status(*, job: TrainingJob) -> dict:
    """Everything the progress fragment shows, ready for the template."""
    p = job.progress or {}
    epochs = p.get("epochs") or job.epochs + (1 if job.train_backbone else 0)
    return {
        "job": job,
        "active": job.is_active,
        "position": queue_position(job=job),
        "running_now": TrainingJob.objects.filter(status=TrainingJob.RUNNING).count(),
        "phase": PHASES.get(p.get("phase", ""), ""),
        "epoch": p.get("epoch"),
        "epochs": epochs,
        "batch": p.get("batch"),
        "batches": p.get("batches"),
        "stage": p.get("stage"),
        "train_loss": p.get("train_loss"),
        "valid_loss": p.get("valid_loss"),
        "error_rate": p.get("error_rate"),
        "elapsed": _duration(p.get("elapsed_s")) if p.get("elapsed_s") is not None else None,
        "eta": _duration(p.get("eta_s")) if job.status == TrainingJob.RUNNING else None,
        "percent": _percent(p, epochs),
        "history": p.get("history", []),
        "model": ProjectModel.objects.filter(job=job).first(),
    }


def _percent(p: dict, epochs: int) -> int:
    if p.get("phase") in ("evaluating", "exporting", "done"):
        return 100 if p.get("phase") == "done" else 95
    if not p.get("epoch") or not p.get("batches"):
        return 0
    done = (p["epoch"] - 1) + (p.get("batch", 0) / p["batches"] if p.get("stage") == "train" else 0.9)
    return max(0, min(95, int(95 * done / max(epochs, 1))))


def model_for_project(*, project: Project, number: int) -> ProjectModel:
    model = (
        ProjectModel.objects.filter(project=project, number=number).select_related("project", "job").first()
    )
    if model is None:
        raise Http404("No such version.")
    return model


def image_for_viewer(*, user, image_id: int) -> ProjectImage:
    image = ProjectImage.objects.select_related("project__owner").filter(pk=image_id).first()
    if image is None:
        raise Http404
    project_access(user=user, project_id=image.project_id)  # 404 for anyone who may not see the project
    return image


def results(*, model: ProjectModel) -> dict:
    """Error rate, confusion matrix (rows: actual, columns: predicted) and top losses with their images."""
    m = model.metrics
    labels = m["confusion"]["labels"]
    rows = [
        {
            "actual": a,
            "cells": [{"predicted": b, "n": n, "hit": a == b} for b, n in zip(labels, row, strict=True)],
        }
        for a, row in zip(labels, m["confusion"]["matrix"], strict=True)
    ]
    existing = set(ProjectImage.objects.filter(project=model.project).values_list("pk", flat=True))
    names = gate_row_names(model)
    top = [
        {
            **t,
            "image_id": int(t["image"]),
            "exists": int(t["image"]) in existing,
            "prob_pct": round(t["prob"] * 100, 1),
        }
        for t in m.get("top_losses", [])
    ]
    return {
        "error_pct": round(m["error_rate"] * 100, 1) if m.get("error_rate") == m.get("error_rate") else None,
        "labels": labels,
        "rows": rows,
        "top_losses": top,
        "history": m.get("history", []),
        "card": model.card,
        "gate": model.gate,
        "gate_row_names": names,
        "gate_more": len(model.gate.get("rows", [])) - len(names),
    }


def gate_row_names(model: ProjectModel, limit: int = 12) -> list[str]:
    from classifier.runtime import imagenet_classes

    names = imagenet_classes()
    return [names[r] for r in model.gate.get("rows", [])[:limit]]


def cleaner(*, model: ProjectModel, class_name: str, split: str) -> dict:
    """The book's cleaner as data: this class's images in one split, highest loss first."""
    klass = ProjectClass.objects.filter(project=model.project, name=class_name).first()
    if klass is None or split not in ("train", "valid"):
        raise Http404("Choose one of the project's classes and train or valid.")
    images = {im.pk: im for im in ProjectImage.objects.filter(klass=klass)}
    rows = []
    for key, s in model.scores.items():
        image = images.get(int(key))
        if image is not None and s["split"] == split:
            rows.append({"image": image, **s, "prob_pct": round(s["prob"] * 100, 1)})
    rows.sort(key=lambda r: -r["loss"])
    unscored = sum(1 for pk in images if str(pk) not in model.scores)
    return {"klass": klass, "split": split, "rows": rows, "unscored": unscored}


def my_models(*, user) -> list[ProjectModel]:
    """The trained versions the classifier page may offer this user (their own, newest first)."""
    if not user.is_authenticated:
        return []
    return list(
        ProjectModel.objects.filter(project__owner=user)
        .select_related("project")
        .order_by("-created_at")[:20]
    )


def my_models_shown(user) -> list[dict]:
    """What the classifier page's picker shows of ``my_models``, small enough to be kept beside the logged-in
    user (``classifier.cache``)."""
    return [
        {"pk": m.pk, "number": m.number, "vocab": list(m.vocab), "project": {"name": m.project.name}}
        for m in my_models(user=user)
    ]


def my_model(*, user, model_id: int) -> ProjectModel | None:
    if not user.is_authenticated:
        return None
    return ProjectModel.objects.filter(pk=model_id, project__owner=user).select_related("project").first()


def runtime_for(model: ProjectModel):
    """The ONNX runtime of a student's version, or ``ModelNotReady`` with a message for the page."""
    from classifier.build import ModelFileError
    from classifier.projects.runtime import get_project_runtime
    from classifier.selectors import ModelNotReady

    try:
        return get_project_runtime(model)
    except ModelFileError as exc:
        raise ModelNotReady(f"Your model {model} cannot be loaded ({exc}). Train a new version.") from exc


def picker(*, user, picked: ProjectModel | None) -> dict:
    """Context for the classifier page's model picker and, for a picked version, its gate explanation."""
    from studyguide.accounts.usercache import user_extra

    shown = user_extra(user, "classifier_models") if user.is_authenticated else []
    ctx = {"my_models": shown, "picked_model": picked, "picked_gate": None}
    if picked is not None:
        names = gate_row_names(picked)
        ctx["picked_gate"] = {
            "gate": picked.gate,
            "row_names": names,
            "more": len(picked.gate["rows"]) - len(names),
        }
    return ctx
