"""
Serialize data to/from JSON
"""

import codecs
import datetime
import decimal
import functools
import itertools
import json
import operator
import uuid
from json.encoder import encode_basestring, encode_basestring_ascii

from django.core.serializers.base import (
    DeserializationError,
    json_options,
    raise_unwritable_extra,
)
from django.core.serializers.python import Deserializer as PythonDeserializer
from django.core.serializers.python import Related, Rows
from django.core.serializers.python import Serializer as PythonSerializer
from django.utils.duration import duration_iso_string
from django.utils.functional import Promise
from django.utils.timezone import is_aware


def dumps_object(data, json_kwargs):
    """
    The JSON of an object's dict; if it fails, an extra that json can't
    write is named.
    """
    try:
        # json.dumps() uses the C encoder, json.dump() never does.
        return json.dumps(data, **json_kwargs)
    except (TypeError, ValueError) as e:
        encode = functools.partial(json.dumps, **json_kwargs)
        raise_unwritable_extra([data], e, encode, "JSON")
        raise


def dumps_rows(rows, json_kwargs):
    """
    The JSON of each object of rows, a chunk of dump_rows(), as
    dumps_object() writes its dict; or None when json_kwargs aren't the
    DjangoJSONEncoder's own options without indent, or when a value can't
    be written (dumps_object() names it). Each column is encoded at once:
    its values are all written the same way, in C for the most common types
    (str, int, dates and times, lists of ints), by json.dumps() otherwise.
    """
    if (
        json_kwargs.get("cls") is not DjangoJSONEncoder
        or json_kwargs.get("indent") is not None
        or not json_kwargs.keys() <= {"cls", "ensure_ascii", "indent", "separators"}
    ):
        return None
    item_separator, key_separator = json_kwargs.get("separators") or (", ", ": ")
    encode = (
        encode_basestring_ascii
        if json_kwargs.get("ensure_ascii", True)
        else encode_basestring
    )
    dumps = functools.partial(json.dumps, **json_kwargs)

    def template(items):
        # The text of a dict of the (key, JSON) items, "%s" where the JSON is
        # None, for the % operator.
        return (
            "{"
            + item_separator.join(
                (encode(key) + key_separator).replace("%", "%%")
                + ("%s" if value is None else value.replace("%", "%%"))
                for key, value in items
            )
            + "}"
        )

    def texts(rows):
        # The JSON of each object of rows.
        fields = template([(name, None) for name in rows.names])
        envelope = [("model", encode(rows.label)), ("pk", None)]
        if rows.pk_name is not None:
            envelope.append(("pk_name", dumps(rows.pk_name)))
        envelope.append(("fields", None))
        if rows.extra_names:
            envelope.append(("extras", None))
        envelope = template(envelope)
        keys = json_column(rows.keys, encode, dumps, item_separator, texts)
        parts = [keys, objects(rows.names, rows.columns, fields, len(keys))]
        if rows.extra_names:
            extras = template([(name, None) for name in rows.extra_names])
            parts.append(
                objects(rows.extra_names, rows.extra_columns, extras, len(keys))
            )
        return list(map(envelope.__mod__, zip(*parts)))

    def objects(names, columns, template, count):
        # The JSON of the dict of each row of columns, keyed by names.
        if not columns:
            return itertools.repeat("{}", count)
        columns = [
            json_column(column, encode, dumps, item_separator, texts)
            for column in columns
        ]
        return map(template.__mod__, zip(*columns))

    try:
        return texts(rows)
    except (TypeError, ValueError):
        return None


def json_column(column, encode, dumps, item_separator, texts):
    """
    The JSON of each value of column, as dumps() writes it, with encode(),
    the encoder's str encoder, item_separator, its separator of a list's
    items, and texts(), the JSON of each object of Rows.
    """
    if isinstance(column, Related):
        objects = texts(column.rows)
        if column.spans is None:
            return [
                "null" if key is None else text
                for key, text in zip(column.rows.keys, objects)
            ]
        return [
            "[" + item_separator.join(objects[start:end]) + "]"
            for start, end in column.spans
        ]
    types = set(map(type, column))
    if types == {str}:
        return list(map(encode, column))
    if types == {int}:
        return list(map(int.__repr__, column))
    if types == {datetime.datetime}:
        return list(map(encode, json_datetimes(column)))
    if types == {datetime.date}:
        return list(map(encode, map(datetime.date.isoformat, column)))
    if types == {list}:
        if set(map(type, itertools.chain.from_iterable(column))) <= {int}:
            if item_separator == ", ":
                # The repr() of a list of ints is its JSON.
                return list(map(list.__repr__, column))
            return [
                "[" + item_separator.join(map(int.__repr__, keys)) + "]"
                for keys in column
            ]
    if types <= {str, type(None)}:
        return ["null" if value is None else encode(value) for value in column]
    return list(map(dumps, column))


