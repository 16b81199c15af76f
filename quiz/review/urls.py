"""Teacher review URLs, included under "review/" in the ``quiz`` namespace (see ``quiz/urls.py``)."""

from django.urls import path

from . import downloads
from . import views as v

urlpatterns = [
    path("", v.review_home, name="review_home"),
    path("cohort/<int:cohort_id>/", v.review_cohort, name="review_cohort"),
    path("cohort/<int:cohort_id>/table/", v.review_table, name="review_table"),
    path("cohort/<int:cohort_id>/export.csv", downloads.review_export, name="review_export"),
    path("cohort/<int:cohort_id>/gradebook.csv", downloads.review_gradebook, name="review_gradebook"),
    path("cohort/<int:cohort_id>/student/<int:student_id>/", v.review_student, name="review_student"),
    path("cohort/<int:cohort_id>/item/<str:item_id>/", v.review_queue, name="review_queue"),
    path("cohort/<int:cohort_id>/item/<str:item_id>/groups/", v.review_groups, name="review_groups"),
    path("cohort/<int:cohort_id>/item/<str:item_id>/regrade/", v.review_regrade, name="review_regrade"),
    path("cohort/<int:cohort_id>/item/<str:item_id>/stats/", v.review_item_stats, name="review_item_stats"),
    path("cohort/<int:cohort_id>/answer/<int:answer_id>/", v.review_answer, name="review_answer"),
    path("cohort/<int:cohort_id>/answer/<int:answer_id>/decide/", v.review_decide, name="review_decide"),
    path("cohort/<int:cohort_id>/quiz/<int:quiz_id>/release/", v.review_release, name="review_release"),
    path("cohort/<int:cohort_id>/quiz/<int:quiz_id>/anonymous/", v.review_anonymous, name="review_anonymous"),
    path("answer/<int:answer_id>/regrade-request/", v.regrade_request, name="regrade_request"),
]
