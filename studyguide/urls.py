from django.contrib import admin
from django.urls import include, path

from studyguide import views

urlpatterns = [
    path("", views.home, name="home"),
    path("health/", views.health, name="health"),
    path("health/live/", views.liveness, name="liveness"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("accounts/", include("studyguide.accounts.urls")),
    path("study/", include("studyguide.course.urls")),
    path("quiz/", include("quiz.urls")),
    path("worksheets/", include("studyguide.worksheets.urls")),
    path("classifier/", include("classifier.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "studyguide.views.page_not_found"
handler500 = "studyguide.views.server_error"
handler403 = "studyguide.views.permission_denied"
