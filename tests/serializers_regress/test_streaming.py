import datetime
from io import StringIO

from django.core import serializers
from django.db.models import Prefetch
from django.test import TestCase

from .models import Author, Poll, Tag
from .test_default_output import FORMATS


class StreamingTests(TestCase):
    """serialize(stream=...) reads a queryset in chunks, output unchanged."""

    @classmethod
    def setUpTestData(cls):
        ann = Author.objects.create(name="Ann")
        tags = [Tag.objects.create(name=f"tag {n}") for n in range(3)]
        when = datetime.datetime(2009, 4, 1, 12, 30)
        for n in range(25):
            poll = Poll.objects.create(
                question=f"Q{n}?", pub_date=when, creator=ann, valid_for=n
            )
            poll.tags.set(tags[: n % 3 + 1])

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
                self.assertEqual(
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

    def test_an_evaluated_queryset_is_not_queried_again(self):
        queryset = Poll.objects.all()
        list(queryset)
        for format in FORMATS:
            with self.subTest(format=format):
                with self.assertNumQueries(25):  # The tags of each poll.
                    self.serialize_chunked(format, queryset)
