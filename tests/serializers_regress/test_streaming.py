import collections
import datetime
import gc
import json
import weakref
from decimal import Decimal
from io import BytesIO, StringIO
from unittest import mock

import yaml
from yaml.resolver import BaseResolver

from django.core import management, serializers
from django.core.serializers import pyyaml
from django.core.serializers.planning import plain_int_field
from django.db import connection, models
from django.db.models import Prefetch
from django.db.models.signals import post_init
from django.test import SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext

from .models import (
    Author,
    Badge,
    Book,
    Choice,
    FeaturedPoll,
    Gadget,
    Label,
    Poll,
    Shelf,
    Span,
    Tag,
)
from .test_default_output import FORMATS

# Django 5.2's DjangoSafeDumper represents OrderedDicts; Django 6.0+'s doesn't.
ORDERED_DICTS = collections.OrderedDict in pyyaml.DjangoSafeDumper.yaml_representers


def normalized(format, data):
    """The objects data holds, each many-to-many field's keys sorted."""
    return [
        (
            obj.object._meta.label,
            {k: v for k, v in obj.object.__dict__.items() if k != "_state"},
            {name: sorted(keys, key=str) for name, keys in obj.m2m_data.items()},
        )
        for obj in serializers.deserialize(format, data)
    ]


def make_tagged_polls(count):
    """count polls by one author, each with one to three of three tags."""
    ann = Author.objects.create(name="Ann")
    tags = [Tag.objects.create(name=f"tag {n}") for n in range(3)]
    when = datetime.datetime(2009, 4, 1, 12, 30)
    polls = []
    for n in range(count):
        poll = Poll.objects.create(
            question=f"Q{n}?", pub_date=when, creator=ann, valid_for=n
        )
        poll.tags.set(tags[: n % 3 + 1])
        polls.append(poll)
    return polls


class OutputMixin:
    def assertSameOutput(self, format, first, second):
        """
        Assert that chunked output is the one written object by object. The
        keys of a many-to-many field whose target has no ordering come in the
        order the database returns them: on PostgreSQL, a prefetch may return
        them in another order than a query per object does, and only the
        objects are compared.
        """
        if first != second:
            self.assertNotEqual(connection.vendor, "sqlite")
            self.assertEqual(normalized(format, first), normalized(format, second))


