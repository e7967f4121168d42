import datetime
import uuid
from contextlib import contextmanager
from decimal import Decimal
from io import StringIO
from json import JSONEncoder
from unittest import mock

from django.core import serializers
from django.core.management import call_command
from django.core.serializers import json, jsonl, python, pyyaml, xml_serializer
from django.core.serializers.planning import reads_related
from django.db import connection, models
from django.db.models import Count
from django.db.models.signals import post_init
from django.test import SimpleTestCase, TestCase, override_settings
from django.test.utils import CaptureQueriesContext, isolate_apps

from .models import (
    Attachment,
    Author,
    Book,
    BuiltSample,
    Category,
    Choice,
    Club,
    Enrolment,
    FeaturedPoll,
    Label,
    Membership,
    Poll,
    RecentPoll,
    Sample,
    Shelf,
    Tag,
)
from .test_relations import spy_dump_rows
from .utils import make_polls

FORMATS = ["python", "json", "jsonl"]


@contextmanager
def counting_objects():
    """Count the model instances built meanwhile, by model."""
    built = []
    init = models.Model.__init__

    def counting_init(self, *args, **kwargs):
        built.append(type(self))
        init(self, *args, **kwargs)

    models.Model.__init__ = counting_init
    try:
        yield built
    finally:
        models.Model.__init__ = init


# Serializers that build every object: a hook of their own turns off
# dump_rows().
class PythonObjects(python.Serializer):
    def end_object(self, obj):
        super().end_object(obj)


class JSONObjects(json.Serializer):
    def end_object(self, obj):
        super().end_object(obj)


class JSONLObjects(jsonl.Serializer):
    def end_object(self, obj):
        super().end_object(obj)


class YAMLObjects(pyyaml.Serializer):
    def end_object(self, obj):
        super().end_object(obj)


class XMLObjects(xml_serializer.Serializer):
    def end_object(self, obj):
        super().end_object(obj)


OBJECTS = {
    "python": PythonObjects,
    "json": JSONObjects,
    "jsonl": JSONLObjects,
    "yaml": YAMLObjects,
    "xml": XMLObjects,
}


