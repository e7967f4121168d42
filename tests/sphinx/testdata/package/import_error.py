from .....test import Test  # noqa


class MyClass:
    pass
