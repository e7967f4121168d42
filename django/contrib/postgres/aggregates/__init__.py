from .general import *  # NOQA
from .statistics import *  # NOQA
