from django.urls import include, path

from .review import urls as review_urls
from .views import attempts, exam, practice, quizzes, spaced

app_name = "quiz"

urlpatterns = [
    path("", quizzes.index, name="index"),
    path("due/", spaced.review_due, name="review_due"),
    path("history/", quizzes.history, name="history"),
    path("new/", quizzes.quiz_new, name="quiz_new"),
    path("practice/<str:item_id>/", practice.practice_item, name="practice_item"),
    path("attempts/<int:pk>/", attempts.attempt_detail, name="attempt"),
    path("attempts/<int:pk>/items/<str:item_id>/", practice.item_card, name="item_card"),
    path("attempts/<int:pk>/items/<str:item_id>/answer/", practice.answer_item, name="answer"),
    path("attempts/<int:pk>/items/<str:item_id>/flag/", attempts.flag, name="flag"),
    path("attempts/<int:pk>/autosave/", exam.autosave, name="autosave"),
    path("attempts/<int:pk>/submit/", attempts.submit, name="submit"),
    path("attempts/<int:pk>/submit/confirm/", exam.submit_confirm, name="submit_confirm"),
    path("attempts/<int:pk>/result/", attempts.result, name="result"),
    path("answers/<int:pk>/rate/", spaced.rate, name="rate"),
    path("review/", include(review_urls.urlpatterns)),
    path("q/<slug:slug>/", quizzes.quiz_detail, name="quiz_detail"),
    path("q/<slug:slug>/start/", quizzes.quiz_start, name="quiz_start"),
]
