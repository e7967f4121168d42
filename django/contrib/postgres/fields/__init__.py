from .array import *  # NOQA
from .citext import *  # NOQA
from .hstore import *  # NOQA
from .jsonb import *  # NOQA
from .ranges import *  # NOQA
