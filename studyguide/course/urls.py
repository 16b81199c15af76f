from django.urls import path

from . import views

app_name = "course"

urlpatterns = [
    path("", views.study_index, name="study"),
    path("notes/<slug:slug>/", views.note_detail, name="note"),
    path("items/<str:item_id>/", views.item_detail, name="item"),
]
