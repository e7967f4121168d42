"""
Tests of patches/fork.py: python -m unittest discover -s patches -p tests.py

Synthetic upstream releases keep most tests offline and fast; the last
ones rebase the real fork onto Django 5.2.18 and fetch Django 6.1.3 with
pip (set FORK_OFFLINE=1 to skip them).
"""

import contextlib
import io
import os
import shutil
import tarfile
import tempfile
import unittest
from pathlib import Path
from unittest import mock

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


def diff_of(path, old, new):
    """A git diff of path from text old to text new."""
    with tempfile.TemporaryDirectory() as directory:
        a, b = Path(directory) / "a", Path(directory) / "b"
        for root, content in [(a, old), (b, new)]:
            (root / path).parent.mkdir(parents=True)
            (root / path).write_text(content)
        diff = fork.git(
            "diff",
            "--no-index",
            *fork.DIFF_OPTIONS,
            "a",
            "b",
            cwd=directory,
            check=False,
        ).stdout.decode()
    return diff.replace("a/a/", "a/").replace("b/b/", "b/")


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

    def add_patch(self, name, path, old, new):
        """Append patch name, which replaces old by new in path, to the series."""
        series = self.repo / "patches" / "series"
        series.write_text(series.read_text() + f"{name}\n")
        (self.repo / "patches" / name).write_text(f"Subject: Added {name}.\n---\n")
        self.edit(path, old, new)
        code, output = self.fork("refresh", "--into", name)
        self.assertEqual(code, 0, output)

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
        self.assertIn(
            "  0001-pk-name.patch: applied with offsets\n"
            "      django/core/serializers/base.py: "
            "Hunk #1 succeeded at 18 (offset 1 line)\n",
            output,
        )
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

    def add_ten_patches(self):
        """
        Three patches after 0001: 0002 changes line 10, 0003 changes what
        0002 wrote, 0004 a line far away; and a release that changes line 10.
        """
        base = "django/core/serializers/base.py"
        self.add_patch("0002-ten.patch", base, "line 10\n", "ten = 2\n")
        self.add_patch("0003-ten-again.patch", base, "ten = 2\n", "ten = 3\n")
        self.add_patch("0004-extras.patch", base, "line 35\n", "extras = ()\n")
        files = dict(UPSTREAM)
        files[base] = UPSTREAM[base].replace("line 10\n", "line ten\n")
        return make_sdist(self.tmp, "0.0.3", files)

    def rebase(self, *args):
        return run("--repo", self.repo, "rebase", *args, "--base-sdist", self.sdist)

    def snapshot(self):
        return {
            path: path.read_bytes()
            for path in self.repo.rglob("*")
            if path.is_file()
            and fork.WORK_DIR not in path.parts
            and fork.CARRY_DIR not in path.parts
        }

    def write_variant(self, version, name, old, new):
        """patches/version/name: name's header, replacing old by new in base.py."""
        base = "django/core/serializers/base.py"
        text = UPSTREAM[base].replace("line 10\n", "line ten\n")
        text = text.replace("line 20\n", "pk_name = True\n")  # 0001's
        head = fork.split_patch((self.repo / "patches" / name).read_text())[0]
        variant = self.repo / "patches" / version / name
        variant.parent.mkdir(exist_ok=True)
        variant.write_text(head + diff_of(base, text, text.replace(old, new)))

    def test_rebase_uses_a_variant_instead_of_the_conflicting_patch(self):
        new_sdist = self.add_ten_patches()
        self.write_variant("0.0.3", "0002-ten.patch", "line ten\n", "ten = 2\n")
        # The variant is a fork path: the checkout still checks.
        code, output = self.fork("check")
        self.assertEqual(code, 0, output)
        code, output = self.rebase("0.0.3", "--sdist", new_sdist, "--dry-run")
        self.assertEqual(code, 0, output)
        self.assertIn("  0002-ten.patch: variant for 0.0.3\n", output)
        self.assertIn("  0003-ten-again.patch: applied cleanly\n", output)
        out = self.tmp / "rebased"
        code, output = self.rebase("0.0.3", "--sdist", new_sdist, "--output", out)
        self.assertEqual(code, 0, output)
        self.assertIn("  0002-ten.patch: variant for 0.0.3\n", output)
        self.assertIn("4 patches: 3 clean, 1 variant", output)
        lines = (out / "django/core/serializers/base.py").read_text().splitlines()
        self.assertEqual(lines[9], "ten = 3")
        self.assertEqual(
            (out / "patches/0002-ten.patch").read_text(),
            (self.repo / "patches/0.0.3/0002-ten.patch").read_text(),
        )

    def commit_checkout(self):
        fork.git("init", "-q", cwd=self.repo)
        fork.git("add", "-A", cwd=self.repo)
        fork.git(
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "commit",
            "-qm",
            "fork",
            cwd=self.repo,
        )

    def carry(self, new_sdist, *args):
        return self.fork("carry", "0.0.3", "--release-sdist", new_sdist, *args)

    def test_carry_a_fix_into_a_variant(self):
        new_sdist = self.add_ten_patches()
        self.write_variant("0.0.3", "0002-ten.patch", "line ten\n", "ten = 2\n")
        self.commit_checkout()
        code, output = self.carry(new_sdist)
        self.assertEqual(code, 0, output)
        self.assertIn("  0002-ten.patch: variant unchanged\n", output)
        # A fix to 0002 beside the lines its variant resolves.
        base = "django/core/serializers/base.py"
        self.edit(base, "line 16\n", "sixteen = 2\n")
        code, output = self.fork("refresh", "--into", "0002-ten.patch")
        self.assertEqual(code, 0, output)
        # The patch's header is reworded too: the variant takes it.
        patch = self.repo / "patches/0002-ten.patch"
        patch.write_text(
            patch.read_text().replace("Subject: Added 0002-ten.patch.", "Subject: Ten.")
        )
        code, output = self.carry(new_sdist)
        self.assertEqual(code, 0, output)
        self.assertIn("  0002-ten.patch: variant written\n", output)
        variant = (self.repo / "patches/0.0.3/0002-ten.patch").read_text()
        self.assertTrue(variant.startswith("Subject: Ten.\n"), variant[:80])
        self.assertIn("\n-line ten\n+ten = 2\n", variant)
        self.assertIn("\n-line 16\n+sixteen = 2\n", variant)
        out = self.tmp / "rebased"
        code, output = self.rebase("0.0.3", "--sdist", new_sdist, "--output", out)
        self.assertEqual(code, 0, output)
        self.assertIn("4 patches: 3 clean, 1 variant", output)
        lines = (out / base).read_text().splitlines()
        self.assertEqual(lines[9], "ten = 3")
        self.assertEqual(lines[15], "sixteen = 2")

    def test_carry_removes_a_variant_the_patch_no_longer_needs(self):
        new_sdist = self.add_ten_patches()
        self.write_variant("0.0.3", "0002-ten.patch", "line ten\n", "ten = 2\n")
        self.write_variant("0.0.3", "0004-extras.patch", "line 35\n", "extras = ()\n")
        self.commit_checkout()
        code, output = self.carry(new_sdist)
        self.assertEqual(code, 0, output)
        self.assertIn("  0004-extras.patch: variant removed: the patch applies", output)
        self.assertFalse((self.repo / "patches/0.0.3/0004-extras.patch").exists())

    def test_carry_stops_at_a_change_that_does_not_merge(self):
        new_sdist = self.add_ten_patches()
        self.write_variant("0.0.3", "0002-ten.patch", "line ten\n", "ten = 2\n")
        self.commit_checkout()
        # 0001 now changes the line before the one the release changes
        # (refresh would refuse: 0002 changes the next line), and the
        # patches after it are written again on its new tree.
        base = "django/core/serializers/base.py"
        text = UPSTREAM[base]
        for name, old, new in [
            ("0001-pk-name", None, None),
            ("0002-ten", "line 10\n", "ten = 2\n"),
            ("0003-ten-again", "ten = 2\n", "ten = 3\n"),
        ]:
            if old is None:
                after = text.replace("line 20\n", "pk_name = True\n")
                after = after.replace("line 9\n", "nine = 1\n")
            else:
                after = text.replace(old, new)
            patch = self.repo / "patches" / f"{name}.patch"
            head = fork.split_patch(patch.read_text())[0]
            patch.write_text(head + diff_of(base, text, after))
            text = after
        self.edit(base, "line 9\n", "nine = 1\n")
        code, output = self.fork("check")
        self.assertEqual(code, 0, output)
        before = self.snapshot()
        code, output = self.carry(new_sdist)
        self.assertEqual(code, 1, output)
        work = self.repo / fork.CARRY_DIR
        conflicted = work / base
        self.assertIn(
            f"  0001-pk-name.patch: CONFLICT\n      {conflicted} lines 9-15\n", output
        )
        self.assertEqual(self.snapshot(), before)
        # Not resolved yet; then resolved by hand.
        code, output = self.fork("carry", "--continue")
        self.assertEqual(code, 2, output)
        self.assertIn("base.py: conflict markers at lines 9, 15", output)
        text = UPSTREAM[base].replace("line 10\n", "line ten\n")
        text = text.replace("line 9\n", "nine = 1\n")
        conflicted.write_text(text.replace("line 20\n", "pk_name = True\n"))
        code, output = self.fork("carry", "--continue")
        self.assertEqual(code, 0, output)
        self.assertIn("  0001-pk-name.patch: variant added\n", output)
        # Its context changed.
        self.assertIn("  0002-ten.patch: variant written\n", output)
        self.assertFalse(work.exists())
        out = self.tmp / "rebased"
        code, output = self.rebase("0.0.3", "--sdist", new_sdist, "--output", out)
        self.assertEqual(code, 0, output)
        lines = (out / base).read_text().splitlines()
        self.assertEqual(lines[8:10], ["nine = 1", "ten = 3"])

    def test_carry_resolves_a_conflict_again_as_before(self):
        self.add_ten_patches()
        base = "django/core/serializers/base.py"
        # A release that also changes a line that no patch changes.
        files = dict(UPSTREAM)
        files[base] = UPSTREAM[base].replace("line 10\n", "line ten\n")
        files[base] = files[base].replace("line 30\n", "line thirty\n")
        new_sdist = make_sdist(self.tmp, "0.0.4", files)
        self.write_variant("0.0.4", "0002-ten.patch", "line ten\n", "ten = 2\n")
        self.commit_checkout()
        # 0001 now changes the line before it: every patch's tree conflicts.
        self.edit(base, "line 29\n", "twenty-nine\n")
        code, output = self.fork("refresh", "--into", "0001-pk-name.patch")
        self.assertEqual(code, 0, output)
        carry = ["carry", "0.0.4", "--release-sdist", new_sdist]
        code, output = self.fork(*carry)
        self.assertEqual(code, 1, output)
        self.assertIn("  0001-pk-name.patch: CONFLICT\n", output)
        conflicted = self.repo / fork.CARRY_DIR / base
        text = conflicted.read_text()
        start, end = text.index("<<<<<<<"), text.index(">>>>>>>")
        end = text.index("\n", end) + 1
        conflicted.write_text(text[:start] + "twenty-nine\nline thirty\n" + text[end:])
        code, output = self.fork("carry", "--continue")
        self.assertEqual(code, 0, output)
        for name in ["0002-ten.patch", "0003-ten-again.patch", "0004-extras.patch"]:
            self.assertIn(
                f"  {name}: a conflict resolved as before (git rerere)\n", output
            )
        self.assertIn("  0001-pk-name.patch: variant added\n", output)
        out = self.tmp / "rebased"
        code, output = self.rebase("0.0.4", "--sdist", new_sdist, "--output", out)
        self.assertEqual(code, 0, output)
        lines = (out / base).read_text().splitlines()
        self.assertEqual(
            [lines[9], lines[28], lines[29], lines[34]],
            ["ten = 3", "twenty-nine", "line thirty", "extras = ()"],
        )

    def test_carry_abort(self):
        new_sdist = self.add_ten_patches()
        self.commit_checkout()
        code, output = self.fork("carry", "--abort")
        self.assertEqual(code, 2, output)
        self.assertIn("no carry is stopped", output)
        (self.repo / fork.CARRY_DIR / ".git").mkdir(parents=True)
        fork.save_state(self.repo / fork.CARRY_DIR, {"next": 0})
        code, output = self.carry(new_sdist)
        self.assertEqual(code, 2, output)
        self.assertIn("a carry is stopped", output)
        code, output = self.fork("carry", "--abort")
        self.assertEqual(code, 0, output)
        self.assertFalse((self.repo / fork.CARRY_DIR).exists())

    def test_rebase_reports_a_variant_that_does_not_apply(self):
        new_sdist = self.add_ten_patches()
        self.write_variant("0.0.3", "0002-ten.patch", "line ten\n", "ten = 2\n")
        variant = self.repo / "patches/0.0.3/0002-ten.patch"
        variant.write_text(variant.read_text().replace("line ten", "line 10"))
        code, output = self.rebase("0.0.3", "--sdist", new_sdist, "--dry-run")
        self.assertEqual(code, 1, output)
        self.assertIn(
            "  0002-ten.patch: CONFLICT\n      (the variant in patches/0.0.3/)\n",
            output,
        )
        work = self.tmp / "work"
        code, output = self.rebase("0.0.3", "--sdist", new_sdist, "--work", work)
        self.assertEqual(code, 1, output)
        self.assertIn(
            "  0002-ten.patch: CONFLICT\n      (the variant in patches/0.0.3/)\n",
            output,
        )
        self.assertIn("rebase: stopped at 0002-ten.patch", output)

    def test_rebase_dry_run_reports_knock_ons_as_not_tried(self):
        new_sdist = self.add_ten_patches()
        before = self.snapshot()
        code, output = self.rebase("0.0.3", "--sdist", new_sdist, "--dry-run")
        self.assertEqual(code, 1, output)
        self.assertIn("  0001-pk-name.patch: applied cleanly\n", output)
        self.assertIn(
            "  0002-ten.patch: CONFLICT\n"
            "      django/core/serializers/base.py lines 10-14\n",
            output,
        )
        self.assertIn("  0003-ten-again.patch: not tried (depends on 0002)\n", output)
        self.assertIn("  0004-extras.patch: applied cleanly\n", output)
        self.assertTrue(
            output.endswith("rebase: 4 patches: 2 clean, 1 conflict, 1 not tried\n"),
            output,
        )
        self.assertEqual(self.snapshot(), before)
        self.assertFalse((self.repo / fork.WORK_DIR).exists())

    def test_rebase_dry_run_summary(self):
        files = dict(UPSTREAM)
        base = "django/core/serializers/base.py"
        files[base] = "new line\n" + UPSTREAM[base]
        self.add_patch("0002-ten.patch", base, "line 10\n", "ten = 2\n")
        code, output = self.rebase(
            "0.0.2", "--sdist", make_sdist(self.tmp, "0.0.2", files), "--dry-run"
        )
        self.assertEqual(code, 0, output)
        self.assertIn("every patch applies (dry run, nothing written)", output)
        self.assertTrue(output.endswith("rebase: 2 patches: 2 with offsets\n"), output)

    def test_rebase_dry_run_of_a_file_gone_upstream(self):
        base = "django/core/serializers/base.py"
        self.add_patch("0002-readme.patch", "README.rst", "Django\n", "Fork\n")
        self.add_patch("0003-ten.patch", base, "line 10\n", "ten = 2\n")
        files = {k: v for k, v in UPSTREAM.items() if k != base}
        code, output = self.rebase(
            "0.0.4", "--sdist", make_sdist(self.tmp, "0.0.4", files), "--dry-run"
        )
        self.assertEqual(code, 1, output)
        self.assertIn("  0001-pk-name.patch: CONFLICT\n      " + base, output)
        self.assertIn("  0002-readme.patch: applied cleanly\n", output)
        self.assertIn("  0003-ten.patch: not tried (depends on 0001)\n", output)
        self.assertTrue(
            output.endswith("rebase: 3 patches: 1 clean, 1 conflict, 1 not tried\n"),
            output,
        )

    def test_rebase_stops_at_conflict_and_continues(self):
        new_sdist = self.add_ten_patches()
        out = self.tmp / "rebased"
        work = self.repo / fork.WORK_DIR
        before = self.snapshot()
        code, output = self.rebase("0.0.3", "--sdist", new_sdist, "--output", out)
        self.assertEqual(code, 1, output)
        conflicted = work / "django/core/serializers/base.py"
        self.assertIn("  0001-pk-name.patch: applied cleanly\n", output)
        self.assertIn(
            f"  0002-ten.patch: CONFLICT\n      {conflicted} lines 10-14\n", output
        )
        self.assertNotIn("0003-ten-again.patch", output)
        self.assertTrue(
            output.endswith(
                "rebase: stopped at 0002-ten.patch: 4 patches: 1 clean, "
                "1 conflict, 2 to go\n"
            ),
            output,
        )
        lines = conflicted.read_text().splitlines()
        self.assertTrue(lines[9].startswith("<<<<<<< "), lines)
        self.assertTrue(lines[13].startswith(">>>>>>> "), lines)
        self.assertEqual(self.snapshot(), before)
        self.assertFalse(out.exists())
        # While it is stopped, the checkout still checks, and no new
        # rebase starts.
        code, output = self.fork("check")
        self.assertEqual(code, 0, output)
        code, output = self.rebase("0.0.3", "--sdist", new_sdist)
        self.assertEqual(code, 2, output)
        self.assertIn("is stopped in", output)
        # The resume uses the old release's commits made at the start: an
        # edited patch that no longer applies to the old release is fine.
        patch = self.repo / "patches" / "0002-ten.patch"
        patch.write_text(
            patch.read_text()
            .replace("Added 0002-ten.patch.", "Fixed #1 -- Changed ten.")
            .replace("-line 10\n", "-line X\n")
        )
        # Resolve: the patch's change on the new release's line.
        resolved = "\n".join(lines[:9] + ["ten = 2  # line ten"] + lines[14:]) + "\n"
        conflicted.write_text(resolved)
        code, output = self.rebase("--continue")
        # 0003 changes the line that the resolution changed: it stops too.
        self.assertEqual(code, 1, output)
        self.assertIn("  0002-ten.patch: resolved by hand\n", output)
        self.assertIn("  0003-ten-again.patch: CONFLICT\n", output)
        self.assertIn(
            "stopped at 0003-ten-again.patch: 4 patches: 1 clean, 1 resolved, "
            "1 conflict, 1 to go",
            output,
        )
        lines = conflicted.read_text().splitlines()
        conflicted.write_text(
            "\n".join(lines[:9] + ["ten = 3  # line ten"] + lines[14:]) + "\n"
        )
        code, output = self.rebase("--continue")
        self.assertEqual(code, 0, output)
        self.assertIn("  0003-ten-again.patch: resolved by hand\n", output)
        self.assertIn("  0004-extras.patch: applied cleanly\n", output)
        self.assertTrue(
            output.endswith("rebase: 4 patches: 2 clean, 2 resolved\n"), output
        )
        self.assertFalse(work.exists())
        second = (out / "patches/0002-ten.patch").read_text()
        self.assertTrue(second.startswith("Subject: Fixed #1 -- Changed ten.\n---\n"))
        self.assertIn("-line ten\n+ten = 2  # line ten\n", second)
        third = (out / "patches/0003-ten-again.patch").read_text()
        self.assertIn("-ten = 2  # line ten\n+ten = 3  # line ten\n", third)
        text = (out / "django/core/serializers/base.py").read_text()
        self.assertIn("ten = 3  # line ten\n", text)
        self.assertIn("pk_name = True\n", text)
        self.assertIn("extras = ()\n", text)
        self.assertIn("version = 0.0.3", (out / "patches/UPSTREAM").read_text())
        code, output = run("--repo", out, "check", "--sdist", new_sdist)
        self.assertEqual(code, 0, output)

    def test_rebase_continue_refuses_unresolved_markers(self):
        new_sdist = self.add_ten_patches()
        code, output = self.rebase("0.0.3", "--sdist", new_sdist)
        self.assertEqual(code, 1, output)
        code, output = self.rebase("--continue")
        self.assertEqual(code, 2, output)
        self.assertIn(
            "0002-ten.patch is not resolved in "
            f"{self.repo / fork.WORK_DIR}:\n"
            "  django/core/serializers/base.py: conflict markers at lines "
            "10, 14\n",
            output,
        )
        self.assertTrue((self.repo / fork.WORK_DIR).exists())

    def test_rebase_abort(self):
        new_sdist = self.add_ten_patches()
        before = self.snapshot()
        code, output = self.rebase("0.0.3", "--sdist", new_sdist)
        self.assertEqual(code, 1, output)
        code, output = self.rebase("--abort")
        self.assertEqual(code, 0, output)
        self.assertFalse((self.repo / fork.WORK_DIR).exists())
        self.assertEqual(self.snapshot(), before)
        code, output = self.rebase("--continue")
        self.assertEqual(code, 2, output)
        self.assertIn("no rebase is stopped in", output)
        code, output = self.rebase(
            "0.0.3", "--sdist", new_sdist, "--work", self.tmp / "w"
        )
        self.assertEqual(code, 1, output)
        self.assertIn(
            f"`python patches/fork.py rebase --continue --work {self.tmp / 'w'}`",
            output,
        )

    def test_rebase_in_place_with_hunks_for_a_file_gone_upstream(self):
        base = "django/core/serializers/base.py"
        files = {k: v for k, v in UPSTREAM.items() if k != base}
        files["django/core/serializers/moved.py"] = UPSTREAM[base]
        new_sdist = make_sdist(self.tmp, "0.0.4", files)
        code, output = self.rebase("0.0.4", "--sdist", new_sdist)
        self.assertEqual(code, 1, output)
        rej = self.repo / fork.WORK_DIR / (base + ".rej")
        self.assertIn(f"its hunks are in {base}.rej", output)
        self.assertIn("+pk_name = True", rej.read_text())
        code, output = self.rebase("--continue")
        self.assertEqual(code, 2, output)
        self.assertIn(f"{base}.rej: apply its hunks by hand, then remove it", output)
        rej.unlink()
        self.edit(
            "django/core/serializers/moved.py",
            "line 20\n",
            "pk_name = True\n",
            root=self.repo / fork.WORK_DIR,
        )
        code, output = self.rebase("--continue")
        self.assertEqual(code, 0, output)
        self.assertFalse((self.repo / base).exists())
        self.assertIn(
            "pk_name = True",
            (self.repo / "django/core/serializers/moved.py").read_text(),
        )
        self.assertIn(
            "+pk_name = True",
            (self.repo / "patches/0001-pk-name.patch").read_text(),
        )
        code, output = run("--repo", self.repo, "check", "--sdist", new_sdist)
        self.assertEqual(code, 0, output)

    def test_check_ignores_ignored_files_without_git(self):
        (self.repo / ".gitignore").write_text(
            "__pycache__/\n*.egg-info/\n/tests/.hypothesis/\n"
        )
        for path in (
            "django/__pycache__/base.cpython-311.pyc",
            "tests/.hypothesis/examples/1",
            "Django.egg-info/PKG-INFO",
            ".fork-rebase/django/x.py",
        ):
            (self.repo / path).parent.mkdir(parents=True, exist_ok=True)
            (self.repo / path).write_text("x\n")
        code, output = self.fork("check")
        self.assertEqual(code, 0, output)
        (self.repo / "tests/stray.py").write_text("x\n")
        code, output = self.fork("check")
        self.assertEqual(code, 1, output)
        self.assertEqual(
            output.splitlines()[0], "not in upstream nor in any patch: tests/stray.py"
        )

    def test_pip_failure_is_short(self):
        stderr = (
            "WARNING: Location 'file:///x' is ignored\n"
            "ERROR: Could not find a version that satisfies the requirement "
            "django==9.9.9 (from versions: 1.1.3, 1.1.4, 5.2.20)\n"
            "ERROR: No matching distribution found for django==9.9.9\n"
        )
        self.assertEqual(
            fork.pip_failure(stderr, "9.9.9"),
            "ERROR: Could not find a version that satisfies the requirement "
            "django==9.9.9\nERROR: No matching distribution found for django==9.9.9",
        )
        stderr = (
            "ERROR: Ignored the following versions that require a different "
            "python version: 6.0 Requires-Python >=3.12; 6.1.3 Requires-Python "
            ">=3.12; 6.1a1 Requires-Python >=3.12\n" + stderr.replace("9.9.9", "6.1.3")
        )
        self.assertEqual(
            fork.pip_failure(stderr, "6.1.3"),
            "Django 6.1.3 needs Python >=3.12; run fork.py with python3.12",
        )

    def test_wrong_pinned_hash_is_refused(self):
        fork.write_upstream(self.repo, "0.0.1", "0" * 64)
        code, output = self.fork("check")
        self.assertEqual(code, 2)
        self.assertIn("but patches/UPSTREAM pins", output)