class RowOutputTests(TestCase):
    """
    A queryset written to a stream is written from its rows, without building
    its objects, with the output and the queries the objects would give.
    """

    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()
        ann = cls.polls["author"]
        book = Book.objects.create(isbn="9780131103627", title="K&R")
        full = Sample.objects.create(
            name="full \u00e9",
            signed="signed",
            flag=False,
            amount=Decimal("12.500"),
            ratio=0.1,
            span=datetime.timedelta(days=1, microseconds=5),
            uid=uuid.UUID("12345678-1234-5678-1234-567812345678"),
            data={"a": [1, None, "\u2603"]},
            blob=b"\x00\xff",
            day=datetime.date(2009, 4, 1),
            time=datetime.time(12, 30, 15, 123456),
            moment=datetime.datetime(2009, 4, 1, 12, 30, 15, 123456),
            address="::ffff:10.0.0.1",
            author=ann,
            book=book,
        )
        full.tags.set(cls.polls["tags"])
        Enrolment.objects.create(sample=full, author=ann)
        Sample.objects.create(name="empty")
        built = BuiltSample.objects.create(name="built", data=[1, 2])
        # Its __init__() writes the name in capitals.
        Sample.objects.filter(pk=built.pk).update(name="built")

    def serialize(self, format, queryset, serializer=None, **options):
        serializer = serializer or serializers.get_serializer(format)
        stream = StringIO()
        data = serializer().serialize(queryset, stream=stream, **options)
        return data if format == "python" else stream.getvalue()

    def assertWrittenFromRows(self, queryset, built=0, formats=FORMATS, **options):
        """
        queryset is written as its objects would be, with the same queries,
        building `built` objects of its model.
        """
        for format in formats:
            with self.subTest(format=format, **options):
                queries = self.count_queries(format, queryset, **options)
                with counting_objects() as objects:
                    with self.assertNumQueries(queries):
                        data = self.serialize(format, queryset.all(), **options)
                self.assertEqual(
                    [model for model in objects if model is queryset.model],
                    [queryset.model] * built,
                )
                self.assertEqual(
                    data,
                    self.serialize(format, queryset.all(), OBJECTS[format], **options),
                )

    def count_queries(self, format, queryset, **options):
        with CaptureQueriesContext(connection) as queries:
            self.serialize(format, queryset.all(), OBJECTS[format], **options)
        return len(queries)

    def test_polls(self):
        # One object a chunk is built, which the routers are given as the
        # hint of the chunk's many-to-many query.
        for options in [
            {},
            {"indent": 2},
            {"indent": 0},
            {"separators": (",", ":")},
            {"pk_name": True},
            {"fields": ["tags"]},
        ]:
            self.assertWrittenFromRows(Poll.objects.order_by("pk"), built=1, **options)

    def test_proxy_model(self):
        self.assertWrittenFromRows(RecentPoll.objects.order_by("pk"), built=1)
        data = self.serialize("python", RecentPoll.objects.order_by("pk"))
        self.assertEqual(data[0]["model"], "serializers_regress.recentpoll")

    def test_every_kind_of_field(self):
        # The fields' own value_to_string() (SignedField's reads the object)
        # are given the objects of the rows whose values aren't primitives.
        self.assertWrittenFromRows(Sample.objects.order_by("pk"), built=2)
        data = self.serialize("python", Sample.objects.order_by("pk"))
        self.assertEqual(data[0]["fields"]["signed"], "signed (full \u00e9)")
        self.assertEqual(data[1]["fields"]["signed"], None)
        self.assertEqual(data[0]["fields"]["blob"], "AP8=")
        self.assertCountEqual(
            data[0]["fields"]["tags"], [tag.pk for tag in self.polls["tags"]]
        )
        self.assertNotIn("members", data[0]["fields"])

    def test_yaml(self):
        # Times and the extras' values are written as strings, as YAML's
        # hooks write them.
        self.assertWrittenFromRows(
            Sample.objects.order_by("pk"), built=2, formats=["yaml"]
        )
        self.assertIn(
            "time: '12:30:15.123456'", self.serialize("yaml", Sample.objects.all())
        )
        polls = Poll.objects.order_by("pk")
        self.assertWrittenFromRows(polls, built=1, formats=["yaml"], pk_name=True)
        # Each object is built for its extras, from its row.
        self.assertWrittenFromRows(
            polls, built=polls.count(), formats=["yaml"], extras=["till_date", "pk"]
        )

    def test_xml(self):
        # Each field's text, as XML's hooks write it.
        polls = Poll.objects.order_by("pk")
        for options in [
            {},
            {"indent": 2},
            {"indent": 0},
            {"pk_name": True},
            {"fields": ["tags", "pub_date"]},
        ]:
            self.assertWrittenFromRows(polls, built=1, formats=["xml"], **options)
        self.assertWrittenFromRows(
            RecentPoll.objects.order_by("pk"), built=1, formats=["xml"]
        )
        self.assertWrittenFromRows(
            FeaturedPoll.objects.order_by("pk"),
            built=1,
            formats=["xml"],
            inherited=True,
        )
        # Each object is built for its extras, from its row.
        self.assertWrittenFromRows(
            polls, built=polls.count(), formats=["xml"], extras=["till_date", "pk"]
        )
        fields = [
            field.name
            for field in Sample._meta.get_fields()
            if field.concrete and field.name not in ("id", "signed")
        ]
        self.assertWrittenFromRows(
            Sample.objects.order_by("pk"), built=2, formats=["xml"], fields=fields
        )
        # SignedField's value_to_string() reads the object, whose text XML
        # writes where records hold the value.
        serializer = serializers.get_serializer("xml")()
        serializer.serialize(Sample.objects.all())
        self.assertEqual(
            serializer.rows_refused,
            "serializers_regress.Sample.signed has a value_to_string() of its own",
        )
        serializer.serialize(Shelf.objects.all())
        self.assertEqual(
            serializer.rows_refused,
            "the keys of serializers_regress.Shelf.spans have a value_to_string() "
            "of their own",
        )
        # The related objects of followed relations too, theirs checked.
        serializer.serialize(Poll.objects.all(), relations=["choices"])
        self.assertIsNone(serializer.rows_refused)
        serializer.serialize(Author.objects.all(), relations=["sample_set"])
        self.assertEqual(
            serializer.rows_refused,
            "serializers_regress.Sample.signed has a value_to_string() of its own",
        )

    def test_without_many_to_many_fields(self):
        self.assertWrittenFromRows(
            Sample.objects.order_by("pk"), fields=["name", "amount", "author"]
        )
        self.assertWrittenFromRows(Author.objects.order_by("pk"))
        self.assertWrittenFromRows(Author.objects.none())

    def test_inherited_fields(self):
        self.assertWrittenFromRows(Poll.objects.order_by("pk"), built=1, inherited=True)

    def test_dumpdata(self):
        for format in ["json", "jsonl"]:
            with self.subTest(format=format):
                with counting_objects() as objects:
                    stream = StringIO()
                    call_command(
                        "dumpdata",
                        "serializers_regress.poll",
                        "serializers_regress.author",
                        format=format,
                        stdout=stream,
                    )
                self.assertEqual(objects.count(Poll), 1)
                self.assertEqual(objects.count(Author), 0)
                expected = [*Poll.objects.order_by("pk"), *Author.objects.all()]
                self.assertEqual(
                    stream.getvalue(),
                    serializers.serialize(format, expected),
                )

    def test_objects_built(self):
        """
        Objects are built, and written as upstream writes them, when the
        model, the queryset or the serializer asks for them.
        """
        polls = Poll.objects.order_by("pk")
        cases = [
            ("__init__()", BuiltSample.objects.all(), None),
            ("only()", polls.only("question"), None),
            ("annotate()", polls.annotate(n=Count("choices")), None),
            ("prefetch", polls.prefetch_related("choices"), None),
            ("natural keys", polls, {"use_natural_foreign_keys": True}),
            (
                "extras reading relations",
                polls,
                {"extras": [("n", lambda poll: poll.choices.count())]},
            ),
        ]
        for name, queryset, options in cases:
            with self.subTest(name):
                with counting_objects() as objects:
                    self.serialize("json", queryset.all(), **options or {})
                self.assertGreaterEqual(objects.count(queryset.model), queryset.count())
        data = self.serialize("python", BuiltSample.objects.all(), inherited=True)
        self.assertEqual(data[0]["fields"]["name"], "BUILT")

    def test_extras(self):
        # An extra that reads only the object's fields is read from an
        # instance built from its row, with no query of its own.
        polls = Poll.objects.order_by("pk")
        count = polls.count()
        for extras in [
            ["till_date"],
            ["till_date", ("double", lambda poll: poll.valid_for * 2), "__str__"],
            [("date", lambda poll: poll.pub_date.date())],
        ]:
            self.assertWrittenFromRows(polls, built=count, extras=extras)
        self.assertWrittenFromRows(
            Choice.objects.order_by("pk"),
            built=Choice.objects.count(),
            relations=["poll"],
            extras=["votes"],
        )

    def test_file_field(self):
        Attachment.objects.create(name="a", upload="attachments/a.txt")
        with counting_objects() as objects:
            data = self.serialize("python", Attachment.objects.all())
        self.assertEqual(objects.count(Attachment), 1)
        self.assertEqual(data[0]["fields"]["upload"], "attachments/a.txt")

    def test_post_init_receiver(self):
        def shout(sender, instance, **kwargs):
            instance.name = instance.name.upper()

        post_init.connect(shout, sender=Author)
        try:
            data = self.serialize("json", Author.objects.all())
        finally:
            post_init.disconnect(shout, sender=Author)
        self.assertIn('"name": "ANN"', data)

    def test_serializer_hooks(self):
        class Shouting(json.Serializer):
            def handle_field(self, obj, field):
                super().handle_field(obj, field)
                value = self._current[field.name]
                if isinstance(value, str):
                    self._current[field.name] = value.upper()

        data = self.serialize("json", Author.objects.all(), Shouting)
        self.assertIn('"name": "ANN"', data)

    def test_unwritable_value(self):
        # An encoder that can't write dates: the objects before the first
        # that holds one are written, as they are when the objects are built.
        outputs = []
        for serializer in [json.Serializer, JSONObjects]:
            stream = StringIO()
            with self.assertRaisesMessage(TypeError, "not JSON serializable"):
                serializer().serialize(
                    Sample.objects.order_by("-pk"),
                    stream=stream,
                    fields=["name", "moment"],
                    cls=JSONEncoder,
                )
            outputs.append(stream.getvalue())
        self.assertEqual(outputs[0], outputs[1])
        self.assertEqual(
            outputs[0],
            '[{"model": "serializers_regress.sample", "pk": %d, "fields": {"name": '
            '"built", "moment": null}}, {"model": "serializers_regress.sample", '
            '"pk": %d, "fields": {"name": "empty", "moment": null}}, '
            % tuple(Sample.objects.order_by("-pk").values_list("pk", flat=True)[:2]),
        )


