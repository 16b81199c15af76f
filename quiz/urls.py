from django.urls import include, path

from . import views
from .review import urls as review_urls

app_name = "quiz"

urlpatterns = [
    path("", views.index, name="index"),
    path("due/", views.review_due, name="review_due"),
    path("history/", views.history, name="history"),
    path("new/", views.quiz_new, name="quiz_new"),
    path("practice/<str:item_id>/", views.practice_item, name="practice_item"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt"),
    path("attempts/<int:pk>/items/<str:item_id>/", views.item_card, name="item_card"),
    path("attempts/<int:pk>/items/<str:item_id>/answer/", views.answer_item, name="answer"),
    path("attempts/<int:pk>/items/<str:item_id>/flag/", views.flag, name="flag"),
    path("attempts/<int:pk>/autosave/", views.autosave, name="autosave"),
    path("attempts/<int:pk>/submit/", views.submit, name="submit"),
    path("attempts/<int:pk>/result/", views.result, name="result"),
    path("answers/<int:pk>/rate/", views.rate, name="rate"),
    path("review/", include(review_urls.urlpatterns)),
    path("q/<slug:slug>/", views.quiz_detail, name="quiz_detail"),
    path("q/<slug:slug>/start/", views.quiz_start, name="quiz_start"),
]
