"""Projects, classes and images: list, create, upload, remove, and the teacher's overview.

Plain form posts with post/redirect/get; the owner may change a project, a teacher of the owner's cohort
may only look (403 on a change), and anyone else gets a 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from classifier.projects import limits, selectors
from classifier.projects.forms import ClassForm, ProjectForm, TrainForm, UploadForm
from classifier.projects.models import ProjectClass
from classifier.projects.services import images as image_services
from classifier.projects.services import projects as project_services
from studyguide.accounts.decorators import teacher_required
from studyguide.http import HtmxHttpRequest

MAX_PROBLEMS_SHOWN = 15
READ_ONLY = "Only the student who owns this project can change it."


def editable_project(request: HtmxHttpRequest, pk: int):
    access = selectors.project_access(user=request.user, project_id=pk)
    if not access.can_edit:
        raise PermissionDenied(READ_ONLY)
    return access.project


def project_url(project, anchor: str = "") -> str:
    return reverse("classifier:project_detail", args=[project.pk]) + (f"#{anchor}" if anchor else "")


@login_required
@require_http_methods(["GET", "POST"])
def project_list(request: HtmxHttpRequest) -> HttpResponse:
    form = ProjectForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                project = project_services.project_create(
                    owner=request.user,
                    name=form.cleaned_data["name"],
                    class_names=form.cleaned_data["classes"],
                )
            except project_services.ProjectError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"Project “{project.name}” created. Now add photos to each class.")
                return redirect(project_url(project))
        status = 422
    return render(
        request,
        "classifier/projects/list.html",
        {
            "form": form,
            "projects": selectors.projects_for_owner(user=request.user),
            "limits": limits.current(),
        },
        status=status,
    )


@login_required
@require_GET
def project_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    access = selectors.project_access(user=request.user, project_id=pk)
    ctx = selectors.project_page(project=access.project)
    ctx.update(
        project=access.project,
        can_edit=access.can_edit,
        upload_form=UploadForm(),
        class_form=ClassForm(),
        train_form=TrainForm(),
    )
    return render(request, "classifier/projects/detail.html", ctx)


@login_required
@require_POST
def project_delete(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    project = editable_project(request, pk)
    try:
        project_services.project_delete(project=project)
    except project_services.ProjectError as exc:
        messages.error(request, str(exc))
        return redirect(project_url(project))
    messages.success(request, f"Project “{project.name}” deleted, with its photos and models.")
    return redirect("classifier:project_list")


@login_required
@require_POST
def class_add(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    project = editable_project(request, pk)
    form = ClassForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for e in form.errors.get("name", ["Give the class a name."])))
    else:
        try:
            klass = project_services.project_class_add(project=project, name=form.cleaned_data["name"])
        except project_services.ProjectError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"Class “{klass.name}” added.")
    return redirect(project_url(project, "classes"))


@login_required
@require_POST
def class_delete(request: HtmxHttpRequest, pk: int, class_id: int) -> HttpResponse:
    project = editable_project(request, pk)
    klass = get_object_or_404(ProjectClass, pk=class_id, project=project)
    try:
        n = project_services.project_class_delete(klass=klass)
    except project_services.ProjectError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Class “{klass.name}” removed with its {n} photo(s).")
    return redirect(project_url(project, "classes"))


def _report(request: HtmxHttpRequest, report: image_services.UploadReport, where: str) -> None:
    if report.added:
        messages.success(request, f"Added {report.added} photo(s) to {where}.")
    for name, problem in report.problems[:MAX_PROBLEMS_SHOWN]:
        messages.warning(request, f"{name}: {problem}" if name else problem)
    if len(report.problems) > MAX_PROBLEMS_SHOWN:
        messages.warning(request, f"…and {len(report.problems) - MAX_PROBLEMS_SHOWN} more file(s) not added.")


@login_required
@require_POST
def class_upload(request: HtmxHttpRequest, pk: int, class_id: int) -> HttpResponse:
    project = editable_project(request, pk)
    klass = get_object_or_404(ProjectClass, pk=class_id, project=project)
    # More parts than Django parses at all are refused earlier, with a message (studyguide/middleware.py).
    files = request.FILES.getlist("files")
    _report(request, image_services.images_add(project=project, klass=klass, files=files), klass.name)
    return redirect(project_url(project, f"class-{klass.pk}"))


@login_required
@require_POST
def project_upload(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """A zip with one folder per class, like the book's folder of downloaded photos."""
    project = editable_project(request, pk)
    files = request.FILES.getlist("files")
    _report(request, image_services.images_add(project=project, files=files), "the project")
    return redirect(project_url(project, "classes"))


@login_required
@require_POST
def image_delete(request: HtmxHttpRequest, image_id: int) -> HttpResponse:
    image = selectors.image_for_viewer(user=request.user, image_id=image_id)
    project = editable_project(request, image.project_id)
    anchor = f"class-{image.klass_id}"
    image_services.image_delete(image=image)
    messages.success(request, "Photo removed.")
    return redirect(project_url(project, anchor))


@login_required
@require_GET
def image_file(request: HtmxHttpRequest, image_id: int, size: str) -> HttpResponse:
    """A project photo or its thumbnail, for the owner and the owner's teachers only."""
    image = selectors.image_for_viewer(user=request.user, image_id=image_id)
    field = image.thumb if size == "thumb" else image.image
    try:
        fh = field.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    response = FileResponse(fh, content_type="image/jpeg")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@teacher_required
@require_GET
def teacher_overview(request: HtmxHttpRequest) -> HttpResponse:
    return render(
        request,
        "classifier/projects/teacher.html",
        {"projects": selectors.projects_for_teacher(teacher=request.user)},
    )
