"""Included by ``classifier.urls`` under ``projects/``; the names live in the ``classifier`` namespace."""

from django.urls import path

from classifier.projects.views import pages, training

urlpatterns = [
    path("", pages.project_list, name="project_list"),
    path("teacher/", pages.teacher_overview, name="project_teacher"),
    path("<int:pk>/", pages.project_detail, name="project_detail"),
    path("<int:pk>/delete/", pages.project_delete, name="project_delete"),
    path("<int:pk>/classes/", pages.class_add, name="class_add"),
    path("<int:pk>/classes/<int:class_id>/delete/", pages.class_delete, name="class_delete"),
    path("<int:pk>/classes/<int:class_id>/upload/", pages.class_upload, name="class_upload"),
    path("<int:pk>/upload/", pages.project_upload, name="project_upload"),
    path("images/<int:image_id>/delete/", pages.image_delete, name="image_delete"),
    path("images/<int:image_id>/thumb/", pages.image_file, {"size": "thumb"}, name="image_thumb"),
    path("images/<int:image_id>/full/", pages.image_file, {"size": "full"}, name="image_full"),
    path("<int:pk>/train/", training.train, name="train"),
    path("<int:pk>/jobs/<int:job_id>/", training.job_detail, name="job_detail"),
    path("<int:pk>/jobs/<int:job_id>/cancel/", training.job_cancel, name="job_cancel"),
    path("<int:pk>/v<int:number>/", training.results, name="project_results"),
    path("<int:pk>/v<int:number>/clean/", training.clean, name="clean"),
    path("<int:pk>/v<int:number>/export/", training.export, name="export"),
]
