#!/usr/bin/env python3
"""
Keep the serialization fork as a patch series on a pristine Django sdist.

    python patches/fork.py check              # pristine + series == working tree?
    python patches/fork.py check --each-patch # each patch's tree passes the tests?
    python patches/fork.py refresh            # rewrite the patches from the tree
    python patches/fork.py rebase 5.2.20      # rebuild the fork on another release
    python patches/fork.py rebase --continue  # ... once its conflict is resolved
    python patches/fork.py carry 6.1.3        # carry patch changes into variants

patches/UPSTREAM pins the base release and its sdist's sha256;
patches/series lists the patches in order (quilt's format, -p1). Files the
fork adds outside Django's tree (FORK_PATHS) are never part of a patch.
A rebase that stops at a conflict leaves its work tree, a git repository
with the state, in .fork-rebase/ (or --work DIR) until --continue ends it
or --abort drops it. Stdlib only, plus pip to fetch sdists and git to
apply and merge.
"""

import argparse
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Fork-only paths (a trailing slash means a directory): not in upstream's
# sdist and not in any patch.
FORK_PATHS = (
    ".ci/",
    ".flake8",
    ".fork-carry/",
    ".fork-rebase/",
    ".git/",
    ".gitignore",
    "README.md",
    "benchmarks/",
    "demo/",
    "patches/",
    "runtests.py",
    "setup.py",
)
# Where a stopped rebase keeps its tree and state, below the checkout.
WORK_DIR = ".fork-rebase"
# Where a stopped carry keeps its tree and state.
CARRY_DIR = ".fork-carry"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / (
    "django-serialization-fork"
)
DIFF_OPTIONS = (
    "--binary",
    "--no-color",
    "--no-ext-diff",
    "--no-renames",
    "--src-prefix=a/",
    "--dst-prefix=b/",
)


class ForkError(Exception):
    pass


def is_fork_path(path):
    return any(
        path == entry or (entry.endswith("/") and path.startswith(entry))
        for entry in FORK_PATHS
    )


