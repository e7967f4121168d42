#!/usr/bin/env python
"""
Run Django's test suite from any working directory.

    ./runtests.py serializers_regress
    ./runtests.py --settings=test_postgres fixtures

Arguments go unchanged to tests/runtests.py, which runs in tests/ as
upstream's docs expect, against this checkout's django package.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TESTS = ROOT / "tests"

if __name__ == "__main__":
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])
    )
    os.chdir(TESTS)
    runner = [sys.executable, str(TESTS / "runtests.py"), *sys.argv[1:]]
    os.execv(sys.executable, runner)
