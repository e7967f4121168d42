"""
YAML serializer.

Requires PyYaml (https://pyyaml.org/), but that's checked for in __init__.
"""

import collections
import datetime
import decimal
import io
import uuid

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.representer import RepresenterError, SafeRepresenter
from yaml.resolver import BaseResolver

from django.core.serializers.base import (
    DeserializationError,
    raise_unwritable_extra,
    yaml_options,
)
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.python import Deserializer as PythonDeserializer
from django.core.serializers.python import Serializer as PythonSerializer
from django.utils.functional import Promise

# Use the C (faster) implementation if possible
try:
    from yaml import CSafeDumper as SafeDumper
    from yaml import CSafeLoader as SafeLoader
except ImportError:
    from yaml import SafeDumper, SafeLoader


class DjangoSafeDumper(SafeDumper):
    def represent_decimal(self, data):
        return self.represent_scalar("tag:yaml.org,2002:str", str(data))

    def represent_ordered_dict(self, data):
        return self.represent_mapping("tag:yaml.org,2002:map", data.items())


DjangoSafeDumper.add_representer(decimal.Decimal, DjangoSafeDumper.represent_decimal)
DjangoSafeDumper.add_representer(
    collections.OrderedDict, DjangoSafeDumper.represent_ordered_dict
)
# Workaround to represent dictionaries in insertion order.
# See https://github.com/yaml/pyyaml/pull/143.
DjangoSafeDumper.add_representer(dict, DjangoSafeDumper.represent_ordered_dict)


# The representers of dicts that SerializerDumper stands in for, and whether
# each writes a dict's items sorted when sort_keys is true: Django 5.2's
# DjangoSafeDumper.represent_ordered_dict() writes them in insertion order
# whatever sort_keys says; Django 6.0 removed it, leaving PyYAML's
# represent_dict(), which sorts them unless sort_keys is false (the
# serializer's default).
DICT_REPRESENTERS = {SafeRepresenter.represent_dict: True}
if hasattr(DjangoSafeDumper, "represent_ordered_dict"):
    DICT_REPRESENTERS[DjangoSafeDumper.represent_ordered_dict] = False


class Aliased(Exception):
    """An object met a second time, which would be written with an anchor."""


