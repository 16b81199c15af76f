"""Worksheet views: translate requests into selector/service calls and templates.

Saving never drops text. The save endpoint is CSRF-exempt *only* so that it can answer a logged-out or
out-of-date page itself instead of showing a bare 403: an anonymous request writes nothing (it echoes the
text back with a log-in form that re-submits it), and an authenticated request must still pass Django's CSRF
check (done explicitly below) before anything is written.
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from studyguide.accounts.decorators import teacher_required

from .. import diffing, examples, selectors, services, spec
from ..coaching.plan import key_label, note_anchor, plan_from_values
from ..export import to_markdown
from ..forms import CommentForm, ParsedSave, parse_save


def _is_htmx(request) -> bool:
    return bool(getattr(request, "htmx", False))


def login_required_htmx(view):
    """Like login_required, but an htmx request gets a 401 fragment instead of a redirect to the login page
    (which htmx would otherwise swap into a small status element)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if _is_htmx(request):
            return HttpResponse(
                '<span class="ws-error">You are logged out. Nothing was lost on this page: press '
                "“Save everything” to log in and keep it.</span>",
                status=401,
            )
        return redirect_to_login(request.get_full_path())

    return wrapper


def _csrf_ok(request) -> bool:
    return CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}) is None


# --- pages ------
@require_GET
def index(request):
    context = {"examples": examples.EXAMPLES}
    if request.user.is_authenticated:
        context["worksheets"] = selectors.worksheets_of(request.user)
    return render(request, "worksheets/index.html", context)


@require_POST
@login_required_htmx
def create(request):
    title = " ".join(request.POST.get("title", "").split())[: spec.TITLE_LIMIT]
    ws = services.worksheet_create(owner=request.user, title=title or spec.UNTITLED)
    return redirect("worksheets:edit", pk=ws.pk)


def _field_rows(ws, *, overlay: dict | None = None, errors=None, conflicts=None, comments=None, metas=None):
    """Per-field context for the edit form. ``overlay`` holds text the user typed that is not saved (shown
    instead of the stored value, never lost)."""
    overlay, errors, conflicts, comments = overlay or {}, errors or {}, conflicts or {}, comments or {}
    metas = metas or {}
    rows = {}
    for f in spec.FIELDS:
        stored = getattr(ws, f.name)
        value = overlay.get(f.name, stored)
        base, orig = metas.get(f.name, (ws.field_version(f.name), spec.fingerprint(stored)))
        conflict = conflicts.get(f.name)
        rows[f.name] = {
            "spec": f,
            "name": f.name,
            "value": value,
            "rows_value": list(value) + ["", "", ""] if f.kind == "list" else None,
            "base": base,
            "orig": orig,
            "error": errors.get(f.name, ""),
            "conflict": _conflict_context(f, conflict) if conflict else None,
            "comments": comments.get(f.name, []),
        }
    return rows


def _conflict_context(f, conflict):
    mine = "\n".join(conflict.mine) if isinstance(conflict.mine, list) else conflict.mine
    theirs = "\n".join(conflict.theirs) if isinstance(conflict.theirs, list) else conflict.theirs
    return {
        "field": f.name,
        "label": f.label,
        "mine": mine,
        "theirs": theirs,
        "their_version": conflict.their_version,
        "saved_at": conflict.saved_at,
        "pieces": diffing.word_diff(theirs, mine),
    }


def _sections(rows):
    return [
        {"key": key, "title": title, "fields": [rows[n] for n in names]}
        for key, title, names in spec.SECTIONS
    ]


def _edit_context(request, ws, **kwargs):
    comments = selectors.comments_by_field(ws)
    rows = _field_rows(ws, comments=comments, **kwargs)
    return {
        "ws": ws,
        "title_row": rows["title"],
        "sections": _sections(rows),
        "general_comments": comments.get("general", []),
        "limits": {"text": spec.TEXT_LIMIT, "rows": spec.LIST_MAX_ITEMS},
    }


@require_GET
@login_required_htmx
def edit(request, pk: int):
    ws = selectors.own_worksheet(request.user, pk)
    return render(request, "worksheets/edit.html", _edit_context(request, ws))


# --- saving ------
def _status_time(ws) -> str:
    return timezone.localtime(ws.updated_at).strftime("%H:%M")


def _echo_context(request, pk: int, parsed: ParsedSave, reason: str, **extra):
    carried = []
    for name in parsed.names:
        value = parsed.submitted[name]
        carried.append(
            {
                "name": name,
                "label": spec.BY_NAME[name].label,
                "kind": spec.BY_NAME[name].kind,
                "value": value,
                "text": "\n".join(value) if isinstance(value, list) else value,
                "base": parsed.bases.get(name, 0),
                "orig": parsed.origs.get(name, ""),
                "resolve": request.POST.get(f"resolve_{name}", ""),
            }
        )
    return {"pk": pk, "carried": carried, "reason": reason, "then": request.POST.get("then", ""), **extra}


