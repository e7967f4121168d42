from .wildcard_base import WildcardMixin  # noqa


class WildcardClass:
    pass