class SerializerDumper(DjangoSafeDumper):
    """
    DjangoSafeDumper, faster at the strings, integers, Nones, lists and dicts
    that make most of the serializer's output: while their representers are
    DjangoSafeDumper's, it represents them as those would, without
    represent_data()'s lookups, and dump_unaliased() writes them without
    building their nodes. aliased tells whether the document holds an
    object twice, which is written once and then referred to by an anchor.
    """

    # The tags of the scalars represented here: str() of the value, "null"
    # for None.
    scalar_tags = {
        str: "tag:yaml.org,2002:str",
        int: "tag:yaml.org,2002:int",
        type(None): "tag:yaml.org,2002:null",
    }

    # Whether an object written twice is written once, with an anchor.
    aliases = True

    # The options that mark the document or write tags.
    marker_options = ["canonical", "explicit_start", "explicit_end", "tags", "version"]

    def __init__(self, stream, **options):
        super().__init__(stream, **options)
        self.aliased = False
        representers = self.yaml_representers
        sorts = DICT_REPRESENTERS.get(representers.get(dict))
        self.fast = sorts is not None and all(
            representers.get(type_) is representer
            for type_, representer in [
                (str, SafeRepresenter.represent_str),
                (int, SafeRepresenter.represent_int),
                (type(None), SafeRepresenter.represent_none),
                (list, SafeRepresenter.represent_list),
            ]
        )
        # Whether a dict's items are written sorted (see mapping_items()).
        self.sorts_items = bool(sorts and self.sort_keys)
        # dump_unaliased() emits events without nodes when a scalar's tag
        # follows from its value alone (PyYAML's resolve(), no path
        # resolvers), styles are the default block style, and the document
        # has no markers.
        self.emits_events = (
            self.fast
            and self.resolve.__func__ is BaseResolver.resolve
            and not self.yaml_path_resolvers
            and self.default_style is None
            and self.default_flow_style is False
            and not any(options.get(name) for name in self.marker_options)
        )
        # The tag that resolve() gives each value written plain.
        self.plain_tags = {}

    def represent_data(self, data):
        if self.fast:
            type_ = type(data)
            tag = self.scalar_tags.get(type_)
            if tag is not None:
                value = "null" if data is None else str(data)
                return ScalarNode(tag, value, style=self.default_style)
            if type_ is dict or type_ is list:
                return self.represent_collection(data)
        if self.aliases and id(data) in self.represented_objects:
            # Only objects that aren't strings, numbers or None are recorded.
            self.aliased = True
        return super().represent_data(data)

    def represent_collection(self, data):
        """
        Represent a dict or a list as represent_mapping() and
        represent_sequence() would.
        """
        if self.aliases:
            if id(data) in self.represented_objects:
                self.aliased = True
                return self.represented_objects[id(data)]
            self.object_keeper.append(data)
        represent = self.represent_data
        # Flow style suits a collection of plain scalars.
        best_style = True
        if type(data) is dict:
            node = MappingNode("tag:yaml.org,2002:map", [])
            if self.aliases:
                self.represented_objects[id(data)] = node
            for key, value in self.mapping_items(data):
                key, value = represent(key), represent(value)
                if best_style and not (
                    isinstance(key, ScalarNode)
                    and not key.style
                    and isinstance(value, ScalarNode)
                    and not value.style
                ):
                    best_style = False
                node.value.append((key, value))
        else:
            node = SequenceNode("tag:yaml.org,2002:seq", [])
            if self.aliases:
                self.represented_objects[id(data)] = node
            for item in data:
                item = represent(item)
                if best_style and not (isinstance(item, ScalarNode) and not item.style):
                    best_style = False
                node.value.append(item)
        node.flow_style = (
            best_style if self.default_flow_style is None else self.default_flow_style
        )
        return node

    def mapping_items(self, data):
        """A dict's items, in the order represent_mapping() writes them."""
        items = data.items()
        if self.sorts_items:
            try:
                return sorted(items)
            except TypeError:
                pass
        return items

    def dump_unaliased(self, data):
        """
        Write data as yaml.dump() would, unless it holds an object twice: then
        set aliased and stop, leaving part of the document in the stream.
        """
        self.open()
        if self.emits_events:
            self.emit(DocumentStartEvent(explicit=False))
            try:
                self.emit_data(data)
            except Aliased:
                self.aliased = True
                return
            self.emit(DocumentEndEvent(explicit=False))
        else:
            node = self.represent_data(data)
            if self.aliased:
                return
            self.serialize(node)
        self.close()

    def emit_data(self, data):
        """Emit the events that serialize() would emit for data's node."""
        type_ = type(data)
        tag = self.scalar_tags.get(type_)
        if tag is not None:
            self.emit_scalar(tag, "null" if data is None else str(data), None)
        elif type_ is dict or type_ is list:
            if self.aliases:
                if id(data) in self.represented_objects:
                    raise Aliased
                # Recorded, as represent_collection() would, with no node.
                self.represented_objects[id(data)] = None
            if type_ is dict:
                self.emit(
                    MappingStartEvent(
                        None, self.DEFAULT_MAPPING_TAG, True, flow_style=False
                    )
                )
                for key, value in self.mapping_items(data):
                    self.emit_data(key)
                    self.emit_data(value)
                self.emit(MappingEndEvent())
            else:
                self.emit(
                    SequenceStartEvent(
                        None, self.DEFAULT_SEQUENCE_TAG, True, flow_style=False
                    )
                )
                for item in data:
                    self.emit_data(item)
                self.emit(SequenceEndEvent())
        else:
            node = self.represent_data(data)
            if self.aliased:
                raise Aliased
            self.emit_node(node)

    def emit_node(self, node):
        """Emit the events that serialize() would emit for a node."""
        if isinstance(node, ScalarNode):
            self.emit_scalar(node.tag, node.value, node.style)
        else:
            implicit = node.tag == self.resolve(type(node), node.value, True)
            if isinstance(node, MappingNode):
                self.emit(
                    MappingStartEvent(
                        None, node.tag, implicit, flow_style=node.flow_style
                    )
                )
                for key, value in node.value:
                    self.emit_node(key)
                    self.emit_node(value)
                self.emit(MappingEndEvent())
            else:
                self.emit(
                    SequenceStartEvent(
                        None, node.tag, implicit, flow_style=node.flow_style
                    )
                )
                for item in node.value:
                    self.emit_node(item)
                self.emit(SequenceEndEvent())

    def emit_scalar(self, tag, value, style):
        """
        Emit a scalar, implicitly tagged where resolve() would give its tag:
        written plain, by its value; quoted, the default tag (with no path
        resolvers).
        """
        plain_tag = self.plain_tags.get(value)
        if plain_tag is None:
            plain_tag = self.resolve(ScalarNode, value, (True, False))
            self.plain_tags[value] = plain_tag
        implicit = (plain_tag == tag, tag == self.DEFAULT_SCALAR_TAG)
        self.emit(ScalarEvent(None, tag, implicit, value, style=style))


