import datetime
import json
import os
from io import StringIO
from pathlib import Path

import django
from django.core import serializers
from django.core.serializers.base import SerializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.test import TestCase

from .models import Author, Book, Poll, Tag
from .utils import make_fixed_data

FORMATS = ["python", "json", "jsonl", "yaml", "xml"]
# How the json format's output ends: Django 6.0+ writes a newline even
# without indent.
JSON_END = "\n" if django.VERSION >= (6, 0) else ""


class DefaultOutputTests(TestCase):
    """Without the fork's options, every format writes upstream's output."""

    @classmethod
    def setUpTestData(cls):
        cls.author = Author.objects.create(pk=3, name="Ann")
        cls.tag = Tag.objects.create(pk=1, name="news")
        cls.poll = Poll.objects.create(
            pk=1,
            question="What's up?",
            pub_date=datetime.datetime(2009, 4, 1, 12, 30),
            creator=cls.author,
            valid_for=30,
        )
        cls.poll.tags.add(cls.tag)
        cls.book = Book.objects.create(isbn="9780131103627", title="K&R")

    def test_json(self):
        self.assertEqual(
            serializers.serialize("json", Poll.objects.all()),
            '[{"model": "serializers_regress.poll", "pk": 1, "fields": '
            '{"question": "What\'s up?", "pub_date": "2009-04-01T12:30:00", '
            '"creator": 3, "valid_for": 30, "tags": [1]}}]' + JSON_END,
        )

    def test_xml_named_primary_key(self):
        self.assertEqual(
            serializers.serialize("xml", Book.objects.all()),
            '<?xml version="1.0" encoding="utf-8"?>\n<django-objects version="1.0">'
            '<object model="serializers_regress.book" pk="9780131103627">'
            '<field name="title" type="CharField">K&amp;R</field></object>'
            "</django-objects>",
        )

    def test_round_trip_in_every_format(self):
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(format, [self.poll, self.book])
                objects = list(serializers.deserialize(format, data))
                self.assertEqual([o.object for o in objects], [self.poll, self.book])
                self.assertEqual(objects[0].m2m_data, {"tags": [self.tag.pk]})
                self.assertEqual(objects[1].object.title, "K&R")


GOLDEN = Path(__file__).resolve().parent / "golden"
# (name, options) of the byte comparisons; each runs in every format.
GOLDEN_CASES = [
    ("default", {}),
    ("indent", {"indent": 2}),
    ("fields", {"fields": ["question", "creator", "tags", "name", "title"]}),
    (
        "natural",
        {"use_natural_foreign_keys": True, "use_natural_primary_keys": True},
    ),
]
EXTENSIONS = {"json": "json", "jsonl": "jsonl", "yaml": "yaml", "xml": "xml"}


class PristineOutputTests(TestCase):
    """
    Without the fork's options, output is byte for byte what upstream's
    code writes. The golden files were written by Django 5.2.19 itself:
    with SERIALIZERS_REGRESS_WRITE_GOLDEN=1 this test writes instead of
    comparing, and was run so in a pristine 5.2.19 tree.
    """

    @classmethod
    def setUpTestData(cls):
        cls.objects = make_fixed_data()

    def test_every_format_matches_upstream_output(self):
        write = os.environ.get("SERIALIZERS_REGRESS_WRITE_GOLDEN")
        for name, options in GOLDEN_CASES:
            for format, extension in EXTENSIONS.items():
                with self.subTest(case=name, format=format):
                    data = serializers.serialize(format, self.objects, **options)
                    path = GOLDEN / f"{name}.{extension}"
                    if write:
                        GOLDEN.mkdir(exist_ok=True)
                        path.write_bytes(data.encode())
                    else:
                        expected = path.read_bytes().decode()
                        self.assertEqual(data, expected)
                    # A queryset with a stream writes the same.
                    stream = StringIO()
                    serializers.serialize(
                        format, Poll.objects.order_by("pk"), stream=stream, **options
                    )
                    self.assertEqual(
                        stream.getvalue(),
                        serializers.serialize(
                            format, list(Poll.objects.order_by("pk")), **options
                        ),
                    )

    def test_python_format_matches_json_golden_data(self):
        # The python format's output is what the json golden file decodes to.
        data = serializers.serialize("python", self.objects)
        expected = json.loads((GOLDEN / "default.json").read_text(encoding="utf-8"))
        self.assertEqual(json.loads(json.dumps(data, cls=DjangoJSONEncoder)), expected)


class UnknownOptionTests(TestCase):
    """An option that no format takes is refused before any output."""

    @classmethod
    def setUpTestData(cls):
        Author.objects.create(name="Ann")

    def test_misspelt_options_raise_with_the_closest_name(self):
        cases = [
            ("relation", "relations"),
            ("extra", "extras"),
            ("pkname", "pk_name"),
            ("feilds", "fields"),
            ("use_natural_foreign_key", "use_natural_foreign_keys"),
            ("identation", "indentation"),
        ]
        for format in FORMATS:
            for name, match in cases:
                with self.subTest(format=format, name=name):
                    stream = StringIO()
                    msg = f"Unknown serialization option {name!r}"
                    with self.assertRaisesMessage(SerializationError, msg) as caught:
                        serializers.serialize(
                            format, Author.objects.all(), stream=stream, **{name: 1}
                        )
                    self.assertEqual(stream.getvalue(), "")
                    if name != "identation":
                        self.assertIn(f"did you mean {match!r}?", str(caught.exception))

    def test_encoder_options(self):
        # python and xml ignore the encoders' options, as upstream's do.
        json_options = [
            {"indent": 2},
            {"ensure_ascii": False},
            {"sort_keys": True},
            {"cls": DjangoJSONEncoder},
            {"separators": (",", ":")},
        ]
        yaml_options = [
            {"indent": 2},
            {"default_flow_style": False},
            {"width": 100},
            {"allow_unicode": False},
        ]
        cases = {
            "python": json_options + yaml_options,
            "xml": json_options + yaml_options + [{"encoding": "utf-8"}],
            "json": json_options,
            "jsonl": json_options,
            "yaml": yaml_options,
        }
        for format, options in cases.items():
            for option in options:
                with self.subTest(format=format, **option):
                    serializers.serialize(format, Author.objects.all(), **option)
        # Another format's option is refused before output, not when the
        # encoder gets it.
        for format, option in [("json", "width"), ("yaml", "ensure_ascii")]:
            with self.subTest(format=format, option=option):
                stream = StringIO()
                msg = f"Unknown serialization option {option!r}"
                with self.assertRaisesMessage(SerializationError, msg):
                    serializers.serialize(
                        format, Author.objects.all(), stream=stream, **{option: 1}
                    )
                self.assertEqual(stream.getvalue(), "")

    def test_options_of_an_encoder_class(self):
        class Encoder(DjangoJSONEncoder):
            def __init__(self, *args, upper=False, **kwargs):
                super().__init__(*args, **kwargs)

        serializers.serialize("json", Author.objects.all(), cls=Encoder, upper=True)

    def test_serializer_classes_outside_django_take_any_option(self):
        class Plain(serializers.get_serializer("json")):
            pass

        Plain.__module__ = "myapp.serializers"

        class Listing(Plain):
            def _init_options(self):
                self.upper = self.options.pop("upper", False)
                super()._init_options()

        Listing.__module__ = "myapp.serializers"
        data = Listing().serialize(Author.objects.all(), upper=True)
        self.assertIn('"name": "Ann"', data)
