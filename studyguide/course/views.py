from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from studyguide.http import HtmxHttpRequest
from studyguide.pagecache import render_cached

from . import selectors
from .access import KeyAccess, key_access
from .cache import COURSE


@require_GET
def study_index(request: HtmxHttpRequest):
    return render(request, "course/study_index.html", {"notes": selectors.notes_with_items()})


def _note_fragment(slug: str) -> tuple[str, str]:
    """(title, HTML) of a study note's page body: the same for every reader, so rendered once per course
    version (``cache.COURSE``). 404 for an unknown slug."""
    note, previous, next_ = selectors.note_page(slug)
    context = {"note": note, "previous": previous, "next": next_}
    return note.title, render_to_string("course/note_detail.html#note", context)


@require_GET
def note_detail(request: HtmxHttpRequest, slug: str):
    def context():
        title, html = COURSE.get(("note-page", slug), lambda: _note_fragment(slug))
        # The fragment was rendered (and escaped) by the template above.
        return {"note_title": title, "note_html": mark_safe(html)}  # noqa: S308

    # Kept per user (studyguide.pagecache): the note is course content (COURSE) and the same for everyone;
    # what differs is the page's frame (name, role), in the key. No time on the page. Anonymous: rendered.
    return render_cached(request, "course/note_detail.html", context, depends_on=[COURSE])


@require_GET
def item_detail(request: HtmxHttpRequest, item_id: str):
    """An item as a revision card. Its key (reference answer, key points, common mistakes) is shown to
    teachers, and to a student only once they have answered it and while no exam they sit contains it."""
    item = selectors.get_item(item_id)
    access = key_access(request.user, item)
    return render(
        request,
        "course/item_detail.html",
        {"item": item, "key_access": access.value, "key_visible": access == KeyAccess.VISIBLE},
    )