def _not_saved_response(request, pk: int, parsed: ParsedSave, reason: str):
    """Logged out (401) or the page's security token is out of date (403): nothing is written, every posted
    word is echoed back. Without JavaScript: a page that re-submits it all after logging in."""
    status = 401 if reason == "logged_out" else 403
    if _is_htmx(request):
        ctx = _echo_context(request, pk, parsed, reason)
        return render(request, "worksheets/_not_saved.html", ctx, status=status)
    ctx = _echo_context(request, pk, parsed, reason, form=AuthenticationForm(request))
    return render(request, "worksheets/resume.html", ctx, status=status)


@csrf_exempt
@require_POST
def save(request, pk: int):
    parsed = parse_save(request.POST)
    if not request.user.is_authenticated:
        return _not_saved_response(request, pk, parsed, "logged_out")
    if not _csrf_ok(request):
        return _not_saved_response(request, pk, parsed, "stale_page")
    ws = selectors.own_worksheet(request.user, pk)
    return _apply_save(request, ws, parsed)


@require_POST
def resume(request, pk: int):
    """The log-in-and-save page posts here: log in (if needed), then apply the carried save."""
    parsed = parse_save(request.POST)
    if not request.user.is_authenticated:
        form = AuthenticationForm(request, data=request.POST)
        if not form.is_valid():
            ctx = _echo_context(request, pk, parsed, "logged_out", form=form)
            return render(request, "worksheets/resume.html", ctx, status=401)
        login(request, form.get_user())
    try:
        ws = selectors.own_worksheet(request.user, pk)
    except Http404:
        ctx = _echo_context(request, pk, parsed, "wrong_account", form=AuthenticationForm(request))
        return render(request, "worksheets/resume.html", ctx, status=404)
    return _apply_save(request, ws, parsed)


def _apply_save(request, ws, parsed: ParsedSave):
    try:
        result = services.worksheet_fields_save(
            worksheet_id=ws.pk, user=request.user, values=parsed.values, bases=parsed.bases
        )
    except services.WorksheetNotFound as exc:
        raise Http404("No such worksheet.") from exc
    ws = result.worksheet
    if _is_htmx(request):
        return _autosave_response(request, ws, parsed, result)
    then = request.POST.get("then", "")
    if result.ok and not parsed.errors:
        if result.saved:
            messages.success(request, f"Saved at {_status_time(ws)}.")
        if then == "check":
            return redirect("worksheets:check", pk=ws.pk)
        return redirect("worksheets:edit", pk=ws.pk)
    # Show the form again: unsaved text (too long, or in conflict) stays in its box.
    overlay = {n: parsed.submitted[n] for n in (*parsed.errors, *result.conflicts)}
    metas = {}
    for name in parsed.names:
        if name in result.conflicts or name in parsed.errors:
            metas[name] = (parsed.bases.get(name, 0), parsed.origs.get(name, ""))
    ctx = _edit_context(
        request, ws, overlay=overlay, errors=parsed.errors, conflicts=result.conflicts, metas=metas
    )
    ctx["save_problem"] = True
    return render(request, "worksheets/edit.html", ctx, status=409 if result.conflicts else 422)


def _autosave_response(request, ws, parsed: ParsedSave, result):
    fields = []
    for name in parsed.names:
        f = spec.BY_NAME[name]
        if name in parsed.errors:
            state, text = "error", f"Not saved: {parsed.errors[name]}"
            meta = None
        elif name in result.conflicts:
            state, text = "conflict", "Not saved: changed in another tab or device, see below."
            meta = None
        else:
            state, text = "saved", f"Saved {_status_time(ws)}"
            meta = (ws.field_version(name), spec.fingerprint(getattr(ws, name)))
        conflict = result.conflicts.get(name)
        fields.append(
            {
                "name": name,
                "spec": f,
                "state": state,
                "text": text,
                "meta": meta,
                "conflict": _conflict_context(f, conflict) if conflict else None,
            }
        )
    if not fields:
        return HttpResponse("", status=204)
    status = 409 if result.conflicts else (422 if parsed.errors else 200)
    return render(
        request, "worksheets/_autosave.html", {"primary": fields[0], "fields": fields}, status=status
    )


# --- coaching ------
def _notes_context(ws, values):
    from ..coaching.semantic import check

    result = check(plan_from_values(values))
    notes = [{"note": n, "anchor": note_anchor(n.field), "label": key_label(n.field)} for n in result.notes]
    return {"ws": ws, "notes": notes, "used_model": result.used_model, "checked_at": timezone.now()}