class ReadsRelatedTests(SimpleTestCase):
    @isolate_apps("serializers_regress")
    def test_formatted_object(self):
        # An f-string renders the object with __str__(), which may read a
        # relation, whatever the opcodes the Python version compiles it to.
        class Entry(models.Model):
            name = models.CharField(max_length=10)
            parent = models.ForeignKey("self", models.CASCADE, null=True)

            def __str__(self):
                return self.parent.name

        for extra in [
            lambda entry: f"{entry}",
            lambda entry: f"{entry!r:>10}",
            lambda entry: f"{entry:>10}",
        ]:
            self.assertIs(reads_related(extra, Entry), True)
        self.assertIs(reads_related(lambda entry: entry.name, Entry), False)


class ColumnOutputTests(TestCase):
    """
    JSON and JSON Lines write the rows of a chunk a column at a time, as
    the objects' dicts would be written.
    """

    serialize = RowOutputTests.serialize
    assertWrittenFromRows = RowOutputTests.assertWrittenFromRows
    count_queries = RowOutputTests.count_queries

    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()
        for name in [
            'quote " backslash \\ slash /',
            "percent %s %d %% %(name)s",
            "lines \n\r\t \u2028\u2029 \x1f",
            "accents \u00e9\u00e8 snowman \u2603 emoji \U0001f600",
            "",
        ]:
            Author.objects.create(name=name)
        Sample.objects.create(name="empty")
        Sample.objects.create(name="percent %s", flag=True, ratio=1e100)

    def test_text(self):
        for options in [{}, {"ensure_ascii": True}, {"separators": (",", ":")}]:
            self.assertWrittenFromRows(Author.objects.order_by("pk"), **options)

    def test_column_of_each_kind_of_value(self):
        # Columns of None, of None and values, and of one kind of value.
        self.assertWrittenFromRows(Sample.objects.order_by("pk"), built=1)
        self.assertWrittenFromRows(
            Sample.objects.order_by("pk"), built=1, ensure_ascii=True
        )

    def test_times(self):
        moments = [
            datetime.datetime(2009, 4, 1, 12, 30),
            datetime.datetime(2009, 4, 1, 12, 30, 15, 123456),
            datetime.datetime(1999, 12, 31, 23, 59, 59, 999),
        ]
        for first, second in [moments[:2], moments[1:], moments[::2], moments[:1] * 2]:
            Sample.objects.all().delete()
            Sample.objects.create(name="first", moment=first, day=first.date())
            Sample.objects.create(name="second", moment=second, day=second.date())
            with self.subTest(moments=[first, second]):
                self.assertWrittenFromRows(
                    Sample.objects.order_by("pk"), fields=["moment", "day"]
                )
                with override_settings(USE_TZ=True):
                    # Aware times in UTC, written with a Z.
                    self.assertWrittenFromRows(
                        Sample.objects.order_by("pk"), fields=["moment", "day"]
                    )
        with override_settings(USE_TZ=True):
            data = self.serialize("json", Sample.objects.order_by("pk"))
        self.assertRegex(data, r'"moment": "2009-04-0\dT\d\d:30:00Z"')

    def test_many_to_many_keys(self):
        self.polls["plain"].tags.clear()
        # Lists of keys, one of them empty, with the encoder's separators.
        for options in [{}, {"separators": (",", ":")}, {"pk_name": True}]:
            self.assertWrittenFromRows(Poll.objects.order_by("pk"), built=1, **options)
        data = self.serialize("jsonl", Poll.objects.order_by("pk"), fields=["tags"])
        news, tech = self.polls["tags"]
        self.assertEqual(
            [line.split('"fields": ')[1] for line in data.splitlines()],
            ['{"tags": []}}', '{"tags": [%d,%d]}}' % (news.pk, tech.pk)]
            + ['{"tags": [%d]}}' % tech.pk],
        )

    def test_written_without_dicts(self):
        # The dicts of a chunk's objects aren't built.
        expected = {
            format: self.serialize(format, Poll.objects.order_by("pk"))
            for format in ["json", "jsonl"]
        }
        with mock.patch.object(python.Rows, "__iter__", side_effect=AssertionError):
            for format in ["json", "jsonl"]:
                with self.subTest(format=format):
                    self.assertEqual(
                        self.serialize(format, Poll.objects.order_by("pk")),
                        expected[format],
                    )
                    self.assertEqual(
                        expected[format],
                        self.serialize(
                            format, Poll.objects.order_by("pk"), OBJECTS[format]
                        ),
                    )

    def test_encoder_options(self):
        # An encoder of another class, or options that the columns don't
        # follow, are given the objects' dicts.
        class Encoder(json.DjangoJSONEncoder):
            def default(self, o):
                if isinstance(o, datetime.datetime):
                    return "a time"
                return super().default(o)

        polls = Poll.objects.order_by("pk")
        for options in [{"cls": Encoder}, {"sort_keys": True}, {"indent": 0}]:
            self.assertWrittenFromRows(polls, built=1, **options)
        data = self.serialize("json", polls, cls=Encoder)
        self.assertIn('"pub_date": "a time"', data)
        data = self.serialize("json", polls, sort_keys=True)
        self.assertIn('{"fields": {"creator": ', data)

    def test_progress(self):
        outputs = []
        for serializer in [json.Serializer, JSONObjects]:
            progress = StringIO()
            serializer().serialize(
                Poll.objects.order_by("pk"),
                stream=StringIO(),
                progress_output=progress,
                object_count=3,
            )
            outputs.append(progress.getvalue())
        self.assertEqual(outputs[0], outputs[1])
        self.assertTrue(outputs[0].endswith("\r[" + "." * 75 + "]\n"))


