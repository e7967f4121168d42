from django.apps import AppConfig


class SameTagsApp1AppConfig(AppConfig):
    name = "check_framework.template_test_apps.same_tags_app_1"
