from django.urls import path

from .views import pages as views

app_name = "worksheets"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.create, name="create"),
    path("examples/", views.example_list, name="examples"),
    path("examples/<slug:slug>/", views.example_detail, name="example"),
    path("examples/<slug:slug>/start/", views.example_start, name="example_start"),
    path("review/", views.review, name="review"),
    path("review/<int:pk>/", views.review_detail, name="review_detail"),
    path("review/<int:pk>/reviewed/", views.mark_reviewed, name="mark_reviewed"),
    path("<int:pk>/", views.edit, name="edit"),
    path("<int:pk>/save/", views.save, name="save"),
    path("<int:pk>/resume/", views.resume, name="resume"),
    path("<int:pk>/check/", views.check, name="check"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/history/", views.history, name="history"),
    path("<int:pk>/history/<int:version>/", views.revision, name="revision"),
    path("<int:pk>/history/<int:version>/restore/", views.restore, name="restore"),
    path("<int:pk>/export.md", views.export_markdown, name="export_md"),
    path("<int:pk>/print/", views.print_view, name="print"),
]
