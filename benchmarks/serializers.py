#!/usr/bin/env python
"""
Benchmark the fork's serializers against upstream's, side by side.

    python benchmarks/serializers.py                 # 2,000 polls, SQLite
    python benchmarks/serializers.py --polls 20000 --database postgres

Each scenario runs on the polls schema of the 2009 proposal (each poll
with a creator, 2 tags and 4 choices; one in ten featured) in this
process with the fork, then in a child process with the pristine upstream
release (patches/UPSTREAM), and prints microseconds per object, queries,
peak Python memory, output bytes, and the ratios to upstream and to a
values()-based lower bound measured in the same run. Scenarios that use
the fork's options have no upstream figure. PostgreSQL is reached through
PGHOST, PGPORT, PGUSER and PGPASSWORD. Optional: orjson and Django REST
framework (pip install -r benchmarks/requirements.txt) add their rows.
"""

import argparse
import datetime
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(database, name):
    sys.path[:0] = [str(ROOT / "demo")]
    import django
    from django.conf import settings

    if database == "postgres":
        db = {
            "ENGINE": "django.db.backends.postgresql",
            "HOST": os.environ.get("PGHOST", "localhost"),
            "PORT": os.environ.get("PGPORT", "5432"),
            "USER": os.environ.get("PGUSER", "postgres"),
            "PASSWORD": os.environ.get("PGPASSWORD", ""),
            "NAME": name,
        }
    else:
        db = {"ENGINE": "django.db.backends.sqlite3", "NAME": name}
    settings.configure(
        DATABASES={"default": db},
        INSTALLED_APPS=["polls"],
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        USE_TZ=False,
    )
    django.setup()


