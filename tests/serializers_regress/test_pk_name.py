import io
from decimal import Decimal

from django.core import serializers
from django.core.serializers.base import DeserializationError
from django.test import TestCase

from .models import Book, FeaturedPoll, Gadget, Seat
from .test_default_output import FORMATS
from .utils import make_polls, python_objects


class PkNameTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.book = Book.objects.create(isbn="9780131103627", title="K&R")
        cls.gadget = Gadget.objects.create(name="sprocket")
        cls.seat = Seat.objects.create(row="B", number=7, price=Decimal("12.50"))
        cls.polls = make_polls()

    def test_pk_name_in_every_format(self):
        cases = [
            (Book.objects.all(), "isbn", "9780131103627"),
            (Gadget.objects.all(), "id", str(self.gadget.pk)),
            (FeaturedPoll.objects.all(), "poll_ptr", str(self.polls["featured"].pk)),
        ]
        for queryset, name, pk in cases:
            for format in ["python", "json", "jsonl", "yaml"]:
                with self.subTest(model=queryset.model.__name__, format=format):
                    data = serializers.serialize(format, queryset, pk_name=True)
                    obj = python_objects(format, data)[0]
                    self.assertEqual(list(obj), ["model", "pk", "pk_name", "fields"])
                    self.assertEqual(obj["pk_name"], name)
                    self.assertEqual(str(obj["pk"]), pk)
            with self.subTest(model=queryset.model.__name__, format="xml"):
                data = serializers.serialize("xml", queryset, pk_name=True)
                self.assertIn(
                    f'<object model="{queryset.model._meta.label_lower}" '
                    f'pk="{pk}" pk_name="{name}">',
                    data,
                )

    def test_composite_primary_key_names_each_field(self):
        data = serializers.serialize("python", Seat.objects.all(), pk_name=True)
        self.assertEqual(data[0]["pk"], ["B", 7])
        self.assertEqual(data[0]["pk_name"], ["row", "number"])
        xml = serializers.serialize("xml", Seat.objects.all(), pk_name=True)
        self.assertIn("""pk_name='["row", "number"]'""", xml)

    def test_composite_primary_key_names_are_each_objects_own(self):
        Seat.objects.create(row="B", number=8, price=Decimal("3.00"))
        data = serializers.serialize("python", Seat.objects.all(), pk_name=True)
        self.assertEqual(data[1]["pk_name"], ["row", "number"])
        self.assertIsNot(data[0]["pk_name"], data[1]["pk_name"])
        # Not an anchor and aliases to the first object's names.
        names = "  pk_name:\n  - row\n  - number\n"
        for stream in [None, io.StringIO()]:
            with self.subTest(stream=stream):
                output = serializers.serialize(
                    "yaml", Seat.objects.all(), pk_name=True, stream=stream
                )
                output = stream.getvalue() if stream else output
                self.assertEqual(output.count(names), 2)
                self.assertNotIn("&id", output)

    def test_round_trip_in_every_format(self):
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, [self.book, self.gadget, self.seat], pk_name=True
                )
                Book.objects.all().delete()
                Gadget.objects.all().delete()
                Seat.objects.all().delete()
                for obj in serializers.deserialize(format, data):
                    obj.save()
                self.assertEqual(Book.objects.get().title, "K&R")
                self.assertEqual(Gadget.objects.get().pk, self.gadget.pk)
                self.assertEqual(Seat.objects.get().price, Decimal("12.50"))

    def test_pk_name_mismatch_raises(self):
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(format, [self.book], pk_name=True)
                data = data if format != "python" else [dict(data[0])]
                if format == "python":
                    data[0]["pk_name"] = "id"
                elif format == "xml":
                    data = data.replace('pk_name="isbn"', 'pk_name="id"')
                else:
                    data = data.replace("isbn", "id")
                msg = (
                    "serializers_regress.Book: pk_name 'id' is not the name of "
                    "its primary key field, 'isbn'."
                )
                with self.assertRaisesMessage(DeserializationError, msg):
                    list(serializers.deserialize(format, data))

    def test_without_option_there_is_no_pk_name(self):
        for format in ["python", "json", "jsonl", "yaml"]:
            with self.subTest(format=format):
                data = serializers.serialize(format, [self.book])
                self.assertNotIn("pk_name", python_objects(format, data)[0])
        self.assertNotIn("pk_name", serializers.serialize("xml", [self.book]))
