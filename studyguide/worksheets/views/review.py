"""Teachers reviewing the submitted worksheets of their cohorts: the list, comments per field, and marking a
worksheet as reviewed."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from studyguide.accounts.decorators import teacher_required
from studyguide.http import HtmxHttpRequest

from .. import selectors, services
from ..forms import CommentForm
from .shared import readonly_context


@require_GET
@teacher_required
def review(request: HtmxHttpRequest):
    return render(
        request, "worksheets/review_list.html", {"worksheets": selectors.submitted_for_teacher(request.user)}
    )


def _reviewable(request: HtmxHttpRequest, pk: int):
    ws = selectors.viewable_worksheet(request.user, pk)
    if not selectors.teacher_can_review(request.user, ws):
        raise Http404("No such worksheet.")
    return ws


@require_http_methods(["GET", "POST"])
@teacher_required
def review_detail(request: HtmxHttpRequest, pk: int):
    ws = _reviewable(request, pk)
    form = CommentForm()
    status = 200
    if request.method == "POST":
        form = CommentForm(request.POST)
        if form.is_valid():
            try:
                services.comment_create(
                    worksheet=ws,
                    author=request.user,
                    field_name=form.cleaned_data["field"],
                    body=form.cleaned_data["body"],
                )
            except services.CommentError as exc:
                form.add_error("body", str(exc))
            else:
                messages.success(request, "Comment added: the student sees it next to the field.")
                return redirect(
                    reverse("worksheets:review_detail", args=[ws.pk]) + f"#field-{form.cleaned_data['field']}"
                )
        status = 422
    ctx = readonly_context(ws, form=form, comment_fields=CommentForm.base_fields["field"].choices)
    return render(request, "worksheets/review_detail.html", ctx, status=status)


@require_POST
@teacher_required
def mark_reviewed(request: HtmxHttpRequest, pk: int):
    ws = _reviewable(request, pk)
    services.worksheet_mark_reviewed(worksheet=ws)
    messages.success(request, f"“{ws.title}” marked as reviewed.")
    return redirect("worksheets:review")
