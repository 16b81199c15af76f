import logging

from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from studyguide.accounts import selectors as account_selectors
from studyguide.http import HtmxHttpRequest
from studyguide.pagecache import render_cached

log = logging.getLogger(__name__)


@require_GET
def home(request: HtmxHttpRequest):
    user = request.user
    if not user.is_authenticated:
        return render(request, "home.html", {})
    from quiz.cache import QUIZZES
    from quiz.selectors import released_results_unseen_list, review_due_count

    due = review_due_count(user)

    def context():
        context = {"cohorts": account_selectors.cohorts_joined(user), "review_due": due}
        if account_selectors.is_teacher(user):
            context["taught"] = account_selectors.cohorts_taught_by(user)
        # Results whose grades a teacher released since the student last looked (gone once opened).
        context["released"] = released_results_unseen_list(user)
        return context

    if account_selectors.is_teacher(user):
        # Their cohorts' sizes change with other people's joins: read every time.
        return render(request, "home.html", context())
    # Kept per user (studyguide.pagecache): cohorts and released results are the student's cached facts
    # (their writes drop the pages), quizzes a content version; the one thing time changes is the number of
    # cards due, which is in the key.
    return render_cached(request, "home.html", context, facts=("due", due), depends_on=[QUIZZES])


@require_GET
def health(request: HtmxHttpRequest):
    """Readiness: 200 when the database answers, 503 when it does not (a load balancer stops sending work)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any failure to reach the database means "not ready", never a 500
        log.warning("health check: the database is not answering", exc_info=True)
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def liveness(request: HtmxHttpRequest):
    """Liveness: the process answers HTTP. Touches nothing else, so a database outage never gets the
    workers restarted for nothing."""
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request: HtmxHttpRequest, exception=None):
    return render(request, "404.html", status=404)


def server_error(request: HtmxHttpRequest):
    # No context processors that touch the database: the error may be the database itself.
    from django.template import loader

    try:
        html = loader.get_template("500.html").render({})
    except Exception:  # e.g. the static files manifest is missing: still a page, never a traceback
        html = "<!doctype html><title>Server error</title><h1>Something went wrong on our side</h1>"
    return HttpResponse(html, status=500)


def permission_denied(request: HtmxHttpRequest, exception=None):
    return render(request, "403.html", {"reason": str(exception or "")}, status=403)


def csrf_failure(request: HtmxHttpRequest, reason=""):
    return render(request, "403_csrf.html", {"reason": reason}, status=403)
