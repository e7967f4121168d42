"""
Serialize data to/from JSON
"""

import datetime
import decimal
import json
import uuid

from django.core.serializers.base import DeserializationError
from django.core.serializers.python import Deserializer as PythonDeserializer
from django.core.serializers.python import Serializer as PythonSerializer
from django.utils.duration import duration_iso_string
from django.utils.functional import Promise
from django.utils.timezone import is_aware


class Serializer(PythonSerializer):
    """Convert a queryset to JSON."""

    internal_use_only = False

    def _init_options(self):
        self._current = None
        self.json_kwargs = self.options.copy()
        self.json_kwargs.pop("stream", None)
        self.json_kwargs.pop("fields", None)
        if self.options.get("indent"):
            # Prevent trailing spaces
            self.json_kwargs["separators"] = (",", ": ")
        self.json_kwargs.setdefault("cls", DjangoJSONEncoder)
        self.json_kwargs.setdefault("ensure_ascii", False)

    def _mapping(self):
        """Whether the output is a custom format's mapping."""
        custom = self.custom
        return (
            custom is not None
            and custom.main_shape is not None
            and (custom.main_shape.container is dict)
        )

    def start_serialization(self):
        self._init_options()
        self.stream.write("{" if self._mapping() else "[")

    def end_serialization(self):
        if self.options.get("indent"):
            self.stream.write("\n")
        self.stream.write("}" if self._mapping() else "]")
        if self.options.get("indent"):
            self.stream.write("\n")

    def _start_item(self):
        indent = self.options.get("indent")
        if not self.first:
            self.stream.write(",")
            if not indent:
                self.stream.write(" ")
        if indent:
            self.stream.write("\n")

    def end_object(self, obj):
        # self._current has the field data
        self._start_item()
        # json.dumps() uses the C encoder, json.dump() never does.
        self.stream.write(json.dumps(self.get_dump_object(obj), **self.json_kwargs))
        self._current = None

    def handle_custom_object(self, obj, shape, key):
        self._start_item()
        if key is None:
            self.stream.write(json.dumps(shape.value(obj), **self.json_kwargs))
        else:
            # A "key": item pair, the key converted as json converts keys.
            pair = json.dumps({key: shape.value(obj)}, **self.json_kwargs)
            lines = pair[1:-1].strip("\n ").split("\n")
            indent = self.options.get("indent") or 0
            self.stream.write(
                "\n".join([lines[0], *(line[indent:] for line in lines[1:])])
            )

    def getvalue(self):
        # Grandparent super
        return super(PythonSerializer, self).getvalue()


class Deserializer(PythonDeserializer):
    """Deserialize a stream or string of JSON data."""

    def __init__(self, stream_or_string, **options):
        try:
            if not isinstance(stream_or_string, (bytes, str)):
                stream_or_string = stream_or_string.read()
            if isinstance(stream_or_string, bytes):
                stream_or_string = stream_or_string.decode()
            objects = json.loads(stream_or_string)
        except Exception as exc:
            raise DeserializationError(f"Invalid JSON: {exc}") from exc
        super().__init__(objects, **options)

    def _handle_object(self, obj):
        try:
            yield from super()._handle_object(obj)
        except (GeneratorExit, DeserializationError):
            raise
        except Exception as exc:
            raise DeserializationError(f"Error deserializing object: {exc}") from exc


class DjangoJSONEncoder(json.JSONEncoder):
    """
    JSONEncoder subclass that knows how to encode date/time, decimal types, and
    UUIDs.
    """

    def default(self, o):
        # See "Date Time String Format" in the ECMA-262 specification.
        if isinstance(o, datetime.datetime):
            r = o.isoformat()
            if o.microsecond:
                r = r[:23] + r[26:]
            if r.endswith("+00:00"):
                r = r.removesuffix("+00:00") + "Z"
            return r
        elif isinstance(o, datetime.date):
            return o.isoformat()
        elif isinstance(o, datetime.time):
            if is_aware(o):
                raise ValueError("JSON can't represent timezone-aware times.")
            r = o.isoformat()
            if o.microsecond:
                r = r[:12]
            return r
        elif isinstance(o, datetime.timedelta):
            return duration_iso_string(o)
        elif isinstance(o, (decimal.Decimal, uuid.UUID, Promise)):
            return str(o)
        else:
            return super().default(o)
