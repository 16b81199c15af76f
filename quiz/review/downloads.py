"""The teacher's CSV downloads of a cohort: every answer (``review_export``) and the gradebook, one row per
student (``review_gradebook``). Both go through ``quiz.review.export``, so no cell can run as a formula in a
spreadsheet, and both follow anonymous grading (``quiz.review.gradebook``)."""

from __future__ import annotations

from django.http import StreamingHttpResponse
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from studyguide.accounts.decorators import teacher_required
from studyguide.accounts.selectors import cohort_for_teacher
from studyguide.http import HtmxHttpRequest

from . import export, gradebook
from .links import review_scope


def _csv_response(lines, filename: str) -> StreamingHttpResponse:
    def stream():
        yield "\ufeff"  # BOM: spreadsheets then read the file as UTF-8
        yield from lines

    response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _name(cohort) -> str:
    return slugify(cohort.name) or f"cohort-{cohort.pk}"


@teacher_required
@require_GET
def review_export(request: HtmxHttpRequest, cohort_id: int):
    cohort = cohort_for_teacher(request.user, cohort_id)
    return _csv_response(export.iter_csv(gradebook.export_rows(cohort)), f"answers-{_name(cohort)}.csv")


@teacher_required
@require_GET
def review_gradebook(request: HtmxHttpRequest, cohort_id: int):
    """One row per student, one column per item (latest final score, 0-1) and the totals, for the answers
    asked for on the cohort page (exam answers unless ``?mode=`` or ``?quiz=`` says otherwise)."""
    cohort = cohort_for_teacher(request.user, cohort_id)
    scope = review_scope(request)
    book = gradebook.gradebook(cohort, scope)
    suffix = "" if scope.mode == "exam" else f"-{scope.mode}"
    suffix += f"-quiz-{scope.quiz_id}" if scope.quiz_id else ""
    return _csv_response(
        export.iter_csv(book.rows, columns=book.columns), f"gradebook-{_name(cohort)}{suffix}.csv"
    )
