"""
Property tests: random data, serialized with random combinations of the
fork's options in every format, loads back into an empty database
unchanged, and through loaddata over whatever rows are left. hypothesis
is a test requirement, not a dependency of Django.

HYPOTHESIS_PROFILE=long runs many more examples than CI's fixed-seed run.
"""

import collections
import datetime
import json
import os
import tempfile
import unittest
from decimal import Decimal
from io import StringIO
from unittest import mock

import yaml

from django.core import management, serializers
from django.core.serializers import python, pyyaml, xml_serializer
from django.core.serializers.base import SerializationError
from django.core.serializers.json import ArrayReader, DjangoJSONEncoder, dumps_rows
from django.db import connection, transaction

from .models import Author, Book, Choice, FeaturedPoll, Gadget, Poll, Seat, Tag
from .test_rows import XMLObjects
from .test_streaming import dump_unaliased

try:
    from hypothesis import HealthCheck, example, given, settings
    from hypothesis import strategies as st
    from hypothesis.extra.django import TestCase
except ImportError:  # pragma: no cover
    hypothesis = None
    from django.test import TestCase

    def given(*args, **kwargs):
        return lambda f: f

    example = given

else:
    hypothesis = True
    settings.register_profile(
        "ci",
        max_examples=40,
        derandomize=True,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    settings.register_profile(
        "long",
        max_examples=2000,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FORMATS = ["python", "json", "jsonl", "yaml", "xml"]
INT = (-(2**31), 2**31 - 1)


def text(max_size):
    # Any character a database stores: PostgreSQL refuses NUL in text.
    return st.text(
        st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
        max_size=max_size,
    )


if hypothesis:
    datetimes = st.datetimes(
        min_value=datetime.datetime(1900, 1, 1), max_value=datetime.datetime(2200, 1, 1)
    )
    world = st.fixed_dictionaries(
        {
            "authors": st.lists(text(100), min_size=1, max_size=3),
            "tags": st.lists(text(50), max_size=3),
            "polls": st.lists(
                st.fixed_dictionaries(
                    {
                        "question": text(200),
                        "pub_date": datetimes,
                        "valid_for": st.integers(*INT),
                        "creator": st.integers(0, 2),
                        "tags": st.lists(st.integers(0, 2), max_size=3, unique=True),
                        "choices": st.lists(
                            st.tuples(text(200), st.integers(*INT)), max_size=2
                        ),
                        "headline": st.none() | text(100),
                    }
                ),
                max_size=3,
            ),
            "books": st.lists(st.tuples(text(13).filter(bool), text(100)), max_size=2),
            "gadgets": st.lists(st.tuples(st.uuids(), text(50)), max_size=2),
            "seats": st.lists(
                st.tuples(
                    text(2),
                    st.integers(*INT),
                    st.decimals(
                        min_value=-9999, max_value=9999, places=2, allow_nan=False
                    ),
                ),
                max_size=2,
            ),
        }
    )
    options = st.fixed_dictionaries(
        {
            "format": st.sampled_from(FORMATS),
            "pk_name": st.booleans(),
            "inherited": st.booleans(),
            "relations": st.lists(
                st.sampled_from(["creator", "tags", "choices"]), unique=True
            ),
            "extras": st.lists(st.sampled_from(["till_date", "pk"]), unique=True),
            "select_related": st.booleans(),
            # An iterator written to a stream: YAML is dumped in parts.
            "stream": st.booleans(),
        }
    )
    # Values for YAML, without "*", which starts an alias.
    yaml_text = st.text(
        st.characters(blacklist_characters="*", blacklist_categories=("Cs",)),
        max_size=20,
    )
    yaml_values = st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats()
        | st.decimals()
        | st.dates()
        | datetimes
        | st.binary(max_size=10)
        | st.sets(yaml_text | st.integers(), max_size=3)
        | yaml_text,
        lambda values: st.lists(values, max_size=4)
        | st.dictionaries(yaml_text | st.integers(), values, max_size=4)
        # Django 6.0+'s DjangoSafeDumper doesn't represent OrderedDicts.
        | (
            st.dictionaries(yaml_text, values, max_size=3).map(collections.OrderedDict)
            if collections.OrderedDict in pyyaml.DjangoSafeDumper.yaml_representers
            else st.nothing()
        ),
        max_leaves=20,
    )
    yaml_options = st.fixed_dictionaries(
        {},
        optional={
            "default_flow_style": st.sampled_from([False, None, True]),
            "default_style": st.sampled_from([None, '"', "'"]),
            "width": st.integers(10, 100),
            "indent": st.integers(2, 9),
            "allow_unicode": st.booleans(),
            "explicit_start": st.booleans(),
            "sort_keys": st.booleans(),
        },
    )
    # Columns of values of a kind, as fields give them, or of any of them.
    utc = datetime.timezone.utc
    json_kinds = [
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.decimals(),
        st.text(max_size=10),
        st.dates(),
        st.times(),
        datetimes,
        datetimes.map(lambda moment: moment.replace(microsecond=0)),
        datetimes.map(lambda moment: moment.replace(tzinfo=utc)),
        datetimes.map(lambda moment: moment.replace(microsecond=0, tzinfo=utc)),
        st.datetimes(timezones=st.timezones()),
        st.timedeltas(),
        st.uuids(),
        st.lists(st.integers(), max_size=3),
        st.lists(st.booleans(), max_size=3),
        st.lists(st.booleans() | st.integers() | st.text(max_size=3), max_size=3),
    ]
    json_columns = st.lists(
        st.one_of(
            *[
                st.lists(kind, min_size=1, max_size=4)
                | st.lists(st.none() | kind, min_size=1, max_size=4)
                for kind in json_kinds
            ],
            st.lists(st.one_of(*json_kinds), min_size=1, max_size=4),
        ),
        max_size=4,
    )
    json_options = st.fixed_dictionaries(
        {"cls": st.just(DjangoJSONEncoder)},
        optional={
            "ensure_ascii": st.booleans(),
            "separators": st.sampled_from([(", ", ": "), (",", ": "), (",", ":")]),
        },
    )
else:  # pragma: no cover
    world = options = yaml_values = yaml_options = None
    json_columns = json_options = None


def build(world):
    authors = [Author.objects.create(name=name) for name in world["authors"]]
    tags = [Tag.objects.create(name=name) for name in world["tags"]]
    for poll in world["polls"]:
        fields = {
            "question": poll["question"],
            "pub_date": poll["pub_date"],
            "valid_for": poll["valid_for"],
            "creator": authors[poll["creator"] % len(authors)],
        }
        if poll["headline"] is None:
            obj = Poll.objects.create(**fields)
        else:
            obj = FeaturedPoll.objects.create(headline=poll["headline"], **fields)
        obj.tags.set([tags[i] for i in poll["tags"] if i < len(tags)])
        for choice, votes in poll["choices"]:
            Choice.objects.create(poll=obj, choice=choice, votes=votes)
    Book.objects.bulk_create(
        [Book(isbn=isbn, title=title) for isbn, title in dict(world["books"]).items()]
    )
    for uuid, name in dict(world["gadgets"]).items():
        Gadget.objects.create(id=uuid, name=name)
    seats = {(row, number): price for row, number, price in world["seats"]}
    for (row, number), price in seats.items():
        Seat.objects.create(row=row, number=number, price=price)


MODELS = [Author, Tag, Book, Gadget, Seat, Poll, FeaturedPoll, Choice]


def state(format):
    """Every row of every model, and the polls' tags."""
    rows = {}
    for model in MODELS:
        values = list(model._base_manager.order_by("pk").values())
        for row in values:
            for key, value in row.items():
                if isinstance(value, datetime.datetime) and format in ("json", "jsonl"):
                    # JSON writes milliseconds (upstream's behavior, #10201).
                    row[key] = value.replace(
                        microsecond=value.microsecond // 1000 * 1000
                    )
                elif isinstance(value, str) and format == "xml":
                    # XML parsers turn CR into LF, and upstream's XML
                    # deserializer strips the ends of values: upstream's XML
                    # format can't hold those (see the docs).
                    value = value.replace("\r\n", "\n").replace("\r", "\n")
                    row[key] = value.strip()
                elif isinstance(value, Decimal):
                    row[key] = value.normalize()
        rows[model._meta.label] = values
    rows["tags"] = sorted(Poll.tags.through.objects.values_list("poll_id", "tag_id"))
    return rows


def objects(inherited):
    """Every object, in an order that loads."""
    top = [*Author.objects.all(), *Tag.objects.all(), *Book.objects.all()]
    top += [*Gadget.objects.all(), *Seat.objects.all()]
    if inherited:
        # Children carry their parents' rows.
        top += list(Poll.objects.filter(featuredpoll=None))
    else:
        top += list(Poll.objects.all())
    return [*top, *FeaturedPoll.objects.all(), *Choice.objects.all()]


def build_and_serialize(test, world, options):
    """
    Build world and return its rows (see state()) and every object
    serialized with options, or None when the data is what the format can't
    hold.
    """
    build(world)
    options = dict(options)
    format = options.pop("format")
    before = state(format)
    relations = options.pop("relations")
    extras = options.pop("extras")
    stream = StringIO() if options.pop("stream") and format != "python" else None
    every = objects(options["inherited"])
    try:
        with mock.patch.object(pyyaml.Serializer, "part_size", 2):
            data = serializers.serialize(
                format,
                every if stream is None else iter(every),
                stream=stream,
                relations={
                    Poll: relations,
                    # A parent's relations need its fields (tested elsewhere).
                    FeaturedPoll: relations if options["inherited"] else [],
                },
                extras={Poll: extras, Choice: [e for e in extras if e == "pk"]},
                **options,
            )
    except (SerializationError, ValueError) as e:
        if "till_date" in extras and "raised OverflowError" in str(e):
            # A poll valid for so many days that its end isn't a date.
            test.assertIn("the extra 'till_date' raised OverflowError", str(e))
            return None
        # XML can't hold some control characters; nothing else fails.
        test.assertEqual(format, "xml", e)
        test.assertIn("unserializable characters", str(e))
        return None
    return before, data if stream is None else stream.getvalue()


@unittest.skipUnless(hypothesis, "hypothesis isn't installed")
class RoundTripPropertyTests(TestCase):
    @given(world=world, options=options)
    def test_everything_loads_back(self, world, options):
        serialized = build_and_serialize(self, world, options)
        if serialized is None:
            return
        format = options["format"]
        before, data = serialized
        for model in reversed(MODELS):
            model._base_manager.all().delete()
        source, block_size = data, ArrayReader.block_size
        if format == "json" and len(data) % 2:
            # Half the time, from a stream read in blocks of 16 characters.
            source, block_size = StringIO(data), 16
        with mock.patch.object(ArrayReader, "block_size", block_size):
            with transaction.atomic():
                for obj in serializers.deserialize(format, source):
                    obj.save()
                connection.check_constraints()
        self.assertEqual(state(format), before)

    @given(
        world=world,
        options=options.filter(lambda options: options["format"] != "python"),
        deleted=st.lists(st.tuples(st.sampled_from(MODELS), st.booleans())),
    )
    def test_loaddata_loads_back(self, world, options, deleted):
        """
        loaddata, which saves new objects in batches, gives back every row,
        whichever rows are still there.
        """
        serialized = build_and_serialize(self, world, options)
        if serialized is None:
            return
        format = options["format"]
        before, data = serialized
        for model, every in deleted:
            # Every row of model, or every other one.
            for obj in list(model._base_manager.order_by("pk"))[:: 1 if every else 2]:
                obj.delete()
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, f"fixture.{format}")
            with open(path, "w", encoding="utf-8") as fixture:
                fixture.write(data)
            management.call_command("loaddata", path, verbosity=0)
        self.assertEqual(state(format), before)


