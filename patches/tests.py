"""
Tests of patches/fork.py: python -m unittest discover -s patches -p tests.py

Synthetic upstream releases keep most tests offline and fast; the last
test rebases the real fork onto Django 5.2.18, fetched with pip (set
FORK_OFFLINE=1 to skip it).
"""

import contextlib
import io
import os
import shutil
import tarfile
import tempfile
import unittest
from pathlib import Path

import fork

UPSTREAM = {
    "django/__init__.py": "VERSION = (0, 0, 1)\n",
    "django/core/serializers/base.py": "".join(f"line {n}\n" for n in range(1, 41)),
    "README.rst": "Django\n",
}


def make_sdist(directory, version, files):
    path = Path(directory) / f"django-{version}.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        members = {**files, "PKG-INFO": "Name: Django\n"}
        members["Django.egg-info/SOURCES.txt"] = "django/__init__.py\n"
        for name, text in members.items():
            data = text.encode()
            info = tarfile.TarInfo(f"django-{version}/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = fork.main([str(arg) for arg in argv])
    return code, out.getvalue() + err.getvalue()


class SyntheticForkTests(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)
        self.sdist = make_sdist(self.tmp, "0.0.1", UPSTREAM)
        self.repo = self.tmp / "fork"
        for name, text in UPSTREAM.items():
            (self.repo / name).parent.mkdir(parents=True, exist_ok=True)
            (self.repo / name).write_text(text)
        (self.repo / "patches").mkdir()
        fork.write_upstream(self.repo, "0.0.1", fork.sha256_of(self.sdist))
        (self.repo / "patches" / "series").write_text("0001-pk-name.patch\n")
        (self.repo / "patches" / "0001-pk-name.patch").write_text(
            "Subject: Fixed #10295 -- Added pk_name option to serializers.\n\n"
            "Why it matters.\n---\n"
        )
        (self.repo / "setup.py").write_text("# fork-only\n")
        self.edit("django/core/serializers/base.py", "line 20\n", "pk_name = True\n")
        code, output = self.fork("refresh", "--into", "0001-pk-name.patch")
        self.assertEqual(code, 0, output)

    def fork(self, command, *args):
        return run("--repo", self.repo, command, "--sdist", self.sdist, *args)

    def edit(self, name, old, new, root=None):
        path = (root or self.repo) / name
        text = path.read_text()
        self.assertIn(old, text)
        path.write_text(text.replace(old, new))

    def add_extras_patch(self):
        """A second patch, 0002-extras.patch, in the tree but not refreshed."""
        (self.repo / "patches" / "series").write_text(
            "0001-pk-name.patch\n0002-extras.patch\n"
        )
        (self.repo / "patches" / "0002-extras.patch").write_text(
            "Subject: Fixed #5711 -- Added extras.\n---\n"
        )
        self.edit("django/core/serializers/base.py", "line 35\n", "extras = ()\n")

    def test_refresh_writes_header_and_diff(self):
        patch = (self.repo / "patches" / "0001-pk-name.patch").read_text()
        self.assertTrue(patch.startswith("Subject: Fixed #10295 -- Added pk_name"))
        self.assertIn("\n---\ndiff --git a/django/core/serializers/base.py", patch)
        self.assertIn("-line 20\n+pk_name = True\n", patch)

    def test_check_passes_on_pristine_plus_series(self):
        code, output = self.fork("check")
        self.assertEqual(code, 0, output)
        self.assertIn("0.0.1", output)

    def test_check_fails_on_change_outside_series_until_refresh(self):
        self.edit("README.rst", "Django", "Forked Django")
        self.edit("django/core/serializers/base.py", "line 30\n", "extras = ()\n")
        (self.repo / "django" / "new.py").write_text("x = 1\n")
        code, output = self.fork("check")
        self.assertEqual(code, 1)
        self.assertIn("differs from upstream + series: README.rst", output)
        self.assertIn(
            "differs from upstream + series: django/core/serializers/base.py", output
        )
        self.assertIn("not in upstream nor in any patch: django/new.py", output)
        # A file no patch touches needs to be given to a patch explicitly.
        code, output = self.fork("refresh")
        self.assertEqual(code, 2)
        self.assertIn("README.rst changed but is in no patch", output)
        code, output = self.fork("refresh", "--into", "0001-pk-name.patch")
        self.assertEqual(code, 0, output)
        code, output = self.fork("check")
        self.assertEqual(code, 0, output)

    def test_refresh_keeps_other_patches(self):
        self.add_extras_patch()
        code, output = self.fork(
            "refresh", "--into", "0002-extras.patch", "django/core"
        )
        self.assertEqual(code, 0, output)
        first = (self.repo / "patches" / "0001-pk-name.patch").read_text()
        second = (self.repo / "patches" / "0002-extras.patch").read_text()
        self.assertIn("+pk_name = True", first)
        self.assertNotIn("extras", first)
        self.assertIn("+extras = ()", second)
        self.assertNotIn("+pk_name", second)

    def test_refresh_into_earlier_patch_carries_later_patches(self):
        self.add_extras_patch()
        code, output = self.fork("refresh", "--into", "0002-extras.patch")
        self.assertEqual(code, 0, output)
        # An edit that belongs to the first patch, in a file the second one
        # changes too: the second patch is rebased onto it.
        self.edit("django/core/serializers/base.py", "line 5\n", "five\n")
        code, output = self.fork("refresh", "--into", "0001-pk-name.patch")
        self.assertEqual(code, 0, output)
        first = (self.repo / "patches" / "0001-pk-name.patch").read_text()
        second = (self.repo / "patches" / "0002-extras.patch").read_text()
        self.assertIn("-line 5\n+five\n", first)
        self.assertIn("+pk_name = True", first)
        self.assertNotIn("five", second)
        self.assertIn("-line 35\n+extras = ()\n", second)
        code, output = self.fork("check")
        self.assertEqual(code, 0, output)
        # An edit of a line that the second patch changes can't go to the
        # first: the first patch's tree doesn't have that line.
        self.edit("django/core/serializers/base.py", "extras = ()\n", "x = 1\n")
        code, output = self.fork("refresh", "--into", "0001-pk-name.patch")
        self.assertEqual(code, 2)
        self.assertIn(
            "the change to django/core/serializers/base.py doesn't apply to the "
            "tree of 0001-pk-name.patch: a later patch changes the same lines",
            output,
        )
        self.assertEqual(
            (self.repo / "patches" / "0002-extras.patch").read_text(), second
        )

    def test_refresh_into_earlier_patch_beside_lines_a_later_one_adds(self):
        # The later patch adds a line just after the edit: the edit's
        # context isn't in the first patch's tree, yet they don't overlap.
        self.add_extras_patch()
        self.edit("django/core/serializers/base.py", "line 33\n", "line 33\nnew\n")
        code, output = self.fork("refresh", "--into", "0002-extras.patch")
        self.assertEqual(code, 0, output)
        self.edit("django/core/serializers/base.py", "line 32\n", "thirty-two\n")
        code, output = self.fork("refresh", "--into", "0001-pk-name.patch")
        self.assertEqual(code, 0, output)
        first = (self.repo / "patches" / "0001-pk-name.patch").read_text()
        second = (self.repo / "patches" / "0002-extras.patch").read_text()
        self.assertIn("-line 32\n+thirty-two\n", first)
        self.assertNotIn("new", first)
        self.assertIn("+new\n", second)
        self.assertNotIn("-line 32", second)
        code, output = self.fork("check")
        self.assertEqual(code, 0, output)

    def test_rebase_onto_release_that_moved_code(self):
        files = dict(UPSTREAM)
        files["django/__init__.py"] = "VERSION = (0, 0, 2)\n"
        files["django/core/serializers/base.py"] = (
            "new line\n" + UPSTREAM["django/core/serializers/base.py"]
        )
        new_sdist = make_sdist(self.tmp, "0.0.2", files)
        out = self.tmp / "rebased"
        code, output = run(
            "--repo",
            self.repo,
            "rebase",
            "0.0.2",
            "--sdist",
            new_sdist,
            "--base-sdist",
            self.sdist,
            "--output",
            out,
        )
        self.assertEqual(code, 0, output)
        self.assertIn("0001-pk-name.patch: applied with offsets", output)
        self.assertEqual(
            (out / "django/__init__.py").read_text(), files["django/__init__.py"]
        )
        self.assertIn(
            "pk_name = True", (out / "django/core/serializers/base.py").read_text()
        )
        self.assertIn("version = 0.0.2", (out / "patches/UPSTREAM").read_text())
        self.assertTrue((out / "setup.py").exists())
        code, output = run("--repo", out, "check", "--sdist", new_sdist)
        self.assertEqual(code, 0, output)
        # The original tree is untouched.
        self.assertIn("version = 0.0.1", (self.repo / "patches/UPSTREAM").read_text())

    def test_rebase_reports_conflict_with_patch_and_file(self):
        files = dict(UPSTREAM)
        files["django/core/serializers/base.py"] = UPSTREAM[
            "django/core/serializers/base.py"
        ].replace("line 20\n", "line twenty\n")
        new_sdist = make_sdist(self.tmp, "0.0.3", files)
        before = (self.repo / "django/core/serializers/base.py").read_text()
        code, output = run(
            "--repo",
            self.repo,
            "rebase",
            "0.0.3",
            "--sdist",
            new_sdist,
            "--base-sdist",
            self.sdist,
        )
        self.assertEqual(code, 1, output)
        self.assertIn("0001-pk-name.patch: CONFLICT", output)
        self.assertIn("django/core/serializers/base.py lines [", output)
        self.assertIn("nothing was written", output)
        self.assertEqual(
            (self.repo / "django/core/serializers/base.py").read_text(), before
        )

    def test_wrong_pinned_hash_is_refused(self):
        fork.write_upstream(self.repo, "0.0.1", "0" * 64)
        code, output = self.fork("check")
        self.assertEqual(code, 2)
        self.assertIn("but patches/UPSTREAM pins", output)


@unittest.skipIf(os.environ.get("FORK_OFFLINE"), "FORK_OFFLINE is set")
class RealRebaseTests(unittest.TestCase):
    def test_rebase_onto_5_2_18(self):
        out = Path(tempfile.mkdtemp()) / "fork"
        self.addCleanup(shutil.rmtree, out.parent)
        code, output = run("rebase", "5.2.18", "--output", out)
        self.assertEqual(code, 0, output)
        self.assertNotIn("CONFLICT", output)
        self.assertIn(
            'VERSION = (5, 2, 18, "final", 0)', (out / "django/__init__.py").read_text()
        )
        self.assertIn("version = 5.2.18", (out / "patches/UPSTREAM").read_text())
        for name in fork.read_series(fork.REPO):
            self.assertIn(f"  {name}: applied", output)
        code, output = run("--repo", out, "check")
        self.assertEqual(code, 0, output)


if __name__ == "__main__":
    unittest.main()
