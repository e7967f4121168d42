import datetime
import json

from .models import Author, Choice, FeaturedPoll, Poll, SponsoredPoll, Tag


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
