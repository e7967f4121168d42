import datetime

from django.core import serializers
from django.test import TestCase

from .models import Author, Book, Poll, Tag

FORMATS = ["python", "json", "jsonl", "yaml", "xml"]


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
            '"creator": 3, "valid_for": 30, "tags": [1]}}]',
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
