from django.apps import AppConfig


class StudyguideConfig(AppConfig):
    name = "studyguide"
    verbose_name = "Study guide"

    def ready(self) -> None:
        from studyguide.warmup import warm_dev_server

        warm_dev_server()  # only in `manage.py runserver`'s serving process (studyguide.warmup)
