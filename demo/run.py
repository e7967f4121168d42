#!/usr/bin/env python
"""
Demonstrate the serialization fork on SQLite: python demo/run.py

Builds demo/demo.sqlite3 with the proposal's polls, prints each new
option's output in JSON and XML, then dumps with the new dumpdata flags
and loads the dump into a fresh database.
"""

import datetime
import json
import os
import sys
import tempfile
from io import StringIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.configure(
    DATABASES={
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(HERE / "demo.sqlite3"),
        }
    },
    INSTALLED_APPS=["polls"],
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=False,
)
django.setup()

from polls.models import Author, Book, Choice, FeaturedPoll, Poll, Tag  # noqa: E402

from django.core import management, serializers  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402, F401 (the shown calls use it)


def title(text):
    print(f"\n{'=' * 72}\n{text}\n{'=' * 72}")


def show(description, code, **names):
    """Print code, a serialize() call that runs as it's printed, and its output."""
    print(f"\n--- {description}:\n>>> {code}")
    data = eval(code, globals(), names)
    if code.startswith('serializers.serialize("json"'):
        data = json.dumps(json.loads(data), indent=2)
    elif code.startswith('serializers.serialize("xml"'):
        from xml.dom import minidom

        data = minidom.parseString(data).toprettyxml(indent="  ").split("\n", 1)[1]
    print(data.rstrip())


class count_queries:
    """A database execute wrapper that counts queries."""

    queries = 0

    def __call__(self, execute, sql, params, many, context):
        self.queries += 1
        return execute(sql, params, many, context)


def build():
    connection.close()
    (HERE / "demo.sqlite3").unlink(missing_ok=True)
    management.call_command("migrate", run_syncdb=True, verbosity=0)
    ann = Author.objects.create(name="Ann")
    news, tech = Tag.objects.create(name="news"), Tag.objects.create(name="tech")
    when = datetime.datetime(2009, 4, 1, 12, 30)
    poll = Poll.objects.create(
        question="What's up?", pub_date=when, creator=ann, valid_for=30
    )
    poll.tags.set([news, tech])
    Choice.objects.create(poll=poll, choice="Not much", votes=3)
    Choice.objects.create(poll=poll, choice="The sky", votes=5)
    featured = FeaturedPoll.objects.create(
        question="Tabs or spaces?",
        pub_date=when,
        creator=ann,
        valid_for=7,
        headline="The eternal war",
    )
    featured.tags.set([tech])
    Book.objects.create(isbn="9780131103627", title="The C Programming Language")


def main():
    build()
    version = connection.Database.sqlite_version
    print(f"Django {django.get_version()} serialization fork, SQLite {version}")
    for format in ["json", "xml"]:
        call = f'serializers.serialize("{format}", '
        title(f"{format.upper()}: pk_name (ticket #10295)")
        show("a named primary key", call + "Book.objects.all(), pk_name=True)")
        title(f"{format.upper()}: inherited fields of multi-table parents")
        show("upstream: the child's own fields", call + "FeaturedPoll.objects.all())")
        show(
            "the parents' fields too",
            call + "FeaturedPoll.objects.all(), inherited=True, pk_name=True)",
        )
        title(f"{format.upper()}: extras (ticket #5711)")
        show(
            "a property, an annotation and a callable",
            call
            + "Poll.objects.filter(featuredpoll=None)"
            + '.annotate(n_choices=Count("choices")), '
            'extras=["till_date", "n_choices", '
            '("votes", lambda poll: [c.votes for c in poll.choices.all()])])',
        )
        title(f"{format.upper()}: related objects (ticket #4656)")
        show(
            "a poll with its creator, tags and choices",
            call + "Poll.objects.filter(featuredpoll=None), "
            'relations=["creator", "tags", "choices"])',
        )

    from polls import serializers as custom

    for format in ["json", "xml"]:
        call = f'serializers.serialize("{format}", '
        title(f"{format.upper()}: custom serializers (the proposal's examples 1-3)")
        print(
            ">>> from polls import serializers as custom  # demo/polls/serializers.py"
        )
        show(
            "1: tuples",
            call + "Poll.objects.filter(featuredpoll=None), "
            "custom_serializer=custom.PollSerializer)",
            custom=custom,
        )
        show(
            "2: descriptions, nesting, related objects",
            call + "Poll.objects.filter(featuredpoll=None), "
            "custom_serializer=custom.PollDescriptionSerializer, "
            'related_custom_serializers={"polls.Choice": custom.ChoiceSerializer})',
            custom=custom,
        )
        show(
            "3: a mapping",
            call + "Poll.objects.all(), custom_serializer=custom.PollByIdSerializer)",
            custom=custom,
        )

    title(
        "select_related: one FeaturedPoll and all it depends on, into a fresh database"
    )
    counter = count_queries()
    with connection.execute_wrapper(counter):
        data = serializers.serialize(
            "json", FeaturedPoll.objects.all(), select_related=True, indent=2
        )
    print(data)
    print(f"({counter.queries} queries)")
    with tempfile.TemporaryDirectory() as directory:
        fixture = os.path.join(directory, "featured.json")
        Path(fixture).write_text(data)
        management.call_command("flush", interactive=False, verbosity=0)
        print(
            f"Flushed: {Poll.objects.count()} polls, {Author.objects.count()} authors."
        )
        management.call_command("loaddata", fixture, verbosity=1)
    featured = FeaturedPoll.objects.get()
    print(
        f"Loaded: {featured.question!r} by {featured.creator.name}, tags "
        f"{[t.name for t in featured.tags.all()]}"
    )
    build()

    title(
        "dumpdata --pk-name --inherited --extras polls.FeaturedPoll.till_date, "
        "then loaddata"
    )
    out = StringIO()
    management.call_command(
        "dumpdata",
        "polls.author",
        "polls.tag",
        "polls.featuredpoll",
        pk_name=True,
        inherited=True,
        extras=["polls.FeaturedPoll.till_date"],
        indent=2,
        stdout=out,
    )
    print(out.getvalue())
    with tempfile.TemporaryDirectory() as directory:
        fixture = os.path.join(directory, "featured.json")
        Path(fixture).write_text(out.getvalue())
        Poll.objects.all().delete()
        Author.objects.all().delete()
        Tag.objects.all().delete()
        print(f"Emptied the database: {Poll.objects.count()} polls.")
        management.call_command("loaddata", fixture, verbosity=1)
    featured = FeaturedPoll.objects.get()
    print(
        f"Loaded back: FeaturedPoll {featured.pk} {featured.question!r} "
        f"({featured.headline!r}), parent Poll row: "
        f"{Poll.objects.filter(pk=featured.pk).exists()}, "
        f"tags {[t.name for t in featured.tags.all()]}"
    )


if __name__ == "__main__":
    main()
