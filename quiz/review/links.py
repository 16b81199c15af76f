"""Which answers a review page shows, as query parameters, and the links that keep them: the scope
(``?mode=exam|practice|all&quiz=ID``, ``selectors.ReviewScope``) travels from the cohort page to the queue,
the groups and the downloads, and back after a decision."""

from __future__ import annotations

from django.urls import reverse
from django.utils.http import urlencode

from studyguide.http import HtmxHttpRequest

from . import selectors as sel


def review_scope(request: HtmxHttpRequest) -> sel.ReviewScope:
    """The answers asked for (``?mode=exam|practice|all&quiz=ID``, also posted by the decision forms): exam
    answers of every quiz unless the teacher picks otherwise."""
    params = request.POST if request.method == "POST" else request.GET
    mode = params.get("mode", "")
    quiz = params.get("quiz", "")
    return sel.ReviewScope(
        mode=mode if mode in sel.ReviewScope.MODES else "exam",
        quiz_id=int(quiz) if quiz.isdigit() and len(quiz) < 10 else None,
    )


def scope_suffix(scope: sel.ReviewScope) -> str:
    return f"?{urlencode(scope.params)}" if scope.params else ""


def groups_url(cohort, item, scope: sel.ReviewScope) -> str:
    return reverse("quiz:review_groups", args=[cohort.pk, item.item_id]) + scope_suffix(scope)


def scope_context(scope: sel.ReviewScope) -> dict:
    query = urlencode(scope.params)
    return {"scope": scope, "scope_query": query, "scope_suffix": f"?{query}" if query else ""}


def queue_url(cohort, item, answer_id: int | None = None, show: str | None = None, scope=None) -> str:
    params = dict(scope.params) if scope is not None else {}
    if show == "all":
        params["show"] = "all"
    url = reverse("quiz:review_queue", args=[cohort.pk, item.item_id])
    return url + (f"?{urlencode(params)}" if params else "") + (f"#answer-{answer_id}" if answer_id else "")