@require_http_methods(["GET", "POST"])
@login_required_htmx
def check(request, pk: int):
    """GET: notes on the saved worksheet. POST (htmx "Check my plan"): notes on what is on screen now,
    saved or not."""
    ws = selectors.own_worksheet(request.user, pk)
    values = ws.values()
    if request.method == "POST":
        parsed = parse_save(request.POST)
        values.update(parsed.submitted)
    ctx = _notes_context(ws, values)
    if _is_htmx(request):
        ctx["on_edit_page"] = True
        return render(request, "worksheets/_notes.html", ctx)
    return render(request, "worksheets/check.html", ctx)


# --- status ------
@require_POST
@login_required_htmx
def submit(request, pk: int):
    ws = selectors.own_worksheet(request.user, pk)
    services.worksheet_submit(worksheet=ws)
    messages.success(request, "Submitted: your teachers can now see it. You can keep editing.")
    return redirect("worksheets:edit", pk=ws.pk)


@require_POST
@login_required_htmx
def withdraw(request, pk: int):
    ws = selectors.own_worksheet(request.user, pk)
    services.worksheet_withdraw(worksheet=ws)
    messages.info(request, "Back to draft: teachers no longer see it.")
    return redirect("worksheets:edit", pk=ws.pk)


# --- history ------
@require_GET
@login_required_htmx
def history(request, pk: int):
    ws = selectors.viewable_worksheet(request.user, pk)
    return render(
        request,
        "worksheets/history.html",
        {"ws": ws, "revisions": selectors.revisions(ws), "is_owner": ws.owner_id == request.user.pk},
    )


@require_GET
@login_required_htmx
def revision(request, pk: int, version: int):
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
def restore(request, pk: int, version: int):
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
def export_markdown(request, pk: int):
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
def print_view(request, pk: int):
    ws = selectors.viewable_worksheet(request.user, pk)
    return render(request, "worksheets/print.html", _readonly_context(ws))


def _readonly_context(ws, **extra):
    comments = selectors.comments_by_field(ws)
    sections = []
    for key, title, names in spec.SECTIONS:
        items = []
        for name in names:
            f = spec.BY_NAME[name]
            value = f.display(getattr(ws, name))
            items.append({"spec": f, "name": name, "value": value, "comments": comments.get(name, [])})
        sections.append({"key": key, "title": title, "fields": items})
    return {"ws": ws, "sections": sections, "general_comments": comments.get("general", []), **extra}


# --- worked examples ------
def _example_or_404(slug: str):
    example = examples.get(slug)
    if example is None:
        raise Http404("No such example.")
    return example


@require_GET
def example_list(request):
    return render(request, "worksheets/examples.html", {"examples": examples.EXAMPLES})


@require_GET
def example_detail(request, slug: str):
    example = _example_or_404(slug)
    sections = []
    for key, title, names in spec.SECTIONS:
        items = []
        for name in names:
            f = spec.BY_NAME[name]
            value = f.display(example.values.get(name, f.empty))
            items.append({"spec": f, "name": name, "value": value})
        sections.append({"key": key, "title": title, "fields": items})
    return render(request, "worksheets/example_detail.html", {"example": example, "sections": sections})


@require_POST
@login_required_htmx
def example_start(request, slug: str):
    example = _example_or_404(slug)
    ws = services.worksheet_create_from_example(owner=request.user, example=example)
    messages.success(request, f"Copied “{example.title}” into a new worksheet of your own. Change anything.")
    return redirect("worksheets:edit", pk=ws.pk)


# --- teachers ------
@require_GET
@teacher_required
def review(request):
    return render(
        request, "worksheets/review_list.html", {"worksheets": selectors.submitted_for_teacher(request.user)}
    )


def _reviewable(request, pk: int):
    ws = selectors.viewable_worksheet(request.user, pk)
    if not selectors.teacher_can_review(request.user, ws):
        raise Http404("No such worksheet.")
    return ws


@require_http_methods(["GET", "POST"])
@teacher_required
def review_detail(request, pk: int):
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
    ctx = _readonly_context(ws, form=form, comment_fields=CommentForm.base_fields["field"].choices)
    return render(request, "worksheets/review_detail.html", ctx, status=status)


@require_POST
@teacher_required
def mark_reviewed(request, pk: int):
    ws = _reviewable(request, pk)
    services.worksheet_mark_reviewed(worksheet=ws)
    messages.success(request, f"“{ws.title}” marked as reviewed.")
    return redirect("worksheets:review")