class StreamingTests(OutputMixin, TestCase):
    """serialize(stream=...) reads a queryset in chunks, output unchanged."""

    @classmethod
    def setUpTestData(cls):
        make_tagged_polls(25)

    def serialize_chunked(self, format, queryset, **options):
        serializer = serializers.get_serializer(format)()
        serializer.chunk_size = 10
        stream = StringIO()
        serializer.serialize(queryset, stream=stream, **options)
        return stream.getvalue()

    def test_output_is_unchanged(self):
        for format in ["json", "jsonl", "xml", "yaml"]:
            with self.subTest(format=format):
                queryset = Poll.objects.order_by("pk")
                self.assertSameOutput(
                    format,
                    self.serialize_chunked(format, queryset),
                    serializers.serialize(format, list(queryset)),
                )

    def test_queryset_is_not_held(self):
        queryset = Poll.objects.all()
        serializers.serialize("json", queryset, stream=StringIO())
        self.assertIsNone(queryset._result_cache)

    def test_prefetches_per_chunk(self):
        # Ordered: PostgreSQL may return unordered rows in any order.
        tags = Prefetch("tags", queryset=Tag.objects.order_by("pk"))
        queryset = Poll.objects.prefetch_related(tags).order_by("pk")
        # One query for the polls, one prefetch of tags per chunk of 10.
        with self.assertNumQueries(4):
            data = self.serialize_chunked("json", queryset)
        self.assertEqual(data, serializers.serialize("json", list(queryset)))

    def test_relations_prefetch_per_chunk(self):
        queryset = Poll.objects.order_by("pk")
        with self.assertNumQueries(4):
            self.serialize_chunked("json", queryset, relations=["tags"])

    def test_written_chunks_are_freed_without_the_garbage_collector(self):
        # Prefetching ties each poll to its tags and choices in reference
        # cycles; the serializer breaks them, so that objects already written
        # are freed even when the cyclic garbage collector doesn't run.
        for poll in Poll.objects.all():
            Choice.objects.create(poll=poll, choice="Yes", votes=1)
        alive = weakref.WeakSet()

        def track(sender, instance, **kwargs):
            alive.add(instance)

        cases = [
            {},
            {"relations": ["creator", "tags", "choices"]},
            {"relations": {"tags": {"relations": ["poll_set"]}}},
            {"relations": {"choices": {"relations": ["poll"]}}},
            # Prefetched into the related managers.
            {"relations": ["choices"], "extras": ["till_date"]},
        ]
        post_init.connect(track)
        self.addCleanup(post_init.disconnect, track)
        gc.collect()
        gc.disable()
        self.addCleanup(gc.enable)
        for options in cases:
            with self.subTest(options=options):
                data = self.serialize_chunked(
                    "json", Poll.objects.order_by("pk"), **options
                )
                self.assertEqual(len(json.loads(data)), 25)
                self.assertEqual(len(alive), 0)

    def test_an_evaluated_queryset_is_not_queried_again(self):
        queryset = Poll.objects.all()
        list(queryset)
        for format in FORMATS:
            with self.subTest(format=format):
                with self.assertNumQueries(25):  # The tags of each poll.
                    self.serialize_chunked(format, queryset)

    def test_m2m_keys_cost_a_query_a_chunk(self):
        # Upstream queries each poll's tags; read in chunks of 10, the tags
        # of a chunk come in one query, whatever the number of polls.
        for count, queries in [(1, 2), (10, 2), (25, 4)]:
            pks = list(Poll.objects.order_by("pk").values_list("pk", flat=True))
            queryset = Poll.objects.filter(pk__in=pks[:count]).order_by("pk")
            for format in ["json", "jsonl", "xml", "yaml"]:
                with self.subTest(count=count, format=format):
                    with self.assertNumQueries(queries):
                        data = self.serialize_chunked(format, queryset.all())
                    self.assertSameOutput(
                        format,
                        data,
                        serializers.serialize(format, list(queryset.all())),
                    )

    def test_m2m_keys_prefetched_with_options(self):
        FeaturedPoll.objects.create(
            question="F?",
            pub_date=datetime.datetime(2009, 4, 1),
            creator=Author.objects.get(),
            valid_for=1,
            headline="H",
        ).tags.set(Tag.objects.all())
        cases = [
            (Poll.objects.order_by("pk"), {"use_natural_foreign_keys": True}),
            (Poll.objects.order_by("pk"), {"fields": ["question", "tags"]}),
            (Poll.objects.order_by("pk"), {"extras": ["till_date"]}),
            (FeaturedPoll.objects.order_by("pk"), {"inherited": True}),
        ]
        for queryset, options in cases:
            with self.subTest(options=options):
                with self.assertNumQueries(2 if queryset.count() < 10 else 4):
                    data = self.serialize_chunked("json", queryset.all(), **options)
                self.assertSameOutput(
                    "json",
                    data,
                    serializers.serialize("json", list(queryset.all()), **options),
                )

    def test_m2m_keys_not_fetched_when_left_out(self):
        queryset = Poll.objects.order_by("pk")
        with self.assertNumQueries(1):
            self.serialize_chunked("json", queryset, fields=["question"])

    def test_combined_queryset(self):
        # union() can't prefetch, but its many-to-many keys are fetched.
        first, second, *_ = Poll.objects.order_by("pk")
        queryset = Poll.objects.filter(pk=first.pk).union(
            Poll.objects.filter(pk=second.pk)
        )
        with self.assertNumQueries(2):
            data = self.serialize_chunked("json", queryset.order_by("pk"))
        self.assertEqual(
            data, serializers.serialize("json", list(queryset.order_by("pk")))
        )

    def built_instances(self, model):
        """A list of the instances of model built from now on."""
        built = []

        def track(sender, instance, **kwargs):
            built.append(instance)

        post_init.connect(track, sender=model)
        self.addCleanup(post_init.disconnect, track, sender=model)
        return built

    def test_m2m_keys_build_no_related_objects(self):
        built = self.built_instances(Tag)
        for format in FORMATS:
            with self.subTest(format=format):
                self.serialize_chunked(format, Poll.objects.order_by("pk"))
                self.assertEqual(built, [])

    def test_plain_prefetch_of_keys_builds_no_related_objects(self):
        # prefetch_related("tags") makes the same query as the keys' and
        # builds every tag: the keys are fetched instead.
        built = self.built_instances(Tag)
        queryset = Poll.objects.prefetch_related("tags").order_by("pk")
        for format in ["json", "jsonl", "xml", "yaml"]:
            with self.subTest(format=format):
                with self.assertNumQueries(4):
                    data = self.serialize_chunked(format, queryset.all())
                self.assertEqual(built, [])
                self.assertSameOutput(
                    format, data, serializers.serialize(format, list(queryset))
                )
                built.clear()

    def test_callers_prefetch_is_kept(self):
        tags = Prefetch("tags", queryset=Tag.objects.order_by("-pk"))
        queryset = Poll.objects.prefetch_related(tags).order_by("pk")
        data = self.serialize_chunked("json", queryset)
        self.assertEqual(data, serializers.serialize("json", list(queryset)))
        # The third poll has all three tags, in the caller's order.
        tags = json.loads(data)[2]["fields"]["tags"]
        self.assertEqual(tags, sorted(Tag.objects.values_list("pk", flat=True))[::-1])


