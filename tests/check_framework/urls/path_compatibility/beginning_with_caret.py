from django.urls import path

urlpatterns = [
    path("^beginning-with-caret", lambda x: x),
]
