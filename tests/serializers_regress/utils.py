import datetime
import json
from io import StringIO

import django
from django.core import management, serializers
from django.core.serializers.base import SerializationError

from .models import Author, Choice, FeaturedPoll, Poll, SponsoredPoll, Tag

# How the json format's output ends: Django 6.0+ writes a newline even
# without indent.
JSON_END = "\n" if django.VERSION >= (6, 0) else ""


def assert_raises_before_output(test, msg, format, objects, **options):
    """serialize() raises SerializationError with msg and writes nothing."""
    stream = StringIO()
    with test.assertRaisesMessage(SerializationError, msg):
        serializers.serialize(format, objects, stream=stream, **options)
    test.assertEqual(stream.getvalue(), "")


def dumpdata(*args, **options):
    """The output of the dumpdata command."""
    out = StringIO()
    management.call_command("dumpdata", *args, stdout=out, **options)
    return out.getvalue()


def make_polls():
    """A small polls database: a plain, a featured and a sponsored poll."""
    ann = Author.objects.create(name="Ann")
    news, tech = Tag.objects.create(name="news"), Tag.objects.create(name="tech")
    when = datetime.datetime(2009, 4, 1, 12, 30)
    plain = Poll.objects.create(
        question="What's up?", pub_date=when, creator=ann, valid_for=30
    )
    plain.tags.set([news])
    Choice.objects.create(poll=plain, choice="Yes", votes=3)
    featured = FeaturedPoll.objects.create(
        question="Tabs?", pub_date=when, creator=ann, valid_for=7, headline="War"
    )
    featured.tags.set([news, tech])
    sponsored = SponsoredPoll.objects.create(
        question="Vim?",
        pub_date=when,
        creator=ann,
        valid_for=1,
        headline="Editors",
        sponsor="ACME",
    )
    sponsored.tags.set([tech])
    return {
        "author": ann,
        "tags": [news, tech],
        "plain": plain,
        "featured": featured,
        "sponsored": sponsored,
    }


def python_objects(format, data):
    """The objects of serialized data as Python dicts (not for xml)."""
    if format == "python":
        return data
    if format == "json":
        return json.loads(data)
    if format == "jsonl":
        return [json.loads(line) for line in data.splitlines()]
    import yaml

    return yaml.safe_load(data)


def make_fixed_data():
    """Objects of every test model with fixed keys, for byte comparisons."""
    from decimal import Decimal
    from uuid import UUID

    from .models import Book, Gadget, Gauge, RecentPoll, Seat

    ann = Author.objects.create(pk=1, name='Ann \u00e9 <&> "quoted"')
    news = Tag.objects.create(pk=1, name="news")
    tech = Tag.objects.create(pk=2, name="tech")
    when = datetime.datetime(2009, 4, 1, 12, 30, 15, 123456)
    plain = Poll.objects.create(
        pk=1, question="What's up?", pub_date=when, creator=ann, valid_for=30
    )
    plain.tags.set([news, tech])
    Choice.objects.create(pk=1, poll=plain, choice="Yes", votes=3)
    Choice.objects.create(pk=2, poll=plain, choice="", votes=-1)
    featured = FeaturedPoll.objects.create(
        pk=2, question="Tabs?", pub_date=when, creator=ann, valid_for=7, headline="W"
    )
    featured.tags.set([tech])
    SponsoredPoll.objects.create(
        pk=3,
        question="Vim?",
        pub_date=when,
        creator=ann,
        valid_for=1,
        headline="E",
        sponsor="ACME",
    )
    Book.objects.create(isbn="9780131103627", title="K&R \u2603")
    Gadget.objects.create(
        id=UUID("12345678-1234-5678-1234-567812345678"), name="sprocket"
    )
    Seat.objects.create(row="B", number=7, price=Decimal("12.50"))
    Gauge.objects.create(pk=1, level=4)
    return [
        *Author.objects.order_by("pk"),
        *Tag.objects.order_by("pk"),
        *Poll.objects.order_by("pk"),
        *RecentPoll.objects.order_by("pk"),
        *Choice.objects.order_by("pk"),
        *FeaturedPoll.objects.order_by("pk"),
        *SponsoredPoll.objects.order_by("pk"),
        *Book.objects.order_by("pk"),
        *Gadget.objects.order_by("pk"),
        *Seat.objects.order_by("pk"),
        *Gauge.objects.order_by("pk"),
    ]
