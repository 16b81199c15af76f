from django.shortcuts import render
from django.views.decorators.http import require_GET

from studyguide.http import HtmxHttpRequest

from . import selectors
from .access import KeyAccess, key_access


@require_GET
def study_index(request: HtmxHttpRequest):
    return render(request, "course/study_index.html", {"notes": selectors.notes_with_items()})


@require_GET
def note_detail(request: HtmxHttpRequest, slug: str):
    note, previous, next_ = selectors.note_page(slug)
    return render(request, "course/note_detail.html", {"note": note, "previous": previous, "next": next_})


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
