SECRET_KEY = "abcdefg"

INSTALLED_APPS = [
    "django.contrib.postgres",
]
