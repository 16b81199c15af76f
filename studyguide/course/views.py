from django.shortcuts import render
from django.views.decorators.http import require_GET

from studyguide.http import HtmxHttpRequest

from . import selectors


@require_GET
def study_index(request: HtmxHttpRequest):
    return render(request, "course/study_index.html", {"notes": selectors.notes_with_items()})


@require_GET
def note_detail(request: HtmxHttpRequest, slug: str):
    note, previous, next_ = selectors.note_page(slug)
    return render(request, "course/note_detail.html", {"note": note, "previous": previous, "next": next_})


@require_GET
def item_detail(request: HtmxHttpRequest, item_id: str):
    """An item with its reference answer and key points: a revision card, open to everyone."""
    item = selectors.get_item(item_id)
    return render(request, "course/item_detail.html", {"item": item})
