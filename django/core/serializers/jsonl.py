"""
Serialize data to/from JSON Lines
"""

import json

from django.core.serializers.base import DeserializationError, json_options
from django.core.serializers.json import (
    DjangoJSONEncoder,
    dumps_custom,
    dumps_object,
    dumps_rows,
    json_key,
)
from django.core.serializers.python import Deserializer as PythonDeserializer
from django.core.serializers.python import Rows
from django.core.serializers.python import Serializer as PythonSerializer


class Serializer(PythonSerializer):
    """Convert a queryset to JSON Lines."""

    internal_use_only = False

    def format_options(self, options):
        return json_options(options)

    def _init_options(self):
        self._current = None
        self.json_kwargs = self.options.copy()
        self.json_kwargs.pop("stream", None)
        self.json_kwargs.pop("fields", None)
        self.json_kwargs.pop("indent", None)
        self.json_kwargs["separators"] = (",", ": ")
        self.json_kwargs.setdefault("cls", DjangoJSONEncoder)
        self.json_kwargs.setdefault("ensure_ascii", False)

    def start_serialization(self):
        self._init_options()

    def write_object(self, data):
        self.stream.write(dumps_object(data, self.json_kwargs))
        self.stream.write("\n")

    def write_chunk(self, objects):
        if isinstance(objects, Rows):
            texts = dumps_rows(objects, self.json_kwargs)
            if texts is not None:
                self.stream.write("".join(text + "\n" for text in texts))
                return
        super().write_chunk(objects)

    def handle_custom_object(self, obj, shape, key):
        value = data = shape.value(obj)
        if shape.key is not None:
            data = {json_key(key, self.json_kwargs["cls"]): value}
        self.stream.write(dumps_custom(data, shape, obj, value, self.json_kwargs))
        self.stream.write("\n")

    def getvalue(self):
        # Grandparent super
        return super(PythonSerializer, self).getvalue()


class Deserializer(PythonDeserializer):
    """Deserialize a stream or string of JSON data."""

    def __init__(self, stream_or_string, **options):
        if isinstance(stream_or_string, bytes):
            try:
                stream_or_string = stream_or_string.decode()
            except UnicodeDecodeError as exc:
                raise DeserializationError(f"Invalid JSON Lines: {exc}") from exc
        if isinstance(stream_or_string, str):
            # Records end with "\n" only: str.splitlines() would also split
            # at characters JSON strings hold unescaped, such as U+2028.
            stream_or_string = stream_or_string.split("\n")
        super().__init__(Deserializer._get_lines(stream_or_string), **options)

    def _handle_object(self, obj):
        try:
            yield from super()._handle_object(obj)
        except (GeneratorExit, DeserializationError):
            raise
        except Exception as exc:
            raise DeserializationError(f"Error deserializing object: {exc}") from exc

    @staticmethod
    def _get_lines(stream):
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise DeserializationError(
                    f"Invalid JSON Lines: line {number}, column {exc.colno}: "
                    f"{exc.msg}"
                ) from exc
            except Exception as exc:
                raise DeserializationError(
                    f"Invalid JSON Lines: line {number}: {exc}"
                ) from exc
