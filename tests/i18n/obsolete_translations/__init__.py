from django.utils.translation import gettext as _

string1 = _("This is a translatable string.")
# Obsolete string.
# string2 = _("Obsolete string.")