def git(*args, cwd, check=True, input=None):
    result = subprocess.run(
        ["git", "-c", "core.quotepath=off", "-c", "core.autocrlf=false", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
    )
    if check and result.returncode:
        raise ForkError(
            f"git {' '.join(args)} failed:\n{result.stderr.decode(errors='replace')}"
        )
    return result


# The pinned base and the series.


def read_upstream(repo):
    values = {}
    for line in (repo / "patches" / "UPSTREAM").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values["version"], values.get("sha256")


def write_upstream(repo, version, sha256):
    (repo / "patches" / "UPSTREAM").write_text(
        "# The pristine upstream release the series applies to: the sdist of\n"
        "# `pip download --no-deps --no-binary :all: django==VERSION`.\n"
        f"version = {version}\n"
        f"sha256 = {sha256}\n"
    )


def read_series(repo):
    series = repo / "patches" / "series"
    if not series.exists():
        return []
    names = []
    for line in series.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, *options = line.split()
            if options and options != ["-p1"]:
                raise ForkError(f"patches/series: only -p1 is supported: {line!r}")
            names.append(name)
    return names


def split_patch(text):
    """Return (header, diff) of a patch file."""
    match = re.search(r"^diff --git ", text, re.MULTILINE)
    head = text if match is None else text[: match.start()]
    diff = "" if match is None else text[match.start() :]
    lines = head.splitlines(keepends=True)
    if "---\n" in lines:
        head = "".join(lines[: lines.index("---\n") + 1])
    else:
        head = head.rstrip("\n") + "\n---\n" if head.strip() else ""
    return head, diff


# Pristine sdists.


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_sdist(version):
    target = CACHE / "sdists"
    for candidate in (
        target / f"django-{version}.tar.gz",
        target / f"Django-{version}.tar.gz",
    ):
        if candidate.exists():
            return candidate
    target.mkdir(parents=True, exist_ok=True)
    print(f"Fetching the Django {version} sdist with pip...", file=sys.stderr)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--no-binary",
            ":all:",
            # Only the sdist's files are used, never run: a release that
            # needs a newer Python than this one is fine.
            "--ignore-requires-python",
            f"django=={version}",
            "-d",
            str(target),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise ForkError(
            f"pip could not fetch django=={version}:\n"
            + pip_failure(result.stderr, version)
        )
    return fetch_sdist(version)


def pip_failure(stderr, version):
    """The few lines of pip's stderr that say why, less its version lists."""
    needs = re.search(
        rf"(?:^|[:;] ){re.escape(version)} Requires-Python ([^;\s]+)",
        stderr,
        re.MULTILINE,
    )
    if needs:
        python = needs.group(1).lstrip(">=~").split(",")[0]
        return (
            f"Django {version} needs Python {needs.group(1)}; "
            f"run fork.py with python{python}"
        )
    lines = []
    for line in stderr.splitlines():
        if not line.startswith("ERROR: Ignored the following versions"):
            line = re.sub(r" \(from versions: [^)]*\)", "", line).strip()
            if line.startswith(("ERROR:", "error:")) or (lines and line):
                lines.append(line[:300])
    lines = lines or [line for line in stderr.splitlines() if line.strip()]
    return "\n".join(lines[-4:])


def extract_sdist(sdist, dest):
    """Unpack an sdist into dest, less PKG-INFO and the egg-info directory."""
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            parts = member.name.split("/", 1)
            if len(parts) < 2 or not parts[1]:
                continue
            relative = parts[1]
            top = relative.split("/", 1)[0]
            if relative == "PKG-INFO" or top.endswith(".egg-info"):
                continue
            if not (member.isfile() or member.isdir()):
                raise ForkError(f"{sdist.name}: unexpected member {member.name}")
            target = dest / relative
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            os.chmod(target, 0o755 if member.mode & 0o100 else 0o644)


def pristine_sdist(repo, version=None, sdist=None):
    pinned_version, pinned_sha = read_upstream(repo)
    version = version or pinned_version
    sdist = Path(sdist) if sdist else fetch_sdist(version)
    digest = sha256_of(sdist)
    if version == pinned_version and pinned_sha and digest != pinned_sha:
        raise ForkError(
            f"{sdist} has sha256 {digest}, but patches/UPSTREAM pins {pinned_sha}."
        )
    return sdist, version, digest


# A scratch git repository: one commit for the pristine tree, one per patch.


class Scratch:
    def __init__(self, keep=False, directory=None):
        if directory is None:
            self.dir = Path(tempfile.mkdtemp(prefix="fork-patches-"))
        else:
            self.dir = Path(directory)
            self.dir.mkdir(parents=True, exist_ok=True)
        self.keep = keep
        git("init", "-q", cwd=self.dir)
        git("config", "user.name", "fork", cwd=self.dir)
        git("config", "user.email", "fork@localhost", cwd=self.dir)
        # No background gc: it would pack objects while the tree is read.
        git("config", "gc.auto", "0", cwd=self.dir)
        # Conflicts resolved once are resolved again (carry).
        git("config", "rerere.enabled", "true", cwd=self.dir)
        # Tests run in the tree mustn't end up in its commits.
        (self.dir / ".git" / "info").mkdir(exist_ok=True)
        (self.dir / ".git" / "info" / "exclude").write_text(
            "__pycache__/\n*.py[co]\n.hypothesis/\n"
        )

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if not self.keep:
            shutil.rmtree(self.dir, ignore_errors=True)

    def commit(self, message):
        git("add", "-A", cwd=self.dir)
        git("commit", "-q", "--allow-empty", "--no-verify", "-m", message, cwd=self.dir)
        return self.rev("HEAD")

    def rev(self, name):
        return (
            git("rev-parse", "--verify", "-q", name, cwd=self.dir)
            .stdout.decode()
            .strip()
        )

    def tag(self, name, rev):
        git("tag", "-f", name, rev, cwd=self.dir)

    def reset_to(self, rev):
        git("read-tree", "-u", "--reset", rev, cwd=self.dir)
        git("clean", "-qfdx", cwd=self.dir)

    def files(self):
        out = git("ls-files", "-z", cwd=self.dir).stdout.decode()
        return sorted({path for path in out.split("\0") if path})

    def tree(self):
        """{path: (bytes, executable)} of the tracked non-fork files."""
        return read_files(self.dir, self.files())

    def diff(self, old, new):
        return git("diff", *DIFF_OPTIONS, old, new, cwd=self.dir).stdout.decode()

    def touched(self, old, new):
        out = git("diff", "--name-only", "-z", "--no-renames", old, new, cwd=self.dir)
        return {path for path in out.stdout.decode().split("\0") if path}

    def unmerged(self):
        out = git("diff", "--name-only", "-z", "--diff-filter=U", cwd=self.dir)
        return sorted({path for path in out.stdout.decode().split("\0") if path})


def listed_files(root):
    """
    The files below root that git doesn't ignore (by root's .gitignore
    files and git's excludes), even in a tree that isn't a repository.
    """
    root = Path(root)
    if (root / ".git").exists():
        out = git("ls-files", "-z", "-co", "--exclude-standard", cwd=root)
    else:
        # An empty repository lends git's ignore rules to a plain tree.
        with tempfile.TemporaryDirectory() as empty:
            git("init", "-q", empty, cwd=root)
            out = git(
                f"--git-dir={empty}/.git",
                f"--work-tree={root}",
                "ls-files",
                "-z",
                "-o",
                "--exclude-standard",
                cwd=root,
            )
    return [path for path in out.stdout.decode().split("\0") if path]


def read_files(root, paths):
    files = {}
    for path in paths:
        full = Path(root) / path
        if is_fork_path(path) or not full.is_file():
            continue
        files[path] = (full.read_bytes(), bool(full.stat().st_mode & 0o100))
    return files


def tree_files(root):
    """{path: (bytes, executable)} of the non-fork, non-ignored files below root."""
    return read_files(root, listed_files(root))


def build_series(scratch, repo, sdist, names):
    """Commit the pristine tree, then each patch; return their revisions."""
    extract_sdist(sdist, scratch.dir)
    revs = [scratch.commit("pristine")]
    for name in names:
        apply_patch_file(scratch.dir, repo, name)
        revs.append(scratch.commit(name))
    return revs


def apply_patch_file(root, repo, name):
    """Apply patches/name to the tree below root; return the paths it changes."""
    patch = repo / "patches" / name
    if not patch.exists():
        raise ForkError(f"patches/series names {name}, which does not exist.")
    diff = split_patch(patch.read_text())[1]
    if diff:
        result = git(
            "apply", "--whitespace=nowarn", str(patch.resolve()), cwd=root, check=False
        )
        if result.returncode:
            raise ForkError(
                f"{name} does not apply:\n{result.stderr.decode(errors='replace')}"
            )
    return list(diff_sections(diff))


def compare(expected, actual):
    """Paths that differ between two {path: (bytes, executable)} maps."""
    problems = []
    for path in sorted(set(expected) | set(actual)):
        if path not in actual:
            problems.append(f"missing from the working tree: {path}")
        elif path not in expected:
            problems.append(f"not in upstream nor in any patch: {path}")
        elif expected[path][0] != actual[path][0]:
            problems.append(f"differs from upstream + series: {path}")
        elif expected[path][1] != actual[path][1]:
            problems.append(f"executable bit differs: {path}")
    return problems


# Testing each patch's tree.

TEST_APPS = (
    "serializers_regress",
    "serializers",
    "fixtures",
    "fixtures_regress",
    "fixtures_model_package",
)


def check_each_patch(args):
    """Run the apps' tests on pristine + 1, + 2, ... patches; stop at a failure."""
    repo = Path(args.repo)
    sdist, version, _ = pristine_sdist(repo, sdist=args.sdist)
    names = read_series(repo)
    start = patch_index(names, args.start) if args.start else 0
    python = args.python or sys.executable
    began = time.monotonic()
    with Scratch(keep=args.keep) as scratch:
        tree = scratch.dir.resolve()
        extract_sdist(sdist, tree)
        env = tree_env(tree, python)
        print(
            f"check: Django {version} + each of {patches(len(names))} in {tree}",
            flush=True,
        )
        for k, name in enumerate(names):
            for path in apply_patch_file(tree, repo, name):
                # Bytecode compiled within the second of the change could
                # look current: drop it.
                for pyc in (tree / path).parent.glob(
                    f"__pycache__/{Path(path).stem}.*.pyc"
                ):
                    pyc.unlink()
            if k < start:
                continue
            apps = [app for app in args.apps if (tree / "tests" / app).is_dir()]
            if not apps:
                print(f"{name}: no tests (none of {' '.join(args.apps)} yet)")
                continue
            clock = time.monotonic()
            result = run_tests(tree, python, env, args.parallel, apps)
            seconds = round(time.monotonic() - clock)
            ran = re.findall(r"^Ran (\d+) tests? in", result.stdout, re.M)
            tests = f"{ran[-1]} tests " if ran else ""
            verdict = re.findall(r"^(?:OK|FAILED)\b.*$", result.stdout, re.M)
            if result.returncode and retry_timing(result.stdout, tree, python, env):
                verdict = [
                    f"{verdict[-1] if verdict else 'FAILED'}, {TIMED} passed alone"
                ]
                result.returncode = 0
            if result.returncode == 0:
                verdict = verdict[-1] if verdict else "OK"
                print(f"{name}: {tests}{verdict} in {seconds}s", flush=True)
                continue
            verdict = verdict[-1] if verdict else "FAILED"
            print(f"{name}: {tests}{verdict} in {seconds}s (exit {result.returncode})")
            print("\n".join(result.stdout.splitlines()[-args.tail :]))
            print(
                f"check: {name} is the first patch whose tree fails "
                f"`runtests.py --parallel {args.parallel} {' '.join(apps)}` "
                f"({round(time.monotonic() - began)}s).",
                file=sys.stderr,
            )
            print(
                (
                    f"check: its tree is kept in {tree}."
                    if args.keep
                    else "check: --keep keeps its tree."
                ),
                file=sys.stderr,
            )
            return 1
    print(
        f"check: the tree of each of patches {start + 1}-{len(names)} passes "
        f"its tests on Django {version} ({round(time.monotonic() - began)}s)."
    )
    return 0


# Upstream's timing test, which fails on a busy machine (CI runs it alone
# in its own stage): a run that fails only there tries it again alone.
TIMED = "serializers.test_deserialization.TestDeserializer.test_crafted_xml_performance"


def retry_timing(output, tree, python, env, tries=3):
    """Whether the run's only failure is TIMED, which passes on its own."""
    failed = set(re.findall(r"^(?:FAIL|ERROR): \w+ \(([\w.]+)\)", output, re.M))
    if failed != {TIMED}:
        return False
    return any(
        run_tests(tree, python, env, 1, [TIMED]).returncode == 0 for _ in range(tries)
    )


def patch_index(names, wanted):
    """The index of the patch named wanted, or numbered (0005, 5) so."""
    for k, name in enumerate(names):
        if wanted in (name, number(name)) or (
            wanted.isdigit()
            and number(name).isdigit()
            and int(wanted) == int(number(name))
        ):
            return k
    raise ForkError(f"--from {wanted}: no such patch in patches/series.")


def django_in(tree, python, env):
    """Make sure that the tests of tree will import its django, not another."""
    result = subprocess.run(
        [python, "-c", "import django; print(django.__file__)"],
        cwd=tree / "tests",
        env=env,
        capture_output=True,
        text=True,
    )
    found = Path(result.stdout.strip() or "?").resolve()
    if result.returncode or not found.is_relative_to(tree):
        raise ForkError(
            f"the tests in {tree} would import django from {found}, not from "
            f"the tree:\n{result.stderr.strip()}"
        )


def tree_env(tree, python, **extra):
    """
    The environment that runs tree's tests against its own django (checked
    with python), without the caller's settings module or path.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_SETTINGS_MODULE", "PYTHONPATH")
    }
    env.update(PYTHONPATH=str(tree), **extra)
    django_in(tree, python, env)
    return env


def run_tests(tree, python, env, parallel, labels):
    """Run tree's tests/runtests.py on labels; return the CompletedProcess."""
    return subprocess.run(
        [python, "runtests.py", "--parallel", str(parallel), *labels],
        cwd=tree / "tests",
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
    )


# Commands.


def cmd_check(args):
    if args.each_patch:
        return check_each_patch(args)
    repo = Path(args.repo)
    sdist, version, digest = pristine_sdist(repo, sdist=args.sdist)
    names = read_series(repo)
    with Scratch() as scratch:
        build_series(scratch, repo, sdist, names)
        expected = scratch.tree()
    problems = compare(expected, tree_files(repo))
    for problem in problems:
        print(problem)
    if problems:
        print(
            f"check: {len(problems)} path(s) differ from Django {version} + "
            f"{len(names)} patch(es). Put upstream changes in a patch "
            "(refresh) or undo them.",
            file=sys.stderr,
        )
        return 1
    print(
        f"check: Django {version} (sha256 {digest[:12]}) + {len(names)} patches "
        "== working tree."
    )
    return 0


def cmd_refresh(args):
    repo = Path(args.repo)
    names = read_series(repo)
    if not names:
        raise ForkError("patches/series is empty: add a patch to refresh into.")
    if args.into and args.into not in names:
        raise ForkError(f"--into {args.into}: not in patches/series.")
    sdist, version, _ = pristine_sdist(repo, sdist=args.sdist)
    work = tree_files(repo)
    with Scratch() as scratch:
        old = build_series(scratch, repo, sdist, names)
        touched = [scratch.touched(old[k], old[k + 1]) for k in range(len(names))]
        final = scratch.tree()
        changed = {
            path
            for path in set(work) | set(final)
            if work.get(path) != final.get(path) and in_paths(path, args.paths)
        }
        # Which patch takes the new change of each file: --into, else the
        # last patch that already changes the file.
        owner = {}
        # Files that --into gives to a patch that later patches change too:
        # the change is carried through those, as a rebase would.
        carried = []
        for path in sorted(changed):
            owners = [k for k, files in enumerate(touched) if path in files]
            if args.into:
                target = names.index(args.into)
            elif owners:
                target = owners[-1]
            else:
                raise ForkError(
                    f"{path} changed but is in no patch: "
                    "name the patch with refresh --into NAME [PATH ...]."
                )
            if any(k > target for k in owners):
                carried.append(path)
            else:
                owner[path] = target
        into = names.index(args.into) if args.into else len(names)
        new = [old[0]]
        for k, name in enumerate(names):
            scratch.reset_to(old[k + 1])
            write_tree_files(
                scratch.dir, work, [path for path, t in owner.items() if k >= t]
            )
            if k >= into:
                for path in carried:
                    carry(scratch.dir, path, final, work, name)
            new.append(scratch.commit(name))
        written = 0
        for k, name in enumerate(names):
            patch = repo / "patches" / name
            head = split_patch(patch.read_text())[0]
            text = head + scratch.diff(new[k], new[k + 1])
            if patch.read_text() != text:
                patch.write_text(text)
                written += 1
                print(f"refreshed {name}")
    print(f"refresh: {written} of {len(names)} patches rewritten on Django {version}.")
    return 0


def carry(root, path, final, work, name):
    """
    Make below root, the tree of patch name, the change of path from final
    (the series' tree) to work, as a cherry-pick would: a three-way merge,
    so that lines the later patches add around it don't get in its way.
    """
    full = root / path
    if not (full.is_file() and path in final and path in work):
        # Added or removed: the tree takes the work tree's file.
        write_tree_files(root, work, [path])
        return
    with tempfile.TemporaryDirectory() as directory:
        base, theirs = Path(directory) / "base", Path(directory) / "theirs"
        base.write_bytes(final[path][0])
        theirs.write_bytes(work[path][0])
        result = git(
            "merge-file",
            "-p",
            "-q",
            str(full),
            str(base),
            str(theirs),
            cwd=root,
            check=False,
        )
    if result.returncode:
        raise ForkError(
            f"the change to {path} doesn't apply to the tree of {name}: a later "
            "patch changes the same lines; refresh into that patch."
        )
    full.write_bytes(result.stdout)
    os.chmod(full, 0o755 if work[path][1] else 0o644)


def write_tree_files(root, files, paths):
    """Write paths of files ({path: (bytes, executable)}) below root."""
    for path in paths:
        full = root / path
        if path in files:
            full.parent.mkdir(parents=True, exist_ok=True)
            full.write_bytes(files[path][0])
            os.chmod(full, 0o755 if files[path][1] else 0o644)
        elif full.exists():
            full.unlink()


def in_paths(path, prefixes):
    """Whether path is one of prefixes or below one (all paths if none)."""
    return not prefixes or any(
        path == prefix.rstrip("/") or path.startswith(prefix.rstrip("/") + "/")
        for prefix in prefixes
    )


def hunk_offsets(output):
    """The hunks that git apply -v moved: 'path: Hunk #1 succeeded at...'."""
    offsets, path = [], ""
    for line in output.splitlines():
        checking = re.match(r"Checking patch (.+)\.\.\.$", line)
        path = checking.group(1) + ": " if checking else path
        hunk = re.match(r"Hunk #\d+ succeeded at \d+ \(offset -?\d+ lines?\)", line)
        if hunk:
            offsets.append(path + hunk.group())
    return offsets


# Rebasing: each patch's diff on the old release, applied to the new one.

CLEAN = "applied cleanly"
OFFSETS = "applied with offsets"
MERGED = "merged (three-way, with fuzz)"
RESOLVED = "resolved by hand"
VARIANT = "variant"
CONFLICT = "CONFLICT"
NOT_TRIED = "not tried"
EMPTY = "empty"
KINDS = {
    CLEAN: "clean",
    OFFSETS: "with offsets",
    MERGED: "merged",
    RESOLVED: "resolved",
    VARIANT: "variant",
    CONFLICT: "conflict",
    NOT_TRIED: "not tried",
    EMPTY: "empty",
}
MARKER = re.compile(r"^(<{7}|\|{7}|={7}|>{7})(?: |\r?$)")


def apply_diff(scratch, text):
    """
    Apply a diff to the scratch tree and index: (status, details, failed).
    After a conflict the tree has what applies, conflict markers in the
    files that don't merge, and failed maps the files that git can't merge
    at all (gone upstream, say) to why; they are left as they were.
    """
    strict = git(
        "apply",
        "--index",
        "-v",
        "--whitespace=nowarn",
        "-",
        cwd=scratch.dir,
        check=False,
        input=text.encode(),
    )
    if strict.returncode == 0:
        offsets = hunk_offsets(strict.stderr.decode())
        return (OFFSETS if offsets else CLEAN), offsets, {}
    merged = apply_3way(scratch, text)
    if merged.returncode == 0:
        return MERGED, [], {}
    failed = {}
    if not scratch.unmerged():
        # git applies all of a diff or nothing: go file by file.
        for path, section in diff_sections(text).items():
            result = apply_3way(scratch, section)
            if result.returncode and path not in scratch.unmerged():
                stderr = result.stderr.decode(errors="replace").splitlines()
                errors = [line for line in stderr if line.startswith("error:")]
                why = (errors or stderr or ["does not apply"])[-1]
                failed[path] = why.removeprefix("error: ").removeprefix(f"{path}: ")
    return CONFLICT, [], failed


def apply_3way(scratch, text):
    return git(
        "apply",
        "--index",
        "--3way",
        "--whitespace=nowarn",
        "-",
        cwd=scratch.dir,
        check=False,
        input=text.encode(),
    )


def diff_sections(text):
    """{path: the part of a git diff that changes path}."""
    sections = {}
    starts = [m for m in re.finditer(r"^diff --git a/(.+) b/\1$", text, re.M)]
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        sections[match.group(1)] = text[match.start() : end]
    return sections


def marker_ranges(full):
    """The 1-based (first, last) lines of each conflict in a file."""
    try:
        lines = full.read_bytes().decode(errors="replace").splitlines()
    except (FileNotFoundError, IsADirectoryError):
        return []
    ranges, start = [], None
    for n, line in enumerate(lines, 1):
        if line.startswith("<" * 7) and MARKER.match(line):
            start = n
        elif line.startswith(">" * 7) and MARKER.match(line) and start:
            ranges.append((start, n))
            start = None
    return ranges


def describe_conflicts(scratch, failed, prefix=""):
    where = []
    for path in scratch.unmerged():
        ranges = marker_ranges(scratch.dir / path)
        if ranges:
            lines = ", ".join(f"{a}-{b}" for a, b in ranges)
            where.append(f"{prefix}{path} lines {lines}")
        else:
            where.append(f"{prefix}{path} (changed or removed on both sides)")
    for path, why in failed.items():
        where.append(f"{prefix}{path}: {why}")
    return where


def take_theirs(full):
    """
    Resolve each conflict in a file as the patch's side; return the
    0-based [start, end) lines that the resolutions took.
    """
    lines = full.read_bytes().splitlines(keepends=True)
    out, ranges, side, start = [], [], None, 0
    for line in lines:
        match = MARKER.match(line.decode(errors="replace"))
        marker = match.group(1)[0] if match else None
        if side is None and marker == "<":
            side = "ours"
        elif side in ("ours", "base") and marker == "|":
            side = "base"
        elif side in ("ours", "base") and marker == "=":
            side, start = "theirs", len(out)
        elif side == "theirs" and marker == ">":
            side = None
            ranges.append([start, len(out)])
        elif side in (None, "theirs"):
            out.append(line)
    full.write_bytes(b"".join(out))
    return ranges


def restore(scratch, rev, path):
    """Give path its content in rev (or remove it); return its lines' range."""
    full = scratch.dir / path
    shown = git("show", f"{rev}:{path}", cwd=scratch.dir, check=False)
    if full.exists() or full.is_symlink():
        full.unlink()
    if shown.returncode:
        return []
    full.parent.mkdir(parents=True, exist_ok=True)
    full.write_bytes(shown.stdout)
    return [[0, len(shown.stdout.splitlines())]]


def changed_lines(scratch, old, new):
    """{path: [(old start, old end, new start, new end)]}, 0-based, [start, end)."""
    out = git(
        "diff",
        "-U0",
        *DIFF_OPTIONS,
        old,
        new,
        cwd=scratch.dir,
    ).stdout.decode(errors="replace")
    hunks, path = {}, None
    for line in out.splitlines():
        header = re.match(r"diff --git a/(.+) b/\1$", line)
        if header:
            path = header.group(1)
            continue
        hunk = re.match(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", line)
        if hunk and path:
            a, n, b, m = (int(g) if g is not None else 1 for g in hunk.groups())
            a, b = (a - 1 if n else a), (b - 1 if m else b)
            hunks.setdefault(path, []).append((a, a + n, b, b + m))
    return hunks


def touches(start, end, other_start, other_end):
    """Whether two line ranges overlap or are adjacent."""
    return other_start <= end and start <= other_end


def carry_taint(taint, hunks):
    """
    Move taint ({path: [[start, end, source]]}, lines whose content a dry
    run guessed) through a patch's hunks; return the sources of the ranges
    that the hunks change, which are widened to the hunks' new lines.
    """
    sources = set()
    for path, ranges in taint.items():
        for taken in ranges:
            start, end, source = taken
            new_start, new_end = start, end
            for old_start, old_end, hunk_start, hunk_end in hunks.get(path, ()):
                delta = (hunk_end - hunk_start) - (old_end - old_start)
                if old_end <= start:
                    new_start += delta
                if old_end <= end:
                    new_end += delta
            for old_start, old_end, hunk_start, hunk_end in hunks.get(path, ()):
                if touches(start, end, old_start, old_end):
                    sources.add(source)
                    new_start = min(new_start, hunk_start)
                    new_end = max(new_end, hunk_end)
            taken[:2] = [new_start, max(new_start, new_end)]
    return sources


def variant_of(repo, version, name):
    """
    The diff of patches/VERSION/name, the patch's variant for that release
    (a diff against its tree of the previous patches), or None.
    """
    path = Path(repo) / "patches" / version / name
    return split_patch(path.read_text())[1] if path.is_file() else None


def number(name):
    return name.split("-", 1)[0]


def patches(count):
    return f"{count} patch{'' if count == 1 else 'es'}"


def summary(reports, total, to_go=0):
    """'50 patches: 46 clean, 2 with offsets, 1 merged, 1 conflict'."""
    counts = Counter(
        next(kind for status, kind in KINDS.items() if report[1].startswith(status))
        for report in reports
    )
    parts = [f"{counts[kind]} {kind}" for kind in KINDS.values() if counts[kind]]
    if to_go:
        parts.append(f"{to_go} to go")
    return patches(total) + (": " + ", ".join(parts) if parts else "")


def print_report(reports):
    for name, status, details in reports:
        print(f"  {name}: {status}")
        for detail in details:
            print(f"      {detail}")


def variant_status(status, details, version):
    """A variant's status: 'variant for 6.1.3', or its conflict."""
    if status in (CLEAN, OFFSETS, MERGED, EMPTY):
        return f"{VARIANT} for {version}", details
    if status == CONFLICT:
        return status, [f"(the variant in patches/{version}/)", *details]
    return status, details


def dry_run(scratch, old, names, version, repo):
    """Apply every patch to the new release's commit in scratch; report."""
    reports = []
    # Lines the dry run guessed after a conflict (the patch's side), and
    # the patch that conflicted: later patches that change them depend on
    # how that conflict is resolved, so they aren't tried.
    taint = {}
    head = scratch.rev("HEAD")
    for k, name in enumerate(names):
        variant = variant_of(repo, version, name)
        text = scratch.diff(old[k], old[k + 1]) if variant is None else variant
        if not text:
            reports.append((name, EMPTY, []))
            head = scratch.commit(name)
            continue
        status, details, failed = apply_diff(scratch, text)
        guessed = {}
        if status == CONFLICT:
            details = describe_conflicts(scratch, failed)
            for path in scratch.unmerged():
                full = scratch.dir / path
                guessed[path] = take_theirs(full) if marker_ranges(full) else []
                if not guessed[path]:
                    guessed[path] = restore(scratch, old[k + 1], path)
            for path in failed:
                guessed[path] = restore(scratch, old[k + 1], path)
        rev = scratch.commit(name)
        sources = carry_taint(taint, changed_lines(scratch, head, rev) if taint else {})
        real = {
            path: [
                r
                for r in ranges
                if not any(touches(*r, *t[:2]) for t in taint.get(path, ()))
            ]
            for path, ranges in guessed.items()
        }
        knock_on = {
            t[2]
            for path, ranges in guessed.items()
            for r in ranges
            for t in taint.get(path, ())
            if touches(*r, *t[:2])
        }
        # A conflict is the patch's own unless each of its conflicts is in
        # guessed lines; files that don't merge at all are always its own.
        own = failed or any(
            not ranges or real[path] for path, ranges in guessed.items()
        )
        if status == CONFLICT and (own or not sources | knock_on):
            source = name
        elif sources | knock_on:
            source = min(sources | knock_on)
            status, details = f"{NOT_TRIED} (depends on {number(source)})", []
        for path, ranges in guessed.items():
            taint.setdefault(path, []).extend([*r, source] for r in ranges)
        if variant is not None:
            status, details = variant_status(status, details, version)
        reports.append((name, status, details))
        head = rev
    print_report(reports)
    conflicts = sum(report[1] == CONFLICT for report in reports)
    if conflicts:
        print(
            f"rebase: {conflicts} conflict(s) (dry run, nothing written); "
            f"`rebase {version}` stops at each for you to resolve."
        )
    else:
        print("rebase: every patch applies (dry run, nothing written).")
    print(f"rebase: {summary(reports, len(names))}")
    return 1 if conflicts else 0


# A rebase that stops at a conflict keeps its scratch repository in the
# work directory: the old release's commits (tags old/base, old/<patch>),
# the new ones so far (new/base, new/<patch>) and its state in STATE.

STATE = "fork-rebase.json"


def load_state(work):
    path = Path(work) / ".git" / STATE
    return json.loads(path.read_text()) if path.is_file() else None


def save_state(work, state):
    (Path(work) / ".git" / STATE).write_text(json.dumps(state, indent=1))


def ref(side, names, k):
    """The tag of the tree after the first k patches on side's release."""
    return f"{side}/{names[k - 1]}" if k else f"{side}/base"


def continue_command(state):
    command = "python patches/fork.py rebase --continue"
    default = Path(state["repo"]) / WORK_DIR
    if Path(state["work"]) != default:
        command += f" --work {state['work']}"
    return command


def cmd_rebase(args):
    repo = Path(args.repo).resolve()
    work = Path(args.work).resolve() if args.work else repo / WORK_DIR
    state = load_state(work)
    if args.abort or args.cont:
        if args.version or args.dry_run:
            raise ForkError("--continue and --abort take no version nor --dry-run.")
        if state is None:
            raise ForkError(f"no rebase is stopped in {work}.")
        if args.abort:
            shutil.rmtree(work)
            print(f"rebase: aborted; removed {work}.")
            return 0
        return rebase_continue(state)
    if not args.version:
        raise ForkError("name the release to rebase onto (or --continue, --abort).")
    if state is not None and not args.dry_run:
        raise ForkError(
            f"a rebase onto Django {state['version']} is stopped in {work}: "
            "resolve it and run rebase --continue, or rebase --abort."
        )
    names = read_series(repo)
    old_sdist, old_version, _ = pristine_sdist(repo, sdist=args.base_sdist)
    new_sdist = Path(args.sdist) if args.sdist else fetch_sdist(args.version)
    print(f"rebase: Django {old_version} -> {args.version} ({patches(len(names))})")
    if args.dry_run:
        with Scratch(keep=args.keep) as scratch:
            old = build_series(scratch, repo, old_sdist, names)
            scratch.reset_to(old[0])
            extract_sdist_into_clean(scratch, new_sdist)
            scratch.commit(f"Django {args.version}")
            code = dry_run(scratch, old, names, args.version, repo)
            if args.keep:
                print(f"rebase: the scratch repository is kept in {scratch.dir}.")
            return code
    if work.is_relative_to(repo) and work != repo / WORK_DIR:
        raise ForkError(f"--work {work}: put it outside the checkout.")
    if work.exists() and any(work.iterdir()):
        raise ForkError(f"{work} is in the way: remove it or give another --work.")
    try:
        scratch = Scratch(directory=work)
        old = build_series(scratch, repo, old_sdist, names)
        for k, rev in enumerate(old):
            scratch.tag(ref("old", names, k), rev)
        scratch.reset_to(old[0])
        extract_sdist_into_clean(scratch, new_sdist)
        scratch.tag(ref("new", names, 0), scratch.commit(f"Django {args.version}"))
        state = {
            "repo": str(repo),
            "work": str(work),
            "output": str(Path(args.output).resolve()) if args.output else None,
            "keep": args.keep,
            "old_version": old_version,
            "version": args.version,
            "sha256": sha256_of(new_sdist),
            "names": names,
            "next": 0,
            "stopped": False,
            "reports": [],
        }
        save_state(work, state)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return rebase_run(scratch, state)


def rebase_continue(state):
    """Take the work tree as the stopped patch's tree; go on with the rest."""
    scratch = Scratch(directory=state["work"])
    if not state.get("stopped"):
        # Interrupted, not stopped: apply the patch again.
        scratch.reset_to(ref("new", state["names"], state["next"]))
        return rebase_run(scratch, state)
    unresolved = unresolved_paths(scratch)
    if unresolved:
        raise ForkError(
            f"{state['names'][state['next']]} is not resolved in {scratch.dir}:\n  "
            + "\n  ".join(unresolved)
            + "\nResolve these, then run rebase --continue again (or --abort)."
        )
    name = state["names"][state["next"]]
    scratch.tag(ref("new", state["names"], state["next"] + 1), scratch.commit(name))
    state["reports"].append((name, RESOLVED, []))
    print_report([(name, RESOLVED, [])])
    state["next"] += 1
    state["stopped"] = False
    save_state(scratch.dir, state)
    return rebase_run(scratch, state)


def read_text(path):
    try:
        return path.read_bytes().decode(errors="replace")
    except (FileNotFoundError, IsADirectoryError):
        return ""


def rebase_run(scratch, state):
    """Apply the patches from state's next one; stop at a conflict."""
    names = state["names"]
    for k in range(state["next"], len(names)):
        name = names[k]
        variant = variant_of(state["repo"], state["version"], name)
        if variant is None:
            text = scratch.diff(ref("old", names, k), ref("old", names, k + 1))
        else:
            text = variant
        if text:
            status, details, failed = apply_diff(scratch, text)
        else:
            status, details, failed = EMPTY, [], {}
        if variant is not None:
            status, details = variant_status(status, details, state["version"])
        if status == CONFLICT:
            for path, why in failed.items():
                # The hunks that fit go in; the others to path.rej.
                section = diff_sections(text)[path]
                git(
                    "apply",
                    "--reject",
                    "-",
                    cwd=scratch.dir,
                    check=False,
                    input=section.encode(),
                )
                rej = scratch.dir / f"{path}.rej"
                if not rej.exists():
                    rej.parent.mkdir(parents=True, exist_ok=True)
                    rej.write_text(section)
                failed[path] = f"{why}; its hunks are in {path}.rej"
            details = describe_conflicts(scratch, failed, f"{scratch.dir}/")
            if variant is not None:
                details = variant_status(status, details, state["version"])[1]
            state["stopped"] = True
            save_state(scratch.dir, state)
            print_report([(name, status, details)])
            print(
                f"Resolve the conflicts of {name} in {scratch.dir} (its tree on "
                f"Django {state['version']}), then run `{continue_command(state)}`"
                "; `rebase --abort` gives up."
            )
            reports = state["reports"] + [(name, status, details)]
            print(
                f"rebase: stopped at {name}: "
                + summary(reports, len(names), len(names) - k - 1)
            )
            return 1
        scratch.tag(ref("new", names, k + 1), scratch.commit(name))
        state["reports"].append((name, status, details))
        state["next"] = k + 1
        save_state(scratch.dir, state)
        print_report([(name, status, details)])
    target = rebase_write(scratch, state)
    if state["keep"]:
        (scratch.dir / ".git" / STATE).unlink()
        print(f"rebase: the scratch repository is kept in {scratch.dir}.")
    else:
        shutil.rmtree(scratch.dir)
    print(f"rebase: the fork now stands on Django {state['version']} in {target}.")
    print(f"rebase: {summary(state['reports'], len(names))}")
    return 0


def rebase_write(scratch, state):
    """Write the rebased tree, patches and UPSTREAM; return where."""
    repo, names = Path(state["repo"]), state["names"]
    target = Path(state["output"]) if state["output"] else repo
    if state["output"]:
        for path in listed_files(repo):
            if is_fork_path(path) and not path.startswith((".git/", WORK_DIR + "/")):
                (target / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(repo / path, target / path)
    write_tree(target, scratch.tree())
    for k, name in enumerate(names):
        patch = target / "patches" / name
        head = split_patch(patch.read_text())[0]
        text = head + scratch.diff(ref("new", names, k), ref("new", names, k + 1))
        patch.write_text(text)
    write_upstream(target, state["version"], state["sha256"])
    return target


def extract_sdist_into_clean(scratch, sdist):
    for path in scratch.files():
        (scratch.dir / path).unlink()
    extract_sdist(sdist, scratch.dir)


def write_tree(root, files):
    """Replace the non-fork files below root with files."""
    root = Path(root)
    for path in tree_files(root):
        if path not in files:
            (root / path).unlink()
    for path, (data, executable) in files.items():
        full = root / path
        if full.is_file() and full.read_bytes() == data:
            continue
        full.parent.mkdir(parents=True, exist_ok=True)
        full.write_bytes(data)
        os.chmod(full, 0o755 if executable else 0o644)


# Carrying changes of the series into a release's variants.


def old_checkout(repo, rev, dest):
    """Write the patches/ of revision rev of the checkout repo below dest."""
    archive = git("archive", "--format=tar", rev, "patches", cwd=repo, check=False)
    if archive.returncode:
        raise ForkError(
            f"{rev}: no patches/ there ({archive.stderr.decode().strip()})."
        )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return Path(dest)


def tree_id(scratch, rev=None):
    """The tree of rev, or of the index."""
    if rev is None:
        return git("write-tree", cwd=scratch.dir).stdout.decode().strip()
    return scratch.rev(f"{rev}^{{tree}}")


def cmd_carry(args):
    """
    Carry what changed in the series since --from into the variants of
    VERSION: each patch's tree on VERSION gets the change its tree on the
    pinned release got (a three-way merge), and the variants are written
    again from those trees, where the plain patch no longer gives them. A
    change that doesn't merge stops it, with the tree in CARRY_DIR to
    resolve and carry --continue.
    """
    repo = Path(args.repo).resolve()
    work = repo / CARRY_DIR
    state = load_state(work)
    if args.abort or args.cont:
        if state is None:
            raise ForkError(f"no carry is stopped in {work}.")
        if args.abort:
            shutil.rmtree(work)
            print(f"carry: aborted; removed {work}.")
            return 0
        scratch = Scratch(directory=work)
        unresolved = unresolved_paths(scratch)
        if unresolved:
            raise ForkError(
                f"{state['names'][state['next']]} is not resolved in {work}:\n  "
                + "\n  ".join(unresolved)
                + "\nResolve these, then run carry --continue again (or --abort)."
            )
        git("rerere", cwd=scratch.dir)  # Record the resolution.
        scratch.tag(f"carried/{state['next'] + 1}", scratch.commit("resolved"))
        state["next"] += 1
        save_state(work, state)
        return carry_run(scratch, state)
    if not args.version:
        raise ForkError("name the release whose variants to carry (or --continue).")
    if state is not None:
        raise ForkError(
            f"a carry is stopped in {work}: resolve it and run carry "
            "--continue, or carry --abort."
        )
    names = read_series(repo)
    sdist, _, _ = pristine_sdist(repo, sdist=args.sdist)
    new_sdist = Path(args.release_sdist) if args.release_sdist else None
    new_sdist = new_sdist or fetch_sdist(args.version)
    if work.exists():
        shutil.rmtree(work)
    try:
        with tempfile.TemporaryDirectory(prefix="fork-carry-") as directory:
            scratch = Scratch(directory=work)
            before = old_checkout(repo, args.start, directory)
            old_names = read_series(before)
            if (
                not (repo / "patches" / args.version).is_dir()
                and not (before / "patches" / args.version).is_dir()
            ):
                raise ForkError(f"patches/{args.version}/ holds no variants to carry.")
            # The trees on the pinned release, before and after, then the
            # release's trees before, as rebase builds them.
            old = build_series(scratch, before, sdist, old_names)
            for k, rev in enumerate(old):
                scratch.tag(f"old/{k}", rev)
            scratch.reset_to(old[0])
            scratch.tag("new/0", old[0])
            for k, name in enumerate(names, 1):
                apply_patch_file(scratch.dir, repo, name)
                scratch.tag(f"new/{k}", scratch.commit(name))
            scratch.reset_to(old[0])
            extract_sdist_into_clean(scratch, new_sdist)
            scratch.tag("released/0", scratch.commit(f"Django {args.version}"))
            scratch.tag("carried/0", "released/0")
            for k, name in enumerate(old_names, 1):
                text = variant_of(before, args.version, name)
                if text is None:
                    text = scratch.diff(old[k - 1], old[k])
                status = apply_diff(scratch, text)[0] if text else EMPTY
                if status == CONFLICT:
                    raise ForkError(
                        f"{name} did not apply to Django {args.version} at "
                        f"{args.start}: make its variant with rebase first."
                    )
                scratch.tag(f"released/{k}", scratch.commit(name))
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    state = {
        "repo": str(repo),
        "start": args.start,
        "version": args.version,
        "names": names,
        "old_names": old_names,
        "next": 0,
        "keep": args.keep,
    }
    save_state(work, state)
    return carry_run(scratch, state)


def unresolved_paths(scratch):
    """The files of scratch's work tree with conflict markers or .rej files."""
    changed = git("diff", "--name-only", "-z", "HEAD", cwd=scratch.dir).stdout
    untracked = git(
        "ls-files", "-z", "-o", "--exclude-standard", cwd=scratch.dir
    ).stdout
    paths = sorted(
        {path for path in (changed + b"\0" + untracked).decode().split("\0") if path}
    )
    unresolved = []
    for path in paths:
        if path.endswith(".rej"):
            unresolved.append(f"{path}: apply its hunks by hand, then remove it")
            continue
        lines = [
            str(n)
            for n, line in enumerate(read_text(scratch.dir / path).splitlines(), 1)
            if line.startswith(("<" * 7, ">" * 7, "|" * 7)) and MARKER.match(line)
        ]
        if lines:
            unresolved.append(f"{path}: conflict markers at lines {', '.join(lines)}")
    return unresolved


def carry_run(scratch, state):
    """Carry each patch tree's change from state's next one; write variants."""
    names, old_names = state["names"], state["old_names"]
    version, repo = state["version"], Path(state["repo"])
    for k in range(state["next"], len(names)):
        # The tree after a new patch matches the old tree after the same
        # patch (or the last old patch before it, for a patch new since).
        boundary = 0
        for name in names[: k + 1]:
            if name in old_names:
                boundary = old_names.index(name) + 1
        scratch.reset_to(f"released/{boundary}")
        change = scratch.diff(f"old/{boundary}", f"new/{k + 1}")
        status, _, failed = apply_diff(scratch, change) if change else (EMPTY, [], {})
        if status == CONFLICT and not failed:
            # A conflict resolved before, in an earlier patch's tree, is
            # resolved the same way (git rerere).
            git("rerere", cwd=scratch.dir)
            if not unresolved_paths(scratch):
                status = RESOLVED
                print(f"  {names[k]}: a conflict resolved as before (git rerere)")
        if status == CONFLICT:
            for path in failed:
                section = diff_sections(change)[path]
                (scratch.dir / f"{path}.rej").parent.mkdir(parents=True, exist_ok=True)
                (scratch.dir / f"{path}.rej").write_text(section)
            state["next"] = k
            save_state(scratch.dir, state)
            print(f"  {names[k]}: CONFLICT")
            for detail in describe_conflicts(scratch, failed, f"{scratch.dir}/"):
                print(f"      {detail}")
            print(
                f"carry: resolve {names[k]}'s tree on Django {version} in "
                f"{scratch.dir} (its change since {state['start']} merged into "
                "it), then run `python patches/fork.py carry --continue`; "
                "`carry --abort` gives up."
            )
            return 1
        scratch.tag(f"carried/{k + 1}", scratch.commit(names[k]))
    reports = []
    for k, name in enumerate(names):
        path = repo / "patches" / version / name
        scratch.reset_to(f"carried/{k}")
        text = scratch.diff(f"new/{k}", f"new/{k + 1}")
        status = apply_diff(scratch, text)[0] if text else EMPTY
        if status != CONFLICT and tree_id(scratch) == tree_id(
            scratch, f"carried/{k + 1}"
        ):
            if path.exists():
                path.unlink()
                reports.append((name, "variant removed: the patch applies"))
            continue
        # A variant says what its patch says: the header is the patch's.
        head = split_patch((repo / "patches" / name).read_text())[0]
        text = head + scratch.diff(f"carried/{k}", f"carried/{k + 1}")
        if path.exists() and path.read_text() == text:
            reports.append((name, "variant unchanged"))
            continue
        reports.append((name, "variant written" if path.exists() else "variant added"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for name in sorted(set(old_names) - set(names)):
        path = repo / "patches" / version / name
        if path.exists():
            path.unlink()
            reports.append((name, "variant removed: not in the series"))
    if state["keep"]:
        (scratch.dir / ".git" / STATE).unlink()
        print(f"carry: the scratch repository is kept in {scratch.dir}.")
    else:
        shutil.rmtree(scratch.dir)
    print(f"carry: the series since {state['start']} -> patches/{version}/")
    for name, what in reports:
        print(f"  {name}: {what}")
    return 0


# Golden files: upstream's own output for the default options.

GOLDEN = "tests/serializers_regress/golden"
GOLDEN_SOURCES = [
    f"tests/serializers_regress/{name}.py"
    for name in ("__init__", "models", "utils", "test_default_output")
]
GOLDEN_TEST = "serializers_regress.test_default_output.PristineOutputTests"


def golden_files(sdist, sources, python):
    """
    {path: (bytes, executable)} of the golden files that the pristine
    release of sdist writes, running PristineOutputTests with sources
    ({path: (bytes, executable)}, the test app's files) copied in.
    """
    with tempfile.TemporaryDirectory(prefix="fork-golden-") as directory:
        tree = Path(directory).resolve()
        extract_sdist(sdist, tree)
        write_tree_files(tree, sources, GOLDEN_SOURCES)
        env = tree_env(tree, python, SERIALIZERS_REGRESS_WRITE_GOLDEN="1")
        result = run_tests(tree, python, env, 1, [GOLDEN_TEST])
        if result.returncode:
            raise ForkError(
                f"{GOLDEN_TEST} failed in the pristine tree:\n"
                + "\n".join(result.stdout.splitlines()[-30:])
            )
        files = tree_files(tree)
        return {path: files[path] for path in files if in_paths(path, [GOLDEN])}


def golden_patch(names, scratch, revs):
    """The index of the patch that adds the golden files."""
    for k in range(len(names)):
        if any(in_paths(p, [GOLDEN]) for p in scratch.touched(revs[k], revs[k + 1])):
            return k
    raise ForkError(f"no patch of patches/series adds {GOLDEN}.")


def cmd_golden(args):
    """
    Write the golden files of a release: with the pinned one, into the
    tree; with another, into that release's variant of the patch that adds
    them (patches/VERSION/NAME), made from the variant or the patch.
    """
    repo = Path(args.repo)
    names = read_series(repo)
    pinned, _ = read_upstream(repo)
    version = args.version or pinned
    python = args.python or sys.executable
    if version == pinned:
        sdist = pristine_sdist(repo, sdist=args.sdist)[0]
        files = golden_files(sdist, tree_files(repo), python)
        for path in tree_files(repo):
            if in_paths(path, [GOLDEN]) and path not in files:
                (repo / path).unlink()
        write_tree_files(repo, files, sorted(files))
        print(f"golden: wrote {len(files)} files of Django {version} in {GOLDEN}.")
        return 0
    sdist = Path(args.sdist) if args.sdist else fetch_sdist(version)
    with Scratch() as scratch:
        extract_sdist(sdist, scratch.dir)
        revs = [scratch.commit("pristine")]
        for name in names:
            text = variant_of(repo, version, name)
            if text is None:
                text = split_patch((repo / "patches" / name).read_text())[1]
            status, _, _ = apply_diff(scratch, text) if text else (EMPTY, 0, 0)
            if status == CONFLICT:
                raise ForkError(
                    f"{name} doesn't apply to Django {version}: make its "
                    f"variant first (rebase {version})."
                )
            revs.append(scratch.commit(name))
            if len(revs) > 1 and any(
                in_paths(p, [GOLDEN]) for p in scratch.touched(revs[-2], revs[-1])
            ):
                break
        k = len(revs) - 2
        name = names[k]
        files = golden_files(sdist, scratch.tree(), python)
        for path in scratch.files():
            if in_paths(path, [GOLDEN]) and path not in files:
                (scratch.dir / path).unlink()
        write_tree_files(scratch.dir, files, sorted(files))
        rev = scratch.commit(f"{name} with the golden files of {version}")
        head = split_patch((repo / "patches" / name).read_text())[0]
        variant = repo / "patches" / version / name
        variant.parent.mkdir(parents=True, exist_ok=True)
        variant.write_text(head + scratch.diff(revs[k], rev))
    print(f"golden: wrote patches/{version}/{name} with Django {version}'s files.")
    return 0


def add_resume(parser, command):
    parser.add_argument(
        "--continue",
        dest="cont",
        action="store_true",
        help=f"take the resolved tree as the stopped patch's and go on ({command})",
    )
    parser.add_argument(
        "--abort", action="store_true", help=f"give up a stopped {command}"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--repo", default=str(REPO), help="the fork's checkout")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="compare pristine + series with the tree")
    check.add_argument("--sdist", help="use this sdist instead of fetching the pin")
    check.add_argument(
        "--each-patch",
        action="store_true",
        help="run the tests on the tree of each patch instead",
    )
    check.add_argument(
        "--apps",
        nargs="+",
        default=list(TEST_APPS),
        help="the test apps of --each-patch (those that exist)",
    )
    check.add_argument("--parallel", type=int, default=2, help="runtests.py's")
    check.add_argument(
        "--from", dest="start", help="test from this patch on (NNNN or its name)"
    )
    check.add_argument("--python", help="run the tests with this interpreter")
    check.add_argument("--tail", type=int, default=40, help="lines of a failure")
    check.add_argument("--keep", action="store_true", help="keep the scratch tree")
    refresh = sub.add_parser("refresh", help="rewrite the patches from the tree")
    refresh.add_argument("--into", help="the patch that takes new changes")
    refresh.add_argument("paths", nargs="*", help="only the changes below these paths")
    refresh.add_argument("--sdist", help="use this sdist instead of fetching the pin")
    rebase = sub.add_parser("rebase", help="rebuild the fork on another release")
    rebase.add_argument("version", nargs="?")
    add_resume(rebase, "rebase")
    rebase.add_argument(
        "--work", help=f"where a stopped rebase keeps its tree (<repo>/{WORK_DIR})"
    )
    rebase.add_argument("--sdist", help="the new release's sdist, not fetched")
    rebase.add_argument("--base-sdist", help="the pinned release's sdist")
    rebase.add_argument("--output", help="write the rebased tree here, not in place")
    rebase.add_argument("--dry-run", action="store_true", help="only report")
    rebase.add_argument("--keep", action="store_true", help="keep the scratch repo")
    carry = sub.add_parser(
        "carry", help="carry changes of the series into a release's variants"
    )
    carry.add_argument(
        "version", nargs="?", help="the release whose variants to update"
    )
    add_resume(carry, "carry")
    carry.add_argument(
        "--from",
        dest="start",
        default="HEAD",
        help="the git revision whose series the variants fit (HEAD)",
    )
    carry.add_argument("--sdist", help="the pinned release's sdist, not fetched")
    carry.add_argument("--release-sdist", help="VERSION's sdist, not fetched")
    carry.add_argument("--keep", action="store_true", help="keep the scratch repo")
    golden = sub.add_parser(
        "golden", help="write a release's golden files from its pristine output"
    )
    golden.add_argument("version", nargs="?", help="the release (the pinned one)")
    golden.add_argument("--sdist", help="the release's sdist, not fetched")
    golden.add_argument("--python", help="run the release's tests with this")
    args = parser.parse_args(argv)
    commands = {
        "check": cmd_check,
        "refresh": cmd_refresh,
        "rebase": cmd_rebase,
        "golden": cmd_golden,
        "carry": cmd_carry,
    }
    try:
        return commands[args.command](args)
    except ForkError as e:
        print(f"{args.command}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