class NestedRowOutputTests(TestCase):
    """
    The related objects that relations and depth follow are written from
    the rows of the queries that would fetch them, without building them.
    """

    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()
        Choice.objects.create(poll=cls.polls["plain"], choice="No", votes=1)
        Choice.objects.create(poll=cls.polls["featured"], choice="Spaces", votes=2)
        Author.objects.create(name="Bob")
        root = Category.objects.create(name="root")
        leaf = Category.objects.create(name="leaf", parent=root)
        Category.objects.create(name="leaf's leaf", parent=leaf)
        club = Club.objects.create(name="Chess")
        Membership.objects.create(club=club, author=cls.polls["author"])
        signed = Sample.objects.create(name="full", signed="signed")
        Enrolment.objects.create(sample=signed, author=cls.polls["author"])
        shelf = Shelf.objects.create(name="S")
        shelf.books.set([Book.objects.create(isbn="978-0", title="B")])
        shelf.labels.set(
            [Label.objects.create(name=name, hidden=name == "b") for name in "abc"]
        )
        Shelf.objects.create(name="empty")

    def serialize(self, format, queryset, serializer=None, **options):
        return RowOutputTests.serialize(self, format, queryset, serializer, **options)

    def assertNestedFromRows(self, queryset, built, xml=True, **options):
        """
        queryset is written with its related objects as the objects would
        be, with the same queries, building the objects of built, a list of
        models, and none of the others; in XML too unless xml is False.
        """
        for format, extra in [
            *((format, {}) for format in FORMATS),
            ("json", {"separators": (",", ":"), "ensure_ascii": False}),
            *((("xml", {}), ("xml", {"indent": 2})) if xml else ()),
        ]:
            with self.subTest(format=format, **options, **extra):
                options_ = {**options, **extra}
                with CaptureQueriesContext(connection) as queries:
                    expected = self.serialize(
                        format, queryset.all(), OBJECTS[format], **options_
                    )
                with counting_objects() as objects:
                    with self.assertNumQueries(len(queries)):
                        data = self.serialize(format, queryset.all(), **options_)
                self.assertEqual(data, expected)
                self.assertEqual(sorted(map(str, objects)), sorted(map(str, built)))

    def test_relations(self):
        polls = Poll.objects.order_by("pk")
        for options in [
            {"relations": ["creator", "tags", "choices"]},
            {"relations": ["creator", "tags", "choices"], "pk_name": True},
            {
                "relations": {
                    "creator": {"fields": ["name"]},
                    "choices": {"fields": ["votes"], "pk_name": True},
                }
            },
            {"relations": ["choices"], "inherited": True},
            {"depth": 2},
        ]:
            # The chunk's first poll is built, for the routers' hint.
            self.assertNestedFromRows(polls, [Poll], **options)

    def test_each_kind_of_relation(self):
        # Reverse many-to-many, to-many below a joined to-one, a filtering
        # default manager with an ordering, a join table of its own.
        self.assertNestedFromRows(
            Tag.objects.order_by("pk"), [Tag], relations={"poll_set": {"fields": []}}
        )
        self.assertNestedFromRows(
            Choice.objects.order_by("pk"),
            [Poll],
            relations={"poll": {"fields": ["question"], "relations": ["choices"]}},
        )
        # XML builds the shelves, whose spans' keys it writes as str() of
        # the timedeltas (see test_xml).
        self.assertNestedFromRows(
            Shelf.objects.order_by("pk"),
            [Shelf],
            xml=False,
            relations=["books", "labels"],
        )
        self.assertNestedFromRows(
            Club.objects.order_by("pk"),
            [Club],
            relations={"members": {"fields": ["name"]}, "membership_set": {}},
        )
        # A nullable key to self: no parent is null.
        self.assertNestedFromRows(
            Category.objects.order_by("pk"), [Category], depth=2, relations=["children"]
        )
        # A field whose text reads the object, of a joined object.
        self.assertNestedFromRows(
            Enrolment.objects.all(),
            [Sample],
            xml=False,  # XML builds them, for SignedField's text.
            relations={"sample": {"fields": ["name", "signed"]}},
        )
        self.assertNestedFromRows(Poll.objects.none(), [], relations=["choices"])

    def test_many_to_many_keys_of_related_objects(self):
        # Fetched by a query a chunk, each chunk's first object built for
        # the routers' hint: a to-many relation's polls, a joined one's.
        self.assertNestedFromRows(
            Author.objects.order_by("pk"), [Author, Poll], relations=["poll_set"]
        )
        self.assertNestedFromRows(
            Choice.objects.order_by("pk"), [Poll], relations=["poll"]
        )

    def test_to_many_by_range_of_keys(self):
        # Dense integer keys select the related objects by their range, in
        # a query that costs the same for any number of keys: those of the
        # polls in between come too, and are left out. Sparse keys select
        # them by a list.
        plain, sponsored = self.polls["plain"], self.polls["sponsored"]
        far = Poll.objects.create(
            pk=sponsored.pk + 1000,
            question="Far?",
            pub_date=plain.pub_date,
            creator=self.polls["author"],
            valid_for=1,
        )
        far.tags.set(self.polls["tags"])
        Choice.objects.create(poll=far, choice="Far", votes=0)
        relations = ["tags", "choices"]
        for pks, selection in [
            ([plain.pk, sponsored.pk], ">="),
            ([plain.pk, far.pk], " IN ("),
        ]:
            polls = Poll.objects.filter(pk__in=pks).order_by("pk")
            with self.subTest(selection=selection):
                self.assertNestedFromRows(polls, [Poll], relations=relations)
                with CaptureQueriesContext(connection) as queries:
                    data = self.serialize("python", polls, relations=relations)
                related = [
                    query["sql"]
                    for query in queries.captured_queries
                    if "_choice" in query["sql"] or "_poll_tags" in query["sql"]
                ]
                self.assertEqual(len(related), 2)
                for sql in related:
                    self.assertIn(selection, sql)
                self.assertEqual(
                    [
                        [choice["pk"] for choice in poll["fields"]["choices"]]
                        for poll in data
                    ],
                    [
                        list(
                            Choice.objects.filter(poll=pk)
                            .order_by("pk")
                            .values_list("pk", flat=True)
                        )
                        for pk in pks
                    ],
                )
                self.assertEqual(
                    [
                        sorted(tag["pk"] for tag in poll["fields"]["tags"])
                        for poll in data
                    ],
                    [
                        sorted(
                            Poll.objects.get(pk=pk).tags.values_list("pk", flat=True)
                        )
                        for pk in pks
                    ],
                )

    def test_objects_built(self):
        """
        The related objects are built, and written by the hooks, where
        their rows can't give their output.
        """
        reads_poll = [("question", lambda choice: choice.poll.question)]
        cases = [
            (Poll, {"relations": {"choices": {"extras": reads_poll}}}),
            (Poll, {"relations": ["creator"], "use_natural_foreign_keys": True}),
            # A to-one relation below a to-many one is prefetched.
            (Tag, {"relations": ["poll_set__creator"]}),
            (Author, {"relations": ["profile"]}),
        ]
        for model, options in cases:
            with self.subTest(model=model, **options):
                serializer = serializers.get_serializer("json")()
                from_rows = spy_dump_rows(serializer)
                stream = StringIO()
                with counting_objects() as objects:
                    serializer.serialize(model.objects.all(), stream=stream, **options)
                self.assertEqual(from_rows, [False])
                self.assertGreaterEqual(len(objects), model.objects.count())
                self.assertEqual(
                    stream.getvalue(),
                    self.serialize("json", model.objects.all(), JSONObjects, **options),
                )

    def test_extras(self):
        # Extras read from the rows' instances, the related objects' too.
        polls = Poll.objects.order_by("pk")
        relations = {"creator": {"extras": ["__str__"]}, "tags": {}, "choices": {}}
        # Each poll and its creator, for their extras.
        self.assertNestedFromRows(
            polls,
            [Poll, Author] * polls.count(),
            relations=relations,
            extras=["till_date"],
        )
        self.assertNestedFromRows(
            polls,
            [Poll, *[Choice] * Choice.objects.count()],
            relations={"choices": {"extras": [("twice", lambda c: c.votes * 2)]}},
        )

    def test_output(self):
        data = self.serialize(
            "python",
            Poll.objects.filter(pk=self.polls["plain"].pk),
            relations=["creator", "tags", "choices"],
        )
        ann, news = self.polls["author"], self.polls["tags"][0]
        choices = Choice.objects.filter(poll=self.polls["plain"]).order_by("pk")
        self.assertEqual(
            data[0]["fields"]["creator"],
            {
                "model": "serializers_regress.author",
                "pk": ann.pk,
                "fields": {"name": "Ann"},
            },
        )
        self.assertEqual(
            data[0]["fields"]["tags"],
            [
                {
                    "model": "serializers_regress.tag",
                    "pk": news.pk,
                    "fields": {"name": "news"},
                }
            ],
        )
        self.assertEqual(
            [choice["fields"] for choice in data[0]["fields"]["choices"]],
            [{"choice": choice.choice, "votes": choice.votes} for choice in choices],
        )
        data = self.serialize("python", Category.objects.order_by("pk"), depth=1)
        self.assertIsNone(data[0]["fields"]["parent"])
        self.assertEqual(data[1]["fields"]["parent"]["fields"]["name"], "root")