def build(polls):
    """The polls schema with `polls` polls; returns the number of objects."""
    from polls.models import Author, Choice, FeaturedPoll, Poll, Tag

    from django.core import management

    management.call_command("migrate", run_syncdb=True, verbosity=0)
    authors = Author.objects.bulk_create(
        Author(name=f"Author {n}") for n in range(max(polls // 10, 1))
    )
    tags = Tag.objects.bulk_create(Tag(name=f"tag {n}") for n in range(10))
    when = datetime.datetime(2009, 4, 1, 12, 30)
    plain = Poll.objects.bulk_create(
        Poll(
            question=f"Question {n}?",
            pub_date=when,
            creator=authors[n % len(authors)],
            valid_for=n % 60,
        )
        for n in range(polls - polls // 10)
    )
    featured = []
    for n in range(polls // 10):
        featured.append(
            FeaturedPoll.objects.create(
                question=f"Featured {n}?",
                pub_date=when,
                creator=authors[n % len(authors)],
                valid_for=7,
                headline=f"Headline {n}",
            )
        )
    all_polls = plain + featured
    Through = Poll.tags.through
    Through.objects.bulk_create(
        Through(poll_id=poll.pk, tag_id=tags[(i + k) % 10].pk)
        for i, poll in enumerate(all_polls)
        for k in range(2)
    )
    Choice.objects.bulk_create(
        Choice(poll=poll, choice=f"Choice {k}", votes=k)
        for poll in all_polls
        for k in range(4)
    )


def scenarios(fork):
    """(name, number of objects, function writing to a stream) triples."""
    from polls.models import Choice, FeaturedPoll, Poll

    from django.core import serializers
    from django.core.serializers.json import DjangoJSONEncoder

    polls = Poll.objects.count()
    featured = FeaturedPoll.objects.count()
    choices = Choice.objects.count()

    def serialize(format, queryset, **options):
        # A fresh queryset each run: a cached one would save upstream's
        # runs after the first their instances.
        return lambda stream: serializers.serialize(
            format, queryset.all(), stream=stream, **options
        )

    def as_string(format, queryset, **options):
        # serialize() returning a string, as views and libraries call it.
        return lambda stream: stream.write(
            serializers.serialize(format, queryset.all(), **options)
        )

    rows = []
    for format in ["json", "jsonl", "xml", "yaml"]:
        rows.append((f"{format} flat", polls, serialize(format, Poll.objects.all())))
        rows.append(
            (f"{format} flat str", polls, as_string(format, Poll.objects.all()))
        )
    rows.append(
        (
            "python flat",
            polls,
            lambda stream: stream.write(
                str(len(serializers.serialize("python", Poll.objects.all())))
            ),
        )
    )
    rows += [
        (
            "json prefetch tags",
            polls,
            serialize("json", Poll.objects.prefetch_related("tags")),
        ),
        ("json no m2m (choices)", choices, serialize("json", Choice.objects.all())),
        (
            "json fields=",
            polls,
            serialize("json", Poll.objects.all(), fields=["question", "creator"]),
        ),
        (
            "values() + json",
            polls,
            lambda stream: json.dump(
                list(Poll.objects.values()), stream, cls=DjangoJSONEncoder
            ),
        ),
    ]

    def values_with_tags():
        # What json flat writes, as values(): each poll with its tags' keys.
        tags = {}
        for poll, tag in Poll.tags.through.objects.values_list("poll", "tag"):
            tags.setdefault(poll, []).append(tag)
        values = list(Poll.objects.values())
        for poll in values:
            poll["tags"] = tags.get(poll["id"], [])
        return values

    rows.append(
        (
            "values() + tags + json",
            polls,
            lambda stream: json.dump(values_with_tags(), stream, cls=DjangoJSONEncoder),
        )
    )
    try:
        import orjson
    except ImportError:
        pass
    else:
        rows += [
            (
                "values() + orjson",
                polls,
                lambda stream: stream.write(
                    orjson.dumps(list(Poll.objects.values())).decode()
                ),
            ),
            (
                "values() + tags + orjson",
                polls,
                lambda stream: stream.write(orjson.dumps(values_with_tags()).decode()),
            ),
        ]
    if not fork:
        return rows
    from polls.serializers import PollDescriptionSerializer

    rows += [
        (
            "json inherited",
            featured,
            serialize("json", FeaturedPoll.objects.all(), inherited=True),
        ),
        (
            "json extras",
            polls,
            serialize("json", Poll.objects.all(), extras=["till_date"]),
        ),
        (
            "json relations FK",
            choices,
            serialize("json", Choice.objects.all(), relations=["poll"]),
        ),
        (
            "json select_related",
            choices,
            serialize("json", Choice.objects.all(), select_related=True),
        ),
        (
            "json custom format",
            polls,
            serialize(
                "json", Poll.objects.all(), custom_serializer=PollDescriptionSerializer
            ),
        ),
    ]
    nested = {"relations": ["creator", "tags", "choices"]}
    for name, options in [
        ("json relations nested", nested),
        ("json nested + extra", {**nested, "extras": ["till_date"]}),
    ]:
        rows.append((name, polls, serialize("json", Poll.objects.all(), **options)))
        rows.append(
            (f"{name} str", polls, as_string("json", Poll.objects.all(), **options))
        )
    drf = drf_nested()
    if drf:
        rows.append(("DRF nested (planned)", polls, drf))
    return rows


def drf_nested():
    """Django REST framework's nested serializers, prefetches planned by hand."""
    try:
        from rest_framework import serializers as drf
        from rest_framework.renderers import JSONRenderer
    except ImportError:
        return None
    from polls.models import Author, Choice, Poll, Tag

    class AuthorS(drf.ModelSerializer):
        class Meta:
            model = Author
            fields = ["id", "name"]

    class TagS(drf.ModelSerializer):
        class Meta:
            model = Tag
            fields = ["id", "name"]

    class ChoiceS(drf.ModelSerializer):
        class Meta:
            model = Choice
            fields = ["id", "choice", "votes"]

    class PollS(drf.ModelSerializer):
        creator = AuthorS()
        tags = TagS(many=True)
        choices = ChoiceS(many=True)

        class Meta:
            model = Poll
            fields = [
                "id",
                "question",
                "pub_date",
                "valid_for",
                "creator",
                "tags",
                "choices",
            ]

    def run(stream):
        queryset = Poll.objects.select_related("creator").prefetch_related(
            "tags", "choices"
        )
        stream.write(JSONRenderer().render(PollS(queryset, many=True).data).decode())

    return run


class CountingStream(io.TextIOBase):
    """A text stream that keeps only the number of UTF-8 bytes written."""

    def __init__(self):
        self.bytes = 0

    def writable(self):
        return True

    def write(self, text):
        self.bytes += len(text.encode())
        return len(text)


def measure(rows, repeat):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    results = {}
    for name, count, function in rows:
        best = None
        for _ in range(repeat):
            stream = io.StringIO()
            start = time.perf_counter()
            function(stream)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        with CaptureQueriesContext(connection) as captured:
            function(io.StringIO())
        queries = len(captured)
        # The output itself isn't the serializer's memory: it's counted and
        # dropped.
        stream = CountingStream()
        tracemalloc.start()
        function(stream)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        output = stream.bytes
        reset_queries()
        results[name] = {
            "us": best / max(count, 1) * 1e6,
            "queries": queries,
            "peak": peak,
            "bytes": output,
            "objects": count,
        }
    return results


def measure_loaddata(repeat):
    """
    loaddata of a JSON fixture of every choice and poll, into empty tables
    (as a test's fixtures are) and over the rows it holds.
    """
    from polls.models import Choice, Poll

    from django.core import management, serializers

    data = serializers.serialize("json", [*Poll.objects.all(), *Choice.objects.all()])
    count = Poll.objects.count() + Choice.objects.count()

    def empty():
        Choice.objects.all().delete()
        Poll.objects.all().delete()

    results = {}
    with tempfile.TemporaryDirectory() as directory:
        fixture = os.path.join(directory, "fixture.json")
        Path(fixture).write_text(data)
        for name, before in [
            ("loaddata json, empty tables", empty),
            ("loaddata json, rows exist", lambda: None),
        ]:
            best = None
            for _ in range(repeat):
                before()
                start = time.perf_counter()
                management.call_command("loaddata", fixture, verbosity=0)
                elapsed = time.perf_counter() - start
                best = elapsed if best is None else min(best, elapsed)
            before()
            tracemalloc.start()
            management.call_command("loaddata", fixture, verbosity=0)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            results[name] = {
                "us": best / count * 1e6,
                "queries": None,
                "peak": peak,
                "bytes": len(data.encode()),
                "objects": count,
            }
    return results


def run_side(args, fork):
    name = args.database_name
    if args.database == "sqlite":
        name = str(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    if fork:
        # This tree's Django, installed or not.
        sys.path.insert(0, str(ROOT))
    setup_django(args.database, name)
    if args.database == "postgres":
        from django.db import connection

        connection.creation.create_test_db(verbosity=0, autoclobber=True)
    build(args.polls)
    rows = [row for row in scenarios(fork) if wanted(args, row[0])]
    results = measure(rows, args.repeat)
    if wanted(args, "loaddata json"):
        results.update(measure_loaddata(args.repeat))
    return results


def wanted(args, name):
    """Whether --only selects the scenario (the values() bounds always run)."""
    return (
        not args.only
        or name.startswith("values() + ")
        or any(part in name for part in args.only.split(","))
    )


def pristine_tree():
    """Extract the pinned upstream sdist (fetched with pip) once."""
    sys.path.insert(0, str(ROOT / "patches"))
    import fork

    sdist, version, _ = fork.pristine_sdist(ROOT)
    target = fork.CACHE / f"pristine-{version}"
    if not (target / "django" / "__init__.py").exists():
        fork.extract_sdist(sdist, target)
    return target, version


def main():
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--polls", type=int, default=2000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--database-name", default="serialization_benchmark")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--only",
        metavar="NAMES",
        help="comma-separated parts of the scenario names to run, e.g. 'flat,nested'",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        json.dump(run_side(args, fork=False), sys.stdout)
        return
    tree, version = pristine_tree()
    child = subprocess.run(
        [sys.executable, __file__, "--child", *sys.argv[1:]],
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
    )
    if child.returncode:
        sys.exit(f"The upstream run failed:\n{child.stderr}")
    upstream = json.loads(child.stdout)
    fork_results = run_side(args, fork=True)
    import django

    floor = fork_results["values() + json"]["us"]
    print(
        f"{args.polls} polls on {args.database}, Python {sys.version.split()[0]}, "
        f"fork {django.get_version()} vs upstream {version}, "
        f"{time.strftime('%Y-%m-%d')}, best of {args.repeat}\n"
    )
    header = (
        f"{'scenario':<26}{'us/obj':>9}{'queries':>9}{'peak KB':>9}{'bytes':>11}"
        f"{'upstream':>10}{'up KB':>9}{'vs up':>7}{'vs values':>10}"
    )
    print(header)
    print("-" * len(header))
    for name, result in fork_results.items():
        up = upstream.get(name)
        up_us = f"{up['us']:.1f}" if up else "n/a"
        up_peak = "" if not up or up["peak"] is None else up["peak"] // 1024
        ratio = f"{result['us'] / up['us']:.2f}" if up else ""
        queries = "" if result["queries"] is None else result["queries"]
        peak = "" if result["peak"] is None else result["peak"] // 1024
        print(
            f"{name:<26}{result['us']:>9.1f}{queries:>9}{peak:>9}"
            f"{result['bytes']:>11}{up_us:>10}{up_peak:>9}{ratio:>7}"
            f"{result['us'] / floor:>10.2f}"
        )
    # The flat JSON target: within 3x of values() + orjson.
    for bound in ["values() + orjson", "values() + tags + orjson"]:
        if bound in fork_results and "json flat" in fork_results:
            ratio = fork_results["json flat"]["us"] / fork_results[bound]["us"]
            print(f"json flat / {bound}: {ratio:.2f}")


if __name__ == "__main__":
    main()
