# BOOT SHIM (lead): the teacher-review feature replaces this list; included under "review/" in quiz/urls.py.
from django.http import HttpResponse
from django.urls import path


def _todo(request, *args, **kwargs):
    return HttpResponse("under construction", status=503)


urlpatterns = [path("", _todo, name="review_home")]
