import datetime
import json
import os
import tempfile
from io import StringIO

import yaml

from django.core import management, serializers
from django.core.management import CommandError
from django.core.serializers.base import SerializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.planning import reads_related
from django.db.models import Count, F
from django.test import SimpleTestCase, TestCase

from .models import Choice, Gauge, Poll, Reading
from .test_default_output import FORMATS
from .utils import (
    assert_raises_before_output,
    dumpdata,
    make_polls,
    python_objects,
)


class ExtrasTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()
        cls.gauge = Gauge.objects.create(level=4)

    def test_property_method_attribute_and_callable(self):
        extras = [
            "doubled",
            "summary",
            "loaded_at",
            ("label", lambda gauge: f"gauge {gauge.level}"),
        ]
        expected = {
            "doubled": 8,
            "summary": {"level": 4, "ok": True, "parts": [1.5, None]},
            "loaded_at": "init",
            "label": "gauge 4",
        }
        for format in ["python", "json", "jsonl", "yaml"]:
            with self.subTest(format=format):
                data = serializers.serialize(format, Gauge.objects.all(), extras=extras)
                obj = python_objects(format, data)[0]
                self.assertEqual(list(obj), ["model", "pk", "fields", "extras"])
                self.assertEqual(obj["extras"], expected)

    def test_xml_extra_elements_follow_fields(self):
        data = serializers.serialize(
            "xml",
            Poll.objects.filter(pk=self.polls["plain"].pk),
            extras=["till_date", ("open", lambda poll: True), ("none", lambda p: None)],
        )
        self.assertIn(
            '<field name="tags" rel="ManyToManyRel" to="serializers_regress.tag">'
            f'<object pk="{self.polls["tags"][0].pk}"></object></field>'
            '<extra name="till_date" type="datetime">2009-05-01T12:30:00</extra>'
            '<extra name="open" type="bool">true</extra>'
            '<extra name="none" type="none"><None></None></extra></object>',
            data,
        )

    def test_dates_as_each_format_writes_them(self):
        poll = Poll.objects.filter(pk=self.polls["plain"].pk)
        till = datetime.datetime(2009, 5, 1, 12, 30)
        data = serializers.serialize("python", poll, extras=["till_date"])
        self.assertEqual(data[0]["extras"], {"till_date": till})
        data = serializers.serialize("json", poll, extras=["till_date"])
        self.assertEqual(json.loads(data)[0]["extras"], {"till_date": till.isoformat()})
        data = serializers.serialize("yaml", poll, extras=["till_date"])
        self.assertIn("extras:\n    till_date: 2009-05-01 12:30:00\n", data)

    def test_annotations_and_extra_select(self):
        queryset = (
            Poll.objects.filter(pk=self.polls["plain"].pk)
            .annotate(n_choices=Count("choices"), twice=F("valid_for") * 2)
            .extra(select={"one": "1"})
        )
        for format in ["python", "json", "jsonl", "yaml"]:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, queryset, extras=["n_choices", "twice", "one"]
                )
                self.assertEqual(
                    python_objects(format, data)[0]["extras"],
                    {"n_choices": 1, "twice": 60, "one": 1},
                )

    def test_alias_is_not_an_extra(self):
        queryset = Poll.objects.alias(n=Count("choices"))
        msg = (
            "serializers_regress.Poll has no attribute, property, method or "
            "selected value named 'n' to serialize as an extra."
        )
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize("json", queryset, extras=["n"])

    def test_related_object_is_written_by_key(self):
        data = serializers.serialize(
            "python", [self.polls["plain"]], extras=["creator", "choices"]
        )
        self.assertEqual(
            data[0]["extras"],
            {
                "creator": self.polls["author"].pk,
                "choices": [self.polls["plain"].choices.get().pk],
            },
        )

    def test_unknown_name_raises_before_output(self):
        for format in FORMATS:
            with self.subTest(format=format):
                msg = (
                    "serializers_regress.Gauge has no attribute, property, method "
                    "or selected value named 'nope' to serialize as an extra."
                )
                assert_raises_before_output(
                    self, msg, format, Gauge.objects.all(), extras=["nope"]
                )

    def test_method_that_needs_arguments_raises(self):
        msg = (
            "serializers_regress.Gauge.scaled() needs arguments (factor); an "
            "extra can only call a method that takes none."
        )
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize("json", [self.gauge], extras=["scaled"])

    def test_methods_django_adds(self):
        # get_FOO_display() and get_next_by_FOO() are partialmethods.
        first = Reading.objects.create(unit="mm", taken=datetime.date(2009, 5, 1))
        second = Reading.objects.create(unit="in", taken=datetime.date(2009, 5, 2))
        for format in ["python", "json", "jsonl", "yaml"]:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format,
                    [first],
                    extras=["get_unit_display", "get_next_by_taken"],
                )
                self.assertEqual(
                    python_objects(format, data)[0]["extras"],
                    {"get_unit_display": "millimetres", "get_next_by_taken": second.pk},
                )
        data = serializers.serialize("xml", [second], extras=["get_unit_display"])
        self.assertIn('<extra name="get_unit_display" type="str">inches</extra>', data)
        msg = (
            f"serializers_regress.Reading (pk={second.pk}): the extra "
            "'get_next_by_taken' raised DoesNotExist:"
        )
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize("json", [second], extras=["get_next_by_taken"])

    def test_property_that_raises_names_object_and_extra(self):
        gauge = Gauge.objects.create(level=0)
        msg = (
            f"serializers_regress.Gauge (pk={gauge.pk}): the extra 'ratio' raised "
            "ZeroDivisionError: division by zero"
        )
        for format in FORMATS:
            with self.subTest(format=format):
                with self.assertRaisesMessage(SerializationError, msg):
                    serializers.serialize(format, [gauge], extras=["ratio"])

    def test_wrong_item_raises(self):
        msg = "serializers_regress.Gauge: extras take names or (name, callable) pairs"
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize("json", [self.gauge], extras=[("x", 1)])

    def test_bare_name_raises_with_a_hint(self):
        msg = (
            "serializers_regress.Gauge: extras takes a list of names and (name, "
            "callable) pairs, not 'level' (a list: ['level'])."
        )
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize("json", [self.gauge], extras="level")

    def test_value_the_format_cannot_write_names_object_and_extra(self):
        poll = self.polls["plain"]
        extras = [("open", lambda obj: True), ("raw", lambda obj: object())]
        messages = {
            "json": "Object of type object is not JSON serializable",
            "jsonl": "Object of type object is not JSON serializable",
            "xml": "Object of type object is not JSON serializable",
            "yaml": "cannot represent an object of type object",
        }
        names = {"json": "JSON", "jsonl": "JSON", "xml": "XML", "yaml": "YAML"}
        # The poll's extra, and a related object's.
        cases = [
            (poll, {"extras": extras}),
            (poll.creator, {"relations": {"creator": {"extras": extras}}}),
            (poll.choices.get(), {"relations": {"choices": {"extras": extras}}}),
        ]
        for format, error in messages.items():
            for stream in [None, StringIO()]:
                for obj, options in cases:
                    with self.subTest(format=format, stream=stream, obj=obj):
                        msg = (
                            f"{obj._meta.label} (pk={obj.pk}): the extra 'raw' "
                            f"can't be written in {names[format]}: {error}"
                        )
                        with self.assertRaisesMessage(SerializationError, msg):
                            serializers.serialize(
                                format,
                                Poll.objects.filter(pk=poll.pk),
                                stream=stream,
                                **options,
                            )

    def test_yaml_value_that_cannot_be_written_after_an_alias(self):
        # An aliased document is dumped by yaml.dump() rather than in parts.
        day = datetime.date(2009, 4, 1)
        extras = [
            ("start", lambda obj: day),
            ("end", lambda obj: day),
            ("raw", lambda obj: object()),
        ]
        msg = (
            f"serializers_regress.Gauge (pk={self.gauge.pk}): the extra 'raw' can't "
            "be written in YAML: cannot represent an object of type object"
        )
        for stream in [None, StringIO()]:
            with self.subTest(stream=stream):
                with self.assertRaisesMessage(SerializationError, msg):
                    serializers.serialize(
                        "yaml", Gauge.objects.all(), extras=extras, stream=stream
                    )

    def test_value_that_an_encoder_writes_is_written(self):
        class SetEncoder(DjangoJSONEncoder):
            def default(self, o):
                return sorted(o) if isinstance(o, set) else super().default(o)

        data = serializers.serialize(
            "json", [self.gauge], extras=[("set", lambda obj: {2, 1})], cls=SetEncoder
        )
        self.assertEqual(json.loads(data)[0]["extras"], {"set": [1, 2]})
        data = serializers.serialize(
            "yaml", [self.gauge], extras=[("set", lambda obj: {1})]
        )
        self.assertIn("  extras:\n    set: !!set\n      1: null\n", data)

    def test_error_that_no_extra_causes_is_raised_as_is(self):
        # An encoder that can't write the polls' dates.
        msg = "Object of type datetime is not JSON serializable"
        with self.assertRaisesMessage(TypeError, msg):
            serializers.serialize(
                "json",
                Poll.objects.all(),
                extras=[("open", lambda obj: True)],
                cls=json.JSONEncoder,
            )

    def test_extras_are_ignored_on_load(self):
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format,
                    Gauge.objects.filter(pk=self.gauge.pk),
                    extras=["doubled", ("level", lambda g: 99)],
                )
                objects = list(serializers.deserialize(format, data))
                self.assertEqual(objects[0].object.level, 4)

    def test_combined_with_other_options(self):
        data = serializers.serialize(
            "json",
            [self.polls["featured"]],
            fields=["question", "headline"],
            pk_name=True,
            inherited=True,
            extras=["till_date"],
            indent=2,
        )
        obj = json.loads(data)[0]
        self.assertEqual(obj["pk_name"], "poll_ptr")
        self.assertEqual(obj["fields"], {"question": "Tabs?", "headline": "War"})
        self.assertEqual(obj["extras"], {"till_date": "2009-04-08T12:30:00"})
        self.assertIn('\n  "pk_name": "poll_ptr",\n', data)


class DumpdataOptionsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()

    def test_pk_name_inherited_and_extras(self):
        data = json.loads(
            dumpdata(
                "serializers_regress.featuredpoll",
                "serializers_regress.gauge",
                pk_name=True,
                inherited=True,
                extras=[
                    "serializers_regress.Poll.till_date",
                    "serializers_regress.FeaturedPoll.till_date",
                ],
            )
        )
        featured = [o for o in data if o["model"].endswith("featuredpoll")]
        self.assertEqual(len(featured), 2)
        self.assertEqual(featured[0]["pk_name"], "poll_ptr")
        self.assertEqual(featured[0]["fields"]["question"], "Tabs?")
        self.assertEqual(featured[0]["extras"], {"till_date": "2009-04-08T12:30:00"})

    def test_command_line_flags(self):
        out = StringIO()
        management.call_command(
            "dumpdata",
            "serializers_regress.poll",
            "--pk-name",
            "--extras=serializers_regress.Poll.till_date",
            "--format=xml",
            stdout=out,
        )
        self.assertIn('pk_name="id"', out.getvalue())
        self.assertIn('<extra name="till_date" type="datetime">', out.getvalue())

    def test_bad_extras_raise_command_error(self):
        for spec, msg in [
            ("till_date", "--extras till_date: expected app_label.ModelName.name."),
            (
                "serializers_regress.Poll",
                "--extras serializers_regress.Poll: expected "
                "app_label.ModelName.name.",
            ),
            ("serializers_regress.Nope.x", "unknown model 'serializers_regress.Nope'"),
            (
                "serializers_regress.Poll.nope",
                "--extras: serializers_regress.Poll has no attribute, property, "
                "method or selected value named 'nope'",
            ),
        ]:
            with self.subTest(spec=spec):
                with self.assertRaisesMessage(CommandError, msg):
                    dumpdata("serializers_regress", extras=[spec])

    def test_output_loads_back(self):
        data = dumpdata(
            "serializers_regress.author",
            "serializers_regress.tag",
            "serializers_regress.sponsoredpoll",
            pk_name=True,
            inherited=True,
            extras=["serializers_regress.Poll.till_date"],
        )
        Poll.objects.all().delete()
        with tempfile.TemporaryDirectory() as directory:
            fixture = os.path.join(directory, "polls.json")
            with open(fixture, "w") as f:
                f.write(data)
            management.call_command("loaddata", fixture, verbosity=0)
        sponsored = Poll.objects.get().featuredpoll.sponsoredpoll
        self.assertEqual(
            (sponsored.question, sponsored.headline, sponsored.sponsor),
            ("Vim?", "Editors", "ACME"),
        )


