#!/usr/bin/env python3
"""
Keep the serialization fork as a patch series on a pristine Django sdist.

    python patches/fork.py check              # pristine + series == working tree?
    python patches/fork.py check --each-patch # each patch's tree passes the tests?
    python patches/fork.py refresh            # rewrite the patches from the tree
    python patches/fork.py rebase 5.2.20      # rebuild the fork on another release
    python patches/fork.py rebase --continue  # ... once its conflict is resolved

patches/UPSTREAM pins the base release and its sdist's sha256;
patches/series lists the patches in order (quilt's format, -p1). Files the
fork adds outside Django's tree (FORK_PATHS) are never part of a patch.
Stdlib only, plus pip to fetch sdists and git to apply and merge.
"""

import argparse
import hashlib
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
    def __init__(self, keep=False):
        self.dir = Path(tempfile.mkdtemp(prefix="fork-patches-"))
        self.keep = keep
        git("init", "-q", cwd=self.dir)
        git("config", "user.name", "fork", cwd=self.dir)
        git("config", "user.email", "fork@localhost", cwd=self.dir)
        # No background gc: it would pack objects while the tree is read.
        git("config", "gc.auto", "0", cwd=self.dir)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if not self.keep:
            shutil.rmtree(self.dir, ignore_errors=True)

    def commit(self, message):
        git("add", "-A", cwd=self.dir)
        git("commit", "-q", "--allow-empty", "--no-verify", "-m", message, cwd=self.dir)
        return git("rev-parse", "HEAD", cwd=self.dir).stdout.decode().strip()

    def reset_to(self, rev):
        git("read-tree", "-u", "--reset", rev, cwd=self.dir)
        git("clean", "-qfdx", cwd=self.dir)

    def files(self):
        out = git("ls-files", "-z", cwd=self.dir).stdout.decode()
        return [path for path in out.split("\0") if path]

    def diff(self, old, new):
        return git("diff", *DIFF_OPTIONS, old, new, cwd=self.dir).stdout.decode()

    def touched(self, old, new):
        out = git("diff", "--name-only", "-z", "--no-renames", old, new, cwd=self.dir)
        return {path for path in out.stdout.decode().split("\0") if path}


def tree_files(root, use_git=True):
    """{path: (bytes, executable)} of the non-fork files below root."""
    root = Path(root)
    if use_git and (root / ".git").exists():
        out = git("ls-files", "-z", "-co", "--exclude-standard", cwd=root).stdout
        paths = [p for p in out.decode().split("\0") if p]
    else:
        paths = []
        for directory, subdirs, names in os.walk(root):
            subdirs[:] = [name for name in subdirs if name != ".git"]
            base = Path(directory).relative_to(root)
            for name in names:
                full = Path(directory) / name
                if full.is_file() and not full.is_symlink():
                    paths.append((base / name).as_posix())
    files = {}
    for path in paths:
        full = root / path
        if is_fork_path(path) or not full.is_file():
            continue
        files[path] = (full.read_bytes(), bool(full.stat().st_mode & 0o100))
    return files


def build_series(scratch, repo, sdist, names):
    """Commit the pristine tree, then each patch; return their revisions."""
    extract_sdist(sdist, scratch.dir)
    revs = [scratch.commit("pristine")]
    for name in names:
        patch = repo / "patches" / name
        if not patch.exists():
            raise ForkError(f"patches/series names {name}, which does not exist.")
        if split_patch(patch.read_text())[1]:
            result = git(
                "apply",
                "--index",
                "--whitespace=nowarn",
                str(patch),
                cwd=scratch.dir,
                check=False,
            )
            if result.returncode:
                raise ForkError(
                    f"{name} does not apply:\n{result.stderr.decode(errors='replace')}"
                )
        revs.append(scratch.commit(name))
    return revs


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


# Commands.


def cmd_check(args):
    repo = Path(args.repo)
    sdist, version, digest = pristine_sdist(repo, sdist=args.sdist)
    names = read_series(repo)
    with Scratch() as scratch:
        build_series(scratch, repo, sdist, names)
        expected = tree_files(scratch.dir, use_git=False)
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
        final = tree_files(scratch.dir, use_git=False)
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
    return re.findall(r"Hunk #\d+ succeeded at \d+ \(offset -?\d+ lines?\)", output)


def conflict_lines(path):
    try:
        lines = path.read_text(errors="replace").splitlines()
    except FileNotFoundError:
        return []
    return [n for n, line in enumerate(lines, 1) if line.startswith("<<<<<<< ")]


