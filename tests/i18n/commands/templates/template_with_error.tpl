{% load i18n %}
<p>This template contains an error (no endblocktranslate)</p>
<p>{% blocktranslate %}This should fail{% blocktranslate %}</p>