@unittest.skipUnless(hypothesis, "hypothesis isn't installed")
class XMLRowsPropertyTests(TestCase):
    @given(
        polls=st.lists(
            st.tuples(
                # Any text PostgreSQL holds, markup's characters often: XML
                # escapes some and refuses control characters.
                st.text(
                    st.sampled_from(list("<>&\"' \t\n\r\x01\x7f\x85\u2028é"))
                    | st.characters(
                        blacklist_characters="\x00", blacklist_categories=("Cs",)
                    ),
                    max_size=30,
                ),
                st.integers(-(2**31), 2**31 - 1),
                st.integers(0, 2),
            ),
            min_size=1,
            max_size=4,
        ),
        options=st.fixed_dictionaries(
            {},
            optional={
                "indent": st.sampled_from([None, 0, 2]),
                "pk_name": st.booleans(),
                "fields": st.sampled_from([["question"], ["tags", "creator"]]),
                "relations": st.sampled_from(
                    [["creator"], ["tags", "choices"], {"creator": {"pk_name": True}}]
                ),
            },
        ),
    )
    def test_rows_written_as_the_hooks_write_them(self, polls, options):
        creator = Author.objects.create(name="Ann")
        tags = [Tag.objects.create(name=name) for name in ["a", "b"]]
        for question, valid_for, tag_count in polls:
            poll = Poll.objects.create(
                question=question,
                pub_date=datetime.datetime(2009, 4, 1, 12, 30, 15, 123456),
                creator=creator,
                valid_for=valid_for,
            )
            poll.tags.set(tags[:tag_count])
            Choice.objects.create(poll=poll, choice=question, votes=valid_for)
        outputs = []
        for serializer_class in [xml_serializer.Serializer, XMLObjects]:
            serializer = serializer_class()
            try:
                outputs.append(
                    serializer.serialize(Poll.objects.order_by("pk"), **options)
                )
            except ValueError as e:
                outputs.append((type(e), str(e)))
            if serializer_class is XMLObjects:
                self.assertIsNotNone(serializer.rows_refused)
            elif not isinstance(outputs[-1], tuple):
                self.assertIsNone(serializer.rows_refused)
        self.assertEqual(outputs[0], outputs[1])