class RowsRefusedTests(TestCase):
    """The serializer says why it builds the objects of a queryset."""

    @classmethod
    def setUpTestData(cls):
        make_polls()

    def refusal(self, queryset, serializer=None, **options):
        serializer = (serializer or serializers.get_serializer("json"))()
        serializer.serialize(queryset, stream=StringIO(), **options)
        return serializer.rows_refused

    def test_written_from_rows(self):
        polls = Poll.objects.order_by("pk")
        for options in [{}, {"extras": ["till_date"]}, {"relations": ["choices"]}]:
            with self.subTest(**options):
                self.assertIsNone(self.refusal(polls, **options))

    def test_reasons(self):
        polls = Poll.objects.order_by("pk")
        reads_choices = [("n", lambda poll: poll.choices.count())]
        cases = [
            (BuiltSample.objects.all(), {}, "BuiltSample overrides __init__()"),
            (polls.only("question"), {}, "the queryset defers fields"),
            (polls.annotate(n=Count("choices")), {}, "selects values of its own"),
            (polls.prefetch_related("choices"), {}, "prefetches 'choices'"),
            (polls, {"use_natural_foreign_keys": True}, "natural keys"),
            (polls, {"extras": reads_choices}, "the extra 'n' of "),
            (Tag.objects.all(), {"relations": ["poll_set__creator"]}, "'creator' is a"),
            (Author.objects.all(), {"relations": ["profile"]}, "reverse one-to-one"),
            (polls, {"select_related": True}, "select_related"),
        ]
        for queryset, options, reason in cases:
            with self.subTest(reason=reason):
                self.assertIn(reason, self.refusal(queryset.all(), **options))
        self.assertEqual(
            self.refusal(polls, JSONObjects), "JSONObjects overrides end_object()"
        )


