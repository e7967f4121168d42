import datetime
import json
import warnings
from decimal import Decimal
from io import StringIO

import yaml

from django.core import management, serializers
from django.core.management import CommandError
from django.core.serializers import Literal, ModelSerializer
from django.core.serializers.base import (
    DeserializationError,
    SerializationError,
    SerializerWarning,
)
from django.core.serializers.json import DjangoJSONEncoder
from django.test import TestCase

from .custom_serializers import (
    AuthorSerializer,
    BrokenSerializer,
    ChoiceSerializer,
    PollByIdSerializer,
    PollDescriptionSerializer,
    PollSerializer,
)
from .models import (
    Author,
    Book,
    Category,
    Choice,
    Poll,
    Reading,
    Sample,
    Seat,
    Shelf,
)
from .test_default_output import FORMATS
from .utils import JSON_END, assert_raises_before_output, make_polls, python_objects

TILL = datetime.datetime(2009, 5, 1, 12, 30)


class CustomFormatExamplesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()
        cls.plain = cls.polls["plain"]
        cls.queryset = Poll.objects.filter(pk=cls.plain.pk)

    def test_example_1_tuples(self):
        self.assertEqual(
            serializers.serialize(
                "python", self.queryset, custom_serializer=PollSerializer
            ),
            [("What's up?", 30, TILL, "1.0")],
        )
        self.assertEqual(
            serializers.serialize(
                "json", self.queryset, custom_serializer=PollSerializer
            ),
            '[["What\'s up?", 30, "2009-05-01T12:30:00", "1.0"]]' + JSON_END,
        )
        self.assertEqual(
            serializers.serialize(
                "jsonl", self.queryset, custom_serializer=PollSerializer
            ),
            '["What\'s up?",30,"2009-05-01T12:30:00","1.0"]\n',
        )
        self.assertEqual(
            yaml.safe_load(
                serializers.serialize(
                    "yaml", self.queryset, custom_serializer=PollSerializer
                )
            ),
            [["What's up?", 30, TILL, "1.0"]],
        )
        self.assertEqual(
            serializers.serialize(
                "xml", self.queryset, custom_serializer=PollSerializer
            ),
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<django-objects custom="PollSerializer" version="1.0">'
            f'<object model="serializers_regress.poll" pk="{self.plain.pk}">'
            '<field name="question" type="CharField">What\'s up?</field>'
            '<field name="valid_for" type="IntegerField">30</field>'
            '<field name="till_date" type="datetime">2009-05-01T12:30:00</field>'
            '<field type="str">1.0</field>'
            "</object></django-objects>",
        )

    def test_example_2_descriptions_and_related_serializers(self):
        choice = self.plain.choices.get()
        data = serializers.serialize(
            "json",
            self.queryset,
            custom_serializer=PollDescriptionSerializer,
            related_custom_serializers={
                "serializers_regress.Choice": ChoiceSerializer,
                Author: AuthorSerializer,
            },
        )
        self.assertEqual(
            json.loads(data),
            [
                {
                    "Question": "What's up?",
                    "Created by": ["Ann"],
                    "Validity": {"Days": 30, "Until": "2009-05-01T12:30:00"},
                    # The choice's poll is the poll being shaped: its key.
                    "Choices": [{"Choice": "Yes", "Votes": 3, "Poll": self.plain.pk}],
                    "Tags": [self.polls["tags"][0].pk],
                }
            ],
        )
        data = serializers.serialize(
            "xml",
            self.queryset,
            custom_serializer=PollDescriptionSerializer,
            related_custom_serializers={"serializers_regress.Choice": ChoiceSerializer},
        )
        self.assertIn(
            '<field description="Validity">'
            '<field1 description="Days" name="valid_for" type="IntegerField">'
            "30</field1>"
            '<field1 description="Until" name="till_date" type="datetime">'
            "2009-05-01T12:30:00</field1></field>",
            data,
        )
        self.assertIn(
            '<field description="Choices" name="choices" rel="ManyToOneRel" '
            'to="serializers_regress.choice">'
            f'<object model="serializers_regress.choice" pk="{choice.pk}">'
            '<field1 description="Choice" name="choice" type="CharField">Yes</field1>',
            data,
        )
        self.assertIn(
            '<field description="Created by" name="creator" rel="ManyToOneRel" '
            f'to="serializers_regress.author">{self.polls["author"].pk}</field>',
            data,
        )

    def test_example_3_mapping(self):
        polls = Poll.objects.order_by("pk")
        data = serializers.serialize(
            "python", polls, custom_serializer=PollByIdSerializer
        )
        self.assertEqual(
            data,
            {
                poll.pk: (poll.question, datetime.datetime(2009, 4, 1, 12, 30))
                for poll in polls
            },
        )
        data = json.loads(
            serializers.serialize("json", polls, custom_serializer=PollByIdSerializer)
        )
        self.assertEqual(
            data[str(self.plain.pk)], ["What's up?", "2009-04-01T12:30:00"]
        )
        lines = serializers.serialize(
            "jsonl", polls, custom_serializer=PollByIdSerializer
        ).splitlines()
        self.assertEqual(
            json.loads(lines[0]),
            {str(self.plain.pk): ["What's up?", "2009-04-01T12:30:00"]},
        )
        self.assertIn(
            f'<object key="{self.plain.pk}" model="serializers_regress.poll"',
            serializers.serialize("xml", polls, custom_serializer=PollByIdSerializer),
        )

    def test_indented_json_mapping_is_valid(self):
        data = serializers.serialize(
            "json",
            Poll.objects.all(),
            custom_serializer=PollByIdSerializer,
            indent=2,
        )
        self.assertEqual(len(json.loads(data)), 3)


