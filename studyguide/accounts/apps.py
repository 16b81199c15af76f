from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "studyguide.accounts"
    label = "accounts"
    verbose_name = "Accounts and cohorts"

    def ready(self):
        from . import usercache

        usercache.connect()
