"""
test_sqlite, run as root: CI's only difference from upstream's settings.

Three upstream tests check that a file the test makes unreadable or
unwritable cannot be read or written; root can, so they fail on CI's
machine for that reason alone. They are skipped here, with the reason,
and run everywhere else.
"""

from test_sqlite import *  # NOQA

TEST_RUNNER = "root_settings.RootRunner"

ROOT_ONLY_FAILURES = {
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


def _runner():
    import importlib
    import os
    import unittest

    from django.test.runner import DiscoverRunner

    class RootRunner(DiscoverRunner):
        def build_suite(self, *args, **kwargs):
            if os.geteuid() == 0:
                for test, reason in ROOT_ONLY_FAILURES.items():
                    module, cls, method = test.rsplit(".", 2)
                    klass = getattr(importlib.import_module(module), cls)
                    skip = unittest.skip(f"runs as root: {reason}")
                    setattr(klass, method, skip(getattr(klass, method)))
            return super().build_suite(*args, **kwargs)

    return RootRunner


def __getattr__(name):
    # Defined lazily: settings must not import django.test at load time.
    if name == "RootRunner":
        return _runner()
    raise AttributeError(name)
