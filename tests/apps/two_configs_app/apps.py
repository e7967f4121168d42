from django.apps import AppConfig


class TwoConfig(AppConfig):
    name = "apps.two_configs_app"


class TwoConfigBis(AppConfig):
    name = "apps.two_configs_app"
