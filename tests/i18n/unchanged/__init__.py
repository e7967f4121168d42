from django.utils.translation import gettext as _

string1 = _("This is a translatable string.")
string2 = _("This is another translatable string.")
