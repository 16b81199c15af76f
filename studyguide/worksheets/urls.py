from django.urls import path

from .views import pages, review, saving

app_name = "worksheets"

urlpatterns = [
    path("", pages.index, name="index"),
    path("new/", pages.create, name="create"),
    path("examples/", pages.example_list, name="examples"),
    path("examples/<slug:slug>/", pages.example_detail, name="example"),
    path("examples/<slug:slug>/start/", pages.example_start, name="example_start"),
    path("review/", review.review, name="review"),
    path("review/<int:pk>/", review.review_detail, name="review_detail"),
    path("review/<int:pk>/reviewed/", review.mark_reviewed, name="mark_reviewed"),
    path("<int:pk>/", pages.edit, name="edit"),
    path("<int:pk>/save/", saving.save, name="save"),
    path("<int:pk>/resume/", saving.resume, name="resume"),
    path("<int:pk>/check/", pages.check, name="check"),
    path("<int:pk>/submit/", pages.submit, name="submit"),
    path("<int:pk>/withdraw/", pages.withdraw, name="withdraw"),
    path("<int:pk>/history/", pages.history, name="history"),
    path("<int:pk>/history/<int:version>/", pages.revision, name="revision"),
    path("<int:pk>/history/<int:version>/restore/", pages.restore, name="restore"),
    path("<int:pk>/export.md", pages.export_markdown, name="export_md"),
    path("<int:pk>/print/", pages.print_view, name="print"),
]
