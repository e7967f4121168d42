from django import Xtemplate  # NOQA
