from django.urls import include, path

from classifier import views

app_name = "classifier"

urlpatterns = [
    path("", views.index, name="index"),
    path("example/", views.example, name="example"),
    path("shift/", views.shift, name="shift"),
    path("resize/", views.resize, name="resize"),
    path("flag/", views.flag, name="flag"),
    path("failures/", views.failures, name="failures"),
    path("flags/<int:pk>/image/", views.flag_image, name="flag_image"),
    path("class-examples/<int:pk>/image/", views.class_example_image, name="class_example_image"),
    path("model-card/", views.card, name="card"),
    path("projects/", include("classifier.projects.urls")),
]