def json_datetimes(column):
    """
    What DjangoJSONEncoder.default() returns for each datetime of column.
    """
    if not any(map(operator.attrgetter("microsecond"), column)):
        timezones = set(map(operator.attrgetter("tzinfo"), column))
        if timezones == {None}:
            return list(map(datetime.datetime.isoformat, column))
        if timezones == {datetime.timezone.utc}:
            # The isoformat() of UTC times ends with "+00:00".
            return [
                text[:-6] + "Z" for text in map(datetime.datetime.isoformat, column)
            ]
    return list(map(DjangoJSONEncoder().default, column))


def dumps_custom(data, shape, obj, value, json_kwargs):
    """
    The JSON of data, which is obj's shaped value or a {key: value} pair; if
    it fails, the item of the shape that json can't write is named.
    """
    try:
        return json.dumps(data, **json_kwargs)
    except (TypeError, ValueError) as e:
        encode = functools.partial(json.dumps, **json_kwargs)
        raise shape.unwritable(obj._meta.label, obj.pk, value, encode, "JSON", e) from e


def json_key(key, cls):
    """
    A mapping's key as JSON writes it: json converts strings, numbers,
    booleans and None itself; another value (a date, a Decimal, a UUID) is
    written as the encoder cls writes it, in a string.
    """
    if key is None or isinstance(key, (str, int, float)):
        return key
    text = json.dumps(key, cls=cls)
    return json.loads(text) if text.startswith('"') else text


class Serializer(PythonSerializer):
    """Convert a queryset to JSON."""

    internal_use_only = False

    def format_options(self, options):
        return json_options(options)

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

    def write_object(self, data):
        self._start_item()
        self.stream.write(dumps_object(data, self.json_kwargs))

    def write_chunk(self, objects):
        json_kwargs = self.json_kwargs
        if isinstance(objects, Rows):
            texts = dumps_rows(objects, json_kwargs)
            if texts is not None:
                if texts:
                    # Objects are separated as _start_item() separates them.
                    self._start_item()
                    self.stream.write(", ".join(texts))
                    self.first = False
                return
            objects = list(objects)
        if (
            objects
            and json_kwargs.get("indent") is None
            and json_kwargs.get("separators") is None
        ):
            # Without indent and separators, a list's items are separated as
            # objects are: the chunk is encoded at once.
            try:
                text = json.dumps(objects, **json_kwargs)
            except (TypeError, ValueError):
                # Written an object at a time, up to the one that fails.
                pass
            else:
                self._start_item()
                self.stream.write(text[1:-1])
                self.first = False
                return
        super().write_chunk(objects)

    def handle_custom_object(self, obj, shape, key):
        self._start_item()
        value = shape.value(obj)
        if shape.key is None:
            self.stream.write(dumps_custom(value, shape, obj, value, self.json_kwargs))
        else:
            # A "key": item pair, the key converted as json converts keys.
            key = json_key(key, self.json_kwargs["cls"])
            pair = dumps_custom({key: value}, shape, obj, value, self.json_kwargs)
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
            if isinstance(stream_or_string, (bytes, str)):
                if isinstance(stream_or_string, bytes):
                    stream_or_string = stream_or_string.decode()
                objects = json.loads(stream_or_string)
            else:
                # A stream is read an object at a time where it holds an
                # array, so that a large fixture isn't held in memory.
                reader = ArrayReader(stream_or_string)
                objects = reader if reader.is_array else reader.document
        except DeserializationError:
            raise
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


def trailing_comma_message():
    """
    The message of the json module's error at the comma of "[1,]", which
    Python 3.13+ gives there, or None where the error is at the "]" (an
    "Expecting value" like any other).
    """
    try:
        json.loads("[1,]")
    except json.JSONDecodeError as exc:
        return exc.msg if exc.pos == 2 else None


