"""What the worksheet views share: the log-in guard that answers htmx with a 401 fragment, and the template
context of the edit page and of the read-only pages (print, teacher review, worked examples)."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse

from studyguide.http import HtmxHttpRequest
from studyguide.urltag import cached_reverse

from .. import diffing, selectors, spec
from . import markup


def login_required_htmx(view):
    """Like login_required, but an htmx request gets a 401 fragment instead of a redirect to the login page
    (which htmx would otherwise swap into a small status element)."""

    @wraps(view)
    def wrapper(request: HtmxHttpRequest, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if request.htmx:
            return HttpResponse(
                '<span class="ws-error">You are logged out. Nothing was lost on this page: press '
                "“Save everything” to log in and keep it.</span>",
                status=401,
            )
        return redirect_to_login(request.get_full_path())

    return wrapper


def field_rows(ws, *, overlay: dict | None = None, errors=None, conflicts=None, comments=None, metas=None):
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
            "rows_html": markup.list_rows(f, [*value, "", "", ""]) if f.kind == "list" else "",
            "options_html": markup.choice_options(f, value) if f.kind == "choice" else "",
            "meta_html": markup.field_meta(f.name, base, orig),
            "error": errors.get(f.name, ""),
            "has_error": bool(errors.get(f.name)),  # the two flags the block's prerendered frame is kept by
            "conflict": conflict_context(f, conflict) if conflict else None,
            "has_conflict": bool(conflict),
            "comments": comments.get(f.name, []),
        }
    return rows


def conflict_context(f, conflict):
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


def section_rows(rows):
    return [
        {"key": key, "title": title, "fields": [rows[n] for n in names]}
        for key, title, names in spec.SECTIONS
    ]


def edit_context(ws, **kwargs):
    """The edit page's context; ``kwargs`` go to ``field_rows`` (unsaved text, errors, conflicts)."""
    comments = selectors.comments_by_field(ws)
    rows = field_rows(ws, comments=comments, **kwargs)
    return {
        "ws": ws,
        "save_url": cached_reverse("worksheets:save", args=[ws.pk]),
        "title_row": rows["title"],
        "sections": section_rows(rows),
        "general_comments": comments.get("general", []),
        "limits": {"text": spec.TEXT_LIMIT, "rows": spec.LIST_MAX_ITEMS},
    }


def readonly_sections(value_of, comments: dict | None = None) -> list[dict]:
    """The sections as a reader sees them; ``value_of(field_spec)`` gives a field's stored value."""
    comments = comments or {}
    return [
        {
            "key": key,
            "title": title,
            "fields": [
                {
                    "spec": f,
                    "name": f.name,
                    "value": f.display(value_of(f)),
                    "comments": comments.get(f.name, []),
                }
                for f in (spec.BY_NAME[name] for name in names)
            ],
        }
        for key, title, names in spec.SECTIONS
    ]


def readonly_context(ws, **extra):
    """A worksheet for reading (print view, teacher review), with the teachers' comments."""
    comments = selectors.comments_by_field(ws)
    return {
        "ws": ws,
        "sections": readonly_sections(lambda f: getattr(ws, f.name), comments),
        "general_comments": comments.get("general", []),
        **extra,
    }
