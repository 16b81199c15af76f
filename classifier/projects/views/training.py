"""Training jobs (start, live status, cancel), results, the cleaner and the model download.

The job page polls its ``status`` fragment every 2 s with htmx; once the job is over the fragment comes
back with status 286, which tells htmx to stop polling, and without the polling attribute. Without
JavaScript the page refreshes itself (``<noscript>`` meta refresh) and has a refresh link.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from classifier.projects import paths, selectors
from classifier.projects.forms import TrainForm, cleaner_decisions
from classifier.projects.services import cleaner as cleaner_services
from classifier.projects.services import jobs
from classifier.projects.trainer import LEARNER
from classifier.projects.views.pages import editable_project, project_url
from studyguide.http import HtmxHttpRequest
from studyguide.modelfiles import sha256_file

STOP_POLLING = 286  # htmx: "stop polling"; a 2xx, so the final fragment is still swapped in
BAD_TRAIN_FORM = "Choose a number of epochs from 1 to {cap}."
MODEL_FILE_MISSING = "This model's file is missing or damaged on the server; train a new version."


def job_url(job) -> str:
    return reverse("classifier:job_detail", args=[job.project_id, job.pk])


@login_required
@require_POST
def train(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    project = editable_project(request, pk)
    form = TrainForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errs in form.errors.values() for e in errs))
        return redirect(project_url(project, "train"))
    try:
        job = jobs.training_job_start(
            project=project,
            epochs=form.cleaned_data["epochs"],
            train_backbone=form.cleaned_data["train_backbone"],
        )
    except jobs.TrainingRefused as exc:
        messages.error(request, str(exc))
        return redirect(project_url(project, "train"))
    except jobs.TrainingBusy as busy:
        # A double click, a second tab or another project: one job per student; show the one that exists.
        messages.info(request, "You already have a training job queued or running; here it is.")
        return redirect(job_url(busy.job))
    messages.success(request, "Training job queued.")
    return redirect(job_url(job))


@login_required
@require_GET
def job_detail(request: HtmxHttpRequest, pk: int, job_id: int) -> HttpResponse:
    access = selectors.project_access(user=request.user, project_id=pk)
    jobs.training_job_reap_stale()  # a job whose worker died is shown as failed, not "running" forever
    job = selectors.job_for_project(project=access.project, job_id=job_id)
    status = selectors.job_status(job=job)
    ctx = {"project": access.project, "can_edit": access.can_edit, "s": status}
    if status["model"] is not None:
        ctx["results"] = selectors.results(model=status["model"])
    if request.htmx:
        return render(
            request,
            "classifier/projects/job.html#status",
            ctx,
            status=200 if status["active"] else STOP_POLLING,
        )
    return render(request, "classifier/projects/job.html", ctx)


@login_required
@require_POST
def job_cancel(request: HtmxHttpRequest, pk: int, job_id: int) -> HttpResponse:
    project = editable_project(request, pk)
    job = jobs.training_job_cancel(job=selectors.job_for_project(project=project, job_id=job_id))
    if job.status == job.CANCELLED:
        messages.success(request, "Training cancelled.")
    elif job.cancel_requested and job.is_active:
        messages.info(request, "Stopping: the worker stops after the batch it is on.")
    return redirect(job_url(job))


@login_required
@require_GET
def results(request: HtmxHttpRequest, pk: int, number: int) -> HttpResponse:
    access = selectors.project_access(user=request.user, project_id=pk)
    model = selectors.model_for_project(project=access.project, number=number)
    return render(
        request,
        "classifier/projects/results.html",
        {
            "project": access.project,
            "can_edit": access.can_edit,
            "model": model,
            "results": selectors.results(model=model),
            "classes": list(access.project.classes.all()),
            "train_form": TrainForm(initial={"epochs": model.card.get("epochs", 3)}),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def clean(request: HtmxHttpRequest, pk: int, number: int) -> HttpResponse:
    """The book's ImageClassifierCleaner as a page: one class and split at a time, highest loss first."""
    access = selectors.project_access(user=request.user, project_id=pk)
    model = selectors.model_for_project(project=access.project, number=number)
    classes = list(access.project.classes.all())
    if not classes:
        raise Http404
    source = request.POST if request.method == "POST" else request.GET
    class_name = source.get("klass") or classes[0].name
    split = source.get("split") or "valid"
    view = selectors.cleaner(model=model, class_name=class_name, split=split)
    here = reverse("classifier:clean", args=[pk, number]) + f"?klass={view['klass'].name}&split={split}"
    if request.method == "POST":
        editable_project(request, pk)
        decisions = cleaner_decisions(
            request.POST,
            image_ids={r["image"].pk for r in view["rows"]},
            class_ids={k.pk for k in classes},
        )
        report = cleaner_services.cleaner_apply(project=access.project, decisions=decisions)
        if report.deleted or report.moved:
            messages.success(request, f"Deleted {report.deleted} and moved {report.moved} photo(s).")
        else:
            messages.info(request, "Nothing changed: every photo was marked keep.")
        if report.missing:
            messages.info(request, f"{report.missing} photo(s) were already gone (cleaned in another tab?).")
        return redirect(here)
    return render(
        request,
        "classifier/projects/clean.html",
        {
            "project": access.project,
            "can_edit": access.can_edit,
            "model": model,
            "classes": classes,
            "view": view,
            "train_form": TrainForm(initial={"epochs": model.card.get("epochs", 3)}),
        },
    )


@login_required
@require_GET
def export(request: HtmxHttpRequest, pk: int, number: int) -> HttpResponse:
    """The owner's own ``learn.export()`` file, sent only if it still matches its recorded SHA-256."""
    project = editable_project(request, pk)
    model = selectors.model_for_project(project=project, number=number)
    path = paths.model_folder(model.folder) / LEARNER
    if not path.is_file() or sha256_file(path) != model.learner_sha256:
        messages.error(request, MODEL_FILE_MISSING)
        return redirect("classifier:project_results", pk, number)
    name = f"{slugify(project.name) or 'project'}-v{model.number}-export.pkl"
    response = FileResponse(open(path, "rb"), as_attachment=True, filename=name)  # noqa: SIM115
    response["X-Checksum-SHA256"] = model.learner_sha256
    return response