class OutputCallTests(TestCase):
    """
    serialize() reads a queryset the same way whether it returns a string,
    writes to a stream, or returns the python format's list.
    """

    @classmethod
    def setUpTestData(cls):
        for n, poll in enumerate(make_tagged_polls(30)):
            Choice.objects.create(poll=poll, choice="Yes", votes=n)

    def outputs(self, format, **options):
        """The output of each call, and the queries each one made."""
        calls = {
            "string": lambda: serializers.serialize(
                format, Poll.objects.order_by("pk"), **options
            ),
        }
        if format != "python":

            def to_stream():
                stream = StringIO()
                serializers.serialize(
                    format, Poll.objects.order_by("pk"), stream=stream, **options
                )
                return stream.getvalue()

            calls["stream"] = to_stream
        for call, function in calls.items():
            with CaptureQueriesContext(connection) as queries:
                data = function()
            yield call, data, len(queries)

    def test_queries_per_chunk_in_every_call(self):
        # Each poll's tags: upstream makes a query per poll (31 queries).
        cases = [
            ({}, 2),
            ({"extras": ["till_date"]}, 2),
            ({"pk_name": True}, 2),
            # The polls with their creators joined, their tags and choices.
            ({"relations": ["creator", "tags", "choices"]}, 3),
            ({"relations": ["creator", "tags"], "extras": ["till_date"]}, 2),
            ({"depth": 1}, 2),
        ]
        for format in FORMATS:
            for options, expected in cases:
                with self.subTest(format=format, options=options):
                    outputs = list(self.outputs(format, **options))
                    for call, data, queries in outputs:
                        self.assertEqual(queries, expected, call)
                    if len(outputs) > 1:
                        self.assertEqual(outputs[0][1], outputs[1][1])
                    # The objects' own path writes the same.
                    objects = serializers.serialize(
                        format, list(Poll.objects.order_by("pk")), **options
                    )
                    self.assertEqual(outputs[0][1], objects)

    def test_string_output_leaves_the_result_cache_empty(self):
        queryset = Poll.objects.all()
        serializers.serialize("json", queryset)
        self.assertIsNone(queryset._result_cache)


class M2MKeysTests(OutputMixin, TestCase):
    """
    Keys fetched a chunk at a time are written as the related objects' keys
    would be, whatever their type, and obey the target's default manager.
    """

    @classmethod
    def setUpTestData(cls):
        books = [Book.objects.create(isbn=f"978-{n}", title=f"B{n}") for n in range(3)]
        gadgets = [Gadget.objects.create(name=f"G{n}") for n in range(3)]
        spans = [
            Span.objects.create(length=datetime.timedelta(days=n, seconds=n))
            for n in range(3)
        ]
        labels = [Label.objects.create(name=name, hidden=name == "b") for name in "abc"]
        for n in range(12):
            shelf = Shelf.objects.create(name=f"S{n}")
            shelf.books.set(books[: n % 4])
            shelf.gadgets.set(gadgets[: n % 4])
            shelf.spans.set(spans[: n % 4])
            shelf.labels.set(labels[: n % 4])

    def serialize_chunked(self, format, queryset, **options):
        serializer = serializers.get_serializer(format)()
        serializer.chunk_size = 5
        stream = StringIO()
        serializer.serialize(queryset, stream=stream, **options)
        return stream.getvalue()

    def test_keys_of_every_type(self):
        queryset = Shelf.objects.order_by("pk")
        for format in ["json", "jsonl", "xml", "yaml"]:
            with self.subTest(format=format):
                # The shelves, and a query a chunk for each field.
                with self.assertNumQueries(1 + 3 * 4):
                    data = self.serialize_chunked(format, queryset.all())
                self.assertSameOutput(
                    format, data, serializers.serialize(format, list(queryset))
                )

    def test_keys_obey_the_default_manager(self):
        data = json.loads(self.serialize_chunked("json", Shelf.objects.order_by("pk")))
        # The hidden label b is left out, and the others come in the
        # manager's order.
        c, a = Label.objects.order_by("-name").values_list("pk", flat=True)
        self.assertEqual(
            [obj["fields"]["labels"] for obj in data[:4]], [[], [a], [a], [c, a]]
        )
        # A DurationField's keys are written as the field writes them.
        self.assertEqual(
            sorted(data[3]["fields"]["spans"]),
            ["00:00:00", "1 00:00:01", "2 00:00:02"],
        )

    def test_keys_with_natural_foreign_keys(self):
        queryset = Shelf.objects.order_by("pk")
        options = {"use_natural_foreign_keys": True}
        for format in ["json", "jsonl", "xml", "yaml"]:
            with self.subTest(format=format):
                self.assertSameOutput(
                    format,
                    self.serialize_chunked(format, queryset.all(), **options),
                    serializers.serialize(format, list(queryset), **options),
                )


