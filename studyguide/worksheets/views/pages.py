"""The student's worksheet pages: the list, a new worksheet, the edit page, coaching notes, submitting,
history and restore, Markdown and print, and the worked examples."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from studyguide.http import HtmxHttpRequest
from studyguide.pagecache import render_cached
from studyguide.ratelimits import limited, too_many_message

from .. import diffing, examples, selectors, services, spec
from ..coaching import semantic
from ..coaching.plan import field_label, plan_from_values
from ..export import to_markdown
from ..forms import parse_save
from .shared import edit_context, login_required_htmx, readonly_context, readonly_sections


# --- pages ------
@require_GET
def index(request: HtmxHttpRequest):
    context = {"examples": examples.EXAMPLES}
    if request.user.is_authenticated:
        context["worksheets"] = selectors.worksheets_of(request.user)
    return render(request, "worksheets/index.html", context)


@require_POST
@login_required_htmx
def create(request: HtmxHttpRequest):
    title = " ".join(request.POST.get("title", "").split())[: spec.TITLE_LIMIT]
    ws = services.worksheet_create(owner=request.user, title=title or spec.UNTITLED)
    return redirect("worksheets:edit", pk=ws.pk)


@require_GET
@login_required_htmx
def edit(request: HtmxHttpRequest, pk: int):
    # Kept per user: every write to the worksheet or its comments drops the owner's pages
    # (worksheets/cache.py), and the page was kept only after own_worksheet() found it theirs.
    return render_cached(
        request, "worksheets/edit.html", lambda: edit_context(selectors.own_worksheet(request.user, pk))
    )


# --- coaching ------
def _notes_context(ws, values):
    feedback = semantic.check(plan_from_values(values))

    def items(notes):
        return [{"note": n, "label": field_label(n.field)} for n in notes]

    return {
        "ws": ws,
        "notes": items(feedback.notes),
        "first_notes": items(feedback.first),
        "folded_notes": items(feedback.folded),
        "questions": items(feedback.questions),
        "strengths": feedback.strengths,
        "used_model": feedback.used_model,
        "checked_at": timezone.now(),
    }


@require_http_methods(["GET", "POST"])
@login_required_htmx
@limited("coach")
def check(request: HtmxHttpRequest, pk: int):
    """GET: notes on the saved worksheet. POST (htmx "Check my plan"): notes on what is on screen now,
    saved or not. What is on screen must be within the worksheet's own limits (rows per list, characters per
    field), or the coach is not run: the same 422 message as a save, so its work stays bounded."""
    ws = selectors.own_worksheet(request.user, pk)
    if request.limited:
        return _coach_refusal(request, ws, too_many_message("coach", "checks"), 429)
    values = ws.values()
    if request.method == "POST":
        parsed = parse_save(request.POST)
        if parsed.errors:
            return _coach_refusal(request, ws, " ".join(parsed.errors.values()), 422)
        values.update(parsed.submitted)
    ctx = _notes_context(ws, values)
    if request.htmx:
        ctx["on_edit_page"] = True
        return render(request, "worksheets/check.html#notes", ctx)
    return render(request, "worksheets/check.html", ctx)


def _coach_refusal(request: HtmxHttpRequest, ws, message: str, status: int) -> HttpResponse:
    """The coach was not run: the message where the notes go (htmx swaps 422 and 429), or on the page."""
    if request.htmx:
        return HttpResponse(format_html('<p class="ws-error" role="alert">{}</p>', message), status=status)
    messages.error(request, message)
    return render(request, "worksheets/edit.html", edit_context(ws), status=status)


# --- status ------
@require_POST
@login_required_htmx
def submit(request: HtmxHttpRequest, pk: int):
    ws = selectors.own_worksheet(request.user, pk)
    services.worksheet_submit(worksheet=ws)
    messages.success(request, "Submitted: your teachers can now see it. You can keep editing.")
    return redirect("worksheets:edit", pk=ws.pk)


@require_POST
@login_required_htmx
def withdraw(request: HtmxHttpRequest, pk: int):
    ws = selectors.own_worksheet(request.user, pk)
    services.worksheet_withdraw(worksheet=ws)
    messages.info(request, "Back to draft: teachers no longer see it.")
    return redirect("worksheets:edit", pk=ws.pk)


# --- history ------
@require_GET
@login_required_htmx
def history(request: HtmxHttpRequest, pk: int):
    ws = selectors.viewable_worksheet(request.user, pk)
    return render(
        request,
        "worksheets/history.html",
        {"ws": ws, "revisions": selectors.revisions(ws), "is_owner": ws.owner_id == request.user.pk},
    )


@require_GET
@login_required_htmx
def revision(request: HtmxHttpRequest, pk: int, version: int):
    ws = selectors.viewable_worksheet(request.user, pk)
    rev = selectors.revision(ws, version)
    against = request.GET.get("against")
    if against and against.isdigit():
        other = selectors.revision(ws, int(against))
    else:
        other = selectors.previous_revision(ws, rev)
    older, newer = (other, rev) if (other is None or other.version < rev.version) else (rev, other)
    old = older.snapshot if older is not None else spec.empty_values()
    new = newer.snapshot
    return render(
        request,
        "worksheets/revision.html",
        {
            "ws": ws,
            "rev": rev,
            "older": older,
            "newer": newer,
            "compare_with": other,
            "diffs": diffing.diff_values(old, new),
            "revisions": selectors.revisions(ws),
            "is_owner": ws.owner_id == request.user.pk,
        },
    )


@require_POST
@login_required_htmx
def restore(request: HtmxHttpRequest, pk: int, version: int):
    ws = selectors.own_worksheet(request.user, pk)
    rev = selectors.revision(ws, version)
    try:
        result = services.revision_restore(worksheet_id=ws.pk, user=request.user, revision=rev)
    except services.WorksheetNotFound as exc:
        raise Http404("No such worksheet.") from exc
    if result.saved:
        messages.success(request, f"Version {version} restored as version {result.worksheet.version}.")
    else:
        messages.info(request, "That version is the same as the current one.")
    return redirect("worksheets:edit", pk=ws.pk)


# --- export ------
def _comment_pairs(ws):
    return {
        name: [(str(c.author or "teacher"), c.body) for c in items]
        for name, items in selectors.comments_by_field(ws).items()
    }


@require_GET
@login_required_htmx
def export_markdown(request: HtmxHttpRequest, pk: int):
    ws = selectors.viewable_worksheet(request.user, pk)
    text = to_markdown(
        ws.values(), status=ws.get_status_display(), author=ws.owner.username, comments=_comment_pairs(ws)
    )
    response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
    filename = (slugify(ws.title) or "worksheet")[:60]
    response["Content-Disposition"] = f'attachment; filename="{filename}.md"'
    return response


@require_GET
@login_required_htmx
def print_view(request: HtmxHttpRequest, pk: int):
    ws = selectors.viewable_worksheet(request.user, pk)
    return render(request, "worksheets/print.html", readonly_context(ws))


# --- worked examples ------
def _example_or_404(slug: str):
    example = examples.get(slug)
    if example is None:
        raise Http404("No such example.")
    return example


@require_GET
def example_list(request: HtmxHttpRequest):
    return render(request, "worksheets/examples.html", {"examples": examples.EXAMPLES})


@require_GET
def example_detail(request: HtmxHttpRequest, slug: str):
    example = _example_or_404(slug)
    sections = readonly_sections(lambda f: example.values.get(f.name, f.empty))
    return render(request, "worksheets/example_detail.html", {"example": example, "sections": sections})


@require_POST
@login_required_htmx
def example_start(request: HtmxHttpRequest, slug: str):
    example = _example_or_404(slug)
    ws = services.worksheet_create_from_example(owner=request.user, example=example)
    messages.success(request, f"Copied “{example.title}” into a new worksheet of your own. Change anything.")
    return redirect("worksheets:edit", pk=ws.pk)
