# Settings for running the test suite on PostgreSQL:
#     ./runtests.py --settings=test_postgres
# The server is read from the environment: PGHOST (default localhost),
# PGPORT (5432), PGUSER (postgres), PGPASSWORD (none), PGDATABASE
# (django). The user must be allowed to create the test databases.

import os

from test_sqlite import *  # NOQA

_server = {
    "ENGINE": "django.db.backends.postgresql",
    "HOST": os.environ.get("PGHOST", "localhost"),
    "PORT": os.environ.get("PGPORT", "5432"),
    "USER": os.environ.get("PGUSER", "postgres"),
    "PASSWORD": os.environ.get("PGPASSWORD", ""),
}

DATABASES = {
    "default": {**_server, "NAME": os.environ.get("PGDATABASE", "django")},
    "other": {**_server, "NAME": os.environ.get("PGDATABASE", "django") + "_other"},
}
