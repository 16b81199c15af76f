from django.apps import AppConfig


class WorksheetsConfig(AppConfig):
    name = "studyguide.worksheets"
    label = "worksheets"
    verbose_name = "Drivetrain worksheets"

    def ready(self) -> None:
        from . import cache

        cache.connect()
