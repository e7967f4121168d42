import DoesNotExist  # noqa