class ArrayReader:
    """
    Iterate the items of the JSON array a stream holds, reading the stream a
    block at a time; errors are DeserializationErrors that give the position
    in the whole document. A document that isn't an array is loaded whole,
    as document.
    """

    block_size = 64 * 1024
    trailing_comma = trailing_comma_message()

    def __init__(self, stream):
        self.stream = stream
        self.decoder = None
        self.buffer = ""
        self.offset = 0  # Characters of the document before the buffer,
        self.lines = 0  # the newlines among them,
        self.column = 0  # and the characters after the last newline.
        self.bytes_read = 0
        self.eof = False
        self.whole = False
        self.scan = json.JSONDecoder().raw_decode
        start = self.next_token(0)
        self.is_array = self.buffer[start : start + 1] == "["
        if self.is_array:
            self.items = self.iter_items(start + 1)
        else:
            # Not an array (or not JSON): loaded whole, errors as json's.
            parts = [self.buffer]
            while not self.eof:
                self.buffer = ""
                self.read(-1)
                parts.append(self.buffer)
            self.document = json.loads("".join(parts))
            self.buffer = ""

    def __iter__(self):
        return self.items

    def read(self, size=None):
        if self.whole:
            # All was read at once.
            self.eof = True
            return
        try:
            try:
                data = self.stream.read(size or self.block_size)
            except TypeError:
                if self.offset or self.buffer:
                    raise
                # A file-like object whose read() takes no size.
                data = self.stream.read()
                self.whole = True
        except Exception as exc:
            # As a broken compressed fixture: truncated, corrupt.
            raise DeserializationError(f"Invalid JSON: {exc}") from exc
        if isinstance(data, bytes):
            if self.decoder is None:
                self.decoder = codecs.getincrementaldecoder("utf-8")()
            try:
                text = self.decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                raise DeserializationError(
                    f"Invalid JSON: {exc.reason} (byte {self.bytes_read + exc.start})"
                ) from exc
            self.bytes_read += len(data)
        else:
            text = data
        if not data:
            self.eof = True
        self.buffer += text

    def drop(self, position):
        """Forget the buffer up to position."""
        consumed = self.buffer[:position]
        newlines = consumed.count("\n")
        if newlines:
            self.lines += newlines
            self.column = len(consumed) - consumed.rfind("\n") - 1
        else:
            self.column += len(consumed)
        self.offset += position
        self.buffer = self.buffer[position:]

    def next_token(self, position, keep=None):
        """
        The position of what follows whitespace, reading on as needed; the
        buffer keeps what follows keep, if given.
        """
        while True:
            # The json module's own scanner of whitespace.
            position = json.decoder.WHITESPACE.match(self.buffer, position).end()
            if position < len(self.buffer) or self.eof:
                return position
            # Only whitespace is left: forget it before reading on.
            start = position if keep is None else keep
            self.drop(start)
            position -= start
            keep = None if keep is None else 0
            self.read()

    def error(self, message, position):
        before = self.buffer[:position]
        newlines = before.count("\n")
        if newlines:
            column = len(before) - before.rfind("\n")
        else:
            column = self.column + len(before) + 1
        raise DeserializationError(
            f"Invalid JSON: {message}: line {self.lines + newlines + 1} column "
            f"{column} (char {self.offset + position})"
        )

    def iter_items(self, position):
        position = self.next_token(position)
        if self.buffer[position : position + 1] == "]":
            self.end(position + 1)
            return
        size = self.block_size
        while True:
            try:
                item, end = self.scan(self.buffer, position)
            except json.JSONDecodeError as exc:
                if self.eof:
                    self.error(exc.msg, exc.pos)
                # The item may go on past the buffer: read more, in growing
                # blocks for a large one.
                self.read(size)
                size *= 2
                continue
            except (RecursionError, ValueError) as exc:
                # Too deep, or an integer literal over the interpreter's
                # limit of digits.
                raise DeserializationError(f"Invalid JSON: {exc}") from exc
            if end == len(self.buffer) and not self.eof:
                # A number may go on past the buffer.
                self.read(size)
                continue
            size = self.block_size
            yield item
            position = self.next_token(end)
            delimiter = self.buffer[position : position + 1]
            if delimiter == "]":
                self.end(position + 1)
                return
            if delimiter != ",":
                self.error("Expecting ',' delimiter", position)
            if position > self.block_size:
                self.drop(position)
                position = 0
            # The comma stays in the buffer, where an error may point.
            comma, offset = position, self.offset
            position = self.next_token(position + 1, keep=comma)
            if self.trailing_comma and self.buffer[position : position + 1] == "]":
                self.error(self.trailing_comma, comma - (self.offset - offset))

    def end(self, position):
        """Check that only whitespace follows the array."""
        position = self.next_token(position)
        if position < len(self.buffer):
            self.error("Extra data", position)


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