class M2MKeyQueryTests(OutputMixin, TestCase):
    """
    A chunk's many-to-many keys come in one query: filtered by the range of
    the chunk's keys when they're dense ints, else by the list of them, and
    ordered by key when the target has no ordering.
    """

    @classmethod
    def setUpTestData(cls):
        ann = Author.objects.create(name="Ann")
        tags = [Tag.objects.create(name=f"tag {n}") for n in range(3)]
        for n in range(20):
            poll = Poll.objects.create(
                question=f"Q{n}?",
                pub_date=datetime.datetime(2009, 4, 1),
                creator=ann,
                valid_for=n,
            )
            # Added in the reverse order of their keys.
            for tag in reversed(tags[: n % 3 + 1]):
                poll.tags.add(tag)
        cls.pks = list(Poll.objects.order_by("pk").values_list("pk", flat=True))

    def serialize_chunked(self, format, queryset):
        serializer = serializers.get_serializer(format)()
        serializer.chunk_size = 10
        stream = StringIO()
        with CaptureQueriesContext(connection) as queries:
            serializer.serialize(queryset, stream=stream)
        # The queries after the objects' first.
        return stream.getvalue(), [query["sql"] for query in queries[1:]]

    def assertKeysFetched(self, queryset, by_range):
        expected = serializers.serialize("json", list(queryset.all()))
        for format in ["json", "jsonl", "xml", "yaml"]:
            with self.subTest(format=format, queryset=queryset.query):
                data, queries = self.serialize_chunked(format, queryset.all())
                self.assertSameOutput(
                    format, data, serializers.serialize(format, list(queryset.all()))
                )
                # A query a chunk, none of them with a list of keys.
                self.assertEqual(len(queries), (queryset.count() + 9) // 10)
                for sql in queries:
                    self.assertIs(" IN (" not in sql, by_range, sql)
        # The keys of the objects written, and of no other, in key order.
        data, _ = self.serialize_chunked("json", queryset.all())
        self.assertEqual(
            [obj["fields"]["tags"] for obj in json.loads(data)],
            [sorted(obj["fields"]["tags"]) for obj in json.loads(expected)],
        )

    def test_dense_keys_are_fetched_by_range(self):
        self.assertKeysFetched(Poll.objects.order_by("pk"), by_range=True)
        self.assertKeysFetched(Poll.objects.order_by("-pk"), by_range=True)

    def test_keys_half_dense_are_fetched_by_range(self):
        # The range holds the keys of the polls left out, which aren't written.
        queryset = Poll.objects.filter(pk__in=self.pks[::2]).order_by("pk")
        self.assertKeysFetched(queryset, by_range=True)

    def test_sparse_keys_are_fetched_by_list(self):
        queryset = Poll.objects.filter(pk__in=self.pks[::3]).order_by("pk")
        self.assertKeysFetched(queryset, by_range=False)

    def test_unordered_keys_come_in_key_order(self):
        # The join table holds them out of key order. A query of one poll's
        # tags, as upstream makes, reads them in key order from the table's
        # unique index; a query of many polls' may read them in the table's
        # order on PostgreSQL, so the chunk's query orders them.
        tags = sorted(Tag.objects.values_list("pk", flat=True))
        for format in ["json", "xml"]:
            for queryset in [
                Poll.objects.order_by("pk"),
                Poll.objects.filter(pk__in=self.pks[2::3]).order_by("pk"),
            ]:
                with self.subTest(format=format, queryset=queryset.query):
                    data, queries = self.serialize_chunked(format, queryset)
                    polls = [
                        obj.m2m_data["tags"]
                        for obj in serializers.deserialize(format, data)
                    ]
                    self.assertEqual(polls, [sorted(keys) for keys in polls])
                    self.assertIn(tags, polls)
                    for sql in queries:
                        self.assertIn(" ORDER BY ", sql)

    def test_ordered_keys_keep_their_order(self):
        # Label's default manager hides some labels and orders them by name.
        labels = [Label.objects.create(name=name) for name in "abc"]
        shelf = Shelf.objects.create(name="S")
        shelf.labels.set(labels)
        data, queries = self.serialize_chunked("json", Shelf.objects.all())
        c, b, a = [label.pk for label in labels[::-1]]
        self.assertEqual(json.loads(data)[0]["fields"]["labels"], [c, b, a])
        self.assertIn(" ORDER BY ", queries[0])

    def test_partial_ordering_and_keys(self):
        # Django 6.1+ orders the related objects by their keys after an
        # ordering that may tie, as upstream's serializers then do.
        labels = [Label.objects.create(name=name) for name in "abab"]
        shelf = Shelf.objects.create(name="S")
        shelf.labels.set(labels[::-1])
        data, queries = self.serialize_chunked("json", Shelf.objects.all())
        self.assertEqual(
            json.loads(data)[0]["fields"]["labels"],
            serializers.serialize("python", [shelf])[0]["fields"]["labels"],
        )
        label = connection.ops.quote_name(Label._meta.db_table)
        [sql] = [sql for sql in queries if f"FROM {label}" in sql]
        order_by = sql.rpartition(" ORDER BY ")[2].split(", ")
        # The name, and the key after it on Django 6.1+.
        self.assertEqual(
            len(order_by), 2 if hasattr(models.QuerySet, "totally_ordered") else 1
        )

    def test_keys_of_a_relation_to_self(self):
        # A symmetrical relation's join table holds both directions.
        root, gold, silver = [Badge.objects.create(code=code) for code in "rgs"]
        gold.friends.set([root, silver])
        data, queries = self.serialize_chunked("json", Badge.objects.order_by("pk"))
        self.assertEqual(
            [obj["fields"]["friends"] for obj in json.loads(data)],
            [[gold.pk], [root.pk, silver.pk], [gold.pk]],
        )
        self.assertNotIn(" IN (", queries[0])

    def test_plain_int_field(self):
        class OffsetField(models.IntegerField):
            def get_prep_value(self, value):
                return super().get_prep_value(value) + 1

        class ConvertedField(models.BigIntegerField):
            def from_db_value(self, value, expression, connection):
                return value

        plain = [
            models.AutoField(),
            models.BigAutoField(),
            models.SmallAutoField(),
            models.IntegerField(),
            models.PositiveIntegerField(),
        ]
        for field in plain:
            with self.subTest(field=type(field)):
                self.assertIs(plain_int_field(field), True)
        others = [
            OffsetField(),
            ConvertedField(),
            models.CharField(),
            models.UUIDField(),
            models.DecimalField(),
            models.ForeignKey(Tag, models.CASCADE),
        ]
        for field in others:
            with self.subTest(field=type(field)):
                self.assertIs(plain_int_field(field), False)


class DumpdataM2MTests(OutputMixin, TestCase):
    def test_dumpdata_m2m_keys_cost_a_query_a_chunk(self):
        ann = Author.objects.create(name="Ann")
        tags = [Tag.objects.create(name=f"tag {n}") for n in range(3)]
        for count in [1, 10, 100]:
            with self.subTest(count=count):
                Poll.objects.all().delete()
                for n in range(count):
                    Poll.objects.create(
                        question=f"Q{n}?",
                        pub_date=datetime.datetime(2009, 4, 1),
                        creator=ann,
                        valid_for=n,
                    ).tags.set(tags[: n % 3 + 1])
                out = StringIO()
                # The polls, and their tags.
                with self.assertNumQueries(2):
                    management.call_command(
                        "dumpdata", "serializers_regress.Poll", stdout=out
                    )
                self.assertSameOutput(
                    "json",
                    out.getvalue(),
                    serializers.serialize("json", list(Poll.objects.order_by("pk"))),
                )

    def test_dumpdata_frees_written_objects(self):
        ann = Author.objects.create(name="Ann")
        tag = Tag.objects.create(name="tag")
        for n in range(30):
            poll = Poll.objects.create(
                question=f"Q{n}?",
                pub_date=datetime.datetime(2009, 4, 1),
                creator=ann,
                valid_for=n,
            )
            poll.tags.add(tag)
            Choice.objects.create(poll=poll, choice="Yes", votes=1)
        alive = weakref.WeakSet()

        def track(sender, instance, **kwargs):
            alive.add(instance)

        post_init.connect(track, sender=Poll)
        self.addCleanup(post_init.disconnect, track, sender=Poll)
        gc.collect()
        gc.disable()
        self.addCleanup(gc.enable)
        for options in [{}, {"relations": ["serializers_regress.Poll.choices"]}]:
            with self.subTest(options=options):
                out = StringIO()
                management.call_command(
                    "dumpdata", "serializers_regress.Poll", stdout=out, **options
                )
                self.assertEqual(len(json.loads(out.getvalue())), 30)
                self.assertEqual(len(alive), 0)

    def test_objects_sharing_related_objects(self):
        """
        The related objects that a chunk's objects share stay fetched until
        the chunk is written: the prefetch ties a poll's choices to the last
        of the polls built for its choices, and releasing it with the
        first choice cost the others a query each.
        """
        ann = Author.objects.create(name="Ann")
        for n in range(3):
            poll = Poll.objects.create(
                question=f"Q{n}?",
                pub_date=datetime.datetime(2009, 4, 1),
                creator=ann,
                valid_for=n,
            )
            for answer in ["Yes", "No"]:
                Choice.objects.create(poll=poll, choice=answer, votes=n)
        cases = [
            # The choices and their polls, and the polls' choices.
            (Choice, {"poll": {"fields": ["question"], "relations": ["choices"]}}, 2),
            # The polls and their creators, the creators' polls, their tags,
            # and the keys of the polls' tags.
            (Poll, ["creator__poll_set"], 4),
        ]
        for model, relations, queries in cases:
            for format in FORMATS:
                with self.subTest(model=model, format=format):
                    queryset = model.objects.order_by("pk")
                    with self.assertNumQueries(queries):
                        data = serializers.serialize(
                            format,
                            queryset,
                            stream=StringIO(),
                            relations=relations,
                            # Written object by object.
                            use_natural_foreign_keys=True,
                        )
                    expected = serializers.serialize(
                        format,
                        list(queryset),
                        relations=relations,
                        use_natural_foreign_keys=True,
                    )
                    self.assertSameOutput(format, data, expected)


def dump_unaliased(document, **options):
    """What SerializerDumper.dump_unaliased() writes, and whether it stopped."""
    stream = StringIO()
    dumper = pyyaml.SerializerDumper(stream, **options)
    try:
        dumper.dump_unaliased(document)
    finally:
        dumper.dispose()
    return stream.getvalue(), dumper.aliased


class SerializerDumperTests(SimpleTestCase):
    """
    SerializerDumper.dump_unaliased() writes what yaml.dump() writes with
    DjangoSafeDumper, or stops at an object met twice.
    """

    def dump(self, document, **options):
        expected = yaml.dump(document, Dumper=pyyaml.DjangoSafeDumper, **options)
        return *dump_unaliased(document, **options), expected

    def test_values(self):
        document = [
            # Strings that would read as other values, or that need quotes.
            ["123", "1.5", "null", "", "yes", "2009-04-01", "- a", "a: b", " a"],
            ["a\nb", "¿qué?", "x" * 100, "\x85", "#", "~"],
            [0, -12, 2**70, None, True, 1.5, float("nan"), Decimal("1.50")],
            [datetime.date(2009, 4, 1), datetime.datetime(2009, 4, 1, 12, 5)],
            # A tag or a style of their own.
            [b"bytes", {1, "a"}],
            # Keys that sort_keys sorts, and keys that can't be sorted.
            {"b": {"d": [[], {}], "c": 1}, "a": 2},
            {"a": {"b": [[], {}]}, 1: "one", None: "none"},
        ]
        if ORDERED_DICTS:
            document.append(collections.OrderedDict(b=1, a=[{}]))
        for options in [
            {},
            {"allow_unicode": True, "width": 20, "indent": 4},
            {"sort_keys": False},
            {"sort_keys": True, "default_flow_style": None},
        ]:
            with self.subTest(options=options):
                data, aliased, expected = self.dump(document, **options)
                self.assertIs(aliased, False)
                self.assertEqual(data, expected)
        self.assertIn("!!binary |", data)
        self.assertIn("!!set", data)

    def test_aliased(self):
        # Dicts, lists and values that aren't strings, numbers or None are
        # written with an anchor the second time, wherever they are.
        shared = {"a": 1}
        date = datetime.date(2009, 4, 1)
        for document in [
            [shared, shared],
            [[shared], {"b": shared}],
            [date, {"b": date}],
            *(
                [
                    [shared, collections.OrderedDict(b=shared)],
                    [collections.OrderedDict(b=shared), shared],
                ]
                if ORDERED_DICTS
                else []
            ),
        ]:
            with self.subTest(document=document):
                _, aliased, expected = self.dump(document)
                self.assertIs(aliased, True)
                self.assertIn("*id001", expected)

    def test_path_resolver(self):
        # A path resolver can give scalars at a path a tag of its own.
        document = [{"fields": {"question": "What?", "other": "What?"}}]
        with mock.patch.object(pyyaml.DjangoSafeDumper, "yaml_path_resolvers", {}):
            pyyaml.DjangoSafeDumper.add_path_resolver(
                "!question", [(list, None), (dict, "fields"), (dict, "question")], str
            )
            data, _, expected = self.dump(document)
        self.assertEqual(data, expected)
        self.assertIn("question: !!str What?", data)

    def test_resolve_replaced(self):
        def resolve(dumper, kind, value, implicit):
            if value == "What?":
                return "!question"
            return BaseResolver.resolve(dumper, kind, value, implicit)

        with mock.patch.object(pyyaml.DjangoSafeDumper, "resolve", resolve):
            data, _, expected = self.dump([{"question": "What?"}])
        self.assertEqual(data, expected)
        self.assertIn("question: !!str What?", data)


class YAMLPartsTests(TestCase):
    """
    Written to a stream, YAML is dumped part_size objects at a time, as the
    document dumped at once would be.
    """

    @classmethod
    def setUpTestData(cls):
        ann = Author.objects.create(name="Ann")
        tag = Tag.objects.create(name="tag")
        for n in range(25):
            poll = Poll.objects.create(
                # Long enough to be folded, and not ASCII.
                question=f"Q{n}: " + "¿qué? " * n,
                pub_date=datetime.datetime(2009, 4, 1, 12, n),
                creator=ann,
                valid_for=n,
            )
            poll.tags.set([tag] if n % 2 else [])

    def serialize(self, objects, **options):
        """
        Return the YAML of objects, and how many objects had been built at
        each write to the stream.
        """
        serializer = serializers.get_serializer("yaml")()
        serializer.part_size = 10
        built = 0
        write_object = serializer.write_object

        def counting_write_object(data):
            nonlocal built
            built += 1
            write_object(data)

        serializer.write_object = counting_write_object
        writes = []

        class Stream(StringIO):
            def write(self, text):
                writes.append(built)
                return super().write(text)

        stream = Stream()
        serializer.serialize(objects, stream=stream, **options)
        return stream.getvalue(), sorted(set(writes))

    def dumped_at_once(self, objects, **options):
        """The YAML of objects as upstream dumps it, at once."""
        options.setdefault("allow_unicode", True)
        # Django 6.0+ writes dicts in insertion order through sort_keys.
        options.setdefault("sort_keys", False)
        data = serializers.serialize("python", objects)
        return yaml.dump(data, Dumper=pyyaml.DjangoSafeDumper, **options)

    def test_queryset_dumped_in_parts(self):
        data, writes = self.serialize(Poll.objects.order_by("pk"))
        self.assertEqual(writes, [10, 20, 25])
        self.assertEqual(data, self.dumped_at_once(Poll.objects.order_by("pk")))

    def test_no_object_after_the_last_part(self):
        for queryset, writes in [
            (Poll.objects.filter(valid_for__lt=20).order_by("pk"), [10, 20]),
            (Poll.objects.none(), [0]),
        ]:
            with self.subTest(writes=writes):
                data, written = self.serialize(queryset)
                self.assertEqual(written, writes)
                self.assertEqual(data, self.dumped_at_once(queryset))
        self.assertEqual(data, "[]\n")

    def test_dumper_options(self):
        queryset = Poll.objects.order_by("pk")
        for options, writes in [
            ({"indent": 4}, [10, 20, 25]),
            ({"width": 20}, [10, 20, 25]),
            ({"line_break": "\r\n"}, [10, 20, 25]),
            ({"allow_unicode": False}, [10, 20, 25]),
            ({"sort_keys": True}, [10, 20, 25]),
            ({"default_flow_style": None}, [10, 20, 25]),
            # A flow sequence, the markers of a document, tags, or quoted
            # scalars that may end open-ended: dumped at once.
            ({"default_flow_style": True}, [25]),
            ({"explicit_start": True}, [25]),
            ({"explicit_end": True}, [25]),
            ({"version": (1, 1)}, [25]),
            ({"canonical": True}, [25]),
            ({"default_style": '"'}, [25]),
        ]:
            with self.subTest(options=options):
                data, written = self.serialize(queryset, **options)
                self.assertEqual(written, writes)
                self.assertEqual(data, self.dumped_at_once(queryset, **options))

    def test_list_dumped_at_once(self):
        # The caller holds a list's objects, which may share values.
        polls = list(Poll.objects.order_by("pk"))
        data, writes = self.serialize(polls)
        self.assertEqual(writes, [25])
        self.assertEqual(data, self.dumped_at_once(polls))

    def test_subclass_ending_the_document_gets_every_object(self):
        class Serializer(pyyaml.Serializer):
            def end_serialization(self):
                yaml.dump({"polls": self.objects}, self.stream)

        Serializer.part_size = 10
        stream = StringIO()
        Serializer().serialize(Poll.objects.order_by("pk"), stream=stream)
        self.assertEqual(len(yaml.safe_load(stream.getvalue())["polls"]), 25)

    def polls_with(self, dates):
        """Polls read one by one, with the given dates."""
        for poll, date in zip(Poll.objects.order_by("pk").iterator(), dates):
            poll.pub_date = date
            yield poll

    def test_aliased_object(self):
        # An object written twice is written once and then referred to by
        # an anchor, numbered over the document: from the part that holds it
        # on, the objects are dumped at once.
        shared = datetime.datetime(2010, 1, 1)
        own = [datetime.datetime(2009, 1, n + 1) for n in range(25)]
        for dates, writes in [
            ([shared] * 25, [25]),
            (own[:15] + [shared] * 10, [10, 25]),
        ]:
            with self.subTest(writes=writes):
                data, written = self.serialize(self.polls_with(dates))
                self.assertEqual(written, writes)
                self.assertEqual(
                    data, self.dumped_at_once(list(self.polls_with(dates)))
                )
                self.assertIn("&id001", data)

    def test_object_shared_by_parts(self):
        # Parts don't hold on to the objects of the parts already written:
        # an object that two parts share is written in full in each, and
        # loads the same as an alias would.
        shared = datetime.datetime(2010, 1, 1)
        dates = [datetime.datetime(2009, 1, n + 1) for n in range(25)]
        dates[0] = dates[15] = shared
        data, writes = self.serialize(self.polls_with(dates))
        self.assertEqual(writes, [10, 20, 25])
        self.assertNotIn("&id001", data)
        self.assertEqual(
            [obj.object.pub_date for obj in serializers.deserialize("yaml", data)],
            dates,
        )

    def test_dumpdata_dumps_in_parts(self):
        out = StringIO()
        with (
            mock.patch.object(pyyaml.Serializer, "part_size", 10),
            mock.patch.object(
                pyyaml.Serializer,
                "dump_part",
                autospec=True,
                side_effect=pyyaml.Serializer.dump_part,
            ) as dump_part,
        ):
            management.call_command(
                "dumpdata", "serializers_regress.Poll", format="yaml", stdout=out
            )
        self.assertEqual(dump_part.call_count, 2)
        self.assertEqual(
            out.getvalue(), self.dumped_at_once(Poll.objects.order_by("pk"))
        )

    def test_documents_emitted_without_nodes(self):
        # Dicts, lists and their scalars are emitted as events, without
        # nodes, unless a collection's style may depend on its items or the
        # document has markers; a date is represented as a node either way.
        class Dumper(pyyaml.SerializerDumper):
            def serialize(self, node):
                serialized.append(node)
                super().serialize(node)

            def represent_collection(self, data):
                represented.append(data)
                return super().represent_collection(data)

        queryset = Poll.objects.order_by("pk")
        for options, at_once, nodes in [
            ({}, False, False),
            ({}, True, False),
            ({"default_flow_style": None}, False, True),
            ({"explicit_start": True}, False, True),
        ]:
            serialized, represented = [], []
            with (
                self.subTest(options=options, at_once=at_once),
                mock.patch.object(pyyaml, "SerializerDumper", Dumper),
            ):
                objects = list(queryset) if at_once else queryset
                data, _ = self.serialize(objects, **options)
                self.assertEqual(data, self.dumped_at_once(queryset, **options))
                self.assertIs(bool(serialized), nodes)
                self.assertIs(bool(represented), nodes)

    def test_encoding(self):
        # An encoded document is written as bytes, as yaml.dump() writes it.
        stream = BytesIO()
        serializers.serialize(
            "yaml", Poll.objects.order_by("pk"), stream=stream, encoding="utf-8"
        )
        expected = self.dumped_at_once(Poll.objects.order_by("pk"), encoding="utf-8")
        self.assertEqual(stream.getvalue(), expected)

    def test_custom_representer_is_used(self):
        # SerializerDumper represents strings, integers, None, lists and
        # dicts without DjangoSafeDumper's lookups, unless a representer of
        # DjangoSafeDumper's is replaced.
        def represent_str(dumper, data):
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')

        queryset = Poll.objects.order_by("pk")
        with mock.patch.dict(
            pyyaml.DjangoSafeDumper.yaml_representers, {str: represent_str}
        ):
            data, _ = self.serialize(queryset)
            self.assertEqual(data, self.dumped_at_once(queryset))
        self.assertIn('"model": "serializers_regress.poll"', data)