def cmd_rebase(args):
    repo = Path(args.repo)
    names = read_series(repo)
    old_sdist, old_version, _ = pristine_sdist(repo, sdist=args.base_sdist)
    if args.sdist:
        new_sdist, new_digest = Path(args.sdist), sha256_of(args.sdist)
    else:
        new_sdist = fetch_sdist(args.version)
        new_digest = sha256_of(new_sdist)
    print(f"rebase: Django {old_version} -> {args.version} ({len(names)} patches)")
    report, failed = [], False
    with Scratch(keep=args.keep) as scratch:
        old = build_series(scratch, repo, old_sdist, names)
        scratch.reset_to(old[0])
        extract_sdist_into_clean(scratch, new_sdist)
        new = [scratch.commit(f"Django {args.version}")]
        for k, name in enumerate(names):
            patch_text = scratch.diff(old[k], old[k + 1])
            if not patch_text:
                report.append((name, "empty", []))
                new.append(scratch.commit(name))
                continue
            strict = git(
                "apply",
                "--index",
                "-v",
                "--whitespace=nowarn",
                "-",
                cwd=scratch.dir,
                check=False,
                input=patch_text.encode(),
            )
            if strict.returncode == 0:
                offsets = hunk_offsets(strict.stderr.decode())
                status = "applied with offsets" if offsets else "applied cleanly"
                report.append((name, status, offsets))
                new.append(scratch.commit(name))
                continue
            merged = git(
                "apply",
                "--index",
                "--3way",
                "--whitespace=nowarn",
                "-",
                cwd=scratch.dir,
                check=False,
                input=patch_text.encode(),
            )
            if merged.returncode == 0:
                report.append((name, "merged (three-way, with fuzz)", []))
                new.append(scratch.commit(name))
                continue
            failed = True
            where = []
            unmerged = git("diff", "--name-only", "--diff-filter=U", cwd=scratch.dir)
            for path in unmerged.stdout.decode().split():
                lines = conflict_lines(scratch.dir / path)
                where.append(f"{path}" + (f" lines {lines}" if lines else ""))
            if not where:
                # No file to merge: it needs another patch (that conflicted).
                stderr = merged.stderr.decode(errors="replace")
                where = [
                    line for line in stderr.splitlines() if line.startswith("error:")
                ] or [stderr.strip()]
            report.append((name, "CONFLICT", where))
            # Go on without it, so every patch gets a verdict.
            scratch.reset_to(new[-1])
            new.append(new[-1])
        for name, status, details in report:
            print(f"  {name}: {status}")
            for detail in details:
                print(f"      {detail}")
        if failed:
            print(
                "rebase: conflicts; nothing was written. Resolve them in the "
                "patches named above (or see the kept scratch repository "
                f"{scratch.dir if args.keep else 'with --keep'}).",
                file=sys.stderr,
            )
            return 1
        if args.dry_run:
            print("rebase: every patch applies (dry run, nothing written).")
            return 0
        target = Path(args.output) if args.output else repo
        if args.output:
            shutil.copytree(repo, target, dirs_exist_ok=True, ignore=_copy_ignore(repo))
        write_tree(target, tree_files(scratch.dir, use_git=False))
        for k, name in enumerate(names):
            patch = target / "patches" / name
            head = split_patch(patch.read_text())[0]
            patch.write_text(head + scratch.diff(new[k], new[k + 1]))
        write_upstream(target, args.version, new_digest)
    print(f"rebase: the fork now stands on Django {args.version} in {target}.")
    return 0


def extract_sdist_into_clean(scratch, sdist):
    for path in scratch.files():
        (scratch.dir / path).unlink()
    extract_sdist(sdist, scratch.dir)


def _copy_ignore(repo):
    def ignore(directory, names):
        return [n for n in names if n in (".git", "__pycache__")]

    return ignore


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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--repo", default=str(REPO), help="the fork's checkout")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="compare pristine + series with the tree")
    check.add_argument("--sdist", help="use this sdist instead of fetching the pin")
    refresh = sub.add_parser("refresh", help="rewrite the patches from the tree")
    refresh.add_argument("--into", help="the patch that takes new changes")
    refresh.add_argument("paths", nargs="*", help="only the changes below these paths")
    refresh.add_argument("--sdist", help="use this sdist instead of fetching the pin")
    rebase = sub.add_parser("rebase", help="rebuild the fork on another release")
    rebase.add_argument("version")
    rebase.add_argument("--sdist", help="the new release's sdist, not fetched")
    rebase.add_argument("--base-sdist", help="the pinned release's sdist")
    rebase.add_argument("--output", help="write the rebased tree here, not in place")
    rebase.add_argument("--dry-run", action="store_true", help="only report")
    rebase.add_argument("--keep", action="store_true", help="keep the scratch repo")
    args = parser.parse_args(argv)
    try:
        return {"check": cmd_check, "refresh": cmd_refresh, "rebase": cmd_rebase}[
            args.command
        ](args)
    except ForkError as e:
        print(f"{args.command}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
