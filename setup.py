"""
Build the serialization fork of Django.

pyproject.toml is upstream's and untouched. This file only gives the
distribution a PEP 440 local version label, so that ``pip show django``
names the fork while ``django.VERSION`` and ``django.get_version()`` stay
upstream's and third-party version checks keep passing.
"""

import re
from pathlib import Path

from setuptools import setup
from setuptools.dist import Distribution

# Bump for every release of the fork; reset to 1 on a new upstream base.
FORK_LABEL = "serialization.1"


def upstream_version():
    init = Path(__file__).resolve().parent / "django" / "__init__.py"
    match = re.search(r"^VERSION = \((.*)\)$", init.read_text(), re.MULTILINE)
    major, minor, micro, level, serial = (
        part.strip().strip("\"'") for part in match.group(1).split(",")
    )
    version = f"{major}.{minor}.{micro}"
    if level != "final":
        version += {"alpha": "a", "beta": "b", "rc": "rc"}[level] + serial
    return version


class ForkDistribution(Distribution):
    """Apply the fork's label after pyproject.toml's dynamic version."""

    def parse_config_files(self, *args, **kwargs):
        super().parse_config_files(*args, **kwargs)
        self.metadata.version = f"{upstream_version()}+{FORK_LABEL}"


setup(distclass=ForkDistribution)