class YAMLAliasTests(TestCase):
    """Output of the fork's options is for other programs: no YAML aliases."""

    @classmethod
    def setUpTestData(cls):
        make_polls()

    def test_values_met_twice_are_written_in_full(self):
        shared = {"scale": [1, 2, 3]}
        when = datetime.date(2009, 4, 1)
        cases = [
            {"extras": [("shared", lambda poll: shared), ("day", lambda poll: when)]},
            {
                "relations": {"choices": {"extras": [("shared", lambda c: shared)]}},
                "extras": [("shared", lambda poll: shared)],
            },
            {"select_related": True, "extras": [("shared", lambda poll: shared)]},
        ]
        for options in cases:
            with self.subTest(options=options):
                data = serializers.serialize("yaml", Poll.objects.all(), **options)
                self.assertNotIn("&id", data)
                self.assertNotIn("*id", data)
                polls = [
                    obj for obj in yaml.safe_load(data) if obj["model"].endswith("poll")
                ]
                self.assertEqual(polls[0]["extras"]["shared"], shared)
                self.assertEqual(polls[-1]["extras"]["shared"], shared)

    def test_default_output_keeps_upstream_anchors(self):
        # Upstream's output, byte for byte: a value object met twice in a
        # list of instances is written with an anchor.
        polls = list(Poll.objects.all())
        when = datetime.datetime(2009, 4, 1, 12, 30)
        for poll in polls:
            poll.pub_date = when
        self.assertIn("&id001", serializers.serialize("yaml", polls))