class UnaliasedDumper(SerializerDumper):
    """
    A SerializerDumper that writes an object met twice in full each time,
    for output meant for programs other than Django's: no anchor, no alias.
    """

    aliases = False

    def ignore_aliases(self, data):
        return True


def yaml_safe(value):
    """
    Return value with what the safe dumper can't represent (times, UUIDs,
    durations, lazy strings) written as JSON would write it.
    """
    if isinstance(value, dict):
        return {yaml_safe(key): yaml_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [yaml_safe(item) for item in value]
    if isinstance(value, (datetime.time, datetime.timedelta, uuid.UUID, Promise)):
        return DjangoJSONEncoder().default(value)
    return value


class Serializer(PythonSerializer):
    """Convert a queryset to YAML."""

    internal_use_only = False

    def format_options(self, options):
        return yaml_options()

    # Objects read as they're written are dumped part_size at a time (see
    # start_serialization()).
    part_size = 100
    # The options of yaml.dump() with which a block sequence dumped a part at
    # a time is the sequence dumped at once.
    part_options = {
        "allow_unicode",
        "default_flow_style",
        "indent",
        "line_break",
        "sort_keys",
        "width",
    }

    def serialize(self, queryset, **options):
        self.read_lazily = not isinstance(queryset, (list, tuple))
        return super().serialize(queryset, **options)

    def start_serialization(self):
        super().start_serialization()
        self.options.setdefault("allow_unicode", True)
        # Insertion order, as upstream writes dicts: Django 6.0+ through this
        # option, Django 5.2 whatever it says (see DICT_REPRESENTERS).
        self.options.setdefault("sort_keys", False)
        # Written to a stream, the objects of a queryset or an iterator (as
        # dumpdata's) are dumped part_size at a time, so that memory doesn't
        # grow with the table. Parts don't see each other's objects: one
        # that two parts share (which only a field that returns the same
        # value object for two rows can do) is written in full in each
        # rather than aliased. A list's objects, which the caller holds, may
        # share values: they're dumped at once, and so are the objects of a
        # subclass whose end_serialization() may use them all.
        self.in_parts = (
            self.chunked
            and self.read_lazily
            and self.custom is None
            and not self.overridden_hook(["end_serialization"])
            and self.options.keys() <= self.part_options
            and not self.options.get("default_flow_style")
        )
        self.parts_written = False
        self._custom_sources = {}
        # The fork's options write data for other programs: no aliases.
        self.dumper_class = (
            UnaliasedDumper
            if self.serialization_options.shape_output
            else SerializerDumper
        )

    def write_object(self, data):
        super().write_object(data)
        if self.in_parts and len(self.objects) >= self.part_size:
            self.dump_part()

    def dump_part(self):
        """Dump the objects built so far, unless one of them is aliased."""
        if self.write_document(self.objects):
            self.objects = []
            self.parts_written = True
        else:
            # Anchors are numbered over the whole document, which an object
            # that's written twice needs: the rest is dumped at once.
            self.in_parts = False

    def write_document(self, objects):
        """
        Write objects as yaml.dump() would and return True, unless one of
        them is aliased: then write nothing and return False.
        """
        document = io.BytesIO() if self.options.get("encoding") else io.StringIO()
        dumper = self.dumper_class(document, **self.options)
        try:
            dumper.dump_unaliased(objects)
        except RepresenterError as e:
            raise_unwritable_extra(objects, e, self._encode, "YAML")
            raise
        finally:
            dumper.dispose()
        if dumper.aliased:
            return False
        self.stream.write(document.getvalue())
        return True

    def _value_from_field(self, obj, field):
        # A nasty special case: base YAML doesn't support serialization of time
        # types (as opposed to dates or datetimes, which it does support). Since
        # we want to use the "safe" serializer for better interoperability, we
        # need to do something with those pesky times. Converting 'em to strings
        # isn't perfect, but it's better than a "!!python/time" type which would
        # halt deserialization under any other language.
        value = super()._value_from_field(obj, field)
        if isinstance(value, datetime.time):
            value = str(value)
        return value

    def column_values(self, values):
        if any(isinstance(value, datetime.time) for value in values):
            return [
                str(value) if isinstance(value, datetime.time) else value
                for value in values
            ]
        return values

    def extra_value(self, value):
        return yaml_safe(value)

    def handle_extra(self, obj, name, value):
        super().handle_extra(obj, name, self.extra_value(value))

    def handle_custom_object(self, obj, shape, key):
        super().handle_custom_object(obj, shape, key)
        # Where each shaped value came from, to name one YAML can't write.
        self._custom_sources[len(self.objects) - 1] = (shape, obj._meta.label, obj.pk)

    def end_serialization(self):
        objects = self.objects
        if self.custom is not None and self.custom.main_shape is not None:
            objects = yaml_safe(self.custom_data())
        try:
            if (objects or not self.parts_written) and not self.write_document(objects):
                yaml.dump(
                    objects, self.stream, Dumper=self.dumper_class, **self.options
                )
        except RepresenterError as e:
            raise_unwritable_extra(objects, e, self._encode, "YAML")
            self._raise_unwritable_custom(e)
            raise

    def _raise_unwritable_custom(self, error):
        """Name the item of a custom format that YAML can't write, if any."""
        for index, (shape, label, pk) in self._custom_sources.items():
            value = self.objects[index]
            if shape.key is not None:
                value = value[1]
            found = shape.unwritable(
                label, pk, yaml_safe(value), self._encode, "YAML", None
            )
            if found is not None:
                raise found from error

    def _encode(self, value):
        try:
            return yaml.dump(value, Dumper=self.dumper_class, **self.options)
        except RepresenterError as e:
            # PyYAML gives the value it can't represent, not its type.
            message, *data = e.args
            if data:
                message = f"{message} of type {type(data[0]).__name__}"
            raise RepresenterError(message) from e

    def getvalue(self):
        # Grandparent super
        return super(PythonSerializer, self).getvalue()


class Deserializer(PythonDeserializer):
    """Deserialize a stream or string of YAML data."""

    def __init__(self, stream_or_string, **options):
        stream = stream_or_string
        try:
            if isinstance(stream_or_string, bytes):
                stream = stream_or_string.decode()
            objects = yaml.load(stream, Loader=SafeLoader)
        except Exception as exc:
            # PyYAML's errors say where they are, in lines and columns.
            raise DeserializationError(f"Invalid YAML: {exc}") from exc
        super().__init__(objects, **options)

    def _handle_object(self, obj):
        try:
            yield from super()._handle_object(obj)
        except (GeneratorExit, DeserializationError):
            raise
        except Exception as exc:
            raise DeserializationError(f"Error deserializing object: {exc}") from exc