# A synthetic tests/runtests.py: it logs which django it imported and its
# arguments, and fails when tests/serializers/state.txt isn't "ok".
RUNTESTS = """\
import os
import sys

import django

tree = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.environ["FORK_TEST_LOG"], "a") as log:
    where = os.path.relpath(django.__file__, tree)
    log.write(f"{where} {' '.join(sys.argv[1:])}\\n")
with open(os.path.join("serializers", "state.txt")) as f:
    state = f.read()
timed = "serializers.test_deserialization.TestDeserializer.test_crafted_xml_performance"
# "slow": the timing test fails with the others, and passes alone.
ok = state == "ok\\n" or (state == "slow\\n" and timed in sys.argv)
if state == "slow\\n" and not ok:
    print(f"FAIL: test_crafted_xml_performance ({timed})", file=sys.stderr)
print("Ran 3 tests in 0.001s", file=sys.stderr)
print("OK" if ok else "FAILED (failures=1)", file=sys.stderr)
sys.exit(0 if ok else 1)
"""


class EachPatchTests(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)
        files = {
            **UPSTREAM,
            "tests/runtests.py": RUNTESTS,
            "tests/serializers/state.txt": "ok\n",
        }
        self.sdist = make_sdist(self.tmp, "0.0.1", files)
        self.repo = self.tmp / "fork"
        for name, text in files.items():
            (self.repo / name).parent.mkdir(parents=True, exist_ok=True)
            (self.repo / name).write_text(text)
        (self.repo / "patches").mkdir()
        fork.write_upstream(self.repo, "0.0.1", fork.sha256_of(self.sdist))
        (self.repo / "patches" / "series").write_text("")
        self.add_patch("0001-readme.patch", "README.rst", "Forked Django\n")
        self.add_patch("0002-fixtures-app.patch", "tests/fixtures/__init__.py", "")
        self.add_patch("0003-break.patch", "tests/serializers/state.txt", "no\n")
        self.add_patch("0004-fix.patch", "tests/serializers/state.txt", "ok\n")
        self.log = self.tmp / "log"
        patcher = mock.patch.dict(os.environ, {"FORK_TEST_LOG": str(self.log)})
        patcher.start()
        self.addCleanup(patcher.stop)

    def add_patch(self, name, path, text):
        series = self.repo / "patches" / "series"
        series.write_text(series.read_text() + f"{name}\n")
        (self.repo / "patches" / name).write_text(f"Subject: Added {name}.\n---\n")
        (self.repo / path).parent.mkdir(parents=True, exist_ok=True)
        (self.repo / path).write_text(text)
        code, output = self.fork("refresh", "--into", name)
        self.assertEqual(code, 0, output)

    def fork(self, command, *args):
        return run("--repo", self.repo, command, "--sdist", self.sdist, *args)

    def test_stops_at_first_failing_patch(self):
        code, output = self.fork("check", "--each-patch")
        self.assertEqual(code, 1, output)
        self.assertRegex(output, r"\n0001-readme\.patch: 3 tests OK in \d+s\n")
        self.assertRegex(output, r"\n0002-fixtures-app\.patch: 3 tests OK in \d+s\n")
        self.assertRegex(
            output,
            r"\n0003-break\.patch: 3 tests FAILED \(failures=1\) in \d+s \(exit 1\)\n",
        )
        self.assertIn(
            "check: 0003-break.patch is the first patch whose tree fails "
            "`runtests.py --parallel 2 serializers fixtures`",
            output,
        )
        self.assertNotIn("0004-fix.patch", output)
        # Each run imported the tree's django, with the apps it had.
        self.assertEqual(
            self.log.read_text(),
            "django/__init__.py --parallel 2 serializers\n"
            "django/__init__.py --parallel 2 serializers fixtures\n"
            "django/__init__.py --parallel 2 serializers fixtures\n",
        )

    def test_timing_test_that_passes_alone(self):
        self.add_patch("0005-slow.patch", "tests/serializers/state.txt", "slow\n")
        code, output = self.fork("check", "--each-patch", "--from", "0004")
        self.assertEqual(code, 0, output)
        self.assertRegex(
            output,
            r"\n0005-slow\.patch: 3 tests FAILED \(failures=1\), serializers\.\S+"
            r"\.test_crafted_xml_performance passed alone in \d+s\n",
        )
        self.assertTrue(
            self.log.read_text().endswith(f"--parallel 1 {fork.TIMED}\n"),
            self.log.read_text(),
        )

    def test_from_and_apps(self):
        code, output = self.fork(
            "check", "--each-patch", "--from", "0004", "--apps", "fixtures", "x"
        )
        self.assertEqual(code, 0, output)
        self.assertNotIn("0003-break.patch", output)
        self.assertRegex(output, r"\n0004-fix\.patch: 3 tests OK in \d+s\n")
        self.assertIn("the tree of each of patches 4-4 passes its tests", output)
        self.assertEqual(
            self.log.read_text(), "django/__init__.py --parallel 2 fixtures\n"
        )
        code, output = self.fork("check", "--each-patch", "--from", "0009")
        self.assertEqual(code, 2, output)
        self.assertIn("--from 0009: no such patch", output)

    def test_no_apps_no_run(self):
        code, output = self.fork("check", "--each-patch", "--apps", "fixtures")
        self.assertEqual(code, 1, output)
        self.assertIn("0001-readme.patch: no tests (none of fixtures yet)", output)
        self.assertIn("0003-break.patch: 3 tests FAILED", output)