def summary(poll):
    return f"{poll.question} ({poll.creator})"


class ReadsRelatedTests(SimpleTestCase):
    """
    Extras that may read related objects are read from the objects with the
    caches that relations fill; the others from instances built from rows.
    """

    def test_reads_related(self):
        cases = [
            (Poll.till_date, Poll, False),
            (Gauge.doubled, Gauge, False),
            (lambda poll: poll.valid_for * 2, Poll, False),
            (lambda poll: (poll.pk, poll.creator_id), Poll, False),
            (lambda choice: f"{choice.choice}: {choice.votes}", Choice, False),
            (Poll.__str__, Poll, False),
            # A relation, forward or reverse, or the caches.
            (lambda poll: poll.creator.name, Poll, True),
            (lambda poll: poll.choices.count(), Poll, True),
            (lambda poll: [tag.name for tag in poll.tags.all()], Poll, True),
            (lambda choice: choice.poll_id and choice.poll, Choice, True),
            (lambda poll: poll._prefetched_objects_cache, Poll, True),
            # Through a function of the module.
            (lambda poll: summary(poll), Poll, True),
            # Attributes read by name, or code that isn't Python's.
            (lambda poll: getattr(poll, "creator"), Poll, True),
            (str, Poll, True),
        ]
        for function, model, expected in cases:
            with self.subTest(function=function):
                self.assertIs(reads_related(function, model), expected)
