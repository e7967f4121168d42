"""
CI's settings: upstream's test_sqlite (or test_postgres with
CI_DATABASE=postgres) and a runner that skips, with the reason, the
tests that CI's machine cannot judge inside a busy run:

- three upstream tests check that a file made unreadable or unwritable
  cannot be read or written; CI runs as root, which can;
- a timing test that fails when the other core is busy; CI runs it on
  its own, in a stage of its own, with test_sqlite.
"""

import os

if os.environ.get("CI_DATABASE") == "postgres":
    from test_postgres import *  # NOQA
else:
    from test_sqlite import *  # NOQA

TEST_RUNNER = "ci_settings.CIRunner"

SKIPPED_AS_ROOT = {
    "template_tests.test_loaders.FileSystemLoaderTests.test_permissions_error": (
        "root reads a template made unreadable"
    ),
    "file_uploads.tests.DirectoryCreationTests.test_readonly_root": (
        "root writes to a read-only MEDIA_ROOT"
    ),
    "i18n.test_compilation.PoFileTests.test_no_write_access": (
        "root writes .mo files to a read-only locale directory"
    ),
}
SKIPPED_TIMING = {
    "serializers.test_deserialization.TestDeserializer.test_crafted_xml_performance": (
        "a timing test; CI runs it alone in its timing stage"
    ),
}


def _runner():
    import sys
    import unittest

    from django.test.runner import DiscoverRunner

    class CIRunner(DiscoverRunner):
        def build_suite(self, *args, **kwargs):
            suite = super().build_suite(*args, **kwargs)
            skipped = dict(SKIPPED_TIMING)
            if os.geteuid() == 0:
                skipped.update(SKIPPED_AS_ROOT)
            for test, reason in skipped.items():
                module, cls, method = test.rsplit(".", 2)
                # Only the modules of this run: others may not even import.
                if module in sys.modules:
                    klass = getattr(sys.modules[module], cls)
                    skip = unittest.skip(reason)
                    setattr(klass, method, skip(getattr(klass, method)))
            return suite

    return CIRunner


def __getattr__(name):
    # Defined lazily: settings must not import django.test at load time.
    if name == "CIRunner":
        return _runner()
    raise AttributeError(name)