@unittest.skipIf(os.environ.get("FORK_OFFLINE"), "FORK_OFFLINE is set")
class RealRebaseTests(unittest.TestCase):
    def test_rebase_onto_5_2_18(self):
        out = Path(tempfile.mkdtemp()) / "fork"
        self.addCleanup(shutil.rmtree, out.parent)
        work = out.parent / "work"
        code, output = run("rebase", "5.2.18", "--output", out, "--work", work)
        self.assertEqual(code, 0, output)
        self.assertNotIn("CONFLICT", output)
        self.assertIn(
            'VERSION = (5, 2, 18, "final", 0)', (out / "django/__init__.py").read_text()
        )
        self.assertIn("version = 5.2.18", (out / "patches/UPSTREAM").read_text())
        for name in fork.read_series(fork.REPO):
            self.assertIn(f"  {name}: applied", output)
        self.assertFalse(work.exists())
        code, output = run("--repo", out, "check")
        self.assertEqual(code, 0, output)

    def test_fetch_release_needing_newer_python(self):
        # Django 6.1 needs Python 3.12; its sdist's files are all it takes.
        sdist = fork.fetch_sdist("6.1.3")
        self.assertIn("6.1.3", sdist.name)
        with tarfile.open(sdist) as tar:
            self.assertIn(
                f"{tar.getnames()[0].split('/')[0]}/django/__init__.py",
                tar.getnames(),
            )


if __name__ == "__main__":
    unittest.main()
