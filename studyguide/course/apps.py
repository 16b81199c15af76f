from django.apps import AppConfig


class CourseConfig(AppConfig):
    name = "studyguide.course"
    label = "course"
    verbose_name = "Course content"

    def ready(self):
        from . import cache

        cache.connect()