class OtherDatabaseRowOutputTests(TestCase):
    databases = {"default", "other"}

    def test_rows_of_another_database(self):
        ann = Author.objects.using("other").create(name="Ann")
        tag = Tag.objects.using("other").create(name="news")
        poll = Poll.objects.using("other").create(
            question="Elsewhere?",
            pub_date=datetime.datetime(2009, 4, 1, 12, 30),
            creator=ann,
            valid_for=1,
        )
        poll.tags.add(tag)
        for format in FORMATS:
            with self.subTest(format=format):
                outputs = []
                for serializer in [serializers.get_serializer(format), OBJECTS[format]]:
                    stream = StringIO()
                    data = serializer().serialize(
                        Poll.objects.using("other"), stream=stream
                    )
                    outputs.append(data if format == "python" else stream.getvalue())
                self.assertEqual(outputs[0], outputs[1])
        # The keys of the other database's join table.
        self.assertEqual(
            serializers.serialize("python", [poll])[0]["fields"],
            {
                "question": "Elsewhere?",
                "pub_date": datetime.datetime(2009, 4, 1, 12, 30),
                "creator": ann.pk,
                "valid_for": 1,
                "tags": [tag.pk],
            },
        )
        self.assertIn(f'"tags": [{tag.pk}]', outputs[0])
