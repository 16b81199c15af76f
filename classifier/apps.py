from django.apps import AppConfig


class ClassifierConfig(AppConfig):
    name = "classifier"
    label = "classifier"
    verbose_name = "Bear classifier"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from classifier import cache
        from classifier.projects import cleanup

        cleanup.connect()
        cache.connect()
