urlpatterns = []

handler404 = "csrf_tests.views.csrf_token_error_handler"
