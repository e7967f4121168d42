import datetime
import gzip
import os
import tempfile
from io import BytesIO, StringIO
from unittest import mock

from django.core import management, serializers
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import ArrayReader
from django.test import SimpleTestCase, TestCase

from .models import Author, Poll, Tag


class JSONStreamTests(TestCase):
    """The JSON deserializer reads a stream an object at a time."""

    @classmethod
    def setUpTestData(cls):
        ann = Author.objects.create(name="Ånn ☃ 𝄞")
        tags = [Tag.objects.create(name=f"tag {n}") for n in range(2)]
        for n in range(6):
            Poll.objects.create(
                question=f"Q{n} “quoted” \\ \n?",
                pub_date=datetime.datetime(2009, 4, 1),
                creator=ann,
                valid_for=10**n,
            ).tags.set(tags)

    def setUp(self):
        # Small blocks put object, string, number and UTF-8 sequence
        # boundaries across reads.
        patcher = mock.patch.object(ArrayReader, "block_size", 7)
        patcher.start()
        self.addCleanup(patcher.stop)

    def documents(self):
        polls = Poll.objects.order_by("pk")
        return [
            serializers.serialize("json", polls),
            serializers.serialize("json", polls, indent=2),
            serializers.serialize("json", polls, relations=["creator", "tags"]),
            "[]",
            " [ \n ] \n",
            "[1, 2.5e3, -0]",
        ]

    def load(self, data, stream):
        if stream is None:
            source = data
        else:
            source = stream(data.encode() if stream is BytesIO else data)
        return [
            (
                obj.object.__class__,
                {k: v for k, v in obj.object.__dict__.items() if k != "_state"},
                obj.m2m_data,
            )
            for obj in serializers.deserialize("json", source)
        ]

    def outcome(self, data, stream):
        try:
            return self.load(data, stream)
        except DeserializationError as exc:
            return str(exc)

    def test_stream_loads_as_string(self):
        for data in self.documents()[:3]:
            for stream in [StringIO, BytesIO]:
                with self.subTest(data=data[:40], stream=stream.__name__):
                    self.assertEqual(self.load(data, stream), self.load(data, None))

    def test_errors_as_string(self):
        # Every prefix of a document, and broken ones: the same error, with
        # the same position, as when the document is loaded whole.
        data = serializers.serialize("json", Poll.objects.order_by("pk")[:2])
        tag = '{"model": "serializers_regress.tag", "pk": 1, "fields": {}}'
        documents = [data[:n] for n in range(len(data))] + [
            f"[{tag} {tag}]",
            f"[{tag},]",
            f"[{tag}] x",
            f"[\n{tag}\n,\n]",
            f"[{tag}, ]",
            # Python 3.13+ points at a trailing comma, here blocks before.
            f"[{tag}, {tag},{' ' * 20}\n\n{' ' * 20}]",
            f"[{tag}, {tag}",
            "{}",
            "null",
            "nope",
            "\ufeff[]",
            "[" * 100000 + "]" * 100000,
        ]
        for document in documents:
            for stream in [StringIO, BytesIO]:
                with self.subTest(document=document[-40:], stream=stream.__name__):
                    self.assertEqual(
                        self.outcome(document, stream), self.outcome(document, None)
                    )

    def test_non_array_documents(self):
        for document in ["[]", " [ \n ] \n", "[1, 2.5e3, -0]"]:
            with self.subTest(document=document):
                for stream in [StringIO, BytesIO]:
                    self.assertEqual(
                        self.outcome(document, stream), self.outcome(document, None)
                    )

    def test_invalid_utf8(self):
        data = serializers.serialize("json", Poll.objects.order_by("pk")).encode()
        broken = data.replace("“".encode(), b"\xe2\x80", 1)
        for document in [broken, b"\xff" + broken]:
            with self.assertRaises(DeserializationError) as cm:
                list(serializers.deserialize("json", BytesIO(document)))
            message = str(cm.exception)
            self.assertTrue(message.startswith("Invalid JSON: invalid "), message)
            self.assertIn("(byte ", message)

    def test_broken_compressed_stream(self):
        data = serializers.serialize("json", Poll.objects.order_by("pk")).encode()
        compressed = gzip.compress(data)
        for broken in [compressed[: len(compressed) // 2], compressed[:-6] + b"x"]:
            stream = gzip.GzipFile(fileobj=BytesIO(broken))
            with self.assertRaisesMessage(DeserializationError, "Invalid JSON: "):
                list(serializers.deserialize("json", stream))

    def test_stream_is_read_as_needed(self):
        # Django 6.0+ ends the document with a newline.
        data = serializers.serialize("json", Poll.objects.order_by("pk")).encode()
        stream = BytesIO(b"[" + b",".join([data.rstrip()[1:-1]] * 200) + b"]")
        objects = serializers.deserialize("json", stream)
        next(objects)
        # About the first object (read in growing blocks), out of 1,200.
        self.assertLess(stream.tell(), len(data) // 3)
        self.assertEqual(len(list(objects)), 6 * 200 - 1)

    def test_read_without_size(self):
        class Whole:
            def __init__(self, data):
                self.data = data

            def read(self):
                data, self.data = self.data, b""
                return data

        data = serializers.serialize("json", Poll.objects.order_by("pk"))
        self.assertEqual(self.load(data, None), self.load(data, Whole))

    def test_loaddata_streams(self):
        data = serializers.serialize("json", Poll.objects.order_by("pk"))
        with tempfile.TemporaryDirectory() as directory:
            fixture = os.path.join(directory, "polls.json")
            with open(fixture, "w", encoding="utf-8") as f:
                f.write(data)
            Poll.objects.all().delete()
            management.call_command("loaddata", fixture, verbosity=0)
        self.assertEqual(
            serializers.serialize("json", Poll.objects.order_by("pk")), data
        )


class JSONStreamResourceTests(SimpleTestCase):
    """
    The streaming JSON reader takes time and memory linear in its input;
    the work is measured as the characters the reader scans and keeps.
    """

    def read(self, data):
        reader = ArrayReader(BytesIO(data))
        return list(reader) if reader.is_array else reader.document

    def test_whitespace_between_items_is_not_kept(self):
        data = b"[1" + b" " * (4 << 20) + b", 2" + b"\n" * (4 << 20) + b"]"
        kept = []
        original = ArrayReader.read

        def read(reader, size=None):
            original(reader, size)
            kept.append(len(reader.buffer))

        with mock.patch.object(ArrayReader, "read", read):
            self.assertEqual(self.read(data), [1, 2])
        # The buffer never holds much more than a block of whitespace.
        self.assertLess(max(kept), 3 * ArrayReader.block_size)

    def test_non_array_document_is_read_in_one_go(self):
        stream = BytesIO(b" " * 10 + b"\0" * (8 << 20))
        with mock.patch.object(stream, "read", wraps=stream.read) as read:
            with self.assertRaisesMessage(DeserializationError, "Invalid JSON"):
                list(serializers.deserialize("json", stream))
        # The first block, the rest at once, and the end.
        self.assertLessEqual(read.call_count, 3)

    def test_huge_integer_literal(self):
        for data in [b"[" + b"1" * 5000 + b"]", b'[{"pk": ' + b"2" * 5000 + b"}]"]:
            with self.subTest(length=len(data)):
                with self.assertRaisesMessage(
                    DeserializationError, "Invalid JSON: Exceeds the limit"
                ):
                    list(serializers.deserialize("json", BytesIO(data)))