class ByKey(ModelSerializer):
    def parent_key(self, obj):
        # A category's parent's key: None for a root.
        return obj.parent_id


def by_key(custom_format):
    """A serializer of each object's shaped item by its key."""
    return type("ByKey", (ByKey,), {"custom_format": custom_format})


class CustomMappingTests(TestCase):
    """The mapping that a {key: shape} custom_format gives."""

    def serialize(self, format, queryset, custom_format, **options):
        return serializers.serialize(
            format, queryset, custom_serializer=by_key(custom_format), **options
        )

    def assertRaisesInEveryFormat(self, msg, queryset, custom_format, **options):
        for format in FORMATS:
            with self.subTest(format=format):
                with self.assertRaisesMessage(SerializationError, msg):
                    self.serialize(format, queryset, custom_format, **options)

    def test_none_is_a_key(self):
        root = Category.objects.create(name="root")
        Category.objects.create(name="leaf", parent=root)
        categories = Category.objects.order_by("pk")
        shape = {"parent_key": "name"}
        self.assertEqual(
            self.serialize("python", categories, shape), {None: "root", root.pk: "leaf"}
        )
        self.assertEqual(
            self.serialize("json", categories, shape),
            f'{{"null": "root", "{root.pk}": "leaf"}}' + JSON_END,
        )
        self.assertEqual(
            self.serialize("jsonl", categories, shape),
            f'{{"null": "root"}}\n{{"{root.pk}": "leaf"}}\n',
        )
        self.assertEqual(
            self.serialize("yaml", categories, shape), f"null: root\n{root.pk}: leaf\n"
        )
        # XML has no null attribute: the object has no key.
        xml = self.serialize("xml", categories, shape)
        self.assertIn(
            f'<object model="serializers_regress.category" pk="{root.pk}">', xml
        )
        self.assertIn(f'<object key="{root.pk}" model="serializers_regress', xml)

    def test_keys_json_cannot_write_are_written_as_the_encoder_writes_them(self):
        Seat.objects.create(row="A", number=1, price=Decimal("1.50"))
        Seat.objects.create(row="B", number=2, price=Decimal("2"))
        seats = Seat.objects.order_by("row")
        shape = {"price": "row"}
        self.assertEqual(
            self.serialize("json", seats, shape),
            '{"1.50": "A", "2.00": "B"}' + JSON_END,
        )
        self.assertEqual(
            self.serialize("jsonl", seats, shape), '{"1.50": "A"}\n{"2.00": "B"}\n'
        )
        self.assertEqual(
            self.serialize("python", seats, shape),
            {Decimal("1.50"): "A", Decimal("2.00"): "B"},
        )
        polls = make_polls()
        Poll.objects.exclude(pk=polls["plain"].pk).delete()
        self.assertEqual(
            self.serialize("json", Poll.objects.all(), {"pub_date": "question"}),
            '{"2009-04-01T12:30:00": "What\'s up?"}' + JSON_END,
        )

    def test_key_of_an_earlier_object_raises(self):
        polls = make_polls()
        msg = (
            f"serializers_regress.Poll (pk={polls['featured'].pk}): the key "
            f"'creator' of ByKey.custom_format is {polls['author'].pk}, as an "
            "earlier object's; the keys of a mapping must be unique."
        )
        self.assertRaisesInEveryFormat(
            msg, Poll.objects.order_by("pk"), {"creator": "question"}
        )

    def test_collection_key_raises(self):
        seat = Seat.objects.create(row="A", number=1, price=Decimal("1.50"))
        msg = (
            "serializers_regress.Seat (pk=('A', 1)): the key 'pk' of "
            "ByKey.custom_format is ('A', 1), which can't key a mapping; it must "
            "be a single value."
        )
        self.assertRaisesInEveryFormat(msg, [seat], {"pk": "price"})

    def test_select_related_refuses_a_mapping(self):
        make_polls()
        msg = (
            "ByKey.custom_format is a {key: shape} mapping, which select_related "
            "can't add the objects it depends on to; use a list or a tuple."
        )
        self.assertRaisesInEveryFormat(
            msg, Choice.objects.all(), {"pk": "choice"}, select_related=True
        )
        # A related model's custom format, too.
        self.assertRaisesInEveryFormat(
            msg,
            Choice.objects.all(),
            [("choice",)],
            select_related=True,
            related_custom_serializers={Poll: by_key({"pk": "question"})},
        )


class CustomFormatRulesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()
        cls.plain = cls.polls["plain"]

    def shape(self, custom_format, obj=None, **attrs):
        serializer = type(
            "S", (ModelSerializer,), {"custom_format": custom_format, **attrs}
        )
        return serializers.serialize(
            "python", [obj or self.plain], custom_serializer=serializer
        )[0]

    def test_string_resolution_order(self):
        # A field wins over a method of the serializer, a method of the
        # serializer over the object's attribute, an attribute over a
        # literal.
        item = self.shape(
            [("question", "till_date", "valid_for", "nothing")],
            question=lambda self, obj: "method",
            till_date=lambda self, obj: "serializer's",
        )
        self.assertEqual(item, ("What's up?", "serializer's", 30, "nothing"))
        self.assertEqual(self.shape([("till_date",)]), (TILL,))

    def test_inherited_fields_and_callables(self):
        item = self.shape(
            [["question", "headline", lambda poll: poll.valid_for * 2]],
            obj=self.polls["featured"],
        )
        self.assertEqual(item, ["Tabs?", "War", 14])

    def test_methods_django_adds(self):
        reading = Reading.objects.create(unit="in", taken=datetime.date(2009, 5, 1))
        item = self.shape([("unit", "get_unit_display")], reading)
        self.assertEqual(item, ("in", "inches"))

    def test_composite_primary_key(self):
        # Seat.pk, which the class can't give, isn't a literal "pk".
        seat = Seat.objects.create(row="A", number=1, price=Decimal("1.50"))
        self.assertEqual(
            self.shape([("pk", "price")], seat), (("A", 1), Decimal("1.50"))
        )

    def test_nesting(self):
        item = self.shape([{"a": [("question", {"b": ["valid_for"]})]}])
        self.assertEqual(item, {"a": [("What's up?", {"b": [30]})]})

    def test_relations_give_keys(self):
        item = self.shape([("creator", "tags", "choices")])
        self.assertEqual(
            item,
            (
                self.polls["author"].pk,
                [self.polls["tags"][0].pk],
                [self.plain.choices.get().pk],
            ),
        )

    def test_objects_of_another_model_raise(self):
        msg = (
            "PollSerializer serializes serializers_regress.Poll objects, not "
            "serializers_regress.Author objects."
        )
        for format in FORMATS:
            with self.subTest(format=format):
                assert_raises_before_output(
                    self,
                    msg,
                    format,
                    Author.objects.all(),
                    custom_serializer=PollSerializer,
                )
        with self.assertRaisesMessage(
            SerializationError, "not serializers_regress.Tag"
        ):
            serializers.serialize(
                "json",
                [self.plain, self.polls["tags"][0]],
                custom_serializer=PollSerializer,
            )

    def test_wrong_forms_raise(self):
        for custom_format, msg in [
            (
                ("question", "valid_for"),
                "S.custom_format holds exactly one item, the shape of each "
                "object, not 2 (a one-item tuple needs its trailing comma: "
                "(shape,)).",
            ),
            (
                "question",
                "S.custom_format is a list, a tuple or a dict holding one item, "
                "not 'question' (a one-item tuple needs its trailing comma: "
                "('question',)).",
            ),
            (
                [("a",), ("b",)],
                "holds exactly one item, the shape of each object, not 2.",
            ),
            ({"pk": "question", "id": "question"}, "holds exactly one entry"),
            ({1: "question"}, "the key of {key: shape} names a field"),
            ({"nothing": "question"}, "the key 'nothing' of {key: shape} is not"),
            (
                [{1: "question"}],
                "dict keys in a shape are descriptions (strings), not 1.",
            ),
            ([("question", 3)], "3 is not a shape"),
            (None, "S has no custom_format."),
        ]:
            with self.subTest(custom_format=custom_format):
                serializer = type(
                    "S", (ModelSerializer,), {"custom_format": custom_format}
                )
                assert_raises_before_output(
                    self, msg, "json", Poll.objects.all(), custom_serializer=serializer
                )

    def test_not_a_model_serializer(self):
        with self.assertRaisesMessage(SerializationError, "takes a subclass of"):
            serializers.serialize("json", Poll.objects.all(), custom_serializer=dict)

    def test_method_that_raises_names_object_and_method(self):
        msg = (
            f"serializers_regress.Poll (pk={self.plain.pk}): the method "
            "'BrokenSerializer.explode()' raised ValueError: no luck"
        )
        for format in FORMATS:
            with self.subTest(format=format):
                with self.assertRaisesMessage(SerializationError, msg):
                    serializers.serialize(
                        format,
                        Poll.objects.filter(pk=self.plain.pk),
                        custom_serializer=BrokenSerializer,
                    )

    def test_attribute_and_callable_that_raise_name_object_and_item(self):
        last = Poll.objects.order_by("pub_date", "pk").last()
        for item, name in [
            ("get_next_by_pub_date", "get_next_by_pub_date"),
            (lambda poll: 1 / 0, "<lambda>"),
        ]:
            serializer = type("S", (ModelSerializer,), {"custom_format": [(item,)]})
            with self.subTest(name=name):
                with self.assertRaisesMessage(
                    SerializationError,
                    f"serializers_regress.Poll (pk={last.pk}): the item {name!r} "
                    "raised ",
                ):
                    serializers.serialize("json", [last], custom_serializer=serializer)

    def test_value_the_format_cannot_write_names_object_and_item(self):
        class Raw(ModelSerializer):
            custom_format = [
                {"Question": "question", "More": ("valid_for", "raw", Literal("tag"))}
            ]

            def raw(self, obj):
                return [{1, 2}]

        class RawByKey(Raw):
            custom_format = {"pk": ("question", "raw")}

        class Unrepresentable(Raw):
            custom_format = [("question", lambda poll: object())]

        class UnrepresentableByKey(Raw):
            custom_format = {"pk": {"Question": "question", "Raw": "raw"}}

            def raw(self, obj):
                return object()

        poll = Poll.objects.filter(pk=self.plain.pk)
        for format, serializer, name, format_name, error in [
            ("json", Raw, "raw", "JSON", "Object of type set is not JSON"),
            ("json", RawByKey, "raw", "JSON", "Object of type set is not JSON"),
            ("jsonl", Raw, "raw", "JSON", "Object of type set is not JSON"),
            ("jsonl", RawByKey, "raw", "JSON", "Object of type set is not JSON"),
            ("xml", Raw, "raw", "XML", "Object of type set is not JSON"),
            (
                "yaml",
                Unrepresentable,
                "<lambda>",
                "YAML",
                "cannot represent an object of type object",
            ),
            (
                "yaml",
                UnrepresentableByKey,
                "raw",
                "YAML",
                "cannot represent an object of type object",
            ),
        ]:
            msg = (
                f"serializers_regress.Poll (pk={self.plain.pk}): the item {name!r} "
                f"of {serializer.__name__}.custom_format can't be written in "
                f"{format_name}: {error}"
            )
            with self.subTest(format=format, serializer=serializer.__name__):
                with self.assertRaisesMessage(SerializationError, msg):
                    serializers.serialize(format, poll, custom_serializer=serializer)
        # Among the dependencies that select_related adds.
        msg = (
            f"serializers_regress.Poll (pk={self.plain.pk}): the item '<lambda>' "
            "of Unrepresentable.custom_format can't be written in YAML"
        )
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize(
                "yaml", poll, custom_serializer=Unrepresentable, select_related=True
            )
        # The python format returns the values themselves, and YAML writes sets.
        data = serializers.serialize("python", poll, custom_serializer=Raw)
        self.assertEqual(data[0]["More"], (30, [{1, 2}], "tag"))
        data = serializers.serialize("yaml", poll, custom_serializer=Raw)
        self.assertIn("  - - !!set\n", data)

    def test_xml_value_with_control_characters_names_object_and_item(self):
        serializer = type(
            "Bell", (ModelSerializer,), {"custom_format": [(lambda poll: "\x07",)]}
        )
        msg = (
            f"serializers_regress.Poll (pk={self.plain.pk}): the item '<lambda>' "
            "of Bell.custom_format can't be written in XML: "
        )
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize(
                "xml",
                Poll.objects.filter(pk=self.plain.pk),
                custom_serializer=serializer,
            )

    def test_value_that_an_encoder_writes_is_written(self):
        class SetEncoder(DjangoJSONEncoder):
            def default(self, o):
                return sorted(o) if isinstance(o, set) else super().default(o)

        serializer = type(
            "Sets", (ModelSerializer,), {"custom_format": [(lambda poll: {2, 1},)]}
        )
        data = serializers.serialize(
            "json",
            Poll.objects.filter(pk=self.plain.pk),
            custom_serializer=serializer,
            cls=SetEncoder,
        )
        self.assertEqual(json.loads(data), [[[1, 2]]])

    def test_options_that_shape_objects_raise(self):
        for options, names in [
            ({"fields": ["question"]}, "fields"),
            ({"extras": ["till_date"]}, "extras"),
            ({"relations": ["creator"], "depth": 1}, "relations or depth"),
        ]:
            for format in FORMATS:
                with self.subTest(options=options, format=format):
                    msg = (
                        f"custom_serializer takes no {names}: its custom_format "
                        "gives the shape of the objects."
                    )
                    assert_raises_before_output(
                        self,
                        msg,
                        format,
                        Poll.objects.all(),
                        custom_serializer=PollSerializer,
                        **options,
                    )

    def test_custom_output_is_not_a_fixture(self):
        for format in FORMATS:
            for serializer in [PollSerializer, PollByIdSerializer]:
                with self.subTest(format=format, serializer=serializer.__name__):
                    data = serializers.serialize(
                        format, Poll.objects.all(), custom_serializer=serializer
                    )
                    with self.assertRaisesMessage(
                        DeserializationError, "custom serializer"
                    ):
                        list(serializers.deserialize(format, data))

    def test_select_related_adds_dependencies(self):
        data = serializers.serialize(
            "python",
            Choice.objects.all(),
            custom_serializer=ChoiceSerializer,
            related_custom_serializers={Author: AuthorSerializer},
            select_related=True,
        )
        self.assertEqual(data[0], ("Ann",))  # The author, in its format.
        self.assertEqual(data[1]["model"], "serializers_regress.tag")
        self.assertEqual(data[2]["model"], "serializers_regress.poll")
        self.assertEqual(data[3], {"Choice": "Yes", "Votes": 3, "Poll": self.plain.pk})

    def test_queries_do_not_grow_with_objects(self):
        related = {Choice: ChoiceSerializer, Author: AuthorSerializer}
        for count in [1, 10]:
            with self.subTest(count=count):
                for n in range(count):
                    Poll.objects.create(
                        question=f"{n}?",
                        pub_date=TILL,
                        creator=self.polls["author"],
                        valid_for=n,
                    ).tags.set(self.polls["tags"])
                # Polls with their creators, their choices, their tags,
                # streamed (in chunks) or not.
                for stream in [None, StringIO()]:
                    with self.assertNumQueries(3):
                        serializers.serialize(
                            "json",
                            Poll.objects.all(),
                            custom_serializer=PollDescriptionSerializer,
                            related_custom_serializers=related,
                            stream=stream,
                        )


class CustomFormatLiteralTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.plain = make_polls()["plain"]
        cls.queryset = Poll.objects.filter(pk=cls.plain.pk)

    def serializer(self, *items):
        return type(
            "PollSerializer",
            (ModelSerializer,),
            {"custom_format": [items], "closing_date": lambda self, obj: TILL},
        )

    def serialize_in_every_format(self, serializer):
        """Serialize the poll in every format; return the warnings raised."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for format in FORMATS:
                serializers.serialize(
                    format, self.queryset, custom_serializer=serializer
                )
        return caught

    def test_literal_close_to_a_name_warns_once_per_class(self):
        for literal, name in [
            ("questoin", "question"),  # A field, two letters swapped.
            ("valid_fr", "valid_for"),
            ("createor", "creator"),  # A relation.
            ("choice", "choices"),  # A reverse relation's accessor.
            ("closing_dat", "closing_date"),  # A method of the serializer.
            ("till_dates", "till_date"),  # A property of the model.
            ("get_next_by_pubdate", "get_next_by_pub_date"),
        ]:
            with self.subTest(literal=literal):
                serializer = self.serializer("question", literal)
                caught = self.serialize_in_every_format(serializer)
                self.assertEqual(
                    [(w.category, str(w.message)) for w in caught],
                    [
                        (
                            SerializerWarning,
                            f"PollSerializer.custom_format: {literal!r} is written "
                            f"as a literal; did you mean {name!r}?",
                        )
                    ],
                )
                # It's still a literal.
                self.assertEqual(
                    serializers.serialize(
                        "python", self.queryset, custom_serializer=serializer
                    ),
                    [("What's up?", literal)],
                )

    def test_each_misspelt_literal_warns(self):
        serializer = type(
            "PollSerializer",
            (ModelSerializer,),
            {"custom_format": [{"a": "questoin", "b": ["valid_fr", "questoin"]}]},
        )
        caught = self.serialize_in_every_format(serializer)
        self.assertEqual(
            [str(w.message) for w in caught],
            [
                "PollSerializer.custom_format: 'questoin' is written as a literal; "
                "did you mean 'question'?",
                "PollSerializer.custom_format: 'valid_fr' is written as a literal; "
                "did you mean 'valid_for'?",
            ],
        )

    def test_literals_far_from_names_and_marked_literals_do_not_warn(self):
        serializer = self.serializer(
            "1.0",
            "v2",
            "nothing",
            "Yes",
            "pl",  # Short strings are close to everything ("pk").
            "same",  # Close to Model.save(), which a format never means.
            "object",  # Close to the objects manager, which objects don't have.
            Literal("questoin"),
            Literal("question"),
            Literal("pk"),
        )
        self.assertEqual(self.serialize_in_every_format(serializer), [])

    def test_literal_is_written_as_a_plain_string_in_every_format(self):
        serializer = type(
            "S",
            (ModelSerializer,),
            {"custom_format": [{"Question": Literal("question"), "V": Literal("2")}]},
        )
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, self.queryset, custom_serializer=serializer
                )
                if format == "xml":
                    self.assertIn(
                        '<field description="Question" type="str">question</field>'
                        '<field description="V" type="str">2</field>',
                        data,
                    )
                    continue
                (item,) = python_objects(format, data)
                self.assertEqual(item, {"Question": "question", "V": "2"})
                self.assertIs(type(item["Question"]), str)

    def test_literal_repr(self):
        self.assertEqual(repr(Literal("1.0")), "Literal('1.0')")
        self.assertEqual(Literal("1.0"), "1.0")


class CustomXMLControlCharactersTests(TestCase):
    """Custom XML refuses what XML 1.0 can't hold, as the default XML does."""

    @classmethod
    def setUpTestData(cls):
        cls.book = Book.objects.create(isbn="a\x01b", title="Bell")
        cls.shelf = Shelf.objects.create(name="Top")
        cls.shelf.books.add(cls.book)
        cls.sample = Sample.objects.create(name="s", book=cls.book)
        cls.poll = make_polls()["plain"]

    def serialize(self, objects, *items, **options):
        serializer = type("S", (ModelSerializer,), {"custom_format": [items]})
        return serializers.serialize(
            "xml", objects, custom_serializer=serializer, **options
        )

    def test_primary_key_with_control_characters_raises(self):
        msg = (
            "serializers_regress.Book (pk='a\\x01b'): the primary key contains "
            "unserializable characters (control characters aren't supported in "
            "XML 1.0)."
        )
        # As the default XML raises.
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize("xml", [self.book])
        mapping = type("S", (ModelSerializer,), {"custom_format": {"title": "isbn"}})
        book_serializer = type("B", (ModelSerializer,), {"custom_format": ["title"]})
        for objects, items, options in [
            ([self.book], ("title",), {}),
            ([self.shelf], ("name", "books"), {}),  # A related object's key.
            (
                [self.shelf],
                ("name", "books"),
                {"related_custom_serializers": {Book: book_serializer}},
            ),
        ]:
            with self.subTest(model=objects[0]._meta.label, options=options):
                with self.assertRaisesMessage(SerializationError, msg):
                    self.serialize(objects, *items, **options)
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize("xml", [self.book], custom_serializer=mapping)

    def test_mapping_key_with_control_characters_raises(self):
        author = Author.objects.create(name="Bell \x07")
        serializer = type("S", (ModelSerializer,), {"custom_format": {"name": "pk"}})
        msg = (
            f"serializers_regress.Author (pk={author.pk}): the key 'name' of "
            "S.custom_format contains unserializable characters (control "
            "characters aren't supported in XML 1.0)."
        )
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize("xml", [author], custom_serializer=serializer)

    def test_text_with_control_characters_raises(self):
        self.poll.question = "What\x01s up?"
        pk = self.poll.pk
        # The default XML's error, in the custom XML's naming the item.
        msg = f"Poll.question (pk:{pk}) contains unserializable characters"
        with self.assertRaisesMessage(ValueError, msg):
            serializers.serialize("xml", [self.poll])
        with self.assertRaisesMessage(
            SerializationError,
            f"serializers_regress.Poll (pk={pk}): the item 'question' of "
            f"S.custom_format can't be written in XML: {msg}",
        ):
            self.serialize([self.poll], "question")
        # A relation's key is text too.
        with self.assertRaisesMessage(
            SerializationError,
            f"serializers_regress.Sample (pk={self.sample.pk}): the item 'book' of "
            "S.custom_format can't be written in XML: Control characters are not "
            "supported in XML 1.0",
        ):
            self.serialize([self.sample], "name", "book")

    def test_tab_newline_and_carriage_return_are_written(self):
        self.poll.question = "HT \t, LF \n, CR \r"
        self.assertIn(
            '<field name="question" type="CharField">HT \t, LF \n, CR \r</field>',
            self.serialize([self.poll], "question"),
        )


class DumpdataCustomSerializerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_polls()

    def test_custom_serializer(self):
        out = StringIO()
        management.call_command(
            "dumpdata",
            "serializers_regress.poll",
            "--custom-serializer=serializers_regress.Poll="
            "serializers_regress.custom_serializers.PollDescriptionSerializer",
            "--custom-serializer=serializers_regress.Choice="
            "serializers_regress.custom_serializers.ChoiceSerializer",
            stdout=out,
        )
        data = json.loads(out.getvalue())
        self.assertEqual(data[0]["Question"], "What's up?")
        self.assertEqual(data[0]["Choices"][0]["Votes"], 3)

    def test_bad_specs(self):
        path = "serializers_regress.custom_serializers.PollSerializer"
        for args, msg in [
            (["serializers_regress.poll", "--custom-serializer=x"], "expected"),
            (
                [
                    "serializers_regress.poll",
                    "--custom-serializer=serializers_regress.Poll=nope.X",
                ],
                "--custom-serializer serializers_regress.Poll=nope.X:",
            ),
            (
                [
                    "serializers_regress",
                    f"--custom-serializer=serializers_regress.Poll={path}",
                ],
                "dump one model",
            ),
            (
                [
                    "serializers_regress.choice",
                    f"--custom-serializer=serializers_regress.Poll={path}",
                ],
                "--custom-serializer: serializers_regress.Choice is dumped, but the "
                "custom serializers named are for serializers_regress.Poll, the models "
                "of its related objects; name one for serializers_regress.Choice.",
            ),
            (
                [
                    "serializers_regress.poll",
                    f"--custom-serializer=serializers_regress.Poll={path}",
                    "--depth=1",
                ],
                "--custom-serializer: custom_serializer takes no depth",
            ),
        ]:
            with self.subTest(args=args):
                with self.assertRaisesMessage(CommandError, msg):
                    management.call_command("dumpdata", *args, stdout=StringIO())