@unittest.skipUnless(hypothesis, "hypothesis isn't installed")
class YAMLDumperPropertyTests(unittest.TestCase):
    @given(pool=st.lists(yaml_values, min_size=1, max_size=5), data=st.data())
    def test_serializer_dumper_writes_what_the_safe_dumper_writes(self, pool, data):
        # Picked from a pool, values are written several times, which
        # anchors and aliases mark unless they're strings, numbers or None.
        document = data.draw(st.lists(st.sampled_from(pool), max_size=8))
        options = data.draw(yaml_options)
        stream = StringIO()
        dumper = pyyaml.SerializerDumper(stream, **options)
        try:
            dumper.open()
            dumper.represent(document)
            dumper.close()
        finally:
            dumper.dispose()
        expected = yaml.dump(document, Dumper=pyyaml.DjangoSafeDumper, **options)
        self.assertEqual(stream.getvalue(), expected)
        self.assertEqual(dumper.aliased, "*id001" in expected)

    @given(pool=st.lists(yaml_values, min_size=1, max_size=5), data=st.data())
    def test_dump_unaliased_writes_what_the_safe_dumper_writes(self, pool, data):
        # Without options, documents are emitted as events, without nodes.
        document = data.draw(st.lists(st.sampled_from(pool), max_size=8))
        options = data.draw(yaml_options)
        written, aliased = dump_unaliased(document, **options)
        expected = yaml.dump(document, Dumper=pyyaml.DjangoSafeDumper, **options)
        self.assertEqual(aliased, "*id001" in expected)
        if not aliased:
            self.assertEqual(written, expected)


@unittest.skipUnless(hypothesis, "hypothesis isn't installed")
class JSONColumnsPropertyTests(unittest.TestCase):
    @given(
        columns=json_columns,
        options=json_options,
        label=st.text(max_size=5),
        pk_name=st.none() | st.text(max_size=5),
    )
    # Columns that each kind's fast path must leave to json.dumps().
    @example(
        columns=[
            [datetime.date(2009, 4, 1), datetime.datetime(2009, 4, 1, 12, 30)],
            [[1, 2], [True]],
            [[False], []],
            ["text", 1],
        ],
        options={"cls": DjangoJSONEncoder, "ensure_ascii": False},
        label="app.model",
        pk_name=None,
    )
    def test_columns_written_as_the_dicts_are(self, columns, options, label, pk_name):
        # The rows of a chunk, as python.Serializer.dump_rows() gives them.
        size = min(map(len, columns), default=3)
        keys, *columns = [list(range(size)), *(column[:size] for column in columns)]
        names = [f"field {i} %s" for i in range(len(columns))]
        rows = python.Rows(label, pk_name, keys, names, columns)
        expected = [json.dumps(data, **options) for data in rows]
        self.assertEqual(dumps_rows(rows, options), expected)
