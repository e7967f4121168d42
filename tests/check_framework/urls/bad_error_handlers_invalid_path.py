urlpatterns = []

handler400 = "django.views.bad_handler"
handler403 = "django.invalid_module.bad_handler"
handler404 = "invalid_module.bad_handler"
handler500 = "django"
