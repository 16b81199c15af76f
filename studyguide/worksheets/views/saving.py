"""Saving a worksheet: one field's autosave (htmx) or the whole form, and the log-in-and-save page.

Saving never drops text. The save endpoint is CSRF-exempt *only* so that it can answer a logged-out or
out-of-date page itself instead of showing a bare 403: an anonymous request writes nothing (it echoes the
text back with a log-in form that re-submits it), and an authenticated request must still pass Django's CSRF
check (done explicitly below) before anything is written.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import AuthenticationForm
from django.http import Http404, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from studyguide.http import HtmxHttpRequest

from .. import selectors, services, spec
from ..forms import ParsedSave, parse_save
from . import markup
from .shared import conflict_context, edit_context


def _csrf_ok(request: HtmxHttpRequest) -> bool:
    return CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}) is None


def _status_time(ws) -> str:
    return timezone.localtime(ws.updated_at).strftime("%H:%M")


def _echo_context(request: HtmxHttpRequest, pk: int, parsed: ParsedSave, reason: str, **extra):
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


def _not_saved_response(request: HtmxHttpRequest, pk: int, parsed: ParsedSave, reason: str):
    """Logged out (401) or the page's security token is out of date (403): nothing is written, every posted
    word is echoed back. Without JavaScript: a page that re-submits it all after logging in."""
    status = 401 if reason == "logged_out" else 403
    if request.htmx:
        ctx = _echo_context(request, pk, parsed, reason)
        return render(request, "worksheets/edit.html#not-saved", ctx, status=status)
    ctx = _echo_context(request, pk, parsed, reason, form=AuthenticationForm(request))
    return render(request, "worksheets/resume.html", ctx, status=status)


@csrf_exempt
@require_POST
def save(request: HtmxHttpRequest, pk: int):
    parsed = parse_save(request.POST)
    if not request.user.is_authenticated:
        return _not_saved_response(request, pk, parsed, "logged_out")
    if not _csrf_ok(request):
        return _not_saved_response(request, pk, parsed, "stale_page")
    ws = selectors.own_worksheet(request.user, pk)
    return _apply_save(request, ws, parsed)


@require_POST
def resume(request: HtmxHttpRequest, pk: int):
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


def _apply_save(request: HtmxHttpRequest, ws, parsed: ParsedSave):
    try:
        result = services.worksheet_fields_save(
            worksheet_id=ws.pk, user=request.user, values=parsed.values, bases=parsed.bases
        )
    except services.WorksheetNotFound as exc:
        raise Http404("No such worksheet.") from exc
    ws = result.worksheet
    if request.htmx:
        return _autosave_response(request, ws, parsed, result)
    then = request.POST.get("then", "")
    if result.ok and not parsed.errors:
        if result.saved:
            messages.success(request, f"Saved at {_status_time(ws)}.")
        elif then != "check":  # say so: pressing the button and seeing nothing happen reads as a failure
            messages.info(request, "Nothing new to save: every field was already saved.")
        if then == "check":
            return redirect("worksheets:check", pk=ws.pk)
        return redirect("worksheets:edit", pk=ws.pk)
    # Show the form again: unsaved text (too long, or in conflict) stays in its box.
    overlay = {n: parsed.submitted[n] for n in (*parsed.errors, *result.conflicts)}
    metas = {}
    for name in parsed.names:
        if name in result.conflicts or name in parsed.errors:
            metas[name] = (parsed.bases.get(name, 0), parsed.origs.get(name, ""))
    ctx = edit_context(ws, overlay=overlay, errors=parsed.errors, conflicts=result.conflicts, metas=metas)
    ctx["save_problem"] = True
    return render(request, "worksheets/edit.html", ctx, status=409 if result.conflicts else 422)


def _autosave_response(request: HtmxHttpRequest, ws, parsed: ParsedSave, result):
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
                "meta_html": markup.field_meta(name, *meta, oob=True) if meta else "",
                "conflict": conflict_context(f, conflict) if conflict else None,
            }
        )
    if not fields:
        return HttpResponse("", status=204)
    status = 409 if result.conflicts else (422 if parsed.errors else 200)
    return render(
        request, "worksheets/edit.html#autosave", {"primary": fields[0], "fields": fields}, status=status
    )
